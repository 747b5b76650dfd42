/**
 * Each tab's state in session storage, changed one change at a time per tab.
 * Several parts of the background change it — the comparison, the page
 * telling which divergences it placed, the article being remembered after
 * the answer, the tab navigating away — and a change that reads the state
 * and writes it back must not undo another made meanwhile.
 */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { tabStateKey, type TabState } from '../shared/messages';
import { TabStateSchema } from '../shared/message-shapes';

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

/** The tab's state, or null when there is none or what is stored is not one (left by another version of the extension). */
export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  const stored = v.safeParse(TabStateSchema, (await browser.storage.session.get(key))[key]);
  return stored.success ? stored.output : null;
}

/** Changes the tab's state in order: `change` gets the current state and returns the new one, or null to leave it. */
export function updateTabState(tabId: number, change: (state: TabState | null) => TabState | null): Promise<void> {
  return inTabOrder(tabId, async () => {
    const next = change(await readTabState(tabId));
    if (next) await browser.storage.session.set({ [tabStateKey(tabId)]: next });
  });
}
