/**
 * The reader's index in Chromium (issue 13), with a build whose bundled index
 * holds none of the seed reports, so that Crossread learns them by reading:
 * - one outlet's report read, the browser restarted with the same profile,
 *   another outlet's report of the same event read: the first is related,
 *   its divergences shown;
 * - incognito windows remember nothing;
 * - forgetting (popup, options) takes an article out of matching;
 * - the retention limit drops the oldest;
 * - export, a fresh profile, restore: the same related reports;
 * - a part of the index that cannot be read is shown, and built again;
 * - the first-run page;
 * - a 50 MB import runs in a worker: progress, the page answering, cancel.
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { firstRunPage, launchWithExtension, serviceWorkerOf, tabIdOf } from './support/chromium';
import { startSiteServer, type SiteServer } from './support/site-server';
import { allowIncognito, buildWithoutSeeds, readPage, rememberedCount, rememberedState, SEED } from './support/reader';

test.describe.configure({ mode: 'parallel' });

let site: SiteServer;
let build: { dir: string; remove(): void };
const temporary: string[] = [];
const opened: BrowserContext[] = [];

test.beforeAll(async () => {
  site = await startSiteServer();
  build = buildWithoutSeeds('remember');
});
test.afterAll(async () => {
  for (const c of opened) await c.close().catch(() => {});
  await site?.close();
  build?.remove();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function newProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crossread-remember-'));
  temporary.push(dir);
  return dir;
}

async function launch(profile: string, options: { keepFirstRun?: boolean } = {}): Promise<BrowserContext> {
  const context = await launchWithExtension(profile, build.dir, options);
  opened.push(context);
  return context;
}

const own = async (context: BrowserContext) => `chrome-extension://${new URL((await serviceWorkerOf(context)).url()).host}/`;

async function popupFor(context: BrowserContext, page: Page): Promise<Page> {
  const tabId = await tabIdOf(await serviceWorkerOf(context), page);
  const popup = await context.newPage();
  await popup.goto(`${await own(context)}popup.html?tabId=${tabId}`);
  await popup.locator('[data-state]:not([data-state="working"])').first().waitFor();
  return popup;
}

async function related(context: BrowserContext, path: string): Promise<Array<[string, string]>> {
  const { page, state } = await readPage(context, site.origin + path);
  await page.close();
  return (state.related ?? []).map((r) => [r.id, r.relation]);
}

async function options(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${await own(context)}options.html`);
  await page.locator('#memory-count').waitFor();
  return page;
}

const mine = (path: string) => `mine:${site.origin}${path}`;

test('an article read before a restart is related to another outlet’s report of the event, with its divergences', async () => {
  const profile = newProfile();
  let context = await launch(profile);
  const first = await readPage(context, site.origin + SEED.s002);
  expect(first.state.memory).toMatchObject({ status: 'remembered', id: mine(SEED.s002) });
  await context.close();

  // The same profile, a new browser: the background starts from what IndexedDB kept.
  context = await launch(profile);
  const { page } = await readPage(context, site.origin + SEED.s003);
  const popup = await popupFor(context, page);
  await expect(popup.locator(`.related-report[data-report-id="${mine(SEED.s002)}"]`)).toHaveAttribute('data-relation', 'rewrite');
  // The divergences between the two: 002's wording of the Sumy quote among them.
  await expect(popup.locator('li.divergence').first()).toBeVisible();
  await expect(popup.locator('li.divergence', { hasText: 'already in Sumy' })).toHaveCount(1);
  await expect(popup.locator('[data-memory="remembered"]')).toBeVisible();
  await context.close();
});

test('incognito windows remember nothing', async () => {
  const context = await launch(newProfile());
  const sw = await allowIncognito(context);
  const incognito = await sw.evaluate(async (url) => {
    const w = (await chrome.windows.create({ incognito: true, url }))!;
    return { windowId: w.id!, tabId: w.tabs![0].id! };
  }, site.origin + SEED.s000);
  const state = await rememberedState(context, null as unknown as Page, incognito.tabId);
  expect(state).toMatchObject({ status: 'done', memory: { status: 'private' } });
  expect(await rememberedCount(context)).toBe(0);
  // Closed, so that the next page opens in a normal window (a new page may otherwise land in the focused private one).
  await sw.evaluate((windowId) => chrome.windows.remove(windowId), incognito.windowId);
  // Seed 001 is seed 000 inside a web page: had 000 been remembered, it would be related as the same text.
  const { page, state: read } = await readPage(context, site.origin + SEED.s001);
  await page.close();
  expect((read.related ?? []).map((r) => r.id)).not.toContain(mine(SEED.s000));
  // A normal window's article is remembered (the whole state in the message, should it not be).
  expect(read.memory, JSON.stringify(read)).toMatchObject({ status: 'remembered' });
  expect(await rememberedCount(context)).toBe(1);
  await context.close();
});

test('forgetting a page from the popup, and a site from the options page, takes them out of matching', async () => {
  const context = await launch(newProfile());
  const { page } = await readPage(context, site.origin + SEED.s002);
  expect(await related(context, SEED.s003)).toContainEqual([mine(SEED.s002), 'rewrite']);

  const popup = await popupFor(context, page);
  await popup.locator('#forget-page').click();
  await expect(popup.locator('[data-memory="forgotten"]')).toBeVisible();
  expect((await related(context, SEED.s003)).map(([id]) => id)).not.toContain(mine(SEED.s002));

  // 003 was remembered when read; forget its whole site from the options page.
  const page2 = await options(context);
  await page2.locator(`.remembered-site[data-site="127.0.0.1"] button`).click();
  await expect(page2.locator('[data-testid="memory-note"]')).toContainText('Forgotten');
  await expect(page2.locator('#memory-count')).toHaveAttribute('data-count', '0');
  expect(await rememberedCount(context)).toBe(0);
  await context.close();
});

test('the retention limit drops the oldest article first', async () => {
  const context = await launch(newProfile());
  const page = await options(context);
  await page.locator('#keep-articles').fill('2');
  await page.locator('#keep-articles').blur();
  await expect.poll(async () => (await serviceWorkerOf(context)).evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { keepArticles?: number } | undefined)?.keepArticles)).toBe(2);
  for (const path of ['/wikiref/premier.league.22.html', '/wikiref/tohoku.earthquake.tsunami.3.html', SEED.s002]) await (await readPage(context, site.origin + path)).page.close();
  expect(await rememberedCount(context)).toBe(2);
  // The oldest (the Premier League report) is gone; the newest is kept.
  expect((await related(context, '/rewrite/wikiref/premier.league.22.html')).map(([id]) => id)).not.toContain(mine('/wikiref/premier.league.22.html'));
  expect((await related(context, SEED.s003)).map(([id]) => id)).toContain(mine(SEED.s002));
  await context.close();
});

test('export, then restore into a fresh profile: the same related reports', async () => {
  const context = await launch(newProfile());
  await (await readPage(context, site.origin + SEED.s002)).page.close();
  await (await readPage(context, site.origin + '/wikiref/tohoku.earthquake.tsunami.3.html')).page.close();
  const before = await related(context, SEED.s003);
  const tohokuBefore = await related(context, '/rewrite/wikiref/tohoku.earthquake.tsunami.3.html');
  expect(before).toContainEqual([mine(SEED.s002), 'rewrite']);
  expect(tohokuBefore.length).toBeGreaterThan(0);
  const page = await options(context);
  const download = page.waitForEvent('download');
  await page.locator('#export').click();
  const file = join(newProfile(), 'export.ndjson.gz');
  await (await download).saveAs(file);
  await expect(page.locator('[data-backup="done"]')).toContainText('Exported 4 articles');
  await context.close();

  const fresh = await launch(newProfile());
  const restore = await options(fresh);
  await restore.locator('#restore-file').setInputFiles(file);
  await restore.locator('#restore').click();
  await expect(restore.locator('[data-backup="done"]')).toContainText('Restored 4 articles');
  await expect(restore.locator('#memory-count')).toHaveAttribute('data-count', '4');
  // Read again here, 003 and the Tohoku rewrite are each in the restored index already: the same lists.
  expect(await related(fresh, SEED.s003)).toEqual(before);
  expect(await related(fresh, '/rewrite/wikiref/tohoku.earthquake.tsunami.3.html')).toEqual(tohokuBefore);

  // A damaged or cut file changes nothing.
  const cut = join(newProfile(), 'cut.ndjson.gz');
  writeFileSync(cut, readFileSync(file).subarray(0, 600));
  await restore.locator('#restore-file').setInputFiles(cut);
  await restore.locator('#restore').click();
  await expect(restore.locator('[data-backup="refused"]')).toContainText('Nothing was restored');
  await restore.reload();
  await expect(restore.locator('#memory-count')).toHaveAttribute('data-count', '4');
  await fresh.close();
});

test('a part of the index that cannot be read is shown with what is wrong, and built again from its articles', async () => {
  const context = await launch(newProfile());
  await (await readPage(context, site.origin + SEED.s002)).page.close();
  const sw = await serviceWorkerOf(context);
  // Damage the stored segment, then stop the background so that it reads it again.
  await sw.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('crossread');
        open.onsuccess = () => {
          const store = open.result.transaction('segments', 'readwrite').objectStore('segments');
          const get = store.get('tail');
          get.onsuccess = () => {
            const put = store.put({ ...get.result, core: get.result.core.slice(0, 64) });
            put.onsuccess = () => resolve();
            put.onerror = () => reject(put.error);
          };
        };
        open.onerror = () => reject(open.error);
      }),
  );
  const page = await options(context);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.reload();
  const problem = page.locator('.segment-problem[data-tier="tail"]');
  await expect(problem).toContainText('cannot be read');
  await expect(problem).toContainText('corrupt or truncated');
  expect((await related(context, SEED.s003)).map(([id]) => id)).not.toContain(mine(SEED.s002));
  await problem.getByRole('button', { name: 'Build it again from its articles' }).click();
  await expect(page.locator('[data-testid="memory-note"]')).toContainText('Built again');
  await expect(page.locator('.segment-problem')).toHaveCount(0);
  expect(await related(context, SEED.s003)).toContainEqual([mine(SEED.s002), 'rewrite']);
  await context.close();
});

test('on install, a first-run page says what Crossread compares with and links to the options', async () => {
  const context = await launch(newProfile(), { keepFirstRun: true });
  const page = await firstRunPage(context);
  await page.locator('[data-testid="first-run"]').waitFor();
  const text = await page.locator('[data-testid="first-run"]').innerText();
  expect(text).toContain('The reports that come with it');
  expect(text).toContain('The articles you read, from now on');
  expect(text).toContain('import on the options page');
  expect(text).toContain('Nothing leaves your machine');
  const optionsOpened = context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html') });
  await page.locator('#open-options').click();
  await (await optionsOpened).locator('#memory-count').waitFor();
  await context.close();
});

test('a 50 MB import runs in a worker: its progress moves, the page answers meanwhile, and cancel stores nothing', async () => {
  test.setTimeout(120_000);
  // 50 MB of real report texts: wikiref-dev, again and again under new ids.
  const dir = resolve('corpus/wikiref-dev');
  const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'latin1'));
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < 50 * 1024 * 1024; i++) {
    const text = texts[i % texts.length];
    const line = JSON.stringify({ id: `big-${i}`, title: `Report ${i}`, text: `${text}\n\nCopy ${i}.` });
    lines.push(line);
    bytes += line.length + 1;
  }
  const file = join(newProfile(), 'big.ndjson');
  writeFileSync(file, lines.join('\n') + '\n');

  const context = await launch(newProfile());
  const page = await options(context);
  await page.locator('#reports-files').setInputFiles(file);
  await page.locator('#reports-import').click();
  const status = page.locator('[data-status="busy"]');
  await expect(status).toContainText(/Read [\d.]+ (KB|MB) of 50\.\d MB/);
  const firstText = await status.innerText();
  // The page answers while the worker reads: a setting changes, and is saved, before the import ends.
  await page.getByLabel('Compare articles automatically when they open').uncheck();
  await expect.poll(async () => (await serviceWorkerOf(context)).evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { autoAnalyse?: boolean } | undefined)?.autoAnalyse)).toBe(false);
  await expect(status).not.toHaveText(firstText);
  await expect(status).toBeVisible();
  await page.locator('#reports-cancel').click();
  await expect(page.locator('[data-status="refused"]')).toContainText('Cancelled: nothing was imported');
  await page.reload();
  await expect(page.locator('.collection')).toHaveCount(0);
  await context.close();
});
