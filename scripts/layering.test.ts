import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkLayering, PENDING_TESTS, projectFiles, type SourceFiles, type Violation } from './layering';

const ROOT = resolve(import.meta.dirname, '..');
const project = projectFiles(ROOT);

/** The real tree with `extra` files added (or replaced), checked; only the violations in `extra`'s files are returned. */
function checkWith(extra: Record<string, string>, options: { globals?: boolean } = { globals: false }): Violation[] {
  const files: SourceFiles = new Map([...project, ...Object.entries(extra)]);
  return checkLayering(files, ROOT, options).filter((v) => v.file in extra);
}

const rules = (vs: Violation[]) => vs.map((v) => `${v.rule} ${v.detail}`);

describe('the house rules of the source tree', () => {
  // Type-checking the core takes about 5 s of one core; more when the machine is busy.
  it('hold for the project as it is', { timeout: 120_000 }, () => {
    expect(project.size).toBeGreaterThan(100);
    expect(checkLayering(project, ROOT).map((v) => `${v.file}: ${v.rule} ${v.detail}`)).toEqual([]);
  });

  it('name only files that exist in the list of tests still to come', () => {
    for (const path of PENDING_TESTS.keys()) {
      expect([...project.keys()].some((f) => (path.endsWith('/') ? f.startsWith(path) : f === path)), path).toBe(true);
    }
  });
});

// The test of the test: each rule fails on a file that breaks it.
describe('the checker', () => {
  const pure = 'export const one = 1;\n';
  const withTest = (path: string, text: string) => ({ [path]: text, [path.replace(/\.ts$/, '.test.ts')]: "import { it } from 'vitest';\nit('x', () => {});\n" });

  it('refuses the extension API, Node, a DOM, another layer and unknown packages in the core', () => {
    const found = checkWith(
      withTest(
        'src/core/forbidden.ts',
        [
          "import browser from 'webextension-polyfill';",
          "import { readFileSync } from 'node:fs';",
          "import { join } from 'path';",
          "import { JSDOM } from 'jsdom';",
          "import { openIndex } from '../index/load-index';",
          "import { t } from '../shared/i18n';",
          "export const lazy = () => import('../cli/main');",
          "import leftPad from 'left-pad';",
          "import DiffMatchPatch from 'diff-match-patch';",
          "import { tokenize } from './text';",
          'export { browser, readFileSync, join, JSDOM, openIndex, t, leftPad, DiffMatchPatch, tokenize };',
        ].join('\n'),
      ),
    );
    expect(rules(found.filter((v) => v.rule === 'core-imports'))).toEqual([
      'core-imports imports "webextension-polyfill": the extension API',
      'core-imports imports "node:fs": Node',
      'core-imports imports "path": Node',
      'core-imports imports "jsdom": a DOM',
      'core-imports imports "../index/load-index": another layer of the project (src/index)',
      'core-imports imports "../shared/i18n": another layer of the project (src/shared)',
      'core-imports imports "../cli/main": another layer of the project (src/cli)',
      'core-imports imports "left-pad": a package the core does not use (allowed: diff-match-patch)',
    ]);
  });

  it('refuses browser, extension and Node globals in the core', () => {
    // A file alone (it imports nothing): type-checking the whole core again would only take longer.
    const alone = (files: Record<string, string>) => checkLayering(new Map(Object.entries(files)), ROOT);
    const found = alone(
      withTest(
        'src/core/globals.ts',
        [
          'export const title = () => document.title;',
          'export const id = () => chrome.runtime.id;',
          'export const cwd = () => process.cwd();',
          'export const later = (f: () => void) => setTimeout(f, 1);',
          'export const ok = () => [1, 2].at(-1);',
        ].join('\n'),
      ),
    );
    expect(found.map((v) => v.rule)).toEqual(['core-globals', 'core-globals', 'core-globals', 'core-globals']);
    expect(found.map((v) => /"(\w+)"/.exec(v.detail)?.[1])).toEqual(['document', 'chrome', 'process', 'setTimeout']);
  });

  it('refuses imports of the CLI from outside it, and of e2e/ from src/', () => {
    const found = checkWith({
      'src/index/uses-cli.ts': "export { main } from '../cli/main';\n",
      'scripts/uses-cli.ts': "import { main } from '../src/cli/main';\nvoid main;\n",
      'src/golden/uses-e2e.test.ts': "import { startSiteServer } from '../../e2e/support/site-server';\nvoid startSiteServer;\n",
      'src/cli/uses-cli.ts': "export { main } from './main';\n",
    });
    expect(found.map((v) => `${v.file} ${v.rule}`).sort()).toEqual([
      'scripts/uses-cli.ts cli-imports',
      'src/golden/uses-e2e.test.ts e2e-imports',
      'src/index/uses-cli.ts cli-imports',
      'src/index/uses-cli.ts test-beside',
    ]);
  });

  it('asks for a test beside each module with code in src/core and src/index, not beside one of types alone', () => {
    const found = checkWith({
      'src/core/untested.ts': pure,
      'src/index/untested.ts': pure,
      'src/core/only-types.ts': "import type { Article } from './article';\nexport interface A { a: Article }\nexport type B = string;\n",
      'src/ingest/elsewhere.ts': pure,
    });
    expect(found.map((v) => `${v.file} ${v.rule}`).sort()).toEqual(['src/core/untested.ts test-beside', 'src/index/untested.ts test-beside']);
  });

  it('finds a forbidden import added to a real module of the core', () => {
    const text = project.get('src/core/text.ts')!;
    const found = checkWith({ 'src/core/text.ts': `import { readFile } from 'node:fs/promises';\nexport { readFile };\n${text}` });
    expect(rules(found)).toEqual(['core-imports imports "node:fs/promises": Node']);
  });
});
