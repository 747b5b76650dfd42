/**
 * Messages between the extension's parts, one map per direction, and the
 * per-tab state the background keeps. Responses are plain data
 * (`{ ok: true, value } | { ok: false, error }`): an Error does not cross contexts.
 */
import type { Article } from '../core/article';
import type { Divergence } from '../core/compare/types';
import type { RelatedSummary } from '../index/compare-article';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the content script tells the background about the page it runs in. */
export type ContentMessage =
  | { type: 'page-article'; article: Article; extractMs: number }
  | { type: 'page-not-article'; url: string; reason: 'not-an-article' | 'no-content' | 'too-large' }
  | { type: 'page-error'; url: string; message: string };

/** What the popup asks the background. */
export type PopupMessage = { type: 'get-tab-state'; tabId: number };

export type BackgroundRequest = ContentMessage | PopupMessage;

/** The article as the popup shows it: no text, which stays in the page. */
export type ArticleSummary = Pick<Article, 'title' | 'outlet' | 'published' | 'url' | 'byline'>;

export type TabState =
  | { status: 'working'; url: string }
  | { status: 'not-article'; url: string; reason: 'not-an-article' | 'no-content' | 'too-large' }
  | {
      status: 'done';
      url: string;
      article: ArticleSummary;
      self: { id: string; title: string } | null;
      related: RelatedSummary[];
      divergences: Divergence[];
    }
  | { status: 'error'; url: string; message: string };

export const tabStateKey = (tabId: number) => `tab:${tabId}`;
