/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright
 * cannot install extensions in Firefox), with a build of the extension
 * installed as a temporary add-on.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_TEST_BUILD = resolve(import.meta.dirname, '../../dist/firefox-test');

/**
 * `extensionDir` null: Firefox without the extension (install it later with
 * `browser.installExtension`). `proxyPort`: every request, loopback included,
 * goes through the recording proxy on that port (e2e/privacy.spec.ts), and
 * Firefox's own services are kept quiet so that what the proxy sees comes
 * from the pages and the extension.
 */
export async function launchFirefox(extensionDir: string | null = FIREFOX_TEST_BUILD, options: { proxyPort?: number } = {}): Promise<Browser> {
  const port = options.proxyPort ?? 9;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Remote settings take their server from the pref below only when this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
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
export async function openExtensionPage(browser: Browser, via: Page, which: 'options' | 'popup'): Promise<Page> {
  const url = new URL(via.url());
  // A new query, so that the page loads again and its content script sees the address.
  url.searchParams.set('crossread-test', String(Date.now()));
  url.hash = `crossread-test-open=${which}`;
  const before = new Set(await browser.pages());
  await via.goto(url.href);
  const file = which === 'options' ? '/options.html' : '/popup.html';
  for (let i = 0; i < 200; i++) {
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
