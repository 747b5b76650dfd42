/**
 * The content script's entry: on http(s) pages, starts a session
 * (session.ts) with the extension's API as its ports.
 */
import browser from 'webextension-polyfill';
import type { ContentMessage } from '../shared/messages';
import { loadSettings, watchSettings } from '../shared/settings';
import { ContentSession, type ContentPorts } from './session';

declare const __TEST_HOOKS__: boolean;

function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

const ports: ContentPorts = {
  send: (message: ContentMessage) => browser.runtime.sendMessage(message),
  onMessage(listener) {
    const relay = (message: unknown, sender: { id?: string }) => listener(message, sender);
    browser.runtime.onMessage.addListener(relay);
    return () => browser.runtime.onMessage.removeListener(relay);
  },
  extensionId: browser.runtime.id,
  loadSettings,
  watchSettings,
  alive() {
    try {
      return Boolean(browser.runtime?.id);
    } catch {
      return false;
    }
  },
  lang: uiLanguage(),
};

if (location.protocol === 'http:' || location.protocol === 'https:') {
  const session = new ContentSession(window, ports, {
    // Closed in the shipped build: page scripts cannot read the card. The Firefox test reads it through an open one.
    cardMode: __TEST_HOOKS__ ? 'open' : 'closed',
    // Test builds only: the Firefox smoke test reads the background's answer off the page.
    onAnswer: __TEST_HOOKS__ ? (answer) => document.documentElement.setAttribute('data-crossread-test', JSON.stringify(answer)) : undefined,
  });
  void session.start().then(() => {
    // Test builds only: Firefox gives tests no way to open extension pages, so the test asks through the page's address.
    const page = __TEST_HOOKS__ ? /^#crossread-test-open=(options|popup)$/.exec(location.hash)?.[1] : undefined;
    if (page) void browser.runtime.sendMessage({ type: 'test-open', page }).catch(() => null);
  });
}
