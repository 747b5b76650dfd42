/**
 * The reader's own reports (issue 5), in Chromium with a profile of their
 * own (these tests change what every lookup matches against):
 * a page added from the popup is found when a rewrite of it is opened (it is
 * kept in the reader's index, issue 13); an imported corpus survives a
 * browser restart; a corrupt import is refused whole and the earlier reports
 * remain. Remembering what is read is off here (e2e/remember.spec.ts tests it).
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension, serviceWorkerOf, tabIdOf } from './support/chromium';
import { setSettings } from './fixtures';
import { startSiteServer, type SiteServer } from './support/site-server';

test.describe.configure({ mode: 'serial' });

let site: SiteServer;
let profile: string;
let context: BrowserContext;
let extensionId: string;

async function launch() {
  const fresh = !extensionId;
  context = await launchWithExtension(profile);
  extensionId = new URL((await serviceWorkerOf(context)).url()).host;
  if (fresh) await setSettings(context, {});
}

async function popupFor(page: Page): Promise<Page> {
  const tabId = await tabIdOf(await serviceWorkerOf(context), page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('[data-state]:not([data-state="working"])').first().waitFor();
  return popup;
}

async function relatedIds(path: string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(site.origin + path);
  const popup = await popupFor(page);
  const ids = await popup.locator('.related-report').evaluateAll((items) => items.map((li) => li.getAttribute('data-report-id') ?? ''));
  await popup.close();
  await page.close();
  return ids;
}

async function options(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('reports-section').waitFor();
  return page;
}

test.beforeAll(async () => {
  site = await startSiteServer();
  profile = mkdtempSync(join(tmpdir(), 'crossread-reports-'));
  await launch();
});
test.afterAll(async () => {
  await context?.close();
  await site?.close();
  rmSync(profile, { recursive: true, force: true });
});

test('a page added from the popup is found as related when a rewrite of it is opened', async () => {
  expect(await relatedIds('/rewrite/wikiref/premier.league.22.html')).toEqual([]);
  const page = await context.newPage();
  await page.goto(`${site.origin}/wikiref/premier.league.22.html`);
  const popup = await popupFor(page);
  await popup.locator('#add-page').click();
  // The page is read again once added: the popup then says it is in the reader's index.
  await expect(popup.locator('.self')).toBeVisible();
  await popup.close();
  await page.close();
  const ids = await relatedIds('/rewrite/wikiref/premier.league.22.html');
  expect(ids).toEqual([`mine:${site.origin}/wikiref/premier.league.22.html`]);
  // Listed on the options page as a page the reader added.
  const page2 = await options();
  await expect(page2.locator('.remembered-article[data-how="added"]')).toHaveCount(1);
});

const tohoku = readdirSync(resolve('corpus/wikiref-dev'))
  .filter((f) => f.startsWith('tohoku.'))
  .map((f) => resolve('corpus/wikiref-dev', f));

test('an imported corpus is matched at once and survives a browser restart', async () => {
  const page = await options();
  await page.locator('#reports-files').setInputFiles(tohoku);
  await page.locator('#reports-import').click();
  await expect(page.locator('[data-status="done"]')).toBeVisible();
  await expect(page.locator('.collection')).toHaveCount(1); // this import (the page added above is in the reader's index)
  expect(await relatedIds('/rewrite/wikiref/tohoku.earthquake.tsunami.3.html')).toContain('tohoku.earthquake.tsunami.3');

  // The same profile, reopened.
  await context.close();
  await launch();
  const again = await options();
  await expect(again.locator('.collection')).toHaveCount(1);
  await expect(again.locator('.remembered-article[data-how="added"]')).toHaveCount(1);
  expect(await relatedIds('/rewrite/wikiref/tohoku.earthquake.tsunami.3.html')).toContain('tohoku.earthquake.tsunami.3');
});

test('a corrupt import is refused whole, naming the problems, and the earlier reports remain', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossread-bad-import-'));
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'A good headline\nA body that would have been imported.');
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"id": "x", "text": ');
  const truncated = join(dir, 'cut.crix');
  const built = readFileSync(resolve('dist/chrome/index/seeds.crix'));
  writeFileSync(truncated, built.subarray(0, 200));
  const page = await options();
  await page.locator('#reports-files').setInputFiles([good, broken, truncated]);
  await page.locator('#reports-import').click();
  const status = page.locator('[data-status="refused"]');
  await expect(status).toBeVisible();
  await expect(status).toContainText('broken.json');
  await expect(status).toContainText('cut.crix');
  await expect(page.locator('.collection')).toHaveCount(1);
  expect(await relatedIds('/rewrite/wikiref/tohoku.earthquake.tsunami.3.html')).toContain('tohoku.earthquake.tsunami.3');
  rmSync(dir, { recursive: true, force: true });
});

test('deleting a collection takes its reports out of matching', async () => {
  const page = await options();
  const row = page.locator('.collection[data-kind="files"]');
  await row.getByRole('button').click();
  await expect(page.locator('.collection')).toHaveCount(0);
  expect(await relatedIds('/rewrite/wikiref/tohoku.earthquake.tsunami.3.html')).not.toContain('tohoku.earthquake.tsunami.3');
});
