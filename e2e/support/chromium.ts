/**
 * Debian's Chromium with the built extension loaded, for the end-to-end tests
 * and the demo. Headless (the new headless mode loads extensions); no network.
 */
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/chrome');
/** The shipped build plus the messages only tests send (src/shared/test-messages.ts): for the tests that need them. */
export const CHROME_TEST_BUILD = resolve(import.meta.dirname, '../../dist/chrome-test');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium's own services, pointed at a closed loopback port: with them,
 * everything that leaves the browser through a recording proxy comes from
 * the pages and the extension (see e2e/privacy.spec.ts).
 */
const QUIET_BROWSER = [
  '--gaia-url=http://127.0.0.1:9',
  '--apps-gallery-update-url=http://127.0.0.1:9/updates',
  '--component-updater=url-source=http://127.0.0.1:9/components',
  '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-pings',
];

/**
 * `extensionDir` null: the same browser without the extension, for comparisons.
 * `proxyPort`: every request, loopback included, goes through the proxy on that port instead of being blocked here.
 * On a fresh profile Crossread opens its first-run page once it is installed; it is closed here (so
 * that it does not take the place of the page a test brings to the front), unless `keepFirstRun`.
 */
export async function launchWithExtension(
  profileDir: string,
  extensionDir: string | null = EXTENSION_DIR,
  options: { javaScriptEnabled?: boolean; proxyPort?: number; keepFirstRun?: boolean } = {},
): Promise<BrowserContext> {
  const fresh = !existsSync(profileDir) || readdirSync(profileDir).length === 0;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    // Page scripts only: content scripts and the extension's own pages still run without them.
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.proxyPort ? [`--proxy-server=http://127.0.0.1:${options.proxyPort}`, '--proxy-bypass-list=<-loopback>', ...QUIET_BROWSER] : []),
    ],
  });
  if (!options.proxyPort) await blockNetwork(context);
  if (extensionDir && fresh && !options.keepFirstRun) await (await firstRunPage(context)).close();
  return context;
}

/** The page Crossread opens when it is installed. */
export async function firstRunPage(context: BrowserContext): Promise<Page> {
  const isFirstRun = (p: Page) => p.url().endsWith('/first-run.html');
  const waiting = context.waitForEvent('page', { predicate: isFirstRun, timeout: 30_000 });
  const open = context.pages().find(isFirstRun);
  if (open) {
    waiting.catch(() => {});
    return open;
  }
  return waiting;
}

/** No network here: everything but loopback and the extension's own files is refused at once. */
export async function blockNetwork(context: BrowserContext): Promise<void> {
  await context.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/]|chrome-extension:|data:|blob:)/, (route) => route.abort());
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

