/**
 * The indexes the background matches against: the bundled one, the reader's
 * imported collections (IndexedDB), and the reader's index of what they read
 * and added (reader-index.ts). Loaded once per background lifetime — the
 * browser stops the background when idle, so the first lookup after a
 * restart loads them again — and reloaded when the reader's reports change.
 */
import browser from 'webextension-polyfill';
import { IndexError, openIndex, type LoadedIndex } from '../index/load-index';
import { allCollections, putCollections, type Collection } from '../shared/user-reports-db';
import { upToDate } from '../shared/user-reports';
import { loadSettings } from '../shared/settings';
import type { UnreadableCollection } from '../shared/messages';
import { t } from '../shared/i18n';
import { ReaderIndex } from './reader-index';

const BUNDLED_INDEX_PATH = 'index/seeds.crix';

let bundled: Promise<LoadedIndex> | null = null;
let mine: Promise<LoadedIndex[]> | null = null;
/** Collections that could not be opened, with the reason (shown on the options page). */
export const unreadable = new Map<string, UnreadableCollection>();

/** The articles the reader read and added. */
export const readerIndex = new ReaderIndex(
  async () => {
    const { keepDays, keepArticles } = await loadSettings();
    return { keepDays, keepArticles };
  },
  () => forgetUserIndexes(),
);

function getBundledIndex(): Promise<LoadedIndex> {
  if (!bundled) {
    bundled = loadBundled().catch((error) => {
      bundled = null; // Let a later page try again.
      throw error;
    });
  }
  return bundled;
}

async function loadBundled(): Promise<LoadedIndex> {
  try {
    return openIndex(await readPackaged(BUNDLED_INDEX_PATH), { loadShard: (k) => readPackaged(`${BUNDLED_INDEX_PATH}.${k}`).catch((e) => Promise.reject(bundledError(e))) });
  } catch (error) {
    throw bundledError(error);
  }
}

/** The bundled index cannot be read: the installation is damaged, which only installing Crossread again repairs. */
function bundledError(error: unknown): IndexError {
  const detail = (error instanceof Error ? error.message : String(error)).replace(/; rebuild it with "crossread index"$/, '');
  return new IndexError(t('errorBundledIndex', detail));
}

/** A file packaged with the extension (reading it makes no network request). */
async function readPackaged(path: string): Promise<Uint8Array> {
  // A missing file is a failed fetch in Chrome and a 404 elsewhere: both mean the same.
  const response = await fetch(browser.runtime.getURL(path)).catch(() => null);
  if (!response?.ok) throw new IndexError(`${path} is missing`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The reader's collections, opened; one that cannot be read is left out (and listed in `unreadable`), not fatal. */
export function getUserIndexes(): Promise<LoadedIndex[]> {
  if (!mine) {
    mine = loadUserIndexes().catch((error) => {
      mine = null;
      console.warn('Crossread: your reports could not be read', error);
      return [];
    });
  }
  return mine;
}

/** Called when the reader's collections change: the next lookup reads them again. */
export function forgetUserIndexes(): void {
  mine = null;
}

async function loadUserIndexes(): Promise<LoadedIndex[]> {
  const collections = await allCollections();
  // Collections built by an earlier version's analysis are rebuilt from their articles, and kept.
  const rebuilt: Collection[] = [];
  const current = collections.map((c) => {
    const fresh = upToDate(c);
    if (fresh !== c) rebuilt.push(fresh);
    return fresh;
  });
  if (rebuilt.length > 0) await putCollections(rebuilt).catch(() => {});
  const indexes: LoadedIndex[] = [];
  unreadable.clear();
  for (const c of current) {
    try {
      indexes.push(openIndex(c.bytes));
    } catch (error) {
      unreadable.set(c.id, { id: c.id, reason: error instanceof Error ? error.message : String(error), rebuildable: Boolean(c.articles?.length) });
    }
  }
  return indexes;
}

/** The reader's index, opened; when it cannot be read the comparison goes on without it (the options page says why). */
async function getReaderIndexes(): Promise<LoadedIndex[]> {
  try {
    return await readerIndex.indexes();
  } catch (error) {
    console.warn('Crossread: your index could not be read', error);
    return [];
  }
}

/** Everything to match against, the bundled index first. */
export async function getIndexes(): Promise<LoadedIndex[]> {
  const [b, m, r] = await Promise.all([getBundledIndex(), getUserIndexes(), getReaderIndexes()]);
  return [b, ...m, ...r];
}
