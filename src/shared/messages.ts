/**
 * Messages between the extension's parts, one map per direction, and the
 * per-tab state the background keeps. Responses are plain data
 * (`{ ok: true, value } | { ok: false, error }`): an Error does not cross contexts.
 */
import type { Article } from '../core/article';
import type { Divergence } from '../core/compare/types';
import type { RelatedSummary, Skipped } from '../index/compare-article';
import type { GetArticleMessage } from './reports-messages';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Why a page was not read: automatic analysis is off, or the site is one where Crossread stays silent. */
export type WaitReason = 'manual' | 'silenced';

/** Why a page was too large to read: what was measured, its value and the limit (see src/content/page-size.ts). */
export interface PageSize {
  measure: 'elements' | 'text' | 'depth';
  value: number;
  limit: number;
}

export type { Skipped };

/** What the content script tells the background about the page it runs in. */
export type ContentMessage =
  | { type: 'page-article'; article: Article; extractMs: number }
  | { type: 'page-not-article'; url: string; reason: 'not-an-article' | 'no-content' | 'too-large'; size?: PageSize }
  | { type: 'page-error'; url: string; message: string }
  /** The page was not read; it will be when the popup asks. */
  | { type: 'page-waiting'; url: string; reason: WaitReason }
  /** The page changed its address without loading (a single-page site): what was known of it is stale. */
  | { type: 'page-navigated'; url: string }
  /** Which divergences (indices into the tab state's list) were found in the live page. */
  | { type: 'page-anchored'; url: string; placed: number[] };

/** What the popup asks the background. */
export type PopupMessage =
  | { type: 'get-tab-state'; tabId: number }
  /** Read the tab's page now (automatic analysis off, a silent site, or reading it again). */
  | { type: 'analyse-tab'; tabId: number };

export type BackgroundRequest = ContentMessage | PopupMessage;

/** A related report as the hover card names it. */
export type ReportRef = Pick<RelatedSummary, 'id' | 'title' | 'outlet' | 'published' | 'url'>;

/**
 * The short name a report goes by in the card and the popup: its outlet, else
 * its site's host name, else the start of its title; null when nothing is known.
 */
export function reportLabel(ref: Partial<Pick<ReportRef, 'title' | 'outlet' | 'url'>> | undefined, max = 40): string | null {
  if (!ref) return null;
  if (ref.outlet) return ref.outlet;
  try {
    const u = ref.url ? new URL(ref.url) : null;
    if (u && (u.protocol === 'http:' || u.protocol === 'https:')) return u.hostname.replace(/^www\./, '');
  } catch {
    // Not an address: fall through to the title.
  }
  const title = (ref.title ?? '').replace(/\s+/g, ' ').trim();
  if (!title) return null;
  if (title.length <= max) return title;
  // Cut at the last word boundary that fits.
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The background's answer to `page-article`: what to highlight. */
export interface PageArticleAnswer {
  self: string | null;
  related: Array<{ id: string; relation: RelatedSummary['relation'] }>;
  divergences: Divergence[];
  reports: ReportRef[];
}

/** What the background and the popup tell a tab's content script. */
export type TabMessage =
  | { type: 'analyse-now' }
  /** Highlight these divergences, found in `articleText` (the extracted text their offsets point into). */
  | { type: 'show-divergences'; articleText: string; divergences: Divergence[]; reports: ReportRef[] }
  /** Scroll to the divergence with this index in the tab state's list and flash it. */
  | { type: 'reveal'; index: number }
  /** Move to the next (1) or previous (-1) highlight and open its card (the keyboard shortcut). */
  | { type: 'step'; direction: 1 | -1 }
  /** Extract the page's article now and answer with it ("Add this page to my reports"). */
  | GetArticleMessage;

/**
 * Whether the tab's article was kept in the reader's index: remembered now,
 * already there, or not, and why not (remembering is off, a private window,
 * a site the reader excluded, a page already among the bundled or imported
 * reports); `forgotten` once the reader forgot it from the popup. `id` is its
 * report id, `site` its site, `ms` the background's work to remember it.
 */
export interface MemoryState {
  status: 'remembered' | 'already' | 'added' | 'forgotten' | 'off' | 'private' | 'excluded' | 'known' | 'failed';
  id?: string;
  site?: string;
  ms?: number;
  error?: string;
}

/** The article as the popup shows it: no text, which stays in the page. */
export type ArticleSummary = Pick<Article, 'title' | 'outlet' | 'published' | 'url' | 'byline'>;

export type TabState =
  /** `since`: when the analysis started (ms since the epoch); a state left behind by a stopped background is detected and the page asked again. */
  | { status: 'working'; url: string; since?: number }
  | { status: 'not-article'; url: string; reason: 'not-an-article' | 'no-content' | 'too-large'; size?: PageSize }
  | { status: 'waiting'; url: string; reason: WaitReason }
  | {
      status: 'done';
      url: string;
      article: ArticleSummary;
      self: { id: string; title: string } | null;
      related: RelatedSummary[];
      divergences: Divergence[];
      /** What the analysis left out of a very long article; absent when nothing was. */
      skipped?: Skipped;
      /** Indices of the divergences found in the live page; absent until the page reports them. */
      placed?: number[];
      /** When the answer was ready (ms since the epoch) and what it cost; for diagnosis and the benchmark. */
      timing?: { answeredAt: number; indexMs: number; matchMs: number; compareMs: number; workerStartedAt: number };
      /** Set once the background has decided whether to remember the article (after the answer). */
      memory?: MemoryState;
    }
  | { status: 'error'; url: string; message: string };

export const tabStateKey = (tabId: number) => `tab:${tabId}`;
