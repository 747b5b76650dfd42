/**
 * Noticing that a page changed its address without loading a new document
 * (history.pushState in a single-page site), and that the extension went
 * away (disabled, removed or reloaded, which leaves this script running with
 * no extension behind it in Chrome). A content script cannot patch the page's
 * history functions, so it listens where the browser tells it (the Navigation
 * API's `navigatesuccess`, `popstate`) and otherwise checks the address once
 * a second: a string comparison, nothing more.
 */
import type { Scope } from './scope';

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
function whenQuiet(doc: Document, signal: AbortSignal, quietMs = 500, maxMs = 4000): Promise<void> {
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

/** What the address watch tells the session. */
export interface AddressEvents {
  /** The page changed its address without loading a new document: what was shown is about the page before. */
  navigated(href: string): void;
  /** The new view has settled in after `navigated` (no mutation for a moment): it can be read. */
  settled(): void;
  /** The page was left, or went into the back-forward cache. */
  left(): void;
  /** The page came back from the back-forward cache. */
  returned(): void;
  /** The extension went away (disabled, removed, reloaded). */
  gone(): void;
}

/**
 * Which page the content script is on: address changes of a single-page site,
 * leaving and coming back (pagehide, pageshow), and the extension going away.
 * Its `page` token changes whenever the page does, so that an answer about an
 * earlier page can be told and dropped.
 */
export class AddressWatch {
  private generation = 0;

  constructor(
    private readonly scope: Scope,
    private readonly events: AddressEvents,
    private readonly alive: () => boolean,
  ) {}

  /** The page as it is now; compare with `isCurrent`. */
  get page(): number {
    return this.generation;
  }

  isCurrent(page: number): boolean {
    return page === this.generation && !this.scope.aborted;
  }

  start(): void {
    const { scope, events } = this;
    const win = scope.win;
    watchUrl(
      win,
      (href) => {
        const page = ++this.generation;
        events.navigated(href);
        // A single-page site fills in the new view after changing the address.
        void whenQuiet(win.document, scope.signal).then(() => {
          if (this.isCurrent(page)) events.settled();
        });
      },
      scope.signal,
      { alive: this.alive, onGone: () => events.gone() },
    );
    scope.listen(win, 'pagehide', () => {
      this.generation++;
      events.left();
    });
    scope.listen(win, 'pageshow', (event) => {
      if (event.persisted) events.returned();
    });
  }
}
