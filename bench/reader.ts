/**
 * The reader's index in the browser (`npm run bench -- --only reader`):
 * the built extension in Debian's Chromium, its reader's index filled with
 * 1,000 and 10,000 remembered articles through its own restore (an export
 * file made here from real report texts), then articles read as a reader
 * would: other reports of events already remembered.
 *
 * Measured, in the extension: the background's work to remember one article
 * (the tab state's `memory.ms`), the comparison (`matchMs + compareMs`) with
 * the background running, the cold start from the page's load to the answer
 * after the browser stopped the background, the bytes stored per article
 * (IndexedDB values, and the browser's own estimate of what the extension's
 * storage takes), and the merges that remembering leads to. Then a 50 MB
 * ndjson import through the options page's worker: its time, and the
 * longest the page's thread was held meanwhile.
 *
 * Texts: ../shared/corpus/gva-dev (real local news, several reports of many
 * events), ../shared/corpus/polnear, corpus/wikiref-dev and the seeds; past
 * those ~4,000 real texts, synthetic reports made from real sentences
 * (synthetic-corpus.ts). What was used is said in the results.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf, tabIdOf } from '../e2e/support/chromium';
import { renderNewsPage } from '../src/golden/news-page';
import type { Article } from '../src/core/article';
import { analyseReport, buildIndex, textHash } from '../src/index/build-index';
import { splitIndex } from '../src/index/split-index';
import { extensionVariant } from '../e2e/support/variant';
import { parseJsonLine, parseReportFile, type ParsedFile } from '../src/ingest/parse-report-file';
import { entryOf, readerIdOf } from '../src/shared/remembered';
import { articleLine, headerLine } from '../src/shared/export-file';
import { loadSource, rng, syntheticReports } from './synthetic-corpus';
import { fmt, median, quantile } from './stats';

const SHARED = '../shared/corpus';
const GVA = join(SHARED, 'gva-dev/gva-dev.ndjson');
const CACHE = 'bench/.cache';
const FORMAT_VERSION = 2;
const WARM = 40;
const COLD = 12;

interface Source {
  /** gva-dev reports with their incident. */
  gva: Array<{ article: Article; event: string }>;
  /** Other real texts (polnear, wikiref-dev, seeds). */
  others: Article[];
  said: string[];
}

function loadTexts(): Source {
  const said: string[] = [];
  const gva: Source['gva'] = [];
  if (existsSync(GVA)) {
    const lines = readFileSync(GVA, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const out: ParsedFile = { reports: [], problems: [] };
      parseJsonLine(out, 'gva-dev.ndjson', i + 1, line);
      const event = (JSON.parse(line) as { event: string | number }).event;
      for (const r of out.reports) gva.push({ article: r.article, event: String(event) });
    });
    said.push(`${gva.length.toLocaleString('en')} reports of gva-dev`);
  } else said.push('gva-dev is absent (../shared/corpus/gva-dev): not used');
  const others: Article[] = [];
  for (const part of ['train', 'dev']) {
    const dir = join(SHARED, 'polnear', part, 'text');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) others.push(...parseReportFile(f, readFileSync(join(dir, f))).reports.map((r) => r.article));
  }
  said.push(others.length ? `${others.length} of polnear` : 'polnear is absent: not used');
  for (const dir of ['corpus/wikiref-dev', 'corpus/seeds']) {
    const n = others.length;
    for (const f of readdirSync(dir).sort()) if (f !== 'catalog.json') others.push(...parseReportFile(f, readFileSync(join(dir, f))).reports.map((r) => r.article));
    said.push(`${others.length - n} of ${dir}`);
  }
  return { gva, others, said };
}

interface Plan {
  remembered: Article[];
  /** Reports of events that the remembered set holds another report of, not themselves remembered. */
  queries: Article[];
  composition: string;
}

/** The remembered articles and the queries for a size: every query's event has another report among the remembered. */
async function plan(source: Source, size: number): Promise<Plan> {
  const r = rng(13);
  const byEvent = new Map<string, Article[]>();
  for (const g of source.gva) byEvent.set(g.event, [...(byEvent.get(g.event) ?? []), g.article]);
  const events = [...byEvent.values()].filter((list) => list.length >= 2);
  // Seeded shuffle, so that every run picks the same.
  for (let i = events.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [events[i], events[j]] = [events[j], events[i]];
  }
  // A query must read as an article in the page (Readability's isProbablyReaderable: paragraphs of more than 140 characters).
  const readable = (a: Article) => a.text.split('\n\n').reduce((n, p) => n + Math.sqrt(Math.max(0, p.length - 140)), 0) >= 30;
  const queries: Article[] = [];
  const partners: Article[] = [];
  for (const list of events) {
    if (queries.length === WARM + COLD) break;
    const query = list.find(readable);
    if (!query) continue;
    queries.push(query);
    partners.push(...list.filter((a) => a !== query));
  }
  const held = new Set(queries);
  const used = new Set(partners);
  const rest = source.gva.map((g) => g.article).filter((a) => !held.has(a) && !used.has(a));
  let remembered = [...partners, ...rest, ...source.others].slice(0, size);
  const real = remembered.length;
  let synthetic = 0;
  if (remembered.length < size) {
    const extra: Article[] = [];
    for (const s of syntheticReports(size - remembered.length, await loadSource(), 5)) {
      extra.push({ title: s.title, text: `${s.title}\n\n${s.text}`, outlet: s.outlet, published: s.published, url: s.url, byline: null, lang: 'en' });
    }
    synthetic = extra.length;
    remembered = [...remembered, ...extra];
  }
  const gvaCount = remembered.filter((a) => source.gva.some((g) => g.article === a)).length;
  return {
    remembered,
    queries: queries.length >= WARM + COLD ? queries : [],
    composition: `${size.toLocaleString('en')} remembered: ${gvaCount.toLocaleString('en')} real reports of gva-dev, ${(real - gvaCount).toLocaleString('en')} other real texts, ${synthetic.toLocaleString('en')} synthetic`,
  };
}

/** The export file the extension restores: each article analysed here, as the background would have. */
function exportFile(p: Plan, size: number): string {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `reader-v${FORMAT_VERSION}-${size}.ndjson.gz`);
  if (existsSync(file)) return file;
  const now = Date.now();
  const lines = p.remembered.map((article, i) => {
    const hash = textHash(article.text);
    const entry = entryOf(analyseReport({ id: readerIdOf(article, hash), article }, hash), { how: 'read', rememberedAt: now - (p.remembered.length - i) * 60_000 });
    return articleLine(entry);
  });
  writeFileSync(file, gzipSync([headerLine({ articles: lines.length, collections: 0 }), ...lines].join('\n') + '\n'));
  return file;
}

type TabTiming = { answeredAt: number; receivedAt?: number; indexMs: number; matchMs: number; compareMs: number; workerStartedAt: number };
type Done = { status: string; related: Array<{ id: string }>; divergences: unknown[]; timing: TabTiming; memory?: { status: string; ms?: number } };

async function stateOf(context: BrowserContext, page: Page, withMemory = true): Promise<Done> {
  const sw = await serviceWorkerOf(context);
  const tabId = await tabIdOf(sw, page);
  const state = await sw.evaluate(
    async ([id, withMemory]) => {
      for (let k = 0; k < 4000; k++) {
        const s = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { status?: string; memory?: unknown } | undefined;
        if (s?.status === 'done' && (!withMemory || s.memory)) return s;
        if (s?.status === 'error' || s?.status === 'not-article') return s;
        await new Promise((r) => setTimeout(r, 10));
      }
      return null;
    },
    [tabId, withMemory] as const,
  );
  if (!state || (state as { status: string }).status !== 'done') throw new Error(`no answer: ${JSON.stringify(state)}`);
  return state as Done;
}

/** Bytes the extension stores for its reader's index, by store, read in the background. */
/**
 * Queries WARM to WARM + COLD, each read after the browser stopped the
 * background (as Chrome does after 30 s idle); `each` gets the answer and
 * when the page had loaded.
 */
async function coldStarts(context: BrowserContext, page: Page, each: (s: Done, readyAt: number) => void | Promise<void>): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  for (let i = WARM; i < WARM + COLD; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 300));
    await page.goto(`http://crossread.bench/q/${i}`);
    const readyAt = await page.evaluate(() => performance.timeOrigin + performance.timing.loadEventEnd - performance.timing.navigationStart);
    const s = await stateOf(context, page, false);
    if (s.status === 'done') await each(s, readyAt);
  }
}

async function storedBytes(context: BrowserContext): Promise<{ articles: number; segments: number; count: number }> {
  const sw = await serviceWorkerOf(context);
  return sw.evaluate(
    () =>
      new Promise<{ articles: number; segments: number; count: number }>((resolve, reject) => {
        const open = indexedDB.open('crossread');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'segments'], 'readonly');
          // No named functions in here: the bench's TypeScript loader would wrap them in a helper the worker lacks.
          const out = { articles: 0, segments: 0, count: 0 };
          const articles = tx.objectStore('articles').openCursor();
          articles.onsuccess = () => {
            const c = articles.result;
            if (!c) return;
            for (const [k, x] of Object.entries(c.value as Record<string, unknown>)) {
              out.articles += k.length + (x instanceof Uint8Array ? x.byteLength : typeof x === 'string' ? new TextEncoder().encode(x).length : JSON.stringify(x ?? null).length);
            }
            out.count++;
            c.continue();
          };
          const segments = tx.objectStore('segments').getAll();
          segments.onsuccess = () => {
            for (const segment of segments.result as Array<Record<string, unknown>>) {
              for (const [k, x] of Object.entries(segment)) out.segments += k.length + (x instanceof Uint8Array ? x.byteLength : JSON.stringify(x ?? null).length);
            }
          };
          tx.oncomplete = () => resolve(out);
          tx.onabort = () => reject(tx.error ?? new Error('aborted'));
        };
      }),
  );
}

async function readerStatus(options: Page): Promise<{ segments: Array<{ tier: string; articles: number; bytes: number }>; lastBuildMs: Record<string, number> }> {
  const answer = (await options.evaluate(() => chrome.runtime.sendMessage({ type: 'reader-status' }))) as { ok: boolean; value: { reader: never } };
  return answer.value.reader;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

async function measure(size: number, source: Source, log: (s: string) => void): Promise<{ row: string; notes: string[] }> {
  const p = await plan(source, size);
  if (p.queries.length === 0) throw new Error('gva-dev is needed for the queries (other reports of remembered events)');
  log(`reader: ${p.composition}; making the export file…`);
  const file = exportFile(p, size);
  const profile = mkdtempSync(join(tmpdir(), 'crossread-bench-reader-'));
  const context = await launchWithExtension(profile);
  const notes: string[] = [];
  try {
    await context.route('http://crossread.bench/**', (route) => {
      const i = Number(new URL(route.request().url()).pathname.split('/').pop());
      route.fulfill({ contentType: 'text/html', body: renderNewsPage({ ...p.queries[i], url: null }) });
    });
    const own = `chrome-extension://${new URL((await serviceWorkerOf(context)).url()).host}/`;
    const options = await context.newPage();
    await options.goto(`${own}options.html`);
    const usageBefore = await options.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const restoreStarted = Date.now();
    await options.locator('#restore-file').setInputFiles(file);
    await options.locator('#restore').click();
    await options.locator('[data-backup="done"], [data-backup="refused"]').waitFor({ timeout: 30 * 60_000 });
    const restoreS = (Date.now() - restoreStarted) / 1000;
    const restored = await options.locator('[data-backup]').innerText();
    if (!/Restored/.test(restored)) throw new Error(`restore: ${restored}`);
    const afterRestore = await readerStatus(options);
    const stored = await storedBytes(context);
    const usage = (await options.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0)) - usageBefore;
    log(`restored ${stored.count} in ${fmt(restoreS, 1)} s; main built in ${fmt(afterRestore.lastBuildMs.main ?? NaN, 0)} ms; ${fmt((stored.articles + stored.segments) / stored.count, 0)} B per article`);

    // Other outlets' reports of remembered events, read with the background running.
    const rememberMs: number[] = [];
    const compareMs: number[] = [];
    const matchOnly: number[] = [];
    let found = 0;
    const partnerIds = new Set(p.remembered.map((a) => readerIdOf(a, textHash(a.text))));
    const page = await context.newPage();
    for (let i = 0; i < WARM; i++) {
      await page.goto(`http://crossread.bench/q/${i}`);
      const s = await stateOf(context, page);
      if (s.status !== 'done') continue;
      if (i > 0) {
        // The first wakes what the restore left.
        compareMs.push(s.timing.matchMs + s.timing.compareMs);
        matchOnly.push(s.timing.matchMs);
      }
      if (s.memory?.ms !== undefined && s.memory.status === 'remembered') rememberMs.push(s.memory.ms);
      if (s.related.some((r) => partnerIds.has(r.id))) found++;
    }
    const afterReading = await readerStatus(options);
    const cold: number[] = [];
    const coldIndex: number[] = [];
    const coldBoot: number[] = [];
    const coldReceived: number[] = [];
    const coldCompare: number[] = [];
    const coldRest: number[] = [];
    await coldStarts(context, page, async (s, readyAt) => {
      cold.push(s.timing.answeredAt - readyAt);
      coldIndex.push(s.timing.indexMs);
      coldBoot.push(s.timing.workerStartedAt - readyAt);
      coldReceived.push((s.timing.receivedAt ?? NaN) - readyAt);
      coldCompare.push(s.timing.matchMs + s.timing.compareMs);
      coldRest.push(s.timing.answeredAt - (s.timing.receivedAt ?? NaN) - s.timing.indexMs - s.timing.matchMs - s.timing.compareMs);
      await stateOf(context, page); // and let it finish remembering before the next stop
    });
    const segments = afterReading.segments.map((s) => `${s.tier} ${s.articles.toLocaleString('en')} (${kb(s.bytes)})`).join(', ');
    notes.push(
      `${size.toLocaleString('en')}: ${p.composition}. Restore (the options page's worker, then the background indexing it): ${fmt(restoreS, 1)} s, of which building the main segment ${fmt((afterRestore.lastBuildMs.main ?? NaN) / 1000, 1)} s. After reading: segments ${segments}; the last rebuilds took ${Object.entries(afterReading.lastBuildMs)
        .map(([t, ms]) => `${t} ${fmt(ms, 0)} ms`)
        .join(', ')}. ${found} of ${WARM} reports found a remembered report of their event among the related. Of the comparison (medians): matching ${fmt(median(matchOnly), 1)} ms, the rest the divergences. Of the cold start: the worker started ${fmt(median(coldBoot), 0)} ms after the page's load, the page's message reached it ${fmt(median(coldReceived), 0)} ms after the load, opening the indexes took ${fmt(median(coldIndex), 0)} ms more, the comparison ${fmt(median(coldCompare), 0)} ms, and the rest of the background's work (checking the message, storing the tab's state) ${fmt(median(coldRest), 0)} ms.`,
    );
    const perArticle = (stored.articles + stored.segments) / stored.count;
    await context.close();
    const base = await bundledBaseline(p, log);
    const ratio = (a: number[], b: number[]) => `${fmt(median(a) / median(b), 2)}×`;
    const row = `| ${size.toLocaleString('en')} | ${fmt(median(rememberMs), 1)} / ${fmt(quantile(rememberMs, 0.9), 1)} ms | ${fmt(median(compareMs), 1)} / ${fmt(quantile(compareMs, 0.9), 1)} ms (bundled: ${fmt(median(base.compare), 1)} ms, ${ratio(compareMs, base.compare)}) | ${fmt(median(cold), 0)} / ${fmt(quantile(cold, 0.9), 0)} ms (bundled: ${fmt(median(base.cold), 0)} ms, ${ratio(cold, base.cold)}) | ${kb(perArticle)} (entries ${kb(stored.articles / stored.count)}, segments ${kb(stored.segments / stored.count)}) | ${kb(usage / stored.count)} |`;
    log(row);
    return { row, notes };
  } finally {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The same articles as a bundled index (built, split into a core and record
 * shards as the build does) in a copy of the extension, remembering off: the
 * same queries, warm and cold, in the same run. What the reader's index costs
 * is said against this.
 */
async function bundledBaseline(p: Plan, log: (s: string) => void): Promise<{ compare: number[]; cold: number[] }> {
  const inputs = p.remembered.map((article) => ({ id: readerIdOf(article, textHash(article.text)), article }));
  const background = JSON.parse(readFileSync('src/index/background-df.json', 'utf8'));
  const { core, shards } = splitIndex(buildIndex(inputs, background).bytes);
  const variant = extensionVariant('bench-bundled', (dir) => {
    for (const f of readdirSync(join(dir, 'index'))) rmSync(join(dir, 'index', f));
    writeFileSync(join(dir, 'index/seeds.crix'), core);
    shards.forEach((shard, k) => writeFileSync(join(dir, `index/seeds.crix.${k}`), shard));
  });
  const profile = mkdtempSync(join(tmpdir(), 'crossread-bench-bundled-'));
  const context = await launchWithExtension(profile, variant.dir);
  try {
    const sw = await serviceWorkerOf(context);
    await sw.evaluate(async () => {
      const settings = { autoAnalyse: true, silentSites: [], highlightKinds: { figure: true, quote: true, attribution: true }, remember: false, notRemembered: [], keepDays: 90, keepArticles: 10_000 };
      await chrome.storage.sync.set({ settings });
    });
    await context.route('http://crossread.bench/**', (route) => {
      const i = Number(new URL(route.request().url()).pathname.split('/').pop());
      route.fulfill({ contentType: 'text/html', body: renderNewsPage({ ...p.queries[i], url: null }) });
    });
    const page = await context.newPage();
    const compare: number[] = [];
    for (let i = 0; i < WARM; i++) {
      await page.goto(`http://crossread.bench/q/${i}`);
      const s = await stateOf(context, page);
      if (i > 0 && s.status === 'done') compare.push(s.timing.matchMs + s.timing.compareMs);
    }
    const cold: number[] = [];
    await coldStarts(context, page, (s, readyAt) => {
      cold.push(s.timing.answeredAt - readyAt);
    });
    log(`bundled baseline: comparison ${fmt(median(compare), 1)} ms, cold ${fmt(median(cold), 0)} ms`);
    return { compare, cold };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    variant.remove();
  }
}

/** A 50 MB ndjson import through the options page: time, and the longest the page's thread was held. */
async function bigImport(source: Source, log: (s: string) => void): Promise<string> {
  const texts = source.gva.length ? source.gva.map((g) => g.article) : source.others;
  const dir = mkdtempSync(join(tmpdir(), 'crossread-bench-import-'));
  const file = join(dir, 'fifty.ndjson');
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < 50 * 1024 * 1024; i++) {
    const a = texts[i % texts.length];
    const line = JSON.stringify({ id: `r${i}`, title: a.title, text: `${a.text}\n\n(${i})`, url: a.url, published: a.published });
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  writeFileSync(file, lines.join('\n') + '\n');
  const profile = mkdtempSync(join(tmpdir(), 'crossread-bench-import-profile-'));
  const context = await launchWithExtension(profile);
  try {
    const own = `chrome-extension://${new URL((await serviceWorkerOf(context)).url()).host}/`;
    const options = await context.newPage();
    await options.goto(`${own}options.html`);
    // The page's thread, watched: the longest gap between two timer callbacks asked for every 16 ms.
    await options.evaluate(() => {
      const w = window as unknown as { __gaps: number[] };
      w.__gaps = [];
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.__gaps.push(now - last);
        last = now;
      }, 16);
    });
    const started = Date.now();
    await options.locator('#reports-files').setInputFiles(file);
    await options.locator('#reports-import').click();
    await options.locator('[data-status="done"], [data-status="refused"]').waitFor({ timeout: 30 * 60_000 });
    const seconds = (Date.now() - started) / 1000;
    const text = await options.locator('[data-status]').innerText();
    const gaps = await options.evaluate(() => (window as unknown as { __gaps: number[] }).__gaps);
    const line = `A ${fmt(bytes / 1024 / 1024, 1)} MB .ndjson of ${lines.length.toLocaleString('en')} reports (gva-dev texts, repeated under new ids): ${text.trim()} in ${fmt(seconds, 0)} s; the options page's thread was never held longer than ${fmt(Math.max(...gaps), 0)} ms (timer every 16 ms: median gap ${fmt(median(gaps), 0)} ms, ${gaps.filter((g) => g > 100).length} gaps over 100 ms).`;
    log(line);
    return line;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function readerSection(log: (s: string) => void, stamp: string, sizes: number[]): Promise<string> {
  if (!existsSync('dist/chrome/manifest.json')) return '## The reader’s index\n\nNot measured: run `npm run build` first.\n';
  const source = loadTexts();
  const rows: string[] = [];
  const notes: string[] = [];
  for (const size of sizes) {
    const m = await measure(size, source, log);
    rows.push(m.row);
    notes.push(...m.notes);
  }
  const imported = await bigImport(source, log);
  return `## The reader’s index

${stamp}The built extension (dist/chrome) in headless Chromium, its reader's index filled through its own restore with an export file made from real report texts (${source.said.join(', ')}; past those, synthetic reports made from real sentences). Then ${WARM} gva-dev reports read as pages, each of an event that the index holds another report of (so each comparison finds and compares one), with the background running; then ${COLD} more after the browser stopped the background. Every read article is remembered as a reader's would be.

- **remember one**: the background's work to keep the article (analysis, the tail segment rebuilt, one IndexedDB transaction), after the page has its answer, off the page's thread (\`memory.ms\` of the tab state); merges into larger segments run after it and are listed below.
- **comparison**: matching against every index (bundled, and the reader's segments, reading the records of the related reports from IndexedDB) and the divergences (\`matchMs + compareMs\`).
- **cold start**: from the page's load event to the answer, the background stopped before (it starts, opens the bundled index and the reader's segments, compares).
- **the same articles bundled**: in the same run, the same queries against a copy of the extension whose bundled index holds the same articles (built and split as the build does), remembering off: what a comparison against that many reports costs without the reader's index, and the ratio to it (the machine is shared; the ratio holds better than either figure).
- **stored per article**: the IndexedDB values of the reader's index (entries and segments) over the articles; and what the browser's own estimate of the extension's storage grew by.

| remembered | remember one: median / p90 | comparison: median / p90 (the same articles bundled) | cold start to the answer: median / p90 (the same articles bundled) | stored per article | browser's estimate per article |
|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

${notes.map((n) => `- ${n}`).join('\n')}

**Import off the page's thread.** ${imported}
`;
}
