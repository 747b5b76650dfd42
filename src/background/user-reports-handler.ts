/**
 * The background's part in the reader's own reports: adding the page of a
 * tab, forgetting from the reader's index, what it holds and what cannot be
 * read, and reading the collections again when the options page changes them.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Result } from '../shared/messages';
import type { AddPageAnswer, ForgetWhat, GetArticleAnswer, ReportsMessage } from '../shared/reports-messages';
import { brokenArticles, getCollection, putCollections } from '../shared/user-reports-db';
import { rebuiltCollection } from '../shared/user-reports';
import { withinBudget } from '../index/compare-article';
import { forgetUserIndexes, getUserIndexes, readerIndex, unreadable } from './index-store';
import { updateTabState } from './tab-state';

export async function handleReportsMessage(message: ReportsMessage, sender: Runtime.MessageSender): Promise<Result<unknown>> {
  // Only the extension's own pages (popup, options) manage the reader's reports; never a content script.
  if (!sender.url?.startsWith(browser.runtime.getURL(''))) return { ok: false, error: 'not allowed from a page' };
  try {
    switch (message.type) {
      case 'user-reports-changed':
        forgetUserIndexes();
        return { ok: true, value: null };
      case 'add-page':
        if (!Number.isInteger(message.tabId)) return { ok: false, error: 'bad message' };
        return { ok: true, value: await addPage(message.tabId) };
      case 'forget': {
        const count = await forget(message);
        if (message.tabId !== undefined) await forgetInTab(message.tabId);
        return { ok: true, value: count };
      }
      case 'reader-status':
        await getUserIndexes();
        return { ok: true, value: { reader: await readerIndex.status(), unreadable: [...unreadable.values()], broken: await brokenArticles() } };
      case 'rebuild-segment':
        await readerIndex.rebuildSegment(message.tier);
        return { ok: true, value: null };
      case 'delete-segment':
        return { ok: true, value: await readerIndex.deleteSegment(message.tier) };
      case 'rebuild-collection': {
        const c = await getCollection(message.id);
        if (!c) return { ok: false, error: 'no such collection' };
        await putCollections([rebuiltCollection(c)]);
        forgetUserIndexes();
        return { ok: true, value: null };
      }
      case 'reports-restored':
        forgetUserIndexes();
        readerIndex.reload();
        await readerIndex.settled();
        return { ok: true, value: await readerIndex.status() };
      default:
        return { ok: false, error: 'unknown message' };
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function forget(what: ForgetWhat): Promise<number> {
  switch (what.what) {
    case 'page':
      return readerIndex.forgetId(what.id);
    case 'site':
      return readerIndex.forgetSite(what.site);
    case 'keys':
      return readerIndex.forget(what.keys);
    case 'everything':
      return readerIndex.forgetAll().then(() => -1);
  }
}

/** The popup forgot its tab's page (or site): its state says so, and stops offering it. */
function forgetInTab(tabId: number): Promise<void> {
  return updateTabState(tabId, (state) => (state?.status === 'done' && state.memory ? { ...state, memory: { ...state.memory, status: 'forgotten' } } : null));
}

async function addPage(tabId: number): Promise<AddPageAnswer> {
  // The page's text stays in the page until the reader asks: extract it now.
  const answer = (await browser.tabs.sendMessage(tabId, { type: 'get-article' }).catch(() => null)) as GetArticleAnswer | null;
  if (!answer) throw new Error('Crossread cannot read this page; reload it and try again');
  if (!answer.ok) throw new Error(answer.error);
  const text = withinBudget(answer.article.text);
  const article = text === answer.article.text ? answer.article : { ...answer.article, text };
  const outcome = await readerIndex.remember(article, 'added');
  const title = article.title || article.url || '';
  if (outcome.status === 'already') return { status: 'already-added', title };
  // Read the page again: it is now in the reader's own reports.
  void browser.tabs.sendMessage(tabId, { type: 'analyse-now' }).catch(() => {});
  return { status: 'added', title };
}
