/**
 * Vite builds the extension in three passes (see scripts/build.ts): the
 * pages (popup, options) as ES modules, and the background and content
 * scripts each as one classic script, since content scripts cannot be modules
 * and one file is simplest for both browsers' backgrounds.
 */
import { defineConfig, type InlineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, 'src');
export const OUT_DIR = resolve(import.meta.dirname, 'dist/chrome');

/** Shared settings: no source maps with eval, no inlined remote code, readable output for store review. */
const common: InlineConfig = {
  configFile: false,
  logLevel: 'warn',
  build: { outDir: OUT_DIR, emptyOutDir: false, minify: false, sourcemap: false, target: 'es2022', modulePreload: false },
};

export function pagesConfig(): InlineConfig {
  return {
    ...common,
    root,
    base: './',
    publicDir: resolve(import.meta.dirname, 'public'),
    plugins: [preact()],
    build: {
      ...common.build,
      rollupOptions: {
        input: { popup: resolve(root, 'popup/index.html'), options: resolve(root, 'options/index.html'), 'first-run': resolve(root, 'first-run/index.html') },
      },
    },
  };
}

/** What a test build compiles in besides the shipped code (see e2e/README.md). */
export interface TestBuild {
  /** The messages only tests send (src/shared/test-messages.ts). */
  testMessages?: boolean;
  /** What the Firefox tests cannot see otherwise: the answer on the page, the card's shadow root open, extension pages opened on request. */
  testHooks?: boolean;
}

export function scriptConfig(name: 'background' | 'content', options: { outDir?: string } & TestBuild = {}): InlineConfig {
  return {
    ...common,
    publicDir: false,
    define: { __TEST_MESSAGES__: JSON.stringify(options.testMessages ?? false), __TEST_HOOKS__: JSON.stringify(options.testHooks ?? false) },
    build: {
      ...common.build,
      outDir: options.outDir ?? OUT_DIR,
      lib: { entry: resolve(root, `${name}/main.ts`), formats: ['iife'], name: `crossread_${name}`, fileName: () => `${name}.js` },
    },
  };
}

export default defineConfig(pagesConfig());
