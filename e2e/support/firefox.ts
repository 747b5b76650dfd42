/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright
 * cannot install extensions in Firefox), with a build of the extension
 * installed as a temporary add-on.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { resolve } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_TEST_BUILD = resolve(import.meta.dirname, '../../dist/firefox-test');

export async function launchFirefox(extensionDir = FIREFOX_TEST_BUILD): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.openPopupWithoutUserGesture.enabled': true,
      // No network here: keep Firefox from reaching for its own services.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}
