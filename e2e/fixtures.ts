/**
 * Playwright fixtures: Debian's Chromium with the built extension loaded
 * (dist/chrome), a loopback site serving the seed reports as news pages, and
 * helpers to read the popup. One browser context per worker: launching costs
 * about 1.5 s.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSiteServer, type SiteServer } from './support/site-server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../dist/chrome');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchWithExtension(profileDir: string, extensionDir = EXTENSION_DIR): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // No network here: everything but loopback and the extension's own files is refused at once.
  await context.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/]|chrome-extension:|data:|blob:)/, (route) => route.abort());
  return context;
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * The tab id of a page. Without the "tabs" permission the background sees no
 * URLs, so the page is brought to the front and the active tab asked for.
 */
export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab?.id) throw new Error('no active tab');
    return tab.id;
  });
}

type WorkerFixtures = { extContext: BrowserContext; extensionId: string; site: SiteServer };
type TestFixtures = { openPopup: (article: Page) => Promise<Page> };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  extContext: [
    async ({}, use) => {
      const profile = mkdtempSync(join(tmpdir(), 'crossread-e2e-'));
      const context = await launchWithExtension(profile);
      await use(context);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ extContext }, use) => {
      const sw = await serviceWorkerOf(extContext);
      await use(new URL(sw.url()).host);
    },
    { scope: 'worker' },
  ],
  site: [
    async ({}, use) => {
      const site = await startSiteServer();
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ extContext }, use) => use(extContext),
  page: async ({ extContext }, use) => {
    const page = await extContext.newPage();
    await use(page);
    await page.close();
  },
  openPopup: async ({ extContext: context, extensionId }, use) => {
    const opened: Page[] = [];
    await use(async (article: Page) => {
      const tabId = await tabIdOf(await serviceWorkerOf(context), article);
      const popup = await context.newPage();
      opened.push(popup);
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    });
    for (const p of opened) await p.close();
  },
});

export const expect = test.expect;

/** Waits until the popup shows a final state (not working) and returns it. */
export async function finalPopupState(popup: Page): Promise<string> {
  const done = popup.locator('[data-state]:not([data-state="working"])');
  await done.first().waitFor();
  return (await done.first().getAttribute('data-state')) ?? '';
}

/** The related reports as the popup lists them: [id, relation] in order. */
export async function popupRelated(popup: Page): Promise<Array<[string, string]>> {
  return popup.locator('.related-report').evaluateAll((items) => items.map((li) => [li.getAttribute('data-report-id') ?? '', li.getAttribute('data-relation') ?? ''] as [string, string]));
}
