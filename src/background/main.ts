/**
 * The background: owns the index, compares the articles content scripts
 * send, keeps each tab's result in session storage (the browser may stop this
 * worker at any time) and sets the toolbar badge.
 */
import '../shared/english-messages';
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { compareArticle, type ArticleAnalysis } from '../index/compare-article';
import { contentChannel, pageChannel, tabStateKey, type PageArticleAnswer, type TabState } from '../shared/messages';
import { createHandler, type Handlers, type RequestOf, type Result } from '../shared/contract';
import { tellTab } from '../shared/send';
import { testContentChannel } from '../shared/test-messages';
import { getIndexes, readerIndex } from './index-store';
import { reportsHandlers } from './user-reports-handler';
import { rememberRead } from './remember';
import { watchSettings } from '../shared/settings';
import { showBadge } from './badge';
import { inTabOrder, readTabState, updateTabState } from './tab-state';
import { t } from '../shared/i18n';
import { senderKind } from './sender-kind';

declare const __TEST_MESSAGES__: boolean;

/** Tabs whose page this background is comparing now. A `working` state for a tab not in here was left by a background the browser stopped. */
const inFlight = new Set<number>();

function setTabState(tabId: number, state: TabState): Promise<void> {
  return inTabOrder(tabId, async () => {
    try {
      await browser.storage.session.set({ [tabStateKey(tabId)]: state });
    } catch (error) {
      // Session storage is full (10 MB for all tabs) or gone: keep a short error instead, so the popup never waits for nothing.
      if (state.status === 'error') throw error;
      const reason = error instanceof Error ? error.message : String(error);
      await browser.storage.session.set({ [tabStateKey(tabId)]: { status: 'error', url: state.url, message: t('errorCannotKeepResult', reason) } satisfies TabState });
    }
    await showBadge(tabId, state);
  });
}

const getTabState = readTabState;

/** Who sent a content script's message: the tab it runs in (its top frame). */
interface FromTab {
  tabId: number;
  tab: Tabs.Tab | undefined;
}

/** The messages from the content script in a tab's top frame, about its page. */
const contentHandlers: Handlers<typeof contentChannel, FromTab> = {
  async 'page-article'(message, { tabId, tab }) {
    const receivedAt = Date.now();
    const url = message.article.url ?? tab?.url ?? '';
    inFlight.add(tabId);
    try {
      // Not awaited: the tab's states are written in order (tab-state.ts), and the comparison need not wait for storage.
      void setTabState(tabId, { status: 'working', url, since: Date.now() }).catch(() => {});
      const indexStarted = performance.now();
      const index = await getIndexes();
      const indexMs = performance.now() - indexStarted;
      const { article } = message;
      const analysed: ArticleAnalysis = {};
      const comparison = await compareArticle(article, index, undefined, undefined, analysed);
      await setTabState(tabId, {
        status: 'done',
        url,
        article: { title: article.title, outlet: article.outlet, published: article.published, url: article.url, byline: article.byline },
        self: comparison.self,
        related: comparison.related,
        divergences: comparison.divergences,
        ...(comparison.skipped ? { skipped: comparison.skipped } : {}),
        timing: { answeredAt: Date.now(), receivedAt, indexMs, ...comparison.timing, workerStartedAt: performance.timeOrigin },
      });
      // After the answer, and off the page's thread: keep the article in the reader's index (or say why not).
      void rememberRead(tabId, url, article, comparison, tab?.incognito ?? false, analysed);
      // The content script highlights the divergences; it has the article's text they point into.
      const answer: PageArticleAnswer = {
        self: comparison.self?.id ?? null,
        related: comparison.related.map((r) => ({ id: r.id, relation: r.relation })),
        divergences: comparison.divergences,
        reports: comparison.related.map(({ id, title, outlet, published, url }) => ({ id, title, outlet, published, url })),
      };
      return { ok: true, value: answer };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      await setTabState(tabId, { status: 'error', url, message: text });
      return { ok: false, error: text };
    } finally {
      inFlight.delete(tabId);
    }
  },
  async 'page-not-article'(message, { tabId }) {
    await setTabState(tabId, { status: 'not-article', url: message.url, reason: message.reason, ...(message.size ? { size: message.size } : {}) });
    return { ok: true, value: null };
  },
  async 'page-error'(message, { tabId }) {
    await setTabState(tabId, { status: 'error', url: message.url, message: message.message });
    return { ok: true, value: null };
  },
  async 'page-waiting'(message, { tabId }) {
    await setTabState(tabId, { status: 'waiting', url: message.url, reason: message.reason });
    return { ok: true, value: null };
  },
  async 'page-navigated'(_message, { tabId }) {
    await forgetTab(tabId);
    return { ok: true, value: null };
  },
  async 'page-anchored'(message, { tabId }) {
    // Only for the result it belongs to: the page may have moved on meanwhile.
    await updateTabState(tabId, (state) => (state?.status === 'done' && state.url === message.url ? { ...state, placed: message.placed } : null));
    return { ok: true, value: null };
  },
};

/** The popup's and the options page's requests. */
const pageHandlers: Handlers<typeof pageChannel, undefined> = {
  'get-tab-state': async ({ tabId }) => ({ ok: true, value: await recoverStale(tabId, await getTabState(tabId)) }),
  'analyse-tab': ({ tabId }) => tellTab(tabId, { type: 'analyse-now' }),
  ...reportsHandlers,
};

/**
 * A `working` state that no analysis in this background stands behind: the
 * browser stopped the background in the middle (Chrome stops idle service
 * workers; Firefox suspends event pages). The page is asked to send its
 * article again; when it cannot be reached, the state says so.
 */
async function recoverStale(tabId: number, state: TabState | null): Promise<TabState | null> {
  if (state?.status !== 'working' || inFlight.has(tabId)) return state;
  const asked = await tellTab(tabId, { type: 'analyse-now' });
  if (asked.ok) return state;
  const interrupted: TabState = { status: 'error', url: state.url, message: t('errorInterrupted') };
  await setTabState(tabId, interrupted);
  return interrupted;
}

async function forgetTab(tabId: number): Promise<void> {
  await inTabOrder(tabId, () => browser.storage.session.remove(tabStateKey(tabId)));
  try {
    await browser.action.setBadgeText({ tabId, text: '' });
    await browser.action.setTitle({ tabId, title: t('extensionName') });
  } catch {
    // The tab closed meanwhile.
  }
}

const answerContent = createHandler(contentChannel, contentHandlers);
const answerPage = createHandler(pageChannel, pageHandlers);
// Compiled out of the shipped build, with the test messages' definitions.
const answerTest = __TEST_MESSAGES__ ? createHandler<typeof testContentChannel, FromTab>(testContentChannel, { 'test-open': testOpen }) : undefined;

/**
 * Every message is checked twice before anything is done: who sent it (our
 * content script in a tab's top frame, or one of our own pages; nothing else
 * can reach this listener, as there is no externally_connectable), then its
 * shape against that sender's channel (messages.ts). Anything else gets no
 * answer at all.
 */
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL(''));
  if (kind === 'content-script') {
    const from: FromTab = { tabId: sender.tab!.id!, tab: sender.tab };
    return answerContent(message, from) ?? answerTest?.(message, from);
  }
  if (kind === 'extension-page') return answerPage(message, undefined);
  return undefined;
});

/**
 * Test builds only (test-messages.ts): Firefox gives tests no way to open
 * extension pages or private windows, so the test build's content script asks for them.
 */
async function testOpen(message: RequestOf<typeof testContentChannel, 'test-open'>, { tabId }: FromTab): Promise<Result<number | null>> {
  // A new tab each time: openOptionsPage() would bring forward an options page a test left open, and the test would wait for a new one.
  if (message.page === 'options') await browser.tabs.create({ url: browser.runtime.getURL('options.html') });
  else if (message.page === 'popup') await browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tabId=${message.tabId ?? tabId}`) });
  else {
    const window = await browser.windows.create({ incognito: true, url: message.url }).catch((error: unknown) => String(error));
    return typeof window === 'string' ? { ok: false, error: window } : { ok: true, value: window.tabs?.[0]?.id ?? null };
  }
  return { ok: true, value: null };
}

// A tab that loads a new page starts over; a closed tab's result is dropped.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetTab(tabId);
});

// The keyboard shortcuts (manifest `commands`): the tab's content script moves between its highlights.
browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
  const direction = command === 'next-divergence' ? 1 : command === 'previous-divergence' ? -1 : 0;
  if (!direction) return;
  void (async () => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await tellTab(tabId, { type: 'step', direction });
  })();
});
browser.tabs.onRemoved.addListener((tabId) => void inTabOrder(tabId, () => browser.storage.session.remove(tabStateKey(tabId))));

// On install, a page that says what Crossread compares with and that nothing leaves the machine (once per profile).
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== 'install') return;
  void (async () => {
    const { firstRunShown } = await browser.storage.local.get('firstRunShown');
    if (firstRunShown) return;
    await browser.storage.local.set({ firstRunShown: true });
    await browser.tabs.create({ url: browser.runtime.getURL('first-run.html') });
  })();
});

// New retention limits apply at once.
watchSettings(() => readerIndex.limitsChanged(), new AbortController().signal);
