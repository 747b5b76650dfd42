/**
 * The page stays the page, on every real news page of e2e/fixtures/pages and
 * every seed page:
 *   - no console error caused by the extension: the page's errors with the
 *     extension loaded, less those it has without (a plain browser), must be none;
 *   - with page scripts off (the page holds still), its DOM and text are the
 *     same as without the extension while highlighted and with a card open
 *     (apart from the card's own element), and exactly the same once the
 *     highlights are removed.
 * The real pages have no related reports in the seed index, so claims taken
 * from their own extracted text are sent to the content script as if the
 * background had found them (`show-divergences`, which only the test build
 * dist/chrome-test answers): this also measures anchoring on real markup.
 */
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../src/extract/extract-article';
import type { Divergence, DivergenceKind } from '../src/core/compare/types';
import { test as withExtension, setSettings, sendToTab, tabState } from './fixtures';
import { blockNetwork, CHROME_TEST_BUILD, CHROMIUM, launchWithExtension } from './support/chromium';
import { cardText, highlights } from './support/page-probe';

type Fixtures = { plainBrowser: Browser; plainContext: BrowserContext; stillContext: BrowserContext };
const test = withExtension.extend<object, Fixtures>({
  plainBrowser: [
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // The same kind of browser as the extension's (a persistent profile, which fetches web app manifests), without the extension.
  plainContext: [
    async ({}, use) => {
      const profile = mkdtempSync(join(tmpdir(), 'crossread-plain-'));
      const context = await launchWithExtension(profile, null);
      await use(context);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  stillContext: [
    async ({}, use) => {
      const profile = mkdtempSync(join(tmpdir(), 'crossread-still-'));
      // The test build: it answers `show-divergences` (below), which the shipped one does not know.
      const context = await launchWithExtension(profile, CHROME_TEST_BUILD, { javaScriptEnabled: false });
      await use(context);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

const PAGES_DIR = resolve(import.meta.dirname, 'fixtures/pages');
const REAL_PAGES = readdirSync(PAGES_DIR).sort();
const SEEDS = ['000_b881272ba5bff583', '001_434da23df04675cc', '002_5aec3afbfa2df5c3', '003_3d713cfd4bd28cc2', '004_38ea710e3fa7f1ba'];
const CASES = [...REAL_PAGES.map((name) => ({ name, path: `/pages/${name}/`, real: true })), ...SEEDS.map((id) => ({ name: `seed ${id.slice(0, 3)}`, path: `/seeds/${id}.html`, real: false }))];

test.describe.configure({ mode: 'parallel' });

/** Errors a page logs (exceptions, console.error, browser log errors), from every context in it, content scripts included. */
async function collectErrors(page: Page): Promise<() => string[]> {
  const errors: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  const norm = (s: string) => s.replace(/\d+/g, '#').slice(0, 300);
  cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) => errors.push(norm(`exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`)));
  cdp.on('Runtime.consoleAPICalled', (e: { type: string; args: Array<{ value?: unknown; description?: string }> }) => {
    if (e.type === 'error' || e.type === 'assert') errors.push(norm(`console: ${e.args.map((a) => String(a.value ?? a.description ?? '')).join(' ')}`));
  });
  cdp.on('Log.entryAdded', (e: { entry: { level: string; text: string; url?: string } }) => {
    if (e.entry.level === 'error') errors.push(norm(`log: ${e.entry.text} ${e.entry.url ?? ''}`));
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return () => [...new Set(errors)];
}

/** Waits for the extension's verdict on the page (whatever it is). */
async function settled(context: BrowserContext, page: Page): Promise<string> {
  await expect.poll(async () => (await tabState(context, page))?.status ?? 'none', { timeout: 20_000, intervals: [100] }).toMatch(/^(done|not-article|error)$/);
  return (await tabState(context, page))!.status;
}

async function snapshot(page: Page): Promise<{ html: string; text: string }> {
  return page.evaluate(() => ({ html: document.documentElement.outerHTML, text: document.body?.innerText ?? '' }));
}

/** Claims for a real page: a phrase from each of up to eight paragraphs spread over the article, in all three kinds. */
function claimsFrom(html: string, url: string): { articleText: string; divergences: Divergence[] } | null {
  const dom = new JSDOM(html, { url });
  const result = extractArticle(dom.window.document, { url, force: true });
  dom.window.close();
  if (!result.ok) return null;
  const text = result.article.text;
  const paragraphs: Array<{ start: number; text: string }> = [];
  for (let at = 0, i = 0; at < text.length; i++) {
    const end = text.indexOf('\n\n', at);
    const p = text.slice(at, end < 0 ? text.length : end);
    if (i > 0 && p.split(' ').length >= 12) paragraphs.push({ start: at, text: p });
    at = end < 0 ? text.length : end + 2;
  }
  const kinds: DivergenceKind[] = ['quote', 'figure', 'attribution'];
  const picked = paragraphs.filter((_, i) => paragraphs.length <= 8 || i % Math.ceil(paragraphs.length / 8) === 0).slice(0, 8);
  const divergences = picked.map((p, i): Divergence => {
    const words = p.text.split(' ');
    const from = Math.min(3, words.length - 9);
    const phrase = words.slice(from, from + 8).join(' ');
    const start = p.start + p.text.indexOf(phrase);
    const where = { start, end: start + phrase.length, text: phrase };
    const other = { reportId: 'test', start: 0, end: 10, text: 'Other wording', context: 'An other wording, in its sentence.', outlet: 'Test Outlet', published: '2025-01-02', url: 'https://example.com/report', copies: [] };
    const said = { speaker: 'Jane Doe', verb: 'said', verbKind: 'neutral' as const, relay: null };
    const figure = { value: 500, qualifier: 'exact' as const, unit: null, measure: 'count' as const, subject: 'people', counted: 'people', source: null };
    const kind = kinds[i % 3];
    if (kind === 'quote') return { kind, subtype: 'reworded', ...where, diff: [[-1, phrase], [1, 'Other wording']], changed: 1, facts: said, others: [{ ...other, facts: said }] };
    if (kind === 'figure') return { kind, subtype: 'conflict', ...where, facts: figure, others: [{ ...other, facts: { ...figure, value: 3000 } }] };
    return { kind, subtype: 'speaker', ...where, facts: said, others: [{ ...other, facts: { ...said, speaker: 'John Roe' } }] };
  });
  return { articleText: text, divergences };
}

test('the shipped build does not answer the test messages; the test build does', async ({ extContext, stillContext, site }) => {
  const show = { type: 'show-divergences', articleText: 'x', divergences: [], reports: [] };
  const answers: unknown[] = [];
  for (const context of [extContext, stillContext]) {
    const page = await context.newPage();
    await page.goto(`${site.origin}/seeds/${SEEDS[3]}.html`, { waitUntil: 'load' });
    await settled(context, page);
    answers.push(await sendToTab(context, page, show).catch((error: unknown) => `no answer: ${String(error)}`));
    await page.close();
  }
  expect(answers[0] === undefined || String(answers[0]).startsWith('no answer'), String(answers[0])).toBe(true);
  expect(answers[1]).toEqual({ ok: true, value: [] });
});

for (const c of CASES) {
  test(`${c.name}: no console error from the extension; text unchanged; DOM restored`, async ({ plainBrowser, plainContext, extContext, stillContext, site }) => {
    const url = site.origin + c.path;

    // Console errors, page scripts on: without the extension and with it, side by side (each in its own browser).
    const plainPage = await plainContext.newPage();
    const plainErrors = await collectErrors(plainPage);
    const withPage = await extContext.newPage();
    const withErrors = await collectErrors(withPage);
    const [, status] = await Promise.all([
      plainPage.goto(url, { waitUntil: 'load' }).then(() => plainPage.waitForTimeout(500)),
      withPage.goto(url, { waitUntil: 'load' }).then(async () => {
        const verdict = await settled(extContext, withPage);
        await withPage.waitForTimeout(300);
        return verdict;
      }),
    ]);
    const ours = withErrors().filter((e) => !plainErrors().includes(e));
    expect(ours, `errors only with the extension on ${c.path}`).toEqual([]);
    await withPage.close();
    await plainPage.close();

    // The DOM and text, page scripts off: without the extension (the baseline), and with it, highlighted.
    const still = await plainBrowser.newContext({ javaScriptEnabled: false });
    await blockNetwork(still);
    const stillPage = await still.newPage();
    const page = await stillContext.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    const [baseline, stillStatus] = await Promise.all([
      stillPage.goto(url, { waitUntil: 'load' }).then(() => snapshot(stillPage)),
      page.goto(url, { waitUntil: 'load' }).then(() => settled(stillContext, page)),
    ]);
    await still.close();
    expect(stillStatus).toBe(status);
    if (c.real && status === 'done') {
      const claims = claimsFrom(readFileSync(join(PAGES_DIR, c.name, 'source.html'), 'utf8'), url);
      expect(claims).not.toBeNull();
      const answer = (await sendToTab(stillContext, page, { type: 'show-divergences', articleText: claims!.articleText, divergences: claims!.divergences, reports: [] })) as { ok: boolean; value: number[] };
      // Anchoring on real markup: nearly every claim is found in the live page.
      expect(answer.value.length, `claims placed on ${c.name}`).toBeGreaterThanOrEqual(Math.ceil(claims!.divergences.length * 0.75));
    }
    const marks = await highlights(page);
    if (c.path.includes('003_')) expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(await snapshot(page)).toEqual(baseline);

    // A card open (through the keyboard step: with page scripts off, Chromium runs no timers or
    // animation frames in the page, which the hover waits on; hovering is tested in in-page.spec.ts):
    // the page's text is still its own.
    if (marks.length > 0) {
      await sendToTab(stillContext, page, { type: 'step', direction: 1 });
      await expect.poll(() => cardText(page)).not.toBeNull();
      expect((await snapshot(page)).text).toBe(baseline.text);
      await page.keyboard.press('Escape');
      await expect.poll(() => cardText(page)).toBeNull();
    }

    // Highlights removed by an option (this site made silent): exactly the page as it was.
    await setSettings(stillContext, { silentSites: ['127.0.0.1'] });
    try {
      await expect.poll(async () => (await highlights(page)).length).toBe(0);
      expect(await snapshot(page)).toEqual(baseline);
    } finally {
      await setSettings(stillContext, {});
    }
    await page.close();
  });
}
