/**
 * The shape of every message the extension's parts accept, checked before
 * anything is done with it. A message arrives as `unknown`: whatever sent it
 * (a content script in a hostile page's process, another version of the
 * extension, a bug) may have sent anything. Each validator answers the typed
 * message, or null for anything else, which the receiver then ignores.
 *
 * Who may send what is checked too (`senderKind`): content scripts speak for
 * the tab they run in (its top frame only), extension pages (popup, options)
 * for the reader; a message from the wrong kind of sender is ignored.
 *
 * @example parseBackgroundRequest({ type: 'get-tab-state', tabId: 3 }) // { type: 'get-tab-state', tabId: 3 }
 * @example parseBackgroundRequest({ type: 'get-tab-state', tabId: '3' }) // null
 */
import type { Article } from '../core/article';
import { isDivergence } from '../core/compare/validate-divergence';
import type { ContentMessage, PopupMessage, ReportRef, TabMessage } from './messages';
import type { ReportsMessage } from './reports-messages';
import type { SegmentTier } from './user-reports-db';

/** Longest article text accepted from a page: the content script refuses larger pages before extracting (see page-size.ts). */
export const MAX_TEXT_CHARS = 3_000_000;
/** Longest address, title, outlet or other short field. */
const MAX_SHORT = 100_000;
/** Most divergences or report references in one message. */
const MAX_ITEMS = 10_000;

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = MAX_SHORT): v is string => typeof v === 'string' && v.length <= max;
const isStrOrNull = (v: unknown, max = MAX_SHORT): v is string | null => v === null || isStr(v, max);
const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isTabId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isArrayOf = <T>(v: unknown, item: (x: unknown) => x is T, max = MAX_ITEMS): v is T[] => Array.isArray(v) && v.length <= max && v.every(item);

const NOT_ARTICLE_REASONS: ReadonlySet<string> = new Set(['not-an-article', 'no-content', 'too-large']);
const WAIT_REASONS: ReadonlySet<string> = new Set(['manual', 'silenced']);
const SIZE_MEASURES: ReadonlySet<string> = new Set(['elements', 'text', 'depth']);

export function isArticle(v: unknown): v is Article {
  return (
    isObj(v) &&
    isStr(v.title) &&
    isStr(v.text, MAX_TEXT_CHARS) &&
    isStrOrNull(v.outlet) &&
    isStrOrNull(v.published, 64) &&
    isStrOrNull(v.url) &&
    isStrOrNull(v.byline) &&
    isStrOrNull(v.lang, 64)
  );
}

/** A divergence's shape is checked where its types are defined (src/core/compare/validate-divergence.ts). */
export { isDivergence };

function isReportRef(v: unknown): v is ReportRef {
  return isObj(v) && isStr(v.id) && isStr(v.title) && isStrOrNull(v.outlet) && isStrOrNull(v.published, 64) && isStrOrNull(v.url);
}

/** A message from a content script about its page, or null. */
export function parseContentMessage(m: unknown): ContentMessage | null {
  if (!isObj(m)) return null;
  switch (m.type) {
    case 'page-article':
      return isArticle(m.article) && isFiniteNumber(m.extractMs) ? { type: m.type, article: m.article, extractMs: m.extractMs } : null;
    case 'page-not-article': {
      if (!isStr(m.url) || typeof m.reason !== 'string' || !NOT_ARTICLE_REASONS.has(m.reason)) return null;
      const reason = m.reason as 'not-an-article' | 'no-content' | 'too-large';
      if (m.size === undefined) return { type: m.type, url: m.url, reason };
      const s = m.size;
      if (reason !== 'too-large' || !isObj(s) || typeof s.measure !== 'string' || !SIZE_MEASURES.has(s.measure) || !isIndex(s.value) || !isIndex(s.limit)) return null;
      return { type: m.type, url: m.url, reason, size: { measure: s.measure as 'elements' | 'text' | 'depth', value: s.value, limit: s.limit } };
    }
    case 'page-error':
      return isStr(m.url) && isStr(m.message, 10_000) ? { type: m.type, url: m.url, message: m.message } : null;
    case 'page-waiting':
      return isStr(m.url) && typeof m.reason === 'string' && WAIT_REASONS.has(m.reason) ? { type: m.type, url: m.url, reason: m.reason as 'manual' | 'silenced' } : null;
    case 'page-navigated':
      return isStr(m.url) ? { type: m.type, url: m.url } : null;
    case 'page-anchored':
      return isStr(m.url) && isArrayOf(m.placed, isIndex) ? { type: m.type, url: m.url, placed: m.placed } : null;
    default:
      return null;
  }
}

/** A request from the popup, or null. */
export function parsePopupMessage(m: unknown): PopupMessage | null {
  if (!isObj(m) || !isTabId(m.tabId)) return null;
  if (m.type === 'get-tab-state' || m.type === 'analyse-tab') return { type: m.type, tabId: m.tabId };
  return null;
}

const TIERS: ReadonlySet<string> = new Set<SegmentTier>(['tail', 'recent', 'main']);

/** A request about the reader's own reports (popup, options page), or null. */
export function parseReportsMessage(m: unknown): ReportsMessage | null {
  if (!isObj(m)) return null;
  switch (m.type) {
    case 'user-reports-changed':
    case 'reader-status':
    case 'reports-restored':
      return { type: m.type };
    case 'add-page':
      return isTabId(m.tabId) ? { type: m.type, tabId: m.tabId } : null;
    case 'forget': {
      if (m.tabId !== undefined && !isTabId(m.tabId)) return null;
      const tab = m.tabId === undefined ? {} : { tabId: m.tabId };
      if (m.what === 'page' && isStr(m.id)) return { type: m.type, what: m.what, id: m.id, ...tab };
      if (m.what === 'site' && isStr(m.site, 300)) return { type: m.type, what: m.what, site: m.site, ...tab };
      if (m.what === 'keys' && isArrayOf(m.keys, (k): k is string => isStr(k), 200_000)) return { type: m.type, what: m.what, keys: m.keys, ...tab };
      if (m.what === 'everything') return { type: m.type, what: m.what, ...tab };
      return null;
    }
    case 'rebuild-segment':
    case 'delete-segment':
      return typeof m.tier === 'string' && TIERS.has(m.tier) ? { type: m.type, tier: m.tier as SegmentTier } : null;
    case 'rebuild-collection':
      return isStr(m.id) ? { type: m.type, id: m.id } : null;
    default:
      return null;
  }
}

/** A message from the background (or the popup) to a content script, or null. */
export function parseTabMessage(m: unknown): TabMessage | null {
  if (!isObj(m)) return null;
  switch (m.type) {
    case 'analyse-now':
    case 'get-article':
      return { type: m.type };
    case 'show-divergences':
      return isStr(m.articleText, MAX_TEXT_CHARS) && isArrayOf(m.divergences, isDivergence) && isArrayOf(m.reports, isReportRef)
        ? { type: m.type, articleText: m.articleText, divergences: m.divergences, reports: m.reports }
        : null;
    case 'reveal':
      return isIndex(m.index) ? { type: m.type, index: m.index } : null;
    case 'step':
      return m.direction === 1 || m.direction === -1 ? { type: m.type, direction: m.direction } : null;
    default:
      return null;
  }
}

/** Who sent a message to the background, as far as the browser says. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * What kind of sender this is: one of the extension's own pages (popup,
 * options: their address is inside the extension), a content script in a
 * tab's top frame (the only frame it runs in), or anything else (another
 * extension, a frame): null.
 */
export function senderKind(sender: SenderInfo, extensionId: string, extensionBase: string): 'extension-page' | 'content-script' | null {
  if (sender.id !== extensionId) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionBase)) return 'extension-page';
  if (isTabId(sender.tab?.id) && sender.frameId === 0) return 'content-script';
  return null;
}
