/** The state of the tab the popup is about, kept current as the background works. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Result, TabState } from '../shared/messages';
import { tabStateKey } from '../shared/messages';

export type PopupState =
  | { phase: 'loading' }
  | { phase: 'no-tab' }
  | { phase: 'ready'; tabId: number; state: TabState | null }
  | { phase: 'failed'; message: string };

/** The tab: `?tabId=` when given (tests open the popup as a tab), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function useTabState(): PopupState {
  const [state, setState] = useState<PopupState>({ phase: 'loading' });
  useEffect(() => {
    let tabId: number | null = null;
    const refresh = async () => {
      if (tabId === null) return;
      const response = (await browser.runtime.sendMessage({ type: 'get-tab-state', tabId })) as Result<TabState | null>;
      if (response.ok) setState({ phase: 'ready', tabId, state: response.value });
      else setState({ phase: 'failed', message: response.error });
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && tabId !== null && tabStateKey(tabId) in changes) void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    targetTabId()
      .then((id) => {
        tabId = id;
        if (id === null) setState({ phase: 'no-tab' });
        else return refresh();
      })
      .catch((error: unknown) => setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) }));
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return state;
}
