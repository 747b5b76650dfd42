/**
 * The reader's settings: automatic analysis, sites where Crossread stays
 * silent, and the kinds of divergence to highlight. Kept in `storage.sync`
 * so they follow the reader between browsers, or `storage.local` where the
 * browser has no sync storage. The pure parts (defaults, validation, site
 * matching) are exported for tests.
 */
import browser, { type Storage } from 'webextension-polyfill';
import type { DivergenceKind } from '../core/compare/types';

export const DIVERGENCE_KINDS: readonly DivergenceKind[] = ['figure', 'quote', 'attribution'];

export interface Settings {
  /** Read every article on opening it; when false, only when the reader opens the popup on it. */
  autoAnalyse: boolean;
  /** Host names where Crossread reads nothing unless asked from the popup; each covers its subdomains. */
  silentSites: string[];
  /** Which kinds of divergence are highlighted in the page (all are listed in the popup). */
  highlightKinds: Record<DivergenceKind, boolean>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  autoAnalyse: true,
  silentSites: [],
  highlightKinds: { figure: true, quote: true, attribution: true },
});

const SETTINGS_KEY = 'settings';

/** A stored value of any shape (another version, or hand-edited) to valid settings. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const kinds = (r.highlightKinds && typeof r.highlightKinds === 'object' ? r.highlightKinds : {}) as Record<string, unknown>;
  const sites = Array.isArray(r.silentSites) ? r.silentSites : [];
  const silentSites = [...new Set(sites.map((s) => (typeof s === 'string' ? normalizeSite(s) : null)).filter((s): s is string => s !== null))];
  return {
    autoAnalyse: typeof r.autoAnalyse === 'boolean' ? r.autoAnalyse : DEFAULT_SETTINGS.autoAnalyse,
    silentSites,
    highlightKinds: {
      figure: typeof kinds.figure === 'boolean' ? kinds.figure : true,
      quote: typeof kinds.quote === 'boolean' ? kinds.quote : true,
      attribution: typeof kinds.attribution === 'boolean' ? kinds.attribution : true,
    },
  };
}

/**
 * What the reader typed as a site ("www.example.com", "https://example.com/news",
 * "Example.COM") to the host name kept in the list, or null when it names none.
 * A leading "www." is dropped, so that the entry covers the whole site.
 *
 * @example normalizeSite('https://www.Example.com/world') // 'example.com'
 */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  if (!/^[a-z][a-z\d+.-]*:\/\//.test(s)) s = `http://${s}`;
  let host: string;
  try {
    host = new URL(s).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  // A host name, an IPv4 address or a bracketed IPv6 address; nothing else.
  if (!/^(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)*[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/.test(host) && !/^\[[\da-f:.]+\]$/.test(host)) return null;
  return host;
}

/** True when `hostname` is one of `sites` or a subdomain of one. */
export function isSilenced(hostname: string, sites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return sites.some((site) => host === site || host.endsWith(`.${site}`) || host === `www.${site}`);
}

let chosenArea: Storage.StorageArea | null = null;

/** `storage.sync` when the browser has it and it answers, else `storage.local`. */
async function area(): Promise<Storage.StorageArea> {
  if (chosenArea) return chosenArea;
  const sync = (browser.storage as { sync?: Storage.StorageArea }).sync;
  if (sync) {
    try {
      await sync.get(SETTINGS_KEY);
      chosenArea = sync;
      return sync;
    } catch {
      // Sync storage exists but is switched off (some builds, some policies): keep the settings on this machine.
    }
  }
  chosenArea = browser.storage.local;
  return chosenArea;
}

/** Where the settings are kept: 'sync' (they follow the reader where the browser syncs) or 'local'. */
export async function settingsArea(): Promise<'sync' | 'local'> {
  try {
    return (await area()) === browser.storage.local ? 'local' : 'sync';
  } catch {
    return 'local';
  }
}

export async function loadSettings(): Promise<Settings> {
  try {
    const storage = await area();
    const stored = await storage.get(SETTINGS_KEY);
    return normalizeSettings(stored[SETTINGS_KEY]);
  } catch {
    return normalizeSettings(null);
  }
}

/** Merges `patch` into the stored settings and returns the result. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = normalizeSettings({ ...current, ...patch, highlightKinds: { ...current.highlightKinds, ...patch.highlightKinds } });
  await (await area()).set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `onChange` with the new settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, Storage.StorageChange>, areaName: string) => {
    if ((areaName === 'sync' || areaName === 'local') && SETTINGS_KEY in changes) onChange(normalizeSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // The extension is gone (disabled or reloaded): its listeners went with it.
    }
  });
}
