/**
 * The extension for Chrome (dist/chrome) and Firefox (dist/firefox) from one
 * source, with the index of the seed reports bundled: `npm run build`
 * (scripts/build.ts) and `npm run dev` (scripts/dev.ts) both run this.
 */
import { build } from 'vite';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { OUT_DIR, pagesConfig, scriptConfig, type TestBuild } from '../vite.config';
import { testContentChannel, testTabChannel } from '../src/shared/test-messages';
import { readInputs } from '../src/node/read-inputs';
import { buildIndex, type IndexInput } from '../src/index/build-index';
import { splitIndex } from '../src/index/split-index';
import background from '../src/index/background-df.json';

export interface BuildOptions {
  /** Start from an empty dist/ (a watch loop keeps it, so that a loaded extension never finds its folder gone). */
  clean?: boolean;
  /** Also the test builds: dist/chrome-test (the test messages) and dist/firefox-test (those and the Firefox test hooks). */
  testBuild?: boolean;
}

export async function buildExtension(options: BuildOptions = {}): Promise<void> {
  const { clean = true, testBuild = true } = options;
  if (clean) rmSync('dist', { recursive: true, force: true });
  // The pages' scripts and styles have hashed names: without this, every rebuild would leave the last ones behind.
  rmSync(`${OUT_DIR}/assets`, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  await build(pagesConfig());
  // Vite keeps each page's folder: popup/index.html → popup.html at the root, options/index.html → options.html.
  for (const page of ['popup', 'options', 'first-run']) {
    renameSync(`${OUT_DIR}/${page}/index.html`, `${OUT_DIR}/${page}.html`);
    rmSync(`${OUT_DIR}/${page}`, { recursive: true, force: true });
    writeFileSync(`${OUT_DIR}/${page}.html`, readFileSync(`${OUT_DIR}/${page}.html`, 'utf8').replaceAll('"../', '"./'));
  }
  await build(scriptConfig('background'));
  await build(scriptConfig('content'));
  // The highlights' look (::highlight rules), injected by the browser with the content script.
  cpSync('src/content/highlights.css', `${OUT_DIR}/highlights.css`);

  // The bundled index: the seed reports, built by the same code as `crossread index`.
  const inputs: IndexInput[] = [];
  for await (const event of readInputs(['corpus/seeds'])) {
    if (event.type === 'problem' || event.problems.length > 0) throw new Error(`seed corpus: ${JSON.stringify(event)}`);
    inputs.push(...event.reports);
  }
  mkdirSync(`${OUT_DIR}/index`, { recursive: true });
  // Split: the core is read when the background starts, a shard of records only when one of its reports is related.
  // Dated by SOURCE_DATE_EPOCH, else not at all (nothing reads the date): the same sources build the same
  // add-on, byte for byte, which is what addons.mozilla.org's reviewers check against the sources archive.
  const created = new Date(Number(process.env.SOURCE_DATE_EPOCH ?? 0) * 1000);
  const { core, shards } = splitIndex(buildIndex(inputs, background, created).bytes);
  writeFileSync(`${OUT_DIR}/index/seeds.crix`, core);
  shards.forEach((shard, k) => writeFileSync(`${OUT_DIR}/index/seeds.crix.${k}`, shard));

  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  cpSync(OUT_DIR, 'dist/firefox', { recursive: true });
  // One source, two dialects: Chrome wants a service worker and no gecko settings;
  // Firefox runs the same file as an event page.
  const chrome = { ...manifest, version, background: { service_worker: manifest.background.service_worker } };
  delete chrome.browser_specific_settings;
  const firefox = { ...manifest, version, background: { scripts: manifest.background.scripts } };
  writeFileSync(`${OUT_DIR}/manifest.json`, JSON.stringify(chrome, null, 2));
  writeFileSync('dist/firefox/manifest.json', JSON.stringify(firefox, null, 2));

  assertNoTestMessages(OUT_DIR);
  assertNoTestMessages('dist/firefox');

  if (!testBuild) return;
  // The test builds: the shipped one with its content script and background built again with what the tests need.
  await testVariant('dist/chrome', 'dist/chrome-test', { testMessages: true });
  await testVariant('dist/firefox', 'dist/firefox-test', { testMessages: true, testHooks: true });
}

async function testVariant(from: string, to: string, test: TestBuild): Promise<void> {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  await build(scriptConfig('content', { outDir: to, ...test }));
  await build(scriptConfig('background', { outDir: to, ...test }));
}

/** The shipped scripts neither know nor answer the messages only tests send: their names are not in them. */
function assertNoTestMessages(dir: string): void {
  const names = [...Object.keys(testTabChannel), ...Object.keys(testContentChannel)];
  for (const script of ['content.js', 'background.js']) {
    const code = readFileSync(`${dir}/${script}`, 'utf8');
    const found = names.filter((name) => code.includes(`'${name}'`) || code.includes(`"${name}"`));
    if (found.length > 0) throw new Error(`${dir}/${script} has test messages in it (${found.join(', ')}): they belong to the test builds only`);
  }
}
