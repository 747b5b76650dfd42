/**
 * The state of the tab the popup is about, kept current as the background
 * works; whether Crossread may read the tab's page; and the popup's actions on
 * it. Opening the popup on a page that was not read (automatic analysis off)
 * asks for it to be read now.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { tabStateKey, type AddPageAnswer, type Result, type TabState } from '../shared/messages';
import { askBackground, tellTab } from '../shared/send';
import { isPassageFailure } from '../shared/contract';
import { classifyUrl, originPattern, type PageAccess } from './page-access';
import { t as tr } from '../shared/i18n';

/** What is known of the tab's page besides its state: the address may be hidden from the extension. */
export type Access = PageAccess | 'no-access';

type PopupState =
  | { phase: 'loading' }
  | { phase: 'no-tab' }
  | {
      phase: 'ready';
      tabId: number;
      access: Access;
      state: TabState | null;
      /** The content script did not answer: nothing runs in the page. */
      unreachable: boolean;
    }
  | { phase: 'failed'; message: string };

export interface PopupActions {
  /** Read the page now (a silent site, or again). */
  analyse(): void;
  /** Ask the browser for access to the page's site, then reload it so that Crossread reads it. Resolves to false when refused. */
  allowSite(): Promise<boolean>;
  /** Scroll the page to a divergence and flash it. */
  reveal(index: number): Promise<boolean>;
  /** Keep the page's article among the reader's own reports. */
  addPage(): Promise<Result<AddPageAnswer>>;
}

/** The tab: `?tabId=` when given (tests open the popup as a tab), else the active tab. */
async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) {
    const id = Number(param);
    const tab = await browser.tabs.get(id).catch(() => null);
    return { id, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // The address is known when the reader opened the popup on the tab (activeTab) or the site is granted.
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

async function accessOf(url: string | undefined): Promise<Access> {
  const access = classifyUrl(url);
  if (access !== 'web' || !url) return access;
  try {
    return (await browser.permissions.contains({ origins: [originPattern(url)] })) ? 'web' : 'no-access';
  } catch {
    return 'web';
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** How often a popup showing "working" asks the background again. */
const RECHECK_MS = 3_000;

export function useTabState(): [PopupState, PopupActions] {
  const [state, setState] = useState<PopupState>({ phase: 'loading' });
  const tab = useRef<{ id: number; url: string | undefined; access: Access } | null>(null);
  const unreachable = useRef(false);
  const asked = useRef(false);

  const ask = useCallback(async () => {
    const t = tab.current;
    if (!t) return;
    asked.current = true;
    const answer = await askBackground({ type: 'analyse-tab', tabId: t.id });
    unreachable.current = !answer.ok;
    setState((s) => (s.phase === 'ready' ? { ...s, unreachable: unreachable.current } : s));
  }, []);

  useEffect(() => {
    let again: ReturnType<typeof setTimeout> | undefined;
    const refresh = async () => {
      const t = tab.current;
      if (!t) return;
      clearTimeout(again);
      const response = await askBackground({ type: 'get-tab-state', tabId: t.id });
      if (!response.ok) {
        // No answer: the background is starting again or failed. Say so, and ask again shortly.
        setState({ phase: 'failed', message: isPassageFailure(response.error) ? tr('popupNoBackground') : response.error });
        again = setTimeout(() => void refresh(), RECHECK_MS);
        return;
      }
      const tabState = response.value;
      setState({ phase: 'ready', tabId: t.id, access: t.access, state: tabState, unreachable: unreachable.current });
      // Still working: ask again now and then, so that an analysis the browser interrupted (it may stop the background) is noticed and started again.
      if (tabState?.status === 'working') again = setTimeout(() => void refresh(), RECHECK_MS);
      // Not read yet (automatic analysis off, or the page predates the background's state): read it now.
      const readable = t.access === 'web' || t.access === 'unknown';
      if (readable && !asked.current && (!tabState || (tabState.status === 'waiting' && tabState.reason === 'manual'))) void ask();
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && tab.current && tabStateKey(tab.current.id) in changes) void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    targetTab()
      .then(async (found) => {
        if (!found) return setState({ phase: 'no-tab' });
        tab.current = { ...found, access: await accessOf(found.url) };
        return refresh();
      })
      .catch((error: unknown) => setState({ phase: 'failed', message: message(error) }));
    return () => {
      clearTimeout(again);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [ask]);

  const actions: PopupActions = {
    analyse: () => void ask(),
    allowSite: async () => {
      const t = tab.current;
      if (!t?.url) return false;
      // Must run in the click's handler: the browser asks the reader.
      const granted = await browser.permissions.request({ origins: [originPattern(t.url)] }).catch(() => false);
      if (granted) await browser.tabs.reload(t.id);
      return granted;
    },
    reveal: async (index) => {
      const t = tab.current;
      if (!t) return false;
      return (await tellTab(t.id, { type: 'reveal', index })).ok;
    },
    addPage: async () => {
      const t = tab.current;
      if (!t) return { ok: false, error: 'no tab' };
      return askBackground({ type: 'add-page', tabId: t.id });
    },
  };
  return [state, actions];
}
