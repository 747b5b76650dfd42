/**
 * The reader's own reports, in IndexedDB (shared by the background, the
 * options page and its worker, which all have the extension's origin). Kept
 * across browser restarts and extension updates.
 *
 * Stores (schema version 2):
 * - `collections` and `collectionData`: each import of report files and each
 *   imported index file (and, before version 2, each added page) is a
 *   collection holding a ready-to-open index (`bytes`, in the format of
 *   src/index/format.ts) and, except for index files, the articles it was
 *   built from, so that it can be rebuilt when a new version analyses
 *   differently (`analysisVersion`). What the options page lists is in
 *   `collections`, the bytes and articles in `collectionData`: a page listing
 *   a 50 MB import does not read 50 MB.
 * - `articles`: the reader's index — every article Crossread read and
 *   remembered, and every page the reader added, one entry each: the
 *   builder's analysis of it (stored-analysis.ts), never the page's HTML;
 *   an added page keeps its article too. This is what the reader's index is
 *   made of; its segments can always be rebuilt from it.
 * - `segments`: the reader's index as ready-to-open index cores, at most one
 *   per tier (see src/background/reader-index.ts); their records are read
 *   from `articles`.
 * - `forgotten`: keys of articles forgotten (by the reader or the retention
 *   limits) that a segment still lists: left out of matching at once, and
 *   dropped from the segment when it is next rebuilt.
 *
 * Every change is one transaction: an import or a restore is stored whole or
 * not at all, and a forgotten article is gone from `articles` and listed in
 * `forgotten` together.
 */
import type { Article } from '../core/article';
import type { SegmentTier } from './message-shapes';
import { recordListing } from './stored-analysis';

const DB_NAME = 'crossread';
/** IndexedDB schema version: bump with an upgrade step in `upgrade()`. */
const DB_VERSION = 2;
const COLLECTIONS = 'collections';
const COLLECTION_DATA = 'collectionData';
const ARTICLES = 'articles';
const SEGMENTS = 'segments';
const FORGOTTEN = 'forgotten';

export type CollectionKind = 'page' | 'files' | 'index';

export interface Collection {
  id: string;
  /** 'page' only in databases from before version 2: moved into the reader's index (reader-index.ts). */
  kind: CollectionKind;
  /** For people: the page's title, the file names, the index file's name. */
  name: string;
  /** The page's address, for a page. */
  url: string | null;
  addedAt: string;
  reportCount: number;
  /** The analysis the bytes were built with (see ANALYSIS_VERSION). */
  analysisVersion: number;
  bytes: Uint8Array;
  /** What the index was built from; absent for imported index files. */
  articles?: Array<{ id: string; article: Article }>;
}

export type CollectionSummary = Omit<Collection, 'bytes' | 'articles'>;

/** How an article came into the reader's index: Crossread read it, or the reader added it from the popup. */
export type RememberedHow = 'read' | 'added';

/** One article of the reader's index. */
export interface RememberedArticle {
  /** Unique per stored version of an article (a page read again with another text is a new entry). */
  key: string;
  /** Its report id in the index: `mine:` and the address (or the text's hash when it has none). */
  id: string;
  how: RememberedHow;
  /** The site's host name without "www." ('' when the article has no address): forgetting a site uses it. */
  site: string;
  /**
   * Kept by entries stored before the listing was read from the record
   * (`recordListing`): the record holds them, and a copy cost a tenth of an
   * entry.
   */
  title?: string;
  outlet?: string | null;
  published?: string | null;
  /** When it was remembered (ms since the epoch): the retention limits drop the oldest first. */
  rememberedAt: number;
  /** The same, for articles Crossread read (not pages the reader added): the retention limits apply to these only. */
  readAt?: number;
  /** `textHash` of its text: the same text is remembered once. */
  hash: number;
  analysisVersion: number;
  /** The analysis, deflated, and its record's length (stored-analysis.ts). */
  analysis: Uint8Array;
  recordLength: number;
  /** How `analysis` is laid out (stored-analysis.ts); absent in entries stored before the dictionary. */
  packing?: number;
  /** A page the reader added keeps its article, so that another version's analysis can be made from it. */
  article?: Article;
  /** Set when its stored analysis cannot be read: listed on the options page, left out of the index. */
  problem?: string;
}

/** What the options page lists of a remembered article. */
export interface ArticleSummary {
  key: string;
  id: string;
  how: RememberedHow;
  site: string;
  title: string;
  outlet: string | null;
  published: string | null;
  rememberedAt: number;
  problem?: string;
}

export type { SegmentTier };

/** A part of the reader's index: an index core over some of its articles. */
export interface Segment {
  tier: SegmentTier;
  builtAt: number;
  /** The keys of the articles it holds, by their position in the index. */
  members: string[];
  /** Each member's record length, by position: a forgotten member's place is kept until the segment is rebuilt. */
  recordLengths: number[];
  /** Records per shard of the core (its records are read from `articles`). */
  perShard: number;
  /** The index file without its records (split-index.ts). */
  core: Uint8Array;
}

export class StorageError extends Error {
  override name = 'StorageError';
}

function upgrade(db: IDBDatabase, oldVersion: number, tx: IDBTransaction): void {
  // Version 0 → 1: the collections store. Each step keeps the data of the versions before it.
  if (oldVersion < 1) db.createObjectStore(COLLECTIONS, { keyPath: 'id' });
  // 1 → 2: the reader's index. Added pages (collections of kind 'page') are moved into it by the
  // background once it runs (reader-index.ts), in one transaction, so that nothing is lost on the way.
  if (oldVersion < 2) {
    const articles = db.createObjectStore(ARTICLES, { keyPath: 'key' });
    articles.createIndex('id', 'id');
    articles.createIndex('hash', 'hash');
    articles.createIndex('site', 'site');
    articles.createIndex('rememberedAt', 'rememberedAt');
    articles.createIndex('readAt', 'readAt');
    articles.createIndex('analysisVersion', 'analysisVersion');
    db.createObjectStore(SEGMENTS, { keyPath: 'tier' });
    db.createObjectStore(FORGOTTEN, { keyPath: 'key' });
    // A collection's bytes and articles move to a store of their own, in this same upgrade transaction.
    const data = db.createObjectStore(COLLECTION_DATA, { keyPath: 'id' });
    const cursor = tx.objectStore(COLLECTIONS).openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      const { bytes, articles, ...summary } = c.value as Collection;
      data.put({ id: summary.id, bytes, ...(articles ? { articles } : {}) });
      c.update(summary);
      c.continue();
    };
  }
}

let opening: Promise<IDBDatabase> | null = null;

export function openDb(): Promise<IDBDatabase> {
  if (!opening) {
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion, request.transaction!);
      request.onsuccess = () => {
        const db = request.result;
        // Another context upgrading the schema: let it, and reopen next time.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      request.onerror = () => reject(new StorageError(`cannot open your reports: ${request.error?.message ?? 'unknown error'}`));
      request.onblocked = () => reject(new StorageError('your reports are being upgraded in another tab; close other Crossread pages and try again'));
    }).catch((error) => {
      opening = null;
      throw error;
    });
  }
  return opening;
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(storageError(tx.error));
    tx.onerror = () => reject(storageError(tx.error));
  });
}

/**
 * Queues a transaction's requests and waits for it. A request that throws
 * as it is queued (the transaction aborted by a full disk meanwhile, a value
 * that cannot be stored) aborts the whole transaction: nothing of it is kept.
 */
async function inOneTransaction(tx: IDBTransaction, queue: () => void): Promise<void> {
  const finished = done(tx);
  try {
    queue();
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Aborted already.
    }
    await finished.catch(() => {});
    throw storageError(tx.error ?? (error instanceof DOMException ? error : null));
  }
  await finished;
}

/** A message for people, storage being full said plainly. */
function storageError(error: DOMException | null): StorageError {
  if (error?.name === 'QuotaExceededError') {
    return new StorageError('the browser has no room left for your reports; delete some, or free disk space, and try again (nothing was changed)');
  }
  return new StorageError(`your reports could not be saved: ${error?.message ?? 'unknown error'} (nothing was changed)`);
}

type CollectionData = Pick<Collection, 'id' | 'bytes' | 'articles'>;

const summaryOfCollection = ({ bytes: _bytes, articles: _articles, ...summary }: Collection): CollectionSummary => summary;

/** Every collection with its bytes and articles (the background, export, migration). */
export async function allCollections(): Promise<Collection[]> {
  const db = await openDb();
  const tx = db.transaction([COLLECTIONS, COLLECTION_DATA], 'readonly');
  const [summaries, data] = await Promise.all([
    requestResult(tx.objectStore(COLLECTIONS).getAll() as IDBRequest<CollectionSummary[]>),
    requestResult(tx.objectStore(COLLECTION_DATA).getAll() as IDBRequest<CollectionData[]>),
  ]);
  const byId = new Map(data.map((d) => [d.id, d]));
  return summaries.map((s) => ({ ...s, bytes: byId.get(s.id)?.bytes ?? new Uint8Array(), ...(byId.get(s.id)?.articles ? { articles: byId.get(s.id)!.articles } : {}) }));
}

/** What the options page lists: no bytes, no articles. */
export async function collectionSummaries(): Promise<CollectionSummary[]> {
  const db = await openDb();
  const summaries = await requestResult(db.transaction(COLLECTIONS, 'readonly').objectStore(COLLECTIONS).getAll() as IDBRequest<CollectionSummary[]>);
  return summaries.sort((a, b) => b.addedAt.localeCompare(a.addedAt));
}

function putCollectionIn(tx: IDBTransaction, c: Collection): void {
  tx.objectStore(COLLECTIONS).put(summaryOfCollection(c));
  tx.objectStore(COLLECTION_DATA).put({ id: c.id, bytes: c.bytes, ...(c.articles ? { articles: c.articles } : {}) });
}

function deleteCollectionIn(tx: IDBTransaction, id: string): void {
  tx.objectStore(COLLECTIONS).delete(id);
  tx.objectStore(COLLECTION_DATA).delete(id);
}

/** Adds or replaces collections in one transaction: all of them are stored, or none. */
export async function putCollections(collections: Collection[]): Promise<void> {
  const db = await openDb();
  const tx = db.transaction([COLLECTIONS, COLLECTION_DATA], 'readwrite');
  await inOneTransaction(tx, () => {
    for (const c of collections) putCollectionIn(tx, c);
  });
}

export async function deleteCollection(id: string): Promise<void> {
  const db = await openDb();
  const tx = db.transaction([COLLECTIONS, COLLECTION_DATA], 'readwrite');
  await inOneTransaction(tx, () => deleteCollectionIn(tx, id));
}

export async function getCollection(id: string): Promise<Collection | undefined> {
  const db = await openDb();
  const tx = db.transaction([COLLECTIONS, COLLECTION_DATA], 'readonly');
  const [summary, data] = await Promise.all([
    requestResult(tx.objectStore(COLLECTIONS).get(id) as IDBRequest<CollectionSummary | undefined>),
    requestResult(tx.objectStore(COLLECTION_DATA).get(id) as IDBRequest<CollectionData | undefined>),
  ]);
  return summary ? { ...summary, bytes: data?.bytes ?? new Uint8Array(), ...(data?.articles ? { articles: data.articles } : {}) } : undefined;
}

// The reader's index.

/**
 * Why an article was forgotten: the reader asked (its segment drops it soon);
 * the retention limits, or a newer text of the same page (dropped when the
 * segment is next rebuilt: its record is gone already, only its word vector waits).
 */
export type ForgottenBy = 'reader' | 'retention' | 'replaced';

/** What a lookup needs at start: the segments and the forgotten articles they still list. One read. */
export async function readerSnapshot(): Promise<{ segments: Segment[]; forgotten: Map<string, ForgottenBy> }> {
  const db = await openDb();
  const tx = db.transaction([SEGMENTS, FORGOTTEN], 'readonly');
  const [segments, forgotten] = await Promise.all([
    requestResult(tx.objectStore(SEGMENTS).getAll() as IDBRequest<Segment[]>),
    requestResult(tx.objectStore(FORGOTTEN).getAll() as IDBRequest<Array<{ key: string; by: ForgottenBy }>>),
  ]);
  return { segments, forgotten: new Map(forgotten.map((f) => [f.key, f.by])) };
}

/** Articles by key, in order; undefined where there is none. One transaction. */
export async function getArticles(keys: readonly string[]): Promise<Array<RememberedArticle | undefined>> {
  const db = await openDb();
  const store = db.transaction(ARTICLES, 'readonly').objectStore(ARTICLES);
  return Promise.all(keys.map((k) => requestResult(store.get(k) as IDBRequest<RememberedArticle | undefined>)));
}

export async function articleKeys(): Promise<string[]> {
  const db = await openDb();
  return requestResult(db.transaction(ARTICLES, 'readonly').objectStore(ARTICLES).getAllKeys() as IDBRequest<string[]>);
}

/** Articles whose `field` is `value` (the `id`, `hash` or `site` index). */
export async function articlesBy(field: 'id' | 'hash' | 'site', value: string | number): Promise<RememberedArticle[]> {
  const db = await openDb();
  return requestResult(db.transaction(ARTICLES, 'readonly').objectStore(ARTICLES).index(field).getAll(value) as IDBRequest<RememberedArticle[]>);
}

/** Keys of the articles Crossread read (not added pages), oldest first: those read before `before`, or the oldest `limit`. */
export async function oldestReadKeys(options: { before?: number; limit?: number }): Promise<string[]> {
  const db = await openDb();
  const index = db.transaction(ARTICLES, 'readonly').objectStore(ARTICLES).index('readAt');
  const range = options.before === undefined ? undefined : IDBKeyRange.upperBound(options.before, true);
  return requestResult(index.getAllKeys(range, options.limit) as IDBRequest<string[]>);
}

/** The articles with this text's hash and those with this report id, in one read (remembering one). */
export async function articlesLike(hash: number, id: string): Promise<{ sameText: RememberedArticle[]; sameId: RememberedArticle[] }> {
  const db = await openDb();
  const store = db.transaction(ARTICLES, 'readonly').objectStore(ARTICLES);
  const [sameText, sameId] = await Promise.all([
    requestResult(store.index('hash').getAll(hash) as IDBRequest<RememberedArticle[]>),
    requestResult(store.index('id').getAll(id) as IDBRequest<RememberedArticle[]>),
  ]);
  return { sameText, sameId };
}

/** Articles analysed by another version than `version`. */
export async function articlesNotOfVersion(version: number): Promise<RememberedArticle[]> {
  const db = await openDb();
  const index = db.transaction(ARTICLES, 'readonly').objectStore(ARTICLES).index('analysisVersion');
  const [before, after] = await Promise.all([
    requestResult(index.getAll(IDBKeyRange.upperBound(version, true)) as IDBRequest<RememberedArticle[]>),
    requestResult(index.getAll(IDBKeyRange.lowerBound(version, true)) as IDBRequest<RememberedArticle[]>),
  ]);
  return [...before, ...after];
}

/** How many articles the reader's index holds: all of them, and those Crossread read (the rest the reader added). */
export async function articleCounts(): Promise<{ all: number; read: number }> {
  const db = await openDb();
  const store = db.transaction(ARTICLES, 'readonly').objectStore(ARTICLES);
  const [all, read] = await Promise.all([requestResult(store.count()), requestResult(store.index('readAt').count())]);
  return { all, read };
}

const summaryOf = (entry: RememberedArticle): ArticleSummary => {
  const { key, id, how, site, rememberedAt, problem } = entry;
  const listing = entry.title !== undefined ? { title: entry.title, outlet: entry.outlet ?? null, published: entry.published ?? null } : recordListing(entry);
  return { key, id, how, site, ...listing, rememberedAt, ...(problem ? { problem } : {}) };
};

/** The most recently remembered articles first, `limit` of them after skipping `offset`; for the options page. */
export async function recentArticles(limit: number, offset = 0): Promise<ArticleSummary[]> {
  const db = await openDb();
  const index = db.transaction(ARTICLES, 'readonly').objectStore(ARTICLES).index('rememberedAt');
  return new Promise((resolve, reject) => {
    const out: ArticleSummary[] = [];
    let skipped = offset === 0;
    const request = index.openCursor(null, 'prev');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!skipped && cursor) {
        skipped = true;
        cursor.advance(offset);
        return;
      }
      if (!cursor || out.length >= limit) return resolve(out);
      out.push(summaryOf(cursor.value as RememberedArticle));
      cursor.continue();
    };
  });
}

/** Articles whose stored analysis could not be read. */
export async function brokenArticles(): Promise<ArticleSummary[]> {
  const db = await openDb();
  const all = db.transaction(ARTICLES, 'readonly').objectStore(ARTICLES);
  return new Promise((resolve, reject) => {
    const out: ArticleSummary[] = [];
    const request = all.openCursor();
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(out);
      const a = cursor.value as RememberedArticle;
      if (a.problem) out.push(summaryOf(a));
      cursor.continue();
    };
  });
}

/** The text hashes of the articles in the reader's index (a restore adds only what is not there). */
export async function articleHashes(): Promise<Set<number>> {
  const db = await openDb();
  const index = db.transaction(ARTICLES, 'readonly').objectStore(ARTICLES).index('hash');
  return new Promise((resolve, reject) => {
    const out = new Set<number>();
    const request = index.openKeyCursor();
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(out);
      out.add(cursor.key as number);
      cursor.continue();
    };
  });
}

/** How many articles each site has, most first. */
export async function siteCounts(): Promise<Array<{ site: string; count: number }>> {
  const db = await openDb();
  const index = db.transaction(ARTICLES, 'readonly').objectStore(ARTICLES).index('site');
  return new Promise((resolve, reject) => {
    const counts = new Map<string, number>();
    const request = index.openKeyCursor();
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve([...counts].map(([site, count]) => ({ site, count })).sort((a, b) => b.count - a.count || a.site.localeCompare(b.site)));
      const site = cursor.key as string;
      counts.set(site, (counts.get(site) ?? 0) + 1);
      cursor.continue();
    };
  });
}

/** Every article, in key order, in batches of `batch` (export, and the byte count of the benchmark). */
export async function* everyArticle(batch = 500): AsyncGenerator<RememberedArticle[]> {
  const db = await openDb();
  let after: string | null = null;
  for (;;) {
    const store = db.transaction(ARTICLES, 'readonly').objectStore(ARTICLES);
    const range: IDBKeyRange | undefined = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
    const page: RememberedArticle[] = await requestResult(store.getAll(range, batch) as IDBRequest<RememberedArticle[]>);
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1].key;
  }
}

/** One change to the reader's reports: everything in it is stored, or nothing. */
export interface ReaderChange {
  putArticles?: RememberedArticle[];
  deleteArticles?: string[];
  putSegments?: Segment[];
  deleteSegments?: SegmentTier[];
  /** Articles to list as forgotten (a segment still holds them), and keys no segment holds any more. */
  forget?: Array<{ key: string; by: ForgottenBy }>;
  unforget?: string[];
  putCollections?: Collection[];
  deleteCollections?: string[];
  /** Everything in the reader's index goes (forget everything). */
  clearReader?: boolean;
}

export async function commitReader(change: ReaderChange): Promise<void> {
  const db = await openDb();
  const tx = db.transaction([ARTICLES, SEGMENTS, FORGOTTEN, COLLECTIONS, COLLECTION_DATA], 'readwrite');
  const articles = tx.objectStore(ARTICLES);
  const segments = tx.objectStore(SEGMENTS);
  const forgotten = tx.objectStore(FORGOTTEN);
  const now = Date.now();
  await inOneTransaction(tx, () => {
    if (change.clearReader) {
      articles.clear();
      segments.clear();
      forgotten.clear();
    }
    for (const key of change.deleteArticles ?? []) articles.delete(key);
    for (const a of change.putArticles ?? []) articles.put(a);
    for (const tier of change.deleteSegments ?? []) segments.delete(tier);
    for (const s of change.putSegments ?? []) segments.put(s);
    for (const key of change.unforget ?? []) forgotten.delete(key);
    for (const f of change.forget ?? []) forgotten.put({ ...f, at: now });
    for (const id of change.deleteCollections ?? []) deleteCollectionIn(tx, id);
    for (const c of change.putCollections ?? []) putCollectionIn(tx, c);
  });
}
