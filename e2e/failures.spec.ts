/**
 * Failures, in Chromium: a clear message and a way on, never a blank popup.
 *
 * - The browser stops the background in the middle of an analysis (the
 *   DevTools Protocol's ServiceWorker.stopAllWorkers): once with the `working`
 *   state a stopped background leaves behind, once while a long article is
 *   really being compared. The popup must end on a result, not on "working".
 * - The bundled index missing, truncated, of another version, or missing a
 *   shard (variants of dist/chrome): the popup says the installation is
 *   damaged, and the page is left as it was.
 * - Session storage full (where each tab's result is kept): the popup says
 *   the result could not be kept, and the page compares again once there is room.
 * IndexedDB that is full is tested in src/shared/user-reports-db.test.ts.
 */
import { test, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, tabIdOf } from './support/chromium';
import { startSiteServer, type SiteServer } from './support/site-server';
import { extensionVariant } from './support/variant';
import { highlights, waitForHighlights } from './support/page-probe';

const SEED_003 = '/seeds/003_3d713cfd4bd28cc2.html';

let site: SiteServer;
test.beforeAll(async () => {
  site = await startSiteServer();
});
test.afterAll(async () => {
  await site?.close();
});

async function withBrowser(extensionDir: string | undefined, body: (context: BrowserContext, own: string) => Promise<void>): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'crossread-failures-'));
  const context = await launchWithExtension(profile, extensionDir);
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await body(context, `chrome-extension://${new URL(sw.url()).host}/`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A stopped worker's evaluate never settles: a second without an answer means stopped. */
const alive = (w: Worker) => Promise.race([w.evaluate(() => true).catch(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1_000))]);

/** The running background (Playwright may still list a stopped one), started again by the browser when something needs it. */
async function background(context: BrowserContext): Promise<Worker> {
  for (let i = 0; i < 150; i++) {
    for (const w of context.serviceWorkers()) if (await alive(w)) return w;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no running background');
}

/** Stops the extension's service worker as the browser does when idle; the protocol session must be on an extension page to reach it. */
async function stopBackground(context: BrowserContext, extensionPage: Page): Promise<void> {
  const cdp = await context.newCDPSession(extensionPage);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ versionId: string; runningStatus: string }> }) => {
    for (const v of e.versions) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  // The protocol knows the worker only once it has reported it.
  await expect.poll(() => [...status.values()].includes('running')).toBe(true);
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => [...status.values()].includes('running')).toBe(false);
  await cdp.detach();
}

async function popupState(context: BrowserContext, own: string, tabId: number): Promise<{ popup: Page; state: string }> {
  const popup = await context.newPage();
  await popup.goto(`${own}popup.html?tabId=${tabId}`);
  const final = popup.locator('[data-state]:not([data-state="working"])').first();
  await final.waitFor({ timeout: 20_000 });
  return { popup, state: (await final.getAttribute('data-state')) ?? '' };
}

test.describe('the background stopped in the middle of an analysis', () => {
  test('a stale "working" state is noticed and the page asked again; a real stop during a long comparison ends on a result', async () => {
    test.setTimeout(90_000);
    await withBrowser(undefined, async (context, own) => {
      // A page of the extension's own, from which the protocol reaches its service worker.
      const blank = await context.newPage();
      await blank.goto(`${own}options.html`);
      // 1. The state a stopped background leaves: "working", and no analysis behind it.
      const page = await context.newPage();
      await page.goto(site.origin + SEED_003);
      await waitForHighlights(page, 3);
      const tabId = await tabIdOf(await background(context), page);
      await (await background(context)).evaluate(
        async ([key, url]) => chrome.storage.session.set({ [key]: { status: 'working', url, since: Date.now() - 60_000 } }),
        [`tab:${tabId}`, page.url()] as const,
      );
      await stopBackground(context, blank);
      const first = await popupState(context, own, tabId);
      expect(first.state).toBe('done');
      await first.popup.close();

      // 2. A real stop while a long article is compared.
      const long = await context.newPage();
      await long.goto(`${site.origin}/stress/long.html`);
      const longTab = await tabIdOf(await background(context), long);
      let caught = false;
      const worker = await background(context);
      for (let i = 0; i < 500 && !caught; i++) {
        const status = await worker.evaluate(async (k) => ((await chrome.storage.session.get(k))[k] as { status?: string } | undefined)?.status, `tab:${longTab}`).catch(() => null);
        if (status === 'working') {
          await stopBackground(context, blank);
          caught = true;
        } else if (status === 'done') break;
      }
      const second = await popupState(context, own, longTab);
      expect(second.state).toBe('done');
      await expect(second.popup.locator('[data-skipped="analysis"]')).toBeVisible();
      console.log(`[figures] background stopped: stale state recovered; stop during a comparison ${caught ? 'landed mid-analysis' : 'came after the result'}; both popups ended on a result`);
    });
  });
});

test.describe('a damaged bundled index', () => {
  test.describe.configure({ mode: 'parallel' });
  const CASES: Array<{ name: string; change: (indexDir: string) => void; says: RegExp }> = [
    { name: 'missing', change: (d) => rmSync(join(d, 'seeds.crix')), says: /seeds\.crix is missing/ },
    { name: 'truncated', change: (d) => writeFileSync(join(d, 'seeds.crix'), readFileSync(join(d, 'seeds.crix')).subarray(0, 200)), says: /corrupt or truncated/ },
    {
      name: 'of another version',
      change: (d) => {
        const b = readFileSync(join(d, 'seeds.crix'));
        b.writeUInt32LE(99, 4);
        writeFileSync(join(d, 'seeds.crix'), b);
      },
      says: /version 99 is not supported/,
    },
    { name: 'missing a shard', change: (d) => rmSync(join(d, 'seeds.crix.0')), says: /seeds\.crix\.0 is missing/ },
  ];
  for (const c of CASES) {
    test(`${c.name}: the popup says so plainly, and the page is left as it was`, async () => {
      const variant = extensionVariant('index', (dir) => c.change(join(dir, 'index')));
      try {
        await withBrowser(variant.dir, async (context, own) => {
          const page = await context.newPage();
          const pageErrors: string[] = [];
          page.on('pageerror', (e) => pageErrors.push(e.message));
          await page.goto(site.origin + SEED_003);
          const before = await page.evaluate(() => document.documentElement.outerHTML);
          const { popup, state } = await popupState(context, own, await tabIdOf(await background(context), page));
          expect(state).toBe('error');
          const message = await popup.locator('[data-state="error"]').innerText();
          expect(message).toMatch(c.says);
          expect(message).toContain('installation is damaged');
          // The page: no highlight, no card, no error, the same markup.
          expect(await highlights(page)).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
          expect(pageErrors).toEqual([]);
        });
      } finally {
        variant.remove();
      }
    });
  }
});

test('session storage full: the popup says the result could not be kept, and a reload compares again once there is room', async () => {
  await withBrowser(undefined, async (context, own) => {
    const worker = await background(context);
    // Fill the extension's session storage (10 MB for all tabs) to all but 2,000 bytes: the short
    // "working" and error states fit, a whole result does not.
    await worker.evaluate(async () => chrome.storage.session.set({ filler: 'x'.repeat(chrome.storage.session.QUOTA_BYTES - 2_000) }));
    const page = await context.newPage();
    await page.goto(site.origin + SEED_003);
    const tabId = await tabIdOf(await background(context), page);
    const full = await popupState(context, own, tabId);
    expect(full.state).toBe('error');
    expect(await full.popup.locator('[data-state="error"]').innerText()).toMatch(/could not be kept.*reload the page/s);
    await full.popup.close();

    await (await background(context)).evaluate(async () => chrome.storage.session.remove('filler'));
    await page.reload();
    await waitForHighlights(page, 3);
    const again = await popupState(context, own, tabId);
    expect(again.state).toBe('done');
  });
});
