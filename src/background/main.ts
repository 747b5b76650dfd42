/**
 * The background: owns the index, compares the articles content scripts
 * send, keeps each tab's result in session storage (the browser may stop this
 * worker at any time) and sets the toolbar badge.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { compareArticle } from '../index/compare-article';
import type { BackgroundRequest, PageArticleAnswer, Result, TabMessage, TabState } from '../shared/messages';
import { tabStateKey } from '../shared/messages';
import { getIndexes } from './index-store';
import { handleReportsMessage } from './user-reports-handler';
import { REPORTS_MESSAGE_TYPES, type ReportsMessage } from '../shared/reports-messages';
import { showBadge } from './badge';
import { t } from '../shared/i18n';

async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [tabStateKey(tabId)]: state });
  await showBadge(tabId, state);
}

async function getTabState(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabState | undefined) ?? null;
}

async function handle(message: BackgroundRequest, sender: Runtime.MessageSender): Promise<Result<unknown>> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'page-article': {
      if (tabId === undefined) return { ok: false, error: 'not from a tab' };
      const url = message.article.url ?? sender.tab?.url ?? '';
      await setTabState(tabId, { status: 'working', url });
      try {
        const indexStarted = performance.now();
        const index = await getIndexes();
        const indexMs = performance.now() - indexStarted;
        const { article } = message;
        const comparison = await compareArticle(article, index);
        await setTabState(tabId, {
          status: 'done',
          url,
          article: { title: article.title, outlet: article.outlet, published: article.published, url: article.url, byline: article.byline },
          self: comparison.self,
          related: comparison.related,
          divergences: comparison.divergences,
          timing: { answeredAt: Date.now(), indexMs, ...comparison.timing, workerStartedAt: performance.timeOrigin },
        });
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
      }
    }
    case 'page-not-article':
      if (tabId === undefined) return { ok: false, error: 'not from a tab' };
      await setTabState(tabId, { status: 'not-article', url: message.url, reason: message.reason });
      return { ok: true, value: null };
    case 'page-error':
      if (tabId === undefined) return { ok: false, error: 'not from a tab' };
      await setTabState(tabId, { status: 'error', url: message.url, message: message.message });
      return { ok: true, value: null };
    case 'page-waiting':
      if (tabId === undefined) return { ok: false, error: 'not from a tab' };
      await setTabState(tabId, { status: 'waiting', url: message.url, reason: message.reason });
      return { ok: true, value: null };
    case 'page-navigated':
      if (tabId === undefined) return { ok: false, error: 'not from a tab' };
      await forgetTab(tabId);
      return { ok: true, value: null };
    case 'page-anchored': {
      if (tabId === undefined) return { ok: false, error: 'not from a tab' };
      const state = await getTabState(tabId);
      // Only for the result it belongs to: the page may have moved on meanwhile.
      if (state?.status === 'done' && state.url === message.url) await browser.storage.session.set({ [tabStateKey(tabId)]: { ...state, placed: message.placed } });
      return { ok: true, value: null };
    }
    case 'get-tab-state':
      return { ok: true, value: await getTabState(message.tabId) };
    case 'analyse-tab':
      return tellTab(message.tabId, { type: 'analyse-now' });
    default:
      return { ok: false, error: 'unknown message' };
  }
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
  await browser.storage.session.remove(tabStateKey(tabId));
  try {
    await browser.action.setBadgeText({ tabId, text: '' });
    await browser.action.setTitle({ tabId, title: t('extensionName') });
  } catch {
    // The tab closed meanwhile.
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own pages and content scripts can reach this listener (no externally_connectable).
  if (sender.id !== browser.runtime.id || !message || typeof message !== 'object') return undefined;
  const type = (message as { type?: unknown }).type;
  if (typeof type === 'string' && REPORTS_MESSAGE_TYPES.has(type)) return handleReportsMessage(message as ReportsMessage, sender);
  return handle(message as BackgroundRequest, sender);
});

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
browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabStateKey(tabId)));
