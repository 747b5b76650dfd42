/**
 * Variants of the built extension for tests: a copy of a build (dist/chrome
 * unless told) in a temporary folder, changed (another bundled index, a damaged one).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './chromium';

export function extensionVariant(name: string, change: (dir: string) => void, build = EXTENSION_DIR): { dir: string; remove(): void } {
  const dir = join(mkdtempSync(join(tmpdir(), `crossread-${name}-`)), 'extension');
  cpSync(build, dir, { recursive: true });
  change(dir);
  return { dir, remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }) };
}

/** Replaces the bundled index (core and shards) with one whole index file. */
export function withBundledIndex(dir: string, bytes: Uint8Array): void {
  for (const f of readdirSync(join(dir, 'index'))) rmSync(join(dir, 'index', f));
  writeFileSync(join(dir, 'index', 'seeds.crix'), bytes);
}
