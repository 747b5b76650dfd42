/**
 * The background: owns the index, compares the articles content scripts
 * send, keeps each tab's result in session storage (the browser may stop this
 * worker at any time) and sets the toolbar badge.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { compareArticle } from '../index/compare-article';
import type { BackgroundRequest, Result, TabState } from '../shared/messages';
import { tabStateKey } from '../shared/messages';
import { getIndex } from './index-store';
import { showBadge } from './badge';

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
        const index = await getIndex();
        const { article } = message;
        const comparison = compareArticle(article, index);
        await setTabState(tabId, {
          status: 'done',
          url,
          article: { title: article.title, outlet: article.outlet, published: article.published, url: article.url, byline: article.byline },
          self: comparison.self,
          related: comparison.related,
          divergences: comparison.divergences,
        });
        return {
          ok: true,
          value: {
            self: comparison.self?.id ?? null,
            related: comparison.related.map((r) => ({ id: r.id, relation: r.relation })),
            divergences: comparison.divergences.length,
          },
        };
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
    case 'get-tab-state':
      return { ok: true, value: await getTabState(message.tabId) };
    default:
      return { ok: false, error: 'unknown message' };
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own pages and content scripts can reach this listener (no externally_connectable).
  if (sender.id !== browser.runtime.id || !message || typeof message !== 'object') return undefined;
  return handle(message as BackgroundRequest, sender);
});

// A tab that loads a new page starts over; a closed tab's result is dropped.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') {
    void browser.storage.session.remove(tabStateKey(tabId));
    void browser.action.setBadgeText({ tabId, text: '' });
  }
});
browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabStateKey(tabId)));
