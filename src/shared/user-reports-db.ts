/**
 * The reader's own reports, in IndexedDB (shared by the background and the
 * options page, which have the extension's origin). Kept across browser
 * restarts and extension updates.
 *
 * One store, `collections`: each added page, each import of report files,
 * each imported index file is a collection holding a ready-to-open index
 * (`bytes`, in the format of src/index/format.ts) and, except for index
 * files, the articles it was built from, so that it can be rebuilt when a
 * new version analyses differently (`analysisVersion`). Every change is one
 * transaction: an import is added whole or not at all.
 */
import type { Article } from '../core/article';

export const DB_NAME = 'crossread';
/** IndexedDB schema version: bump with an upgrade step in `upgrade()`. */
export const DB_VERSION = 1;
const STORE = 'collections';

export type CollectionKind = 'page' | 'files' | 'index';

export interface Collection {
  id: string;
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

export class StorageError extends Error {
  override name = 'StorageError';
}

function upgrade(db: IDBDatabase, oldVersion: number): void {
  // Version 0 → 1: the collections store. Later versions add steps here and keep the data.
  if (oldVersion < 1) db.createObjectStore(STORE, { keyPath: 'id' });
}

let opening: Promise<IDBDatabase> | null = null;

export function openDb(): Promise<IDBDatabase> {
  if (!opening) {
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
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

/** A message for people, storage being full said plainly. */
function storageError(error: DOMException | null): StorageError {
  if (error?.name === 'QuotaExceededError') {
    return new StorageError('the browser has no room left for your reports; delete some, or free disk space, and try again (nothing was changed)');
  }
  return new StorageError(`your reports could not be saved: ${error?.message ?? 'unknown error'} (nothing was changed)`);
}

export async function allCollections(): Promise<Collection[]> {
  const db = await openDb();
  return requestResult(db.transaction(STORE, 'readonly').objectStore(STORE).getAll() as IDBRequest<Collection[]>);
}

export async function collectionSummaries(): Promise<CollectionSummary[]> {
  return (await allCollections())
    .map(({ bytes: _bytes, articles: _articles, ...summary }) => summary)
    .sort((a, b) => b.addedAt.localeCompare(a.addedAt));
}

/** Adds or replaces collections in one transaction: all of them are stored, or none. */
export async function putCollections(collections: Collection[]): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  for (const c of collections) store.put(c);
  await done(tx);
}

export async function deleteCollection(id: string): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).delete(id);
  await done(tx);
}

export async function getCollection(id: string): Promise<Collection | undefined> {
  const db = await openDb();
  return requestResult(db.transaction(STORE, 'readonly').objectStore(STORE).get(id) as IDBRequest<Collection | undefined>);
}
