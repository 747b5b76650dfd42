/**
 * Playwright fixtures: Debian's Chromium with the built extension loaded
 * (dist/chrome), a loopback site serving the seed reports as news pages, and
 * helpers to read the popup. One browser context per worker: launching costs
 * about 1.5 s.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSiteServer, type SiteServer } from './support/site-server';
import { launchWithExtension, serviceWorkerOf, tabIdOf } from './support/chromium';

export { launchWithExtension, serviceWorkerOf };

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

/** Stores Crossread's settings as the options page would (sync storage in Chromium), merged over the defaults. */
export async function setSettings(context: BrowserContext, settings: Record<string, unknown>): Promise<void> {
  const sw = await serviceWorkerOf(context);
  await sw.evaluate(async (settings) => {
    const defaults = { autoAnalyse: true, silentSites: [], highlightKinds: { figure: true, quote: true, attribution: true } };
    await chrome.storage.sync.set({ settings: { ...defaults, ...settings } });
  }, settings);
}

/** Sends a message to a page's content script from the background, as the background itself does (commands, the popup's requests). */
export async function sendToTab(context: BrowserContext, page: Page, message: Record<string, unknown>): Promise<unknown> {
  const sw = await serviceWorkerOf(context);
  const tabId = await tabIdOf(sw, page);
  return sw.evaluate(([tabId, message]) => chrome.tabs.sendMessage(tabId as number, message, { frameId: 0 }), [tabId, message] as const);
}

/** The background's state for a page's tab. */
export async function tabState(context: BrowserContext, page: Page): Promise<{ status: string; reason?: string; divergences?: unknown[]; placed?: number[] } | null> {
  const sw = await serviceWorkerOf(context);
  const tabId = await tabIdOf(sw, page);
  return sw.evaluate(async (tabId) => {
    const key = `tab:${tabId}`;
    return ((await chrome.storage.session.get(key))[key] as never) ?? null;
  }, tabId);
}
