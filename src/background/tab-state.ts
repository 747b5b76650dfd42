/**
 * Each tab's state in session storage, changed one change at a time per tab.
 * Several parts of the background change it — the comparison, the page
 * telling which divergences it placed, the article being remembered after
 * the answer, the tab navigating away — and a change that reads the state
 * and writes it back must not undo another made meanwhile.
 */
import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages';
import { tabStateKey } from '../shared/messages';

const queues = new Map<number, Promise<unknown>>();

/** Runs `fn` after every change to this tab's state asked for before it. */
export function inTabOrder<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(fn, fn);
  const settled = run.catch(() => {});
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return run;
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  return ((await browser.storage.session.get(key))[key] as TabState | undefined) ?? null;
}

/** Changes the tab's state in order: `change` gets the current state and returns the new one, or null to leave it. */
export function updateTabState(tabId: number, change: (state: TabState | null) => TabState | null): Promise<void> {
  return inTabOrder(tabId, async () => {
    const next = change(await readTabState(tabId));
    if (next) await browser.storage.session.set({ [tabStateKey(tabId)]: next });
  });
}
