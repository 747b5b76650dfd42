/**
 * The background's part in the reader's own reports: adding the page of a
 * tab, forgetting from the reader's index, what it holds and what cannot be
 * read, and reading the collections again when the options page changes them.
 */
import { isPassageFailure, type Handlers, type Result } from '../shared/contract';
import type { AddPageAnswer, ForgetWhat, reportsMessages } from '../shared/messages';
import { tellTab } from '../shared/send';
import { brokenArticles, getCollection, putCollections } from '../shared/user-reports-db';
import { rebuiltCollection } from '../shared/user-reports';
import { withinBudget } from '../index/compare-article';
import { forgetUserIndexes, getUserIndexes, readerIndex, unreadable } from './index-store';
import { updateTabState } from './tab-state';

/** The reports' part of the pages' channel; the background routes to it only messages from the extension's own pages (popup, options), never a content script's. */
export const reportsHandlers: Handlers<typeof reportsMessages, undefined> = {
  'user-reports-changed': () => {
    forgetUserIndexes();
    return { ok: true, value: null };
  },
  'add-page': async ({ tabId }) => addPage(tabId),
  forget: async (message) => {
    const count = await forget(message);
    if (message.tabId !== undefined) await forgetInTab(message.tabId);
    return { ok: true, value: count };
  },
  'reader-status': async () => {
    await getUserIndexes();
    return { ok: true, value: { reader: await readerIndex.status(), unreadable: [...unreadable.values()], broken: await brokenArticles() } };
  },
  'rebuild-segment': async ({ tier }) => {
    await readerIndex.rebuildSegment(tier);
    return { ok: true, value: null };
  },
  'delete-segment': async ({ tier }) => ({ ok: true, value: await readerIndex.deleteSegment(tier) }),
  'rebuild-collection': async ({ id }) => {
    const c = await getCollection(id);
    if (!c) return { ok: false, error: 'no such collection' };
    await putCollections([rebuiltCollection(c)]);
    forgetUserIndexes();
    return { ok: true, value: null };
  },
  'reports-restored': async () => {
    forgetUserIndexes();
    readerIndex.reload();
    await readerIndex.settled();
    return { ok: true, value: await readerIndex.status() };
  },
};

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

async function addPage(tabId: number): Promise<Result<AddPageAnswer>> {
  // The page's text stays in the page until the reader asks: extract it now.
  const extracted = await tellTab(tabId, { type: 'get-article' });
  if (!extracted.ok) return { ok: false, error: isPassageFailure(extracted.error) ? 'Crossread cannot read this page; reload it and try again' : extracted.error };
  const text = withinBudget(extracted.value.text);
  const article = text === extracted.value.text ? extracted.value : { ...extracted.value, text };
  const outcome = await readerIndex.remember(article, 'added');
  const title = article.title || article.url || '';
  if (outcome.status === 'already') return { ok: true, value: { status: 'already-added', title } };
  // Read the page again: it is now in the reader's own reports.
  void tellTab(tabId, { type: 'analyse-now' });
  return { ok: true, value: { status: 'added', title } };
}
