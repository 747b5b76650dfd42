/**
 * What the extension costs in the browser (Debian's Chromium, headless):
 *  - the content script's work on real pages next to Readability's own parse;
 *  - with 10,000 reports bundled: the package size it adds, and the cold
 *    start to a first answer after the browser stopped the background.
 */
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, launchWithExtension, serviceWorkerOf } from '../e2e/support/chromium';
import { renderNewsPage } from '../src/golden/news-page';
import { articleText } from '../src/core/article';
import { splitIndex } from '../src/index/split-index';
import { openIndex } from '../src/index/load-index';
import { syntheticCorpusDir } from './synthetic-corpus';
import { fmt, kb, median, quantile } from './stats';

const PAGES = 'e2e/fixtures/pages';
const WORK_SCRIPT = resolve('bench/.cache/page-work.js');

async function buildPageWork() {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'bench/.cache',
      emptyOutDir: false,
      minify: false,
      lib: { entry: resolve('bench/page-work.ts'), formats: ['iife'], name: 'crossreadBench', fileName: () => 'page-work.js' },
    },
  });
}

async function contentScriptVsReadability(log: (s: string) => void): Promise<string> {
  await buildPageWork();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const rows: string[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => (route.request().url().startsWith('http://crossread.bench/') ? route.continue() : route.abort()));
    const pages = readdirSync(PAGES)
      .map((name) => ({ name, size: statSync(join(PAGES, name, 'source.html')).size }))
      .sort((a, b) => b.size - a.size);
    for (const { name, size } of pages) {
      const page = await context.newPage();
      await page.route('http://crossread.bench/**', (route) => route.fulfill({ body: readFileSync(join(PAGES, name, 'source.html')), contentType: 'text/html' }));
      await page.goto('http://crossread.bench/page');
      // Page scripts are off (the page stays still); the bench script is evaluated as a content script would be.
      await page.evaluate(readFileSync(WORK_SCRIPT, 'utf8'));
      const runs = await page.evaluate(() => {
        const bench = (window as unknown as { __crossreadBench: { readabilityOnly(): number; contentScriptWork(): number; ownSteps(): number } }).__crossreadBench;
        const r: number[] = [];
        const c: number[] = [];
        for (let i = 0; i < 34; i++) {
          // Alternate, so that neither side gets the warmer caches.
          if (i % 2) {
            r.push(bench.readabilityOnly());
            c.push(bench.contentScriptWork());
          } else {
            c.push(bench.contentScriptWork());
            r.push(bench.readabilityOnly());
          }
        }
        const own: number[] = [];
        for (let i = 0; i < 15; i++) own.push(bench.ownSteps());
        return { r: r.slice(4), c: c.slice(4), own };
      });
      const ratio = median(runs.c) / median(runs.r);
      rows.push(`| ${name} | ${kb(size)} | ${fmt(median(runs.r), 1)} ms | ${fmt(median(runs.c), 1)} ms | ${fmt(ratio)} | ${fmt(median(runs.own))} ms |`);
      log(rows.at(-1)!);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return `### The content script's work on real pages

Each page of e2e/fixtures/pages in headless Chromium (page scripts off so the page stays still), thirty runs after four, alternating: Readability as a developer would run it on a live page (a clone of the document, since its parse() changes what it parses, then \`parse()\` with default options), and the content script's whole work (the readerable check, the clone, Readability with a serializer that skips writing HTML, the extraction into paragraphs, serialising the message). The ratio is the second over the first. The last column times the content script's own steps around Readability apart (the readerable check, the publication date from the markup, the walk into paragraphs, serialising the message; median of 15): the ratio's spread from page to page and run to run is mostly where garbage collections land, since the content script calls Readability with a serializer that skips writing HTML, which costs no more than its default.

| page | HTML | Readability parse | content script | ratio | own steps |
|---|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
}

/**
 * The extension with a 10,000-report synthetic index in place of the seeds:
 * its package size, and the time from a page being ready to the background's
 * answer when the background was stopped (cold) and when it was running (warm).
 */
async function coldStart(log: (s: string) => void): Promise<string> {
  const size = 10_000;
  const { dir } = await syntheticCorpusDir(size);
  const crix = `${dir}.crix`;
  if (!existsSync(crix)) return `### Cold start with ${size.toLocaleString('en')} reports bundled\n\nNot measured: run \`npm run bench -- --only index --sizes ${size}\` first.\n`;
  if (!existsSync('dist/chrome/manifest.json')) return '### Cold start\n\nNot measured: run `npm run build` first.\n';
  const ext = mkdtempSync(join(tmpdir(), 'crossread-bench-ext-'));
  cpSync('dist/chrome', ext, { recursive: true });
  // The index files as the build writes them (a core and record shards), measured as a store package deflates each file.
  const indexFiles = () => readdirSync(join(ext, 'index')).map((f) => readFileSync(join(ext, 'index', f)));
  const sizeOf = (files: Buffer[]) => ({ raw: files.reduce((n, f) => n + f.length, 0), gz: files.reduce((n, f) => n + gzipSync(f, { level: 9 }).length, 0) });
  const seeds = sizeOf(indexFiles());
  for (const f of readdirSync(join(ext, 'index'))) rmSync(join(ext, 'index', f));
  const whole = readFileSync(crix);
  const { core, shards } = splitIndex(whole);
  writeFileSync(join(ext, 'index/seeds.crix'), core);
  shards.forEach((shard, k) => writeFileSync(join(ext, `index/seeds.crix.${k}`), shard));
  const big = sizeOf(indexFiles());
  const reports = openIndex(whole).reportCount;
  const perReport = (big.gz - seeds.gz) / (reports - 5);
  const seedsBytes = seeds.raw;
  const bigBytes = big.raw;
  const seedsGz = seeds.gz;
  const bigGz = big.gz;

  // Articles: reports of the archive, reworded, rendered as news pages.
  const lines = readFileSync(join(dir, 'part-000.ndjson'), 'utf8').trim().split('\n');
  const articles = Array.from({ length: 24 }, (_, i) => JSON.parse(lines[(i * 797) % lines.length]));
  const profile = mkdtempSync(join(tmpdir(), 'crossread-bench-profile-'));
  const cold: number[] = [];
  const warm: number[] = [];
  const coldIndex: number[] = [];
  const coldBoot: number[] = [];
  const context = await launchWithExtension(profile, ext);
  try {
    await context.route('http://crossread.bench/**', (route) => {
      const i = Number(new URL(route.request().url()).pathname.slice(1));
      const r = articles[i];
      const paragraphs = r.text.split('\n\n').slice(1);
      route.fulfill({ contentType: 'text/html', body: renderNewsPage({ title: r.title, text: articleText(r.title, paragraphs), outlet: null, published: r.published, url: null, byline: null, lang: 'en' }) });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    for (let i = 0; i < articles.length; i++) {
      const isCold = i % 2 === 0;
      if (isCold) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        await new Promise((r) => setTimeout(r, 300));
      }
      await page.goto(`http://crossread.bench/${i}`);
      const readyAt = await page.evaluate(() => performance.timeOrigin + performance.timing.loadEventEnd - performance.timing.navigationStart);
      const sw = await serviceWorkerOf(context);
      type Timing = { answeredAt: number; indexMs: number; workerStartedAt: number };
      const timing = await sw.evaluate(async () => {
        for (let k = 0; k < 400; k++) {
          const all = (await chrome.storage.session.get(null)) as Record<string, { status?: string; timing?: Timing }>;
          const done = Object.values(all).find((s) => s?.status === 'done' && s.timing?.answeredAt);
          if (done) {
            await chrome.storage.session.clear();
            return done.timing!;
          }
          await new Promise((r) => setTimeout(r, 25));
        }
        return null;
      });
      if (!timing) throw new Error('no answer from the background');
      (isCold ? cold : warm).push(timing.answeredAt - readyAt);
      if (isCold) {
        coldIndex.push(timing.indexMs);
        coldBoot.push(timing.workerStartedAt - readyAt);
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(ext, { recursive: true, force: true });
  }
  log(`cold ${fmt(median(cold))} ms (boot ${fmt(median(coldBoot))}, index ${fmt(median(coldIndex))}), warm ${fmt(median(warm))} ms, ${fmt(perReport, 0)} B per report`);
  return `### With ${reports.toLocaleString('en')} reports bundled

The built extension (dist/chrome) with the synthetic archive's index in place of the seeds' (index files, a core and record shards of 256 reports: ${kb(seedsBytes)} → ${kb(bigBytes)}; each file compressed with gzip -9, as store packages deflate each file: ${kb(seedsGz)} → ${kb(bigGz)}, **${fmt(perReport, 0)} bytes per report added**).

Time from a page being loaded to the background's answer (from the page's load event to the answer's timestamp), for twelve articles after the browser's background was stopped (\`ServiceWorker.stopAllWorkers\`, as Chrome does after 30 s idle) and twelve with it running. The answer includes Readability in the page, starting the worker, opening the index, and the comparison.

| background | median | 90th percentile | max |
|---|---:|---:|---:|
| stopped (cold start) | ${fmt(median(cold), 0)} ms | ${fmt(quantile(cold, 0.9), 0)} ms | ${fmt(quantile(cold, 1), 0)} ms |
| running | ${fmt(median(warm), 0)} ms | ${fmt(quantile(warm, 0.9), 0)} ms | ${fmt(quantile(warm, 1), 0)} ms |

Of the cold start (medians): from the page's load event to the worker's start ${fmt(median(coldBoot), 0)} ms; opening the indexes (bundled and the reader's) ${fmt(median(coldIndex), 0)} ms.
`;
}

export async function browserSection(log: (s: string) => void, stamp: string): Promise<string> {
  return `## In the browser\n\n${stamp}${await contentScriptVsReadability(log)}\n${await coldStart(log)}`;
}

// For ad hoc runs: npx tsx bench/browser.ts
if (import.meta.url === `file://${process.argv[1]}`) writeFileSync('/dev/stdout', await browserSection(console.log, ''));
