/**
 * Nothing Crossread does reaches the network, in Chromium and in Firefox.
 *
 * Each browser sends every request, loopback included, through a recording
 * proxy (support/recording-proxy.ts) that passes loopback on and answers
 * anything else with 403 without forwarding it. The browser's own services
 * are pointed at a closed loopback port (Chromium) or kept quiet (Firefox),
 * and every page used has no outside reference at all: so any request to
 * anywhere but loopback that the proxy sees would have come from the
 * extension, and fails the test. Articles are read (and remembered in the
 * reader's index, as by default), the popup used (a divergence revealed, a
 * page added to the reader's reports, a remembered page forgotten), the card
 * opened, reports imported, exported and forgotten on the options page; the
 * first-run page is shown as each browser installs Crossread.
 *
 * Chromium also names the context of each request (Playwright's events, with
 * the service worker's own requests: PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS):
 * the background, the popup and options pages, and the tabs (content scripts
 * run there) may ask only for loopback pages and the extension's own files.
 *
 * At the end, controls: a request to an outside address made on purpose
 * from a page must be recorded, so the test shows it would see a leak; and
 * one from the background (Chromium) must be refused before it is made, by
 * the extension's content security policy (`default-src 'self'`).
 */
import { test, expect, type BrowserContext, type Page as PwPage, type Request } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page as PptrPage } from 'puppeteer-core';
import { launchWithExtension, serviceWorkerOf, tabIdOf } from './support/chromium';
import { launchFirefox, openExtensionPage } from './support/firefox';
import { isLoopbackHost, startRecordingProxy, type RecordingProxy } from './support/recording-proxy';
import { startSiteServer, type SiteServer } from './support/site-server';
import { highlights, waitForHighlights } from './support/page-probe';

// Before any browser starts: Playwright then reports the service worker's own requests too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

test.describe.configure({ mode: 'parallel' });

const SEED_003 = '/seeds/003_3d713cfd4bd28cc2.html';
const SEED_000 = '/seeds/000_b881272ba5bff583.html';
const REWRITE_002 = '/rewrite/seeds/002_5aec3afbfa2df5c3.html';
const PREMIER = '/wikiref/premier.league.22.html';
const TOHOKU_REWRITE = '/rewrite/wikiref/tohoku.earthquake.tsunami.3.html';
const TOHOKU = readdirSync(resolve('corpus/wikiref-dev'))
  .filter((f) => f.startsWith('tohoku.'))
  .map((f) => resolve('corpus/wikiref-dev', f));
const CANARY = 'crossread-canary.invalid';

const outsideOf = (proxy: RecordingProxy) => proxy.outside().map((r) => `${r.method} ${r.target}`);

let site: SiteServer;
test.beforeAll(async () => {
  site = await startSiteServer();
});
test.afterAll(async () => {
  await site?.close();
});

test('Chromium: reading, the popup, the card and an import make no request that leaves the browser', async () => {
  test.setTimeout(90_000);
  const proxy = await startRecordingProxy();
  const profile = mkdtempSync(join(tmpdir(), 'crossread-privacy-'));
  let context: BrowserContext | undefined;
  try {
    context = await launchWithExtension(profile, undefined, { proxyPort: proxy.port });
    const sw = await serviceWorkerOf(context);
    const extensionId = new URL(sw.url()).host;
    const own = `chrome-extension://${extensionId}/`;
    const seen: Array<{ from: 'background' | 'extension page' | 'page'; url: string }> = [];
    context.on('request', (r: Request) => {
      const from = r.serviceWorker() ? 'background' : r.frame().url().startsWith(own) ? 'extension page' : 'page';
      seen.push({ from, url: r.url() });
    });

    const open = async (path: string) => {
      const page = await context!.newPage();
      await page.goto(site.origin + path);
      return page;
    };
    const popupFor = async (page: PwPage) => {
      const tabId = await tabIdOf(sw, page);
      const popup = await context!.newPage();
      await popup.goto(`${own}popup.html?tabId=${tabId}`);
      await popup.locator('[data-state]:not([data-state="working"])').first().waitFor();
      return popup;
    };

    // Articles read; the popup used: a divergence revealed; a page (not in the index) added to the reader's reports.
    const article = await open(SEED_003);
    const marks = await waitForHighlights(article, 3);
    const popup = await popupFor(article);
    await popup.locator('li.divergence button.reveal').first().click();
    const premier = await open(PREMIER);
    const premierPopup = await popupFor(premier);
    await premierPopup.locator('#add-page').click();
    await expect(premierPopup.locator('.self')).toBeVisible();
    // The card, on hover.
    await article.bringToFront();
    await article.evaluate(() => window.scrollTo(0, 0));
    const mark = (await highlights(article)).find((h) => h.y > 0 && h.y < 700) ?? marks[0];
    await article.mouse.move(mark.x - 5, mark.y);
    await article.mouse.move(mark.x, mark.y);
    await article.waitForFunction(() => document.querySelector('crossread-card'));
    for (const path of [SEED_000, REWRITE_002]) {
      const page = await open(path);
      const p = await popupFor(page);
      await p.close();
      await page.close();
    }

    // Reports imported on the options page, then matched.
    const options = await context.newPage();
    await options.goto(`${own}options.html`);
    await options.locator('#reports-files').setInputFiles(TOHOKU);
    await options.locator('#reports-import').click();
    await expect(options.locator('[data-status="done"]')).toBeVisible();
    const tohoku = await open(TOHOKU_REWRITE);
    const tohokuPopup = await popupFor(tohoku);
    await expect(tohokuPopup.locator('.related-report[data-report-id="tohoku.earthquake.tsunami.3"]')).toBeVisible();
    // What was remembered meanwhile: listed, exported, one page forgotten.
    await options.reload();
    await options.locator('#export').click();
    await expect(options.locator('[data-backup="done"]')).toBeVisible();
    await options.locator('.remembered-article button').first().click();
    await expect(options.locator('[data-testid="memory-note"]')).toContainText('Forgotten');

    // What left the browser: nothing.
    expect(outsideOf(proxy)).toEqual([]);
    // What each context asked for: loopback pages and the extension's own files.
    const strays = seen.filter(({ url }) => {
      const u = new URL(url);
      return !(url.startsWith(own) || u.protocol === 'data:' || u.protocol === 'blob:' || (/^https?:$/.test(u.protocol) && isLoopbackHost(u.hostname)));
    });
    expect(strays).toEqual([]);
    const count = (from: string) => seen.filter((s) => s.from === from).length;
    expect(count('background')).toBeGreaterThan(0); // the bundled index, read by the background
    expect(count('extension page')).toBeGreaterThan(0);

    // Controls. An outside request from a page is seen by the proxy. One from the background
    // is refused before it is made: the extension's CSP allows connections to its own files only.
    const recorded = proxy.requests.length;
    const fromExtension = seen.length;
    const tried = await sw.evaluate((host) => fetch(`http://${host}/from-background`).then(() => 'sent', () => 'refused'), CANARY);
    expect(tried).toBe('refused');
    await article.evaluate((host) => fetch(`http://${host}/from-page`).catch(() => null), CANARY);
    await expect.poll(() => outsideOf(proxy)).toEqual([`GET http://${CANARY}/from-page`]);

    console.log(
      `[figures] privacy, Chromium: ${recorded} requests through the proxy, 0 outside; ${fromExtension} requests named by context ` +
        `(background ${count('background')}, extension pages ${count('extension page')}, pages ${count('page')}), 0 outside; ` +
        `controls: a page's outside request seen, the background's refused by the CSP`,
    );
  } finally {
    await context?.close();
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('Firefox: reading, the popup and an import make no request that leaves the browser', async () => {
  test.setTimeout(90_000);
  const proxy = await startRecordingProxy();
  const firefox = await launchFirefox(undefined, { proxyPort: proxy.port });
  try {
    const answerOf = async (page: PptrPage) => {
      const handle = await page.waitForFunction(() => document.documentElement.getAttribute('data-crossread-test'), { timeout: 30_000 });
      return JSON.parse((await handle.jsonValue()) as string) as { ok: boolean; value: { related: Array<{ id: string }> } | null };
    };
    const open = async (path: string) => {
      const page = await firefox.newPage();
      await page.goto(site.origin + path);
      await answerOf(page);
      return page;
    };

    // Articles read (and remembered: a page not in the index); the popup (opened as a tab by the test build) used: the page forgotten.
    for (const path of [SEED_003, SEED_000, REWRITE_002]) await (await open(path)).close();
    const article = await open(PREMIER);
    const popup = await openExtensionPage(firefox, article, 'popup');
    await popup.waitForSelector('[data-memory="remembered"]', { timeout: 20_000 });
    await popup.click('#forget-page');
    await popup.waitForSelector('[data-memory="forgotten"]', { timeout: 20_000 });
    await popup.close();

    // Reports imported on the options page, then matched.
    const options = await openExtensionPage(firefox, article, 'options');
    await options.waitForSelector('#reports-files');
    const input = await options.$('#reports-files');
    await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...TOHOKU);
    await options.click('#reports-import');
    await options.waitForSelector('[data-status="done"]', { timeout: 30_000 });
    const tohoku = await firefox.newPage();
    await tohoku.goto(site.origin + TOHOKU_REWRITE);
    expect((await answerOf(tohoku)).value?.related.map((r) => r.id)).toContain('tohoku.earthquake.tsunami.3');

    expect(outsideOf(proxy)).toEqual([]);
    const recorded = proxy.requests.length;
    expect(recorded).toBeGreaterThan(5);

    // Positive control: an outside request from a page is seen.
    await tohoku.evaluate((host) => fetch(`http://${host}/from-page`).catch(() => null), CANARY);
    await expect.poll(() => outsideOf(proxy)).toEqual([`GET http://${CANARY}/from-page`]);
    console.log(`[figures] privacy, Firefox: ${recorded} requests through the proxy (0 outside); control seen: 1`);
  } finally {
    await firefox.close();
    await proxy.close();
  }
});
