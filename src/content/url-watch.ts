/**
 * Noticing that a page changed its address without loading a new document
 * (history.pushState in a single-page site), and that the extension went
 * away (disabled, removed or reloaded, which leaves this script running with
 * no extension behind it in Chrome). A content script cannot patch the page's
 * history functions, so it listens where the browser tells it (the Navigation
 * API's `navigatesuccess`, `popstate`) and otherwise checks the address once
 * a second: a string comparison, nothing more.
 */

/** An address without its fragment: moving to an anchor on the same page is not a new page. */
export function pageKey(href: string): string {
  const at = href.indexOf('#');
  return at < 0 ? href : href.slice(0, at);
}

export interface WatchOptions {
  intervalMs?: number;
  /** Checked on every tick; when it returns false, `onGone` is called once and watching stops. */
  alive?: () => boolean;
  onGone?: () => void;
}

export function watchUrl(win: Window, onChange: (href: string) => void, signal: AbortSignal, options: WatchOptions = {}): void {
  let last = pageKey(win.location.href);
  const check = () => {
    if (signal.aborted) return;
    if (options.alive && !options.alive()) {
      options.onGone?.();
      return;
    }
    const key = pageKey(win.location.href);
    if (key !== last) {
      last = key;
      onChange(win.location.href);
    }
  };
  const timer = win.setInterval(check, options.intervalMs ?? 1000);
  signal.addEventListener('abort', () => win.clearInterval(timer));
  win.addEventListener('popstate', check, { signal });
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check, { signal });
}

/** Resolves once the document has had no mutation for `quietMs`, or after `maxMs` at most: a new view settling in. */
export function whenQuiet(doc: Document, signal: AbortSignal, quietMs = 500, maxMs = 4000): Promise<void> {
  return new Promise((resolve) => {
    const win = doc.defaultView!;
    let timer = win.setTimeout(done, quietMs);
    const cap = win.setTimeout(done, maxMs);
    const observer = new MutationObserver(() => {
      win.clearTimeout(timer);
      timer = win.setTimeout(done, quietMs);
    });
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', done);
    function done() {
      observer.disconnect();
      win.clearTimeout(timer);
      win.clearTimeout(cap);
      resolve();
    }
  });
}
