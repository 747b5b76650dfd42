/**
 * Whether Crossread can read a tab's page, from its address: the browser
 * keeps extensions out of its own pages, the extension stores and page
 * sources, and shows PDFs in a viewer where content scripts do not run.
 * Whether the reader has withheld the site is asked of `permissions` by the
 * popup; this part is pure.
 */
export type PageAccess = 'web' | 'restricted' | 'pdf' | 'unknown';

/** Hosts where browsers let no extension run (Chrome's and Firefox's stores, Firefox's account pages). */
const RESTRICTED_HOSTS = [
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'addons.cdn.mozilla.net',
  'accounts.firefox.com',
  'accounts-static.cdn.mozilla.net',
  'api.accounts.firefox.com',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'support.mozilla.org',
  'sync.services.mozilla.com',
];

/**
 * @example classifyUrl('chrome://extensions/') // 'restricted'
 * @example classifyUrl(undefined) // 'unknown' (the browser did not tell the address)
 */
export function classifyUrl(url: string | null | undefined): PageAccess {
  if (!url) return 'unknown';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'unknown';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'restricted';
  const host = u.hostname.toLowerCase();
  if (RESTRICTED_HOSTS.includes(host)) return 'restricted';
  if (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')) return 'restricted';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return 'web';
}

/** The match pattern for a page's site, as `permissions.contains` and `permissions.request` take it. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
