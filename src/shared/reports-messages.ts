/** Messages about the reader's own reports (see src/background/user-reports-handler.ts). */
import type { Article } from '../core/article';
import type { SegmentTier } from './user-reports-db';

/** What to forget from the reader's index: one page (its report id), a site (host name), some entries (keys), or everything. */
export type ForgetWhat = { what: 'page'; id: string } | { what: 'site'; site: string } | { what: 'keys'; keys: string[] } | { what: 'everything' };

/** To the background, from the options page and the popup. */
export type ReportsMessage =
  /** The options page changed the stored collections: read them again. */
  | { type: 'user-reports-changed' }
  /** The popup's "Add this page to my reports". */
  | { type: 'add-page'; tabId: number }
  /** Forget from the reader's index (options page, popup); `tabId`: the popup's tab, whose state then says so. */
  | ({ type: 'forget'; tabId?: number } & ForgetWhat)
  /** What the reader's index holds, and what cannot be read (options page). */
  | { type: 'reader-status' }
  /** Make a segment of the reader's index again from its articles, or forget them with it. */
  | { type: 'rebuild-segment'; tier: SegmentTier }
  | { type: 'delete-segment'; tier: SegmentTier }
  /** A collection rebuilt from the articles it keeps. */
  | { type: 'rebuild-collection'; id: string }
  /** The options page restored an export file into the stores: read them again, index what is new, answer when done. */
  | { type: 'reports-restored' };

/** From the background to a tab's content script: the page's article, extracted now. */
export type GetArticleMessage = { type: 'get-article' };
export type GetArticleAnswer = { ok: true; article: Article } | { ok: false; error: string };

export type AddPageAnswer = { status: 'added' | 'already-added'; title: string };

/** A segment of the reader's index (src/background/reader-index.ts), for the options page. */
export interface SegmentStatus {
  tier: SegmentTier;
  articles: number;
  /** Of those, forgotten and still listed until the segment is rebuilt. */
  forgotten: number;
  bytes: number;
  builtAt: number;
  /** Why it cannot be read, when it cannot. */
  problem: string | null;
}

/** What the reader's index holds. */
export interface ReaderStatus {
  articles: number;
  read: number;
  segments: SegmentStatus[];
  /** Milliseconds of the last rebuild of each tier (for people diagnosing it, and the benchmark). */
  lastBuildMs: Partial<Record<SegmentTier, number>>;
}

/** A collection that cannot be opened, and why (options page). */
export interface UnreadableCollection {
  id: string;
  reason: string;
  /** It keeps the articles it was built from, so it can be built again. */
  rebuildable: boolean;
}

export const REPORTS_MESSAGE_TYPES: ReadonlySet<string> = new Set([
  'user-reports-changed',
  'add-page',
  'forget',
  'reader-status',
  'rebuild-segment',
  'delete-segment',
  'rebuild-collection',
  'reports-restored',
]);
