/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright
 * cannot install extensions in Firefox), with a build of the extension
 * installed as a temporary add-on.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_TEST_BUILD = resolve(import.meta.dirname, '../../dist/firefox-test');

/**
 * `extensionDir` null: Firefox without the extension (install it later with
 * `browser.installExtension`). `proxyPort`: every request, loopback included,
 * goes through the recording proxy on that port (e2e/privacy.spec.ts), and
 * Firefox's own services are kept quiet so that what the proxy sees comes
 * from the pages and the extension.
 */
export interface FirefoxOptions {
  proxyPort?: number;
  /**
   * A profile folder to keep (puppeteer makes a new one otherwise): launched
   * again with it, the add-on, installed again, keeps its storage.
   */
  profileDir?: string;
  /**
   * Let the add-on run in private windows (it may not unless the user allows
   * it): an enterprise policy file, which Firefox reads only under automation.
   */
  privateWindows?: boolean;
  /** Where downloads are saved, without asking. */
  downloadDir?: string;
}

export async function launchFirefox(extensionDir: string | null = FIREFOX_TEST_BUILD, options: FirefoxOptions = {}): Promise<Browser> {
  const port = options.proxyPort ?? 9;
  let policies: Record<string, unknown> = {};
  if (options.privateWindows) {
    const file = join(mkdtempSync(join(tmpdir(), 'crossread-policies-')), 'policies.json');
    writeFileSync(file, JSON.stringify({ policies: { ExtensionSettings: { 'crossread@crossread.invalid': { private_browsing: true } } } }));
    policies = { 'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true, 'browser.policies.alternatePath': file };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    ...(process.env.CROSSREAD_FF_DUMP ? { dumpio: true } : {}),
    ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
    // Remote settings take their server from the pref below only when this is set; policies are read under automation only.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', ...(options.privateWindows ? { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' } : {}) },
    extraPrefsFirefox: {
      ...(process.env.CROSSREAD_FF_DUMP ? { 'devtools.console.stdout.chrome': true, 'devtools.console.stdout.content': true, 'extensions.logging.enabled': true } : {}),
      ...policies,
      ...(options.downloadDir
        ? { 'browser.download.folderList': 2, 'browser.download.dir': options.downloadDir, 'browser.download.useDownloadDir': true, 'browser.download.always_ask_before_handling_new_types': false }
        : {}),
      // A temporary add-on is uninstalled when Firefox closes; installed again, it finds its storage (as web-ext run does).
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.openPopupWithoutUserGesture.enabled': true,
      // No network here: everything goes to a loopback proxy (port 9: nothing listens, so it fails at once).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': options.proxyPort ? '' : '127.0.0.1,localhost',
      'network.proxy.allow_hijacking_localhost': Boolean(options.proxyPort),
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
  });
  if (extensionDir) await browser.installExtension(extensionDir);
  return browser;
}

/**
 * Has the test build open one of the extension's pages (options, or the
 * popup as a tab for the page) and returns it: Firefox lets no test navigate
 * to moz-extension:// addresses. The page asks through its address
 * (`#crossread-test-open=`), which only the test build listens for.
 */
export async function openExtensionPage(browser: Browser, via: Page, which: 'options' | 'popup', forTab?: number): Promise<Page> {
  const url = new URL(via.url());
  // A new query each time it is asked, so that the page loads again and its content script sees the address.
  url.hash = `crossread-test-open=${which}${forTab === undefined ? '' : `:${forTab}`}`;
  const before = new Set(await browser.pages());
  const ask = async () => {
    url.searchParams.set('crossread-test', String(Date.now()));
    await via.goto(url.href);
  };
  await ask();
  const file = which === 'options' ? '/options.html' : '/popup.html';
  for (let i = 0; i < 200; i++) {
    // On a loaded machine the request is sometimes not seen (the page's session had not started, the background was
    // waking): ask again every five seconds. A second page opened late is left; the first found is returned.
    if (i > 0 && i % 50 === 0) await ask();
    for (const p of await browser.pages()) {
      if (before.has(p)) continue;
      // Puppeteer may still name an extension page about:blank: ask the page itself.
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && new URL(href).pathname === file) return p;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the test build did not open ${which}`);
}

/**
 * Opens `url` in a private window (through the test build, from the page
 * `via`, which must run its content script) and resolves to its tab id and
 * page once Crossread answered there. Needs `privateWindows` at launch.
 */
export async function openInPrivateWindow(browser: Browser, via: Page, url: string): Promise<{ tabId: number; page: Page }> {
  const address = new URL(via.url());
  address.searchParams.set('crossread-test', String(Date.now()));
  address.hash = `crossread-test-open=private:${encodeURIComponent(url)}`;
  const before = new Set(await browser.pages());
  await via.goto(address.href);
  const opened = await via.waitForFunction(() => document.documentElement.getAttribute('data-crossread-test-open'), { timeout: 30_000 });
  const answer = JSON.parse((await opened.jsonValue()) as string) as { ok: boolean; value?: number; error?: string };
  if (!answer.ok || typeof answer.value !== 'number') throw new Error(`no private window: ${answer.error ?? 'no tab'}`);
  for (let i = 0; i < 300; i++) {
    for (const p of await browser.pages()) {
      if (before.has(p)) continue;
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href === url && (await p.evaluate(() => document.documentElement.getAttribute('data-crossread-test')).catch(() => null))) return { tabId: answer.value, page: p };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the private window did not show the page');
}

/**
 * A new tab. Under load Firefox's remote agent has once answered `browsingContext.create` with "no such frame"
 * (DiscardedBrowsingContextError: the window it was asked to open the tab in was being replaced; seen once in the
 * three parallel tabs of firefox-pages.spec.ts, never in 3 runs of it alone): the driver's error, not the
 * extension's, so the tab is asked for once more.
 */
export async function newTab(browser: Browser): Promise<Page> {
  try {
    return await browser.newPage();
  } catch (error) {
    if (!/no such frame|DiscardedBrowsingContext/.test((error as Error).message)) throw error;
    await new Promise((r) => setTimeout(r, 500));
    return await browser.newPage();
  }
}
