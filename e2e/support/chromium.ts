/**
 * Debian's Chromium with the built extension loaded, for the end-to-end tests
 * and the demo. Headless (the new headless mode loads extensions); no network.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { resolve } from 'node:path';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/chrome');
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

