/**
 * The house rules of the source tree, checked by `scripts/layering.test.ts`
 * (in the spirit of refined-github's build/features.test.ts), so that a
 * change that breaks one fails the tests instead of waiting for a review:
 *
 * - `src/core` is pure: it imports only itself and the pure libraries in
 *   `CORE_PACKAGES`; no extension API, no Node, no DOM, no other layer of
 *   the project; and it uses no global that plain ECMAScript lacks (it is
 *   type-checked with the ES library alone: `document`, `chrome`, `process`
 *   or `setTimeout` there is an error).
 * - `src/cli` is an entry point: nothing else imports it.
 * - `e2e/` is the end-to-end harness: nothing in `src/` imports it.
 * - Every module of `src/core` and `src/index` with code in it has its test
 *   beside it (`name.test.ts`), except those in `PENDING_TESTS`.
 *
 * The checker works on a map of file texts, so that its test can add a
 * forbidden file to the real tree without writing it to disk.
 */
import ts from 'typescript';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Project-relative path (with "/") to the file's text. */
export type SourceFiles = Map<string, string>;

export interface Violation {
  file: string;
  rule: 'core-imports' | 'core-globals' | 'cli-imports' | 'e2e-imports' | 'test-beside';
  detail: string;
}

/** Libraries the core may use: pure computation over strings, nothing from a platform. */
export const CORE_PACKAGES: readonly string[] = ['diff-match-patch'];
/** What the core's own tests may import besides. */
const CORE_TEST_PACKAGES: readonly string[] = ['vitest', 'fast-check'];

/**
 * Modules without their test yet, each with the reason (a folder entry ends
 * with "/"). Empty: every module of the core and the index has its test. An
 * entry is for a module whose owner adds its test with a rewrite under way,
 * and goes when that lands.
 */
export const PENDING_TESTS: ReadonlyMap<string, string> = new Map<string, string>([]);

const SOURCE_ROOTS = ['src', 'scripts', 'bench', 'eval', 'e2e'];
const SOURCE_FILE = /\.(?:ts|tsx|mts|mjs)$/;
const TEST_FILE = /\.test\.tsx?$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.cache', 'fixtures']);

/** Every source file of the project under `root`. */
export function projectFiles(root: string): SourceFiles {
  const files: SourceFiles = new Map();
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(path);
      } else if (SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts')) files.set(path, readFileSync(join(root, path), 'utf8'));
    }
  };
  for (const dir of SOURCE_ROOTS) walk(dir);
  return files;
}

/**
 * Checks every rule; `root` is where lib files and packages are found for the
 * core's type check, which takes a few seconds (`globals: false` skips it).
 */
export function checkLayering(files: SourceFiles, root: string, options: { globals?: boolean } = {}): Violation[] {
  const violations: Violation[] = [];
  for (const [file, text] of files) {
    for (const specifier of importsOf(text)) {
      const target = specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), specifier)) : null;
      if (file.startsWith('src/core/')) {
        const problem = coreImportProblem(specifier, target, TEST_FILE.test(file));
        if (problem) violations.push({ file, rule: 'core-imports', detail: `imports "${specifier}": ${problem}` });
      }
      if (target?.startsWith('src/cli/') && !file.startsWith('src/cli/')) {
        violations.push({ file, rule: 'cli-imports', detail: `imports "${specifier}": the CLI is an entry point, not a library; move what is shared to the layer it belongs to` });
      }
      if (target?.startsWith('e2e/') && file.startsWith('src/')) {
        violations.push({ file, rule: 'e2e-imports', detail: `imports "${specifier}": the end-to-end harness is not part of the product; move what is shared into src/` });
      }
    }
  }
  if (options.globals !== false) violations.push(...coreGlobals(files, root));
  violations.push(...missingTests(files));
  return violations;
}

/** Module specifiers of every import, export-from, dynamic import and require. */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

const EXTENSION_API = new Set(['webextension-polyfill', 'chrome', '@types/chrome', '@types/webextension-polyfill']);
const DOM_PACKAGES = new Set(['jsdom', 'linkedom', 'happy-dom', 'preact', '@mozilla/readability']);
const NODE_BUILTINS = new Set(builtinModules);

function coreImportProblem(specifier: string, target: string | null, isTest: boolean): string | null {
  if (target !== null) return target.startsWith('src/core/') ? null : `another layer of the project (${target.split('/').slice(0, 2).join('/')})`;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(name)) return 'Node';
  if (EXTENSION_API.has(name)) return 'the extension API';
  if (DOM_PACKAGES.has(name)) return 'a DOM';
  if (CORE_PACKAGES.includes(name) || (isTest && CORE_TEST_PACKAGES.includes(name))) return null;
  return `a package the core does not use (allowed: ${CORE_PACKAGES.join(', ')})`;
}

const declarations = new Map<string, ts.SourceFile>();

/**
 * The core's modules type-checked with the ECMAScript library alone and no
 * ambient types: a name the browser, the extension or Node provides (document,
 * chrome, browser, process, setTimeout, TextDecoder) is not found.
 */
function coreGlobals(files: SourceFiles, root: string): Violation[] {
  const modules = [...files.keys()].filter((f) => f.startsWith('src/core/') && !TEST_FILE.test(f));
  if (modules.length === 0) return [];
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    resolveJsonModule: true,
    allowImportingTsExtensions: true,
  };
  const host = ts.createCompilerHost(options);
  const absolute = (f: string) => posix.join(root.replaceAll('\\', '/'), f);
  const byPath = new Map([...files].map(([f, text]) => [absolute(f), text]));
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => byPath.has(name) || fileExists.call(host, name);
  host.readFile = (name) => byPath.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, version, onError, create) => {
    const text = byPath.get(name);
    if (text !== undefined) return ts.createSourceFile(name, text, version, true);
    // Lib files and packages' declarations are the same for every check: parsed once.
    let file = declarations.get(name);
    if (!file) {
      file = getSourceFile.call(host, name, version, onError, create);
      if (file) declarations.set(name, file);
    }
    return file;
  };
  const program = ts.createProgram(modules.map(absolute), options, host);
  const out: Violation[] = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    const name = /^Cannot find name '([^']+)'/.exec(message)?.[1];
    if (!name || !d.file) continue;
    const file = posix.relative(root.replaceAll('\\', '/'), d.file.fileName);
    out.push({ file, rule: 'core-globals', detail: `uses "${name}", a global the pure core does not have (browser, extension or Node)` });
  }
  return out;
}

/** Modules of src/core and src/index that have code but no test beside them. */
function missingTests(files: SourceFiles): Violation[] {
  const out: Violation[] = [];
  for (const [file, text] of files) {
    if (!/^src\/(?:core|index)\//.test(file) || TEST_FILE.test(file) || !/\.tsx?$/.test(file)) continue;
    if (!hasCode(text)) continue;
    const base = file.replace(/\.tsx?$/, '');
    if (files.has(`${base}.test.ts`) || files.has(`${base}.test.tsx`)) continue;
    if ([...PENDING_TESTS.keys()].some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p))) continue;
    out.push({ file, rule: 'test-beside', detail: `has no test beside it (${posix.basename(base)}.test.ts)` });
  }
  return out;
}

/** False for a module of types alone: compiled, nothing is left. */
function hasCode(text: string): boolean {
  const statements = ts.createSourceFile('module.ts', text, ts.ScriptTarget.Latest, false).statements;
  const typeOnly = (s: ts.Statement) =>
    ts.isInterfaceDeclaration(s) ||
    ts.isTypeAliasDeclaration(s) ||
    (ts.isImportDeclaration(s) && s.importClause?.isTypeOnly === true) ||
    (ts.isExportDeclaration(s) && s.isTypeOnly);
  const plainImport = (s: ts.Statement) => ts.isImportDeclaration(s) || ts.isExportDeclaration(s);
  if (statements.some((s) => !typeOnly(s) && !plainImport(s))) return true;
  if (statements.every(typeOnly)) return false;
  // Types and imports not marked as types: compiled, an import used only for types is dropped.
  const js = ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true } }).outputText;
  return js.replace(/export\s*\{\s*\};?/g, '').trim().length > 0;
}
