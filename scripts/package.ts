/**
 * `npm run package`: store packages of the built extension in artifacts/:
 * crossread-firefox-<version>.zip (web-ext build), crossread-chrome-<version>.zip,
 * and crossread-sources-<version>.zip, the sources addons.mozilla.org asks
 * for when an add-on's code is bundled, with SOURCES.md saying how to build
 * the same package from them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import webExt from 'web-ext';

/** What building the extension reads (and what a reviewer needs to read it): the rest of the tree is tests and tools. */
export const SOURCE_PATHS = [
  'src/',
  'public/',
  'corpus/seeds/',
  'scripts/',
  'bin/',
  'manifest.json',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'vitest.config.ts',
  'eslint.config.js',
  'README.md',
  'ARCHITECTURE.md',
  'SECURITY.md',
];

/** The files of `SOURCE_PATHS`: those git tracks where there is a checkout, else those on disk. */
export function sourceFiles(root = '.'): string[] {
  const inPaths = (f: string) => SOURCE_PATHS.some((p) => (p.endsWith('/') ? f.startsWith(p) : f === p));
  try {
    const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\0');
    const files = tracked.filter((f) => f && inPaths(f) && existsSync(join(root, f)));
    if (files.length > 0) return files.sort();
  } catch {
    // No git, or not a checkout (an unpacked archive): walk the folders.
  }
  const out: string[] = [];
  const walk = (path: string) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full)) if (!name.startsWith('.') && name !== 'node_modules') walk(`${path.replace(/\/$/, '')}/${name}`);
    } else out.push(path);
  };
  for (const p of SOURCE_PATHS) walk(p.replace(/\/$/, ''));
  return out.sort();
}

export function sourcesReadme(version: string): string {
  return `# Crossread ${version}: sources of the Firefox add-on

The add-on's scripts are bundled by Vite from the TypeScript in \`src/\` (not
minified). To build the same package from these sources:

1. Debian 12 or Ubuntu 22.04 or later (any system with Node works), with
   Node.js 20.19 or later and npm 11 (\`node --version\`, \`npm --version\`).
2. In this folder: \`npm ci\` (installs the exact versions of package-lock.json).
3. \`npm run build\`.

\`dist/firefox/\` then holds the add-on, file for file the content of
\`crossread-firefox-${version}.zip\`. The build bundles an index of the five
reports in \`corpus/seeds/\` (\`dist/firefox/index/\`), made by the same code
as the \`crossread index\` command. README.md says what the add-on does;
ARCHITECTURE.md how it is built; SECURITY.md what it reads and keeps.
`;
}

/** The sources as one zip, with fixed dates so that the same sources give the same archive. */
export async function sourcesArchive(root: string, version: string): Promise<Uint8Array> {
  const zip = new JSZip();
  // Folders are left implicit: JSZip would date the ones it makes with the time of the call.
  const options = { date: new Date('2000-01-01T00:00:00Z'), createFolders: false };
  zip.file('SOURCES.md', sourcesReadme(version), options);
  for (const file of sourceFiles(root)) zip.file(file, readFileSync(join(root, file)), options);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  if (!existsSync('dist/chrome/manifest.json')) throw new Error('no build: run npm run build first');
  mkdirSync('artifacts', { recursive: true });
  for (const target of ['firefox', 'chrome']) {
    // web-ext packs a folder into a zip; for Chrome the same zip is what the Web Store takes.
    const result = await webExt.cmd.build(
      { sourceDir: `dist/${target}`, artifactsDir: 'artifacts', filename: `crossread-${target}-${version}.zip`, overwriteDest: true },
      { shouldExitProgram: false },
    );
    console.log(`${target}: ${result.extensionPath}`);
  }
  const sources = `artifacts/crossread-sources-${version}.zip`;
  writeFileSync(sources, await sourcesArchive('.', version));
  console.log(`sources (for addons.mozilla.org): ${sources}, ${sourceFiles().length} files; SOURCES.md in it says how to build`);
}
