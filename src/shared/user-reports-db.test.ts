/**
 * The reader's reports when storage is full: IndexedDB aborts the
 * transaction with a QuotaExceededError. The reader is told plainly, the
 * import is refused whole, and what was stored before is all still there.
 * (fake-indexeddb has no quota; the abort is made as the browser makes it.)
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { allCollections, deleteCollection, putCollections, StorageError, type Collection } from './user-reports-db';

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

/** From now on, a write of more than `room` bytes aborts its transaction as a full disk does. */
function storageHolds(room: number): void {
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: Collection, key?: IDBValidKey) {
    const request = realPut.call(this, value, key);
    if (value.bytes.length > room) {
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
