/**
 * The entries of the reader's index (user-reports-db.ts): an article's id,
 * site and key, and an entry made from its analysis. Shared by the
 * background, which remembers articles, and the options page's worker,
 * which restores them from an export file.
 */
import type { Article } from '../core/article';
import type { ReportAnalysis } from '../index/build-index';
import { ANALYSIS_VERSION } from '../index/format';
import { storeAnalysis } from './stored-analysis';
import type { RememberedArticle, RememberedHow } from './user-reports-db';

/** Every report id in the reader's index starts so. */
export const READER_ID_PREFIX = 'mine:';

/** The article's report id in the reader's index: its address, or its text's hash when it has none. */
export function readerIdOf(article: Pick<Article, 'url'>, hash: number): string {
  return `${READER_ID_PREFIX}${article.url ?? `text-${hash}`}`;
}

/** The host name an article is listed and forgotten under: without "www.", '' when it has no http(s) address. */
export function siteOf(url: string | null): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase().replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

let made = 0;

/** A key unique to this stored version of an article: short, since every segment lists its members by key. */
function entryKey(now: number): string {
  made = (made + 1) % 1296;
  return `${now.toString(36)}${made.toString(36).padStart(2, '0')}${Math.random().toString(36).slice(2, 6)}`;
}

interface RecordMeta {
  url?: unknown;
}

/** The entry for an analysed article: its site comes from the record the index will show, which lists it (title, outlet, date) too. */
export function entryOf(analysis: ReportAnalysis, options: { how: RememberedHow; rememberedAt: number; article?: Article; key?: string }): RememberedArticle {
  const meta = JSON.parse(new TextDecoder().decode(analysis.record)) as RecordMeta;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    key: options.key ?? entryKey(options.rememberedAt),
    id: analysis.id,
    how: options.how,
    site: siteOf(text(meta.url)),
    rememberedAt: options.rememberedAt,
    ...(options.how === 'read' ? { readAt: options.rememberedAt } : {}),
    hash: analysis.hash,
    analysisVersion: ANALYSIS_VERSION,
    ...storeAnalysis(analysis),
    ...(options.article ? { article: options.article } : {}),
  };
}
