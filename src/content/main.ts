/**
 * The content script's entry: on http(s) pages, starts a session
 * (session.ts) with the extension's API as its ports.
 */
import browser from 'webextension-polyfill';
import { createHandler, createSender } from '../shared/contract';
import { loadSettings, watchSettings } from '../shared/settings';
import { testContentChannel, testTabChannel } from '../shared/test-messages';
import { ContentSession, type ContentPorts } from './session';

/** Test builds only: the test messages (test-messages.ts); compiled out of the shipped build with them. */
declare const __TEST_MESSAGES__: boolean;
/** The Firefox test build only: what a test without a DevTools protocol needs to see (see e2e/README.md). */
declare const __TEST_HOOKS__: boolean;

function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

const ports: ContentPorts = {
  send: (message) => browser.runtime.sendMessage(message),
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
  const session: ContentSession = new ContentSession(window, ports, {
    // Closed in the shipped build: page scripts cannot read the card. The Firefox test reads it through an open one.
    cardMode: __TEST_HOOKS__ ? 'open' : 'closed',
    // Test builds only: the Firefox smoke test reads the background's answer off the page.
    onAnswer: __TEST_HOOKS__ ? (answer) => document.documentElement.setAttribute('data-crossread-test', JSON.stringify(answer)) : undefined,
    testHandler: __TEST_MESSAGES__
      ? createHandler(testTabChannel, { 'show-divergences': (m) => ({ ok: true, value: session.show(m.articleText, null, m.divergences, m.reports) }) })
      : undefined,
  });
  void session.start().then(() => {
    // Test builds only: Firefox gives tests no way to open extension pages, so the test asks through the page's address.
    if (!__TEST_HOOKS__) return;
    const askBackground = createSender(testContentChannel, (message) => browser.runtime.sendMessage(message));
    // #crossread-test-open=options, =popup (for this tab), =popup:<tab id> (for another tab).
    const open = /^#crossread-test-open=(options|popup)(?::(\d+))?$/.exec(location.hash);
    if (open?.[1] === 'options') void askBackground({ type: 'test-open', page: 'options' });
    if (open?.[1] === 'popup') void askBackground({ type: 'test-open', page: 'popup', ...(open[2] ? { tabId: Number(open[2]) } : {}) });
    // A private window with this address (loopback only): #crossread-test-open=private:<address>.
    const inPrivate = /^#crossread-test-open=private:(.+)$/.exec(location.hash)?.[1];
    if (inPrivate) {
      void askBackground({ type: 'test-open', page: 'private', url: decodeURIComponent(inPrivate) }).then((answer) =>
        document.documentElement.setAttribute('data-crossread-test-open', JSON.stringify(answer)),
      );
    }
  });
}
