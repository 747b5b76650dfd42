/**
 * The background: owns the index, compares the articles content scripts
 * send, keeps each tab's result in session storage (the browser may stop this
 * worker at any time) and sets the toolbar badge.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { compareArticle, type ArticleAnalysis } from '../index/compare-article';
import type { ContentMessage, PageArticleAnswer, PopupMessage, Result, TabMessage, TabState } from '../shared/messages';
import { tabStateKey } from '../shared/messages';
import { getIndexes, readerIndex } from './index-store';
import { handleReportsMessage } from './user-reports-handler';
import { rememberRead } from './remember';
import { watchSettings } from '../shared/settings';
import { showBadge } from './badge';
import { inTabOrder, readTabState, updateTabState } from './tab-state';
import { t } from '../shared/i18n';
import { parseContentMessage, parsePopupMessage, parseReportsMessage, senderKind } from '../shared/validate-messages';

declare const __TEST_HOOKS__: boolean;

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

/** A message from the content script in a tab's top frame, about its page. */
async function handleContent(message: ContentMessage, tabId: number, sender: Runtime.MessageSender): Promise<Result<unknown>> {
  switch (message.type) {
    case 'page-article': {
      const url = message.article.url ?? sender.tab?.url ?? '';
      inFlight.add(tabId);
      try {
        await setTabState(tabId, { status: 'working', url, since: Date.now() });
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
          timing: { answeredAt: Date.now(), indexMs, ...comparison.timing, workerStartedAt: performance.timeOrigin },
        });
        // After the answer, and off the page's thread: keep the article in the reader's index (or say why not).
        void rememberRead(tabId, url, article, comparison, sender.tab?.incognito ?? false, analysed);
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
    }
    case 'page-not-article':
      await setTabState(tabId, { status: 'not-article', url: message.url, reason: message.reason, ...(message.size ? { size: message.size } : {}) });
      return { ok: true, value: null };
    case 'page-error':
      await setTabState(tabId, { status: 'error', url: message.url, message: message.message });
      return { ok: true, value: null };
    case 'page-waiting':
      await setTabState(tabId, { status: 'waiting', url: message.url, reason: message.reason });
      return { ok: true, value: null };
    case 'page-navigated':
      await forgetTab(tabId);
      return { ok: true, value: null };
    case 'page-anchored':
      // Only for the result it belongs to: the page may have moved on meanwhile.
      await updateTabState(tabId, (state) => (state?.status === 'done' && state.url === message.url ? { ...state, placed: message.placed } : null));
      return { ok: true, value: null };
  }
}

/** A request from the popup. */
async function handlePopup(message: PopupMessage): Promise<Result<unknown>> {
  switch (message.type) {
    case 'get-tab-state':
      return { ok: true, value: await recoverStale(message.tabId, await getTabState(message.tabId)) };
    case 'analyse-tab':
      return tellTab(message.tabId, { type: 'analyse-now' });
  }
}

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

/** A message to the tab's top frame, where the content script runs; an error when no content script is there. */
async function tellTab(tabId: number, message: TabMessage): Promise<Result<unknown>> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as Result<unknown> | undefined;
    return answer ?? { ok: false, error: 'no-answer' };
  } catch {
    // No content script: a page the browser keeps extensions out of, a site Crossread may not read, or one opened before it was installed.
    return { ok: false, error: 'unreachable' };
  }
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

/**
 * Every message is checked twice before anything is done: who sent it (our
 * content script in a tab's top frame, or one of our own pages; nothing else
 * can reach this listener, as there is no externally_connectable) and its
 * shape. Anything else gets no answer at all.
 */
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL(''));
  if (kind === 'content-script') {
    const content = parseContentMessage(message);
    if (content) return handleContent(content, sender.tab!.id!, sender);
    if (__TEST_HOOKS__) return testHook(message, sender.tab!.id!);
    return undefined;
  }
  if (kind === 'extension-page') {
    const popup = parsePopupMessage(message);
    if (popup) return handlePopup(popup);
    const reports = parseReportsMessage(message);
    if (reports) return handleReportsMessage(reports, sender);
  }
  return undefined;
});

/**
 * Test builds only (dist/firefox-test): Firefox gives tests no way to open
 * extension pages or private windows, so the test build's content script asks for them.
 */
async function testHook(message: unknown, tabId: number): Promise<Result<unknown> | undefined> {
  const m = message as { type?: unknown; page?: unknown; url?: unknown; tabId?: unknown };
  if (m?.type !== 'test-open') return undefined;
  if (m.page === 'options') await browser.runtime.openOptionsPage();
  else if (m.page === 'popup') await browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tabId=${Number.isInteger(m.tabId) ? m.tabId : tabId}`) });
  else if (m.page === 'private' && typeof m.url === 'string' && /^http:\/\/127\.0\.0\.1:\d+\//.test(m.url)) {
    const window = await browser.windows.create({ incognito: true, url: m.url }).catch((error: unknown) => String(error));
    return typeof window === 'string' ? { ok: false, error: window } : { ok: true, value: window.tabs?.[0]?.id ?? null };
  } else return undefined;
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
