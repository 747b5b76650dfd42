/**
 * The reader's reports when storage is full: IndexedDB aborts the
 * transaction with a QuotaExceededError. The reader is told plainly, the
 * import is refused whole, and what was stored before is all still there.
 * (fake-indexeddb has no quota; the abort is made as the browser makes it.)
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allCollections, collectionSummaries, deleteCollection, putCollections, StorageError, type Collection } from './user-reports-db';

const collection = (id: string, size = 16): Collection => ({
  id,
  kind: 'files',
  name: id,
  url: null,
  addedAt: new Date(0).toISOString(),
  reportCount: 1,
  analysisVersion: 1,
  bytes: new Uint8Array(size).fill(7),
});

const realPut = IDBObjectStore.prototype.put;

/** An empty database and the module anew (it keeps its connection per module). */
async function freshDb(): Promise<typeof import('./user-reports-db')> {
  const { IDBFactory } = await import('fake-indexeddb');
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  return import('./user-reports-db');
}

/** From now on, a write of more than `room` bytes aborts its transaction as a full disk does. */
function storageHolds(room: number): void {
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: Collection, key?: IDBValidKey) {
    const request = realPut.call(this, value, key);
    if ((value.bytes?.length ?? 0) > room) {
      const tx = this.transaction;
      Object.defineProperty(tx, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
      tx.abort();
    }
    return request;
  } as typeof realPut;
}

afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

describe('user reports when storage is full', () => {
  it('refuses the import whole with a plain message, and keeps what was there', async () => {
    await putCollections([collection('kept-1'), collection('kept-2')]);
    storageHolds(100);
    const attempt = putCollections([collection('small'), collection('too-big', 1_000)]);
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toThrow(/no room left.*nothing was changed/);
    IDBObjectStore.prototype.put = realPut;
    // Nothing of the failed import, everything from before.
    expect((await allCollections()).map((c) => c.id).sort()).toEqual(['kept-1', 'kept-2']);
    expect((await allCollections()).find((c) => c.id === 'kept-1')!.bytes).toEqual(new Uint8Array(16).fill(7));
  });

  it('other write failures are said too, and leave the store as it was', async () => {
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: Collection, key?: IDBValidKey) {
      const request = realPut.call(this, value, key);
      this.transaction.abort();
      return request;
    } as typeof realPut;
    await expect(putCollections([collection('x')])).rejects.toThrow(/could not be saved.*nothing was changed/);
    IDBObjectStore.prototype.put = realPut;
    await deleteCollection('kept-2');
    expect((await allCollections()).map((c) => c.id)).toEqual(['kept-1']);
  });
});

describe('a change to the reader’s index when storage is full', () => {
  it('keeps nothing of it: articles, segment and forgotten list go in together or not at all', async () => {
    const db = await freshDb();
    const entry = (key: string, size: number) => ({ key, id: `mine:${key}`, how: 'read' as const, site: '', title: key, outlet: null, published: null, rememberedAt: 1, readAt: 1, hash: size, analysisVersion: 3, analysis: new Uint8Array(size), recordLength: 1 });
    await db.commitReader({ putArticles: [entry('kept', 8)] });
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: { analysis?: Uint8Array }, key?: IDBValidKey) {
      const request = realPut.call(this, value, key);
      if ((value.analysis?.length ?? 0) > 100) {
        Object.defineProperty(this.transaction, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
        this.transaction.abort();
      }
      return request;
    } as typeof realPut;
    const attempt = db.commitReader({ putArticles: [entry('small', 8), entry('big', 1000)], deleteArticles: ['kept'], forget: [{ key: 'kept', by: 'reader' }] });
    await expect(attempt).rejects.toThrow(/no room left.*nothing was changed/);
    IDBObjectStore.prototype.put = realPut;
    expect((await db.articleKeys()).sort()).toEqual(['kept']);
    expect((await db.readerSnapshot()).forgotten.size).toBe(0);
  });
});

describe('the options page’s list of remembered articles', () => {
  it('reads the title, outlet and date from the record, keeps those an older entry stored, and blanks a damaged one', async () => {
    const db = await freshDb();
    const { entryOf } = await import('./remembered');
    const { analyseReport } = await import('../index/build-index');
    const article = { title: 'Evacuation deal reached', text: 'Evacuation deal reached\n\nOfficials said 500 people left.', outlet: 'Example News', published: '2025-02-03', url: 'https://example.com/a', byline: null, lang: 'en' };
    const fresh = entryOf(analyseReport({ id: 'mine:https://example.com/a', article }), { how: 'read', rememberedAt: 3, key: 'fresh' });
    expect(fresh).not.toHaveProperty('title');
    const older = { ...entryOf(analyseReport({ id: 'mine:https://example.com/b', article: { ...article, url: 'https://example.com/b' } }), { how: 'read', rememberedAt: 2, key: 'older' }), title: 'As stored', outlet: null, published: null };
    const damaged = { ...fresh, key: 'damaged', rememberedAt: 1, analysis: new Uint8Array([1, 2, 3]), problem: 'its stored analysis cannot be decompressed' };
    await db.commitReader({ putArticles: [fresh, older, damaged] });
    const list = await db.recentArticles(10);
    expect(list.map(({ key, title, outlet, published }) => ({ key, title, outlet, published }))).toEqual([
      { key: 'fresh', title: 'Evacuation deal reached', outlet: 'Example News', published: '2025-02-03' },
      { key: 'older', title: 'As stored', outlet: null, published: null },
      { key: 'damaged', title: '', outlet: null, published: null },
    ]);
    expect((await db.brokenArticles()).map((a) => [a.key, a.site, a.problem])).toEqual([['damaged', 'example.com', 'its stored analysis cannot be decompressed']]);
  });
});

describe('the schema upgrade from version 1', () => {
  it('keeps every collection, its bytes and articles moved to a store of their own, and lists them without reading those', async () => {
    const { IDBFactory } = await import('fake-indexeddb');
    globalThis.indexedDB = new IDBFactory();
    // A version 1 database, as an earlier Crossread left it.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('crossread', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('collections', { keyPath: 'id' });
      open.onsuccess = () => {
        const tx = open.result.transaction('collections', 'readwrite');
        tx.objectStore('collections').put({ ...collection('old', 32), articles: [{ id: 'a', article: { title: 'T', text: 'T\n\nBody.', outlet: null, published: null, url: null, byline: null, lang: null } }] });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    vi.resetModules();
    const db = await import('./user-reports-db');
    const [c] = await db.allCollections();
    expect(c).toMatchObject({ id: 'old', bytes: new Uint8Array(32).fill(7), articles: [{ id: 'a' }] });
    const [summary] = await db.collectionSummaries();
    expect(summary).toEqual({ id: 'old', kind: 'files', name: 'old', url: null, addedAt: new Date(0).toISOString(), reportCount: 1, analysisVersion: 1 });
    expect(collectionSummaries).toBeTypeOf('function');
  });
});
