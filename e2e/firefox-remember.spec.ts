/**
 * The reader's index in Firefox (issue 13), with a test build whose bundled
 * index holds none of the seed reports: one outlet's report read, Firefox
 * restarted with the same profile, another outlet's report of the event read
 * (the first is related, its divergences shown); export; forgetting from the
 * popup; restore into a fresh profile (the same related reports); private
 * windows remember nothing; the retention limit drops the oldest.
 *
 * Firefox extension pages are opened through the test build (see
 * support/firefox.ts); the add-on runs in private windows only because an
 * enterprise policy lets it, as a reader's choice would.
 */
import { test, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_TEST_BUILD, launchFirefox, openExtensionPage, openInPrivateWindow } from './support/firefox';
import { startSiteServer, type SiteServer } from './support/site-server';
import { buildWithoutSeeds, countRemembered, SEED } from './support/reader';

test.describe.configure({ mode: 'serial' });

let site: SiteServer;
let build: { dir: string; remove(): void };
let firefox: Browser | null = null;
const temporary: string[] = [];
let exported = '';
let downloads = '';

test.beforeAll(async () => {
  site = await startSiteServer();
  build = buildWithoutSeeds('firefox-remember', FIREFOX_TEST_BUILD);
});
test.afterAll(async () => {
  await firefox?.close().catch(() => {});
  await site?.close();
  build?.remove();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crossread-ff-remember-'));
  temporary.push(dir);
  return dir;
}

type Answer = { ok: boolean; value: { self: string | null; related: Array<{ id: string; relation: string }>; divergences: unknown[] } | null };

/** Opens a page and returns the background's answer (written on the page by the test build). */
async function read(path: string): Promise<{ page: Page; answer: Answer }> {
  const page = await firefox!.newPage();
  await page.goto(site.origin + path);
  const handle = await page.waitForFunction(() => document.documentElement.getAttribute('data-crossread-test'), { timeout: 30_000 });
  return { page, answer: JSON.parse((await handle.jsonValue()) as string) as Answer };
}

/** The popup for a page's tab, once the background has said whether it remembered the page. */
async function popupOf(page: Page, forTab?: number): Promise<Page> {
  const popup = await openExtensionPage(firefox!, page, 'popup', forTab);
  await popup.waitForSelector('[data-memory]', { timeout: 30_000 }).catch(async (error) => {
    const state = await popup.evaluate(async () => {
      const tabId = Number(new URLSearchParams(location.search).get('tabId'));
      const b = (globalThis as unknown as { browser: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).browser;
      const s = (await b.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`] as { memory?: unknown; status?: string; timing?: unknown } | undefined;
      const d = (await b.storage.session.get('debug')).debug;
      return JSON.stringify({ status: s?.status, memory: s?.memory, timing: s?.timing, d });
    }).catch((e) => String(e));
    throw new Error(`${error}; the tab's state: ${state}`);
  });
  return popup;
}

async function optionsVia(page: Page): Promise<Page> {
  const options = await openExtensionPage(firefox!, page, 'options');
  await options.waitForSelector('#memory-count', { timeout: 30_000 });
  return options;
}

/** How many articles the reader's index holds, read by an extension page from IndexedDB. */
const count = (options: Page) => options.evaluate(countRemembered);
const mine = (path: string) => `mine:${site.origin}${path}`;
const relatedOf = (answer: Answer) => (answer.value?.related ?? []).map((r) => [r.id, r.relation]);
const profile = { first: '', second: '' };

test('Firefox: an article read before a restart is related to another outlet’s report of the event, with its divergences', async () => {
  test.setTimeout(120_000);
  profile.first = tempDir();
  downloads = tempDir();
  firefox = await launchFirefox(build.dir, { profileDir: profile.first });
  const { page } = await read(SEED.s002);
  const popup = await popupOf(page);
  expect(await popup.$eval('[data-memory]', (e) => e.getAttribute('data-memory'))).toBe('remembered');
  await firefox.close();

  firefox = await launchFirefox(build.dir, { profileDir: profile.first, downloadDir: downloads });
  const { page: page003, answer } = await read(SEED.s003);
  expect(relatedOf(answer)).toContainEqual([mine(SEED.s002), 'rewrite']);
  expect(answer.value!.divergences.length).toBeGreaterThanOrEqual(1);
  const popup003 = await popupOf(page003);
  await popup003.waitForSelector(`.related-report[data-report-id="${mine(SEED.s002)}"][data-relation="rewrite"]`);
  const divergences = await popup003.$$eval('li.divergence', (items) => items.map((li) => li.textContent ?? ''));
  expect(divergences.some((d) => d.includes('already in Sumy'))).toBe(true);
});

test('Firefox: export, then forgetting a page from the popup takes it out of matching', async () => {
  test.setTimeout(90_000);
  const { page } = await read('/');
  const options = await optionsVia(page);
  await options.click('#export');
  await options.waitForSelector('[data-backup="done"]', { timeout: 30_000 });
  expect(await options.$eval('[data-backup="done"]', (e) => e.textContent)).toContain('Exported 2 articles');
  await options.close();
  // The download, saved by Firefox into the folder given at launch.
  for (let i = 0; i < 300 && !exported; i++) {
    const done = readdirSync(downloads).find((f) => f.endsWith('.ndjson.gz'));
    if (done) exported = join(downloads, done);
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(exported).toMatch(/crossread-reports-\d{4}-\d\d-\d\d\.ndjson\.gz$/);

  const { page: page002 } = await read(SEED.s002);
  const popup = await popupOf(page002);
  await popup.click('#forget-page');
  await popup.waitForSelector('[data-memory="forgotten"]', { timeout: 15_000 });
  const { answer } = await read(SEED.s003);
  expect(relatedOf(answer).map(([id]) => id)).not.toContain(mine(SEED.s002));
  await firefox!.close();
  firefox = null;
});

test('Firefox: restored into a fresh profile, the export gives the same related reports', async () => {
  test.setTimeout(90_000);
  profile.second = tempDir();
  firefox = await launchFirefox(build.dir, { profileDir: profile.second, privateWindows: true });
  const { page } = await read('/');
  const options = await optionsVia(page);
  const input = await options.$('#restore-file');
  await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(exported);
  await options.click('#restore');
  await options.waitForSelector('[data-backup="done"]', { timeout: 60_000 });
  expect(await options.$eval('[data-backup="done"]', (e) => e.textContent)).toContain('Restored 2 articles');
  // Firefox shows an open options page again rather than a new one: close it, so that the next test gets its own.
  await options.close();
  const { answer } = await read(SEED.s003);
  // 003 is among the restored articles (the page itself); what is related is what it was before the export.
  expect(answer.value!.self).toBe(mine(SEED.s003));
  expect(relatedOf(answer)).toContainEqual([mine(SEED.s002), 'rewrite']);
});

test('Firefox: private windows remember nothing', async () => {
  test.setTimeout(90_000);
  const { page: via } = await read('/');
  const { tabId, page: inPrivate } = await openInPrivateWindow(firefox!, via, site.origin + SEED.s000);
  const popup = await popupOf(via, tabId);
  expect(await popup.$eval('[data-memory]', (e) => e.getAttribute('data-memory'))).toBe('private');
  await popup.close();
  // Closed, so that the options page opens in a normal window.
  await inPrivate.close();
  // Seed 001 is seed 000 inside a web page: had 000 been remembered, it would be related.
  const { answer } = await read(SEED.s001);
  expect(relatedOf(answer).map(([id]) => id)).not.toContain(mine(SEED.s000));
  const options = await optionsVia(via);
  expect(await count(options)).toBe(3); // 002 and 003 restored, 001 read; nothing from the private window
  await options.close();
});

test('Firefox: the retention limit drops the oldest first', async () => {
  test.setTimeout(90_000);
  const { page } = await read('/');
  const options = await optionsVia(page);
  await options.$eval('#keep-articles', (e) => {
    const input = e as HTMLInputElement;
    input.value = '2';
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // 002 was read first: it goes.
  await expect.poll(() => count(options), { timeout: 30_000 }).toBe(2);
  const { answer } = await read(SEED.s003);
  expect(relatedOf(answer).map(([id]) => id)).not.toContain(mine(SEED.s002));
});
