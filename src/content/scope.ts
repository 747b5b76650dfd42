/**
 * A lifetime for what the content script leaves running: listeners, timers,
 * animation frames, observers. Everything started through a scope ends when
 * it is aborted, and nothing it scheduled runs after that, so that a page
 * left, a view replaced or an extension gone cannot leave work behind (the
 * model is WXT's ContentScriptContext). Scopes nest: a child ends with its
 * parent, or on its own.
 */
export class Scope {
  private readonly controller = new AbortController();

  constructor(
    /** Where timers and frames run: the page's window (a fake one in tests). */
    readonly win: Window,
    parent?: Scope,
  ) {
    if (parent) {
      if (parent.aborted) this.controller.abort();
      else parent.onAbort(() => this.abort());
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get aborted(): boolean {
    return this.controller.signal.aborted;
  }

  /** A scope that ends with this one, or before it. */
  child(): Scope {
    return new Scope(this.win, this);
  }

  abort(): void {
    this.controller.abort();
  }

  /** Runs `fn` when the scope ends (at once if it has ended). */
  onAbort(fn: () => void): void {
    if (this.aborted) fn();
    else this.signal.addEventListener('abort', fn, { once: true });
  }

  /** `target.addEventListener`, removed when the scope ends. */
  listen<K extends keyof WindowEventMap>(target: Window, type: K, fn: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void;
  listen<K extends keyof DocumentEventMap>(target: Document, type: K, fn: (event: DocumentEventMap[K]) => void, options?: AddEventListenerOptions): void;
  listen<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, fn: (event: HTMLElementEventMap[K]) => void, options?: AddEventListenerOptions): void;
  listen(target: EventTarget, type: string, fn: (event: Event) => void, options?: AddEventListenerOptions): void;
  listen(target: EventTarget, type: string, fn: (event: Event) => void, options: AddEventListenerOptions = {}): void {
    if (this.aborted) return;
    target.addEventListener(type, fn, { ...options, signal: this.signal });
  }

  /** `setTimeout` that never fires after the scope ends. Returns an id for `clearTimeout`. */
  setTimeout(fn: () => void, ms: number): number {
    if (this.aborted) return 0;
    const id = this.win.setTimeout(() => {
      this.signal.removeEventListener('abort', clear);
      if (!this.aborted) fn();
    }, ms);
    const clear = () => this.win.clearTimeout(id);
    this.signal.addEventListener('abort', clear, { once: true });
    return id;
  }

  clearTimeout(id: number | undefined): void {
    if (id) this.win.clearTimeout(id);
  }

  /** A pause of `ms`, resolved early (as false) when the scope ends; true when the time passed. */
  sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      if (this.aborted) return resolve(false);
      const early = () => resolve(false);
      this.signal.addEventListener('abort', early, { once: true });
      this.setTimeout(() => {
        this.signal.removeEventListener('abort', early);
        resolve(true);
      }, ms);
    });
  }

  /** `setInterval`, cleared when the scope ends. */
  setInterval(fn: () => void, ms: number): void {
    if (this.aborted) return;
    const id = this.win.setInterval(() => {
      if (!this.aborted) fn();
    }, ms);
    this.onAbort(() => this.win.clearInterval(id));
  }

  /** `requestAnimationFrame` that never runs after the scope ends. */
  frame(fn: () => void): number {
    if (this.aborted) return 0;
    const id = this.win.requestAnimationFrame(() => {
      this.signal.removeEventListener('abort', cancel);
      if (!this.aborted) fn();
    });
    const cancel = () => this.win.cancelAnimationFrame(id);
    this.signal.addEventListener('abort', cancel, { once: true });
    return id;
  }

  /** A MutationObserver on `target`, disconnected when the scope ends. */
  observe(target: Node, options: MutationObserverInit, fn: MutationCallback): void {
    if (this.aborted) return;
    const Observer = (this.win as Window & typeof globalThis).MutationObserver ?? MutationObserver;
    const observer = new Observer(fn);
    observer.observe(target, options);
    this.onAbort(() => observer.disconnect());
  }
}
