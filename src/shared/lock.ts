/**
 * One writer at a time for the reader's index, across the extension's
 * contexts (the background, the options page's worker): the Web Locks API,
 * which both browsers give workers and pages of one origin. Where it is
 * missing (Node, in tests), a queue within this context.
 */
const queues = new Map<string, Promise<unknown>>();

export const READER_INDEX_LOCK = 'crossread-reader-index';

/** Runs `fn` holding the lock `name`; calls do not nest (a nested call waits for itself). */
export function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: { request(name: string, fn: () => Promise<T>): Promise<T> } } }).navigator?.locks;
  if (locks) return locks.request(name, fn);
  const run = (queues.get(name) ?? Promise.resolve()).then(fn, fn);
  queues.set(name, run.catch(() => {}));
  return run;
}
