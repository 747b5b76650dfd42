/**
 * The export file: the reader's reports (remembered and added articles,
 * imported collections) in one gzip-compressed ndjson file, written by the
 * options page and read back by its restore. Plain JSON inside, so that a
 * person can see what is kept (gunzip it): a header line, then one line per
 * article (its analysis, never its text unless the reader added the page)
 * and one per collection (its index file in base64, and the reports it was
 * built from).
 *
 * Everything read back is checked before anything is stored: a file that
 * fails anywhere is refused whole.
 *
 *   {"format":"crossread-reports","version":1,"exported":"…","articles":2,"collections":1}
 *   {"type":"article","how":"read","rememberedAt":…,"analysis":{…},"article":null}
 *   {"type":"collection","id":"files:…","kind":"files","name":"…",…,"bytes":"Q1JJWA…","articles":[…]}
 */
import type { Article } from '../core/article';
import { isArticle } from './message-shapes';
import { analysisFromJson, analysisToJson, loadAnalysis } from './stored-analysis';
import { entryOf } from './remembered';
import type { Collection, CollectionKind, RememberedArticle } from './user-reports-db';
import { openIndex } from '../index/load-index';
import type { ReportAnalysis } from '../index/build-index';

const EXPORT_FORMAT = 'crossread-reports';
const EXPORT_VERSION = 1;

interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  exported: string;
  articles: number;
  collections: number;
}

export function headerLine(counts: { articles: number; collections: number }, now = new Date()): string {
  const header: ExportHeader = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString(), ...counts };
  return JSON.stringify(header);
}

/** An article's line; throws AnalysisError when its stored analysis cannot be read (it is then left out and counted). */
export function articleLine(a: RememberedArticle): string {
  const analysis: ReportAnalysis = loadAnalysis(a, a.id);
  return JSON.stringify({ type: 'article', how: a.how, rememberedAt: a.rememberedAt, analysis: analysisToJson(analysis), article: a.article ?? null });
}

export function collectionLine(c: Collection): string {
  return JSON.stringify({ ...c, type: 'collection', bytes: toBase64(c.bytes), articles: c.articles ?? null });
}

type ExportItem = { type: 'article'; entry: RememberedArticle } | { type: 'collection'; collection: Collection };

/** The header line, checked. */
export function parseHeader(line: string): ExportHeader {
  let h: Partial<ExportHeader>;
  try {
    h = JSON.parse(line) as Partial<ExportHeader>;
  } catch {
    throw new Error('this is not a Crossread export file');
  }
  if (h?.format !== EXPORT_FORMAT) throw new Error('this is not a Crossread export file');
  if (h.version !== EXPORT_VERSION) throw new Error(`this export file is of version ${String(h.version)}; this Crossread reads version ${EXPORT_VERSION}`);
  return h as ExportHeader;
}

const KINDS: ReadonlySet<string> = new Set<CollectionKind>(['files', 'index']);
const isStr = (v: unknown, max = 100_000): v is string => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** One line after the header, checked; throws with what is wrong. */
export function parseItem(line: string): ExportItem {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new Error('not valid JSON');
  }
  if (!o || typeof o !== 'object') throw new Error('not an object');
  if (o.type === 'article') {
    if ((o.how !== 'read' && o.how !== 'added') || !isTime(o.rememberedAt)) throw new Error('an article needs "how" and "rememberedAt"');
    const article = o.article === null || o.article === undefined ? undefined : o.article;
    if (article !== undefined && !isArticle(article)) throw new Error('its article is damaged');
    const analysis = analysisFromJson(o.analysis);
    return { type: 'article', entry: entryOf(analysis, { how: o.how, rememberedAt: o.rememberedAt, ...(article ? { article: article as Article } : {}) }) };
  }
  if (o.type === 'collection') {
    if (!isStr(o.id, 1000) || typeof o.kind !== 'string' || !KINDS.has(o.kind) || !isStr(o.name) || !isStr(o.addedAt, 64) || typeof o.bytes !== 'string') {
      throw new Error('a collection needs an id, a kind, a name, a date and its index');
    }
    const bytes = fromBase64(o.bytes);
    const index = openIndex(bytes); // throws IndexError with its reason
    const articles = o.articles === null || o.articles === undefined ? undefined : o.articles;
    if (articles !== undefined && !(Array.isArray(articles) && articles.every((a) => a && typeof a === 'object' && isStr((a as { id?: unknown }).id) && isArticle((a as { article?: unknown }).article)))) {
      throw new Error('its reports are damaged');
    }
    return {
      type: 'collection',
      collection: {
        id: o.id,
        kind: o.kind as CollectionKind,
        name: o.name,
        url: isStr(o.url) ? o.url : null,
        addedAt: o.addedAt,
        reportCount: index.reportCount,
        analysisVersion: typeof o.analysisVersion === 'number' ? o.analysisVersion : 0,
        bytes,
        ...(articles ? { articles: articles as Collection['articles'] } : {}),
      },
    };
  }
  throw new Error('neither an article nor a collection');
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  let s: string;
  try {
    s = atob(text);
  } catch {
    throw new Error('its index is not valid base64');
  }
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
