/**
 * The background's part in the reader's own reports: adding the page of a
 * tab, and reading the collections again when the options page changes them.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Result } from '../shared/messages';
import type { AddPageAnswer, GetArticleAnswer, ReportsMessage } from '../shared/reports-messages';
import { getCollection, putCollections } from '../shared/user-reports-db';
import { pageCollection } from '../shared/user-reports';
import { forgetUserIndexes } from './index-store';

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
      default:
        return { ok: false, error: 'unknown message' };
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function addPage(tabId: number): Promise<AddPageAnswer> {
  // The page's text stays in the page until the reader asks: extract it now.
  const answer = (await browser.tabs.sendMessage(tabId, { type: 'get-article' }).catch(() => null)) as GetArticleAnswer | null;
  if (!answer) throw new Error('Crossread cannot read this page; reload it and try again');
  if (!answer.ok) throw new Error(answer.error);
  const collection = pageCollection(answer.article);
  if (await getCollection(collection.id)) return { status: 'already-added', title: collection.name };
  await putCollections([collection]);
  forgetUserIndexes();
  // Read the page again: it is now in the reader's own reports.
  void browser.tabs.sendMessage(tabId, { type: 'analyse-now' }).catch(() => {});
  return { status: 'added', title: collection.name };
}
