/**
 * The bundled index, loaded once per background lifetime. The browser stops
 * the background when idle, so the first lookup after a restart loads it again.
 */
import browser from 'webextension-polyfill';
import { IndexError, openIndex, type LoadedIndex } from '../index/load-index';

export const BUNDLED_INDEX_PATH = 'index/seeds.crix';

let loading: Promise<LoadedIndex> | null = null;

export function getIndex(): Promise<LoadedIndex> {
  if (!loading) {
    loading = loadBundled().catch((error) => {
      loading = null; // Let a later page try again.
      throw error;
    });
  }
  return loading;
}

async function loadBundled(): Promise<LoadedIndex> {
  // Reading a file packaged with the extension: no network.
  const response = await fetch(browser.runtime.getURL(BUNDLED_INDEX_PATH));
  if (!response.ok) throw new IndexError(`the bundled index is missing (${response.status})`);
  return openIndex(new Uint8Array(await response.arrayBuffer()));
}
