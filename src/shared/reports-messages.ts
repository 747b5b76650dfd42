/** Messages about the reader's own reports (see src/background/user-reports-handler.ts). */
import type { Article } from '../core/article';

/** To the background, from the options page and the popup. */
export type ReportsMessage =
  /** The options page changed the stored collections: read them again. */
  | { type: 'user-reports-changed' }
  /** The popup's "Add this page to my reports". */
  | { type: 'add-page'; tabId: number };

/** From the background to a tab's content script: the page's article, extracted now. */
export type GetArticleMessage = { type: 'get-article' };
export type GetArticleAnswer = { ok: true; article: Article } | { ok: false; error: string };

export type AddPageAnswer = { status: 'added' | 'already-added'; title: string };

export const REPORTS_MESSAGE_TYPES: ReadonlySet<string> = new Set(['user-reports-changed', 'add-page']);
