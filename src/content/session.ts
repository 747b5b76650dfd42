/**
 * The content script's session in one page: one object that owns its
 * lifetime (a Scope: every listener, timer, frame and observer ends with it)
 * and the controllers it holds:
 *
 * - `anchoring` finds the divergences in the live page and notices when the
 *   page re-renders their text (anchoring.ts);
 * - `highlighter` draws them (highlighter.ts);
 * - `hover` opens and closes the card (hover.ts);
 * - `keyboard` steps from claim to claim and reveals one for the popup
 *   (keyboard.ts);
 * - `address` follows the page's address, leaving and coming back, and the
 *   extension going away (url-watch.ts).
 *
 * On a page that looks like an article the session extracts the article from
 * a clone of the document (Readability changes what it parses), hands it to
 * the background, and highlights what the answer says. It reads nothing when
 * automatic analysis is off or the site is one where Crossread stays silent,
 * until the popup asks. Everything it adds to the page goes when the page
 * changes address, when the settings say so, on `pagehide`, and when the
 * extension goes away.
 *
 * The extension's API comes in through `ContentPorts` (main.ts makes them
 * from webextension-polyfill), so the session runs in a test with a DOM alone.
 */
import { h } from 'preact';
import { isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../extract/extract-article';
import type { Article } from '../core/article';
import type { Divergence } from '../core/compare/types';
import { contentChannel, tabChannel, type ContentMessage, type ReportRef } from '../shared/messages';
import { createHandler, createSender, NO_ANSWER, UNREACHABLE, type Result, type Sender } from '../shared/contract';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, isSilenced, type Settings } from '../shared/settings';
import { forDisplay } from '../shared/display-text';
import { Anchoring } from './anchoring';
import { Highlighter, type Placed } from './highlighter';
import { HoverController } from './hover';
import { CardHost } from './hover-card/card-host';
import { HoverCard } from './hover-card/HoverCard';
import { KeyboardStep } from './keyboard';
import { pageTooLarge } from './page-size';
import { Scope } from './scope';
import { AddressWatch } from './url-watch';

/** What the session needs of the extension. */
export interface ContentPorts {
  /** Sends to the background and resolves to its answer as it came (checked by the session against the channel). */
  send(message: ContentMessage): Promise<unknown>;
  /** Listens to messages sent to this tab; returns what stops listening. */
  onMessage(listener: (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined): () => void;
  /** The extension's own id: only it may send to the content script. */
  extensionId: string | undefined;
  loadSettings(): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void;
  /** False once the extension has gone away (disabled, removed or reloaded). */
  alive(): boolean;
  /** The browser's language, for dates in the card. */
  lang: string;
}

export interface SessionOptions {
  /** The card's shadow root: closed in the shipped build, so that page scripts cannot read it. */
  cardMode: 'open' | 'closed';
  /** Test builds only: told the background's answer to each `page-article`. */
  onAnswer?: (answer: Result<unknown>) => void;
  /** Test builds only: answers the test messages (test-messages.ts) the session's own channel does not know. */
  testHandler?: (message: unknown, context: undefined) => Promise<Result<unknown>> | undefined;
  /** The wait before asking a background that did not answer once more. */
  retryMs?: number;
}

/** What is highlighted now, and what the card needs to show it. */
interface Shown {
  articleText: string;
  published: string | null;
  divergences: Divergence[];
  reports: Map<string, ReportRef>;
  placed: Placed[];
}

export class ContentSession {
  readonly scope: Scope;
  readonly anchoring: Anchoring;
  readonly highlighter = new Highlighter();
  readonly hover: HoverController;
  readonly keyboard: KeyboardStep;
  readonly address: AddressWatch;
  private settings: Settings = DEFAULT_SETTINGS;
  /** The popup asked for this page to be read, whatever the settings say. */
  private requested = false;
  private shown: Shown | null = null;
  /** The highlights' lifetime: their listeners and the re-anchoring watch end with them. */
  private view: Scope | null = null;
  private readonly doc: Document;
  /** Tells the background; a failure answer when nothing answered (the background may be restarting). */
  private readonly toBackground: Sender<typeof contentChannel>;
  private readonly answer: (message: unknown, context: undefined) => Promise<Result<unknown>> | undefined;

  constructor(
    private readonly win: Window,
    private readonly ports: ContentPorts,
    private readonly options: SessionOptions,
  ) {
    this.doc = win.document;
    this.toBackground = createSender(contentChannel, (message) => ports.send(message));
    this.answer = createHandler(tabChannel, {
      'analyse-now': () => {
        this.requested = true;
        void this.analyse();
        return { ok: true, value: null };
      },
      reveal: ({ index }) => this.keyboard.reveal(index),
      step: ({ direction }) => this.keyboard.step(direction),
      'get-article': () => this.articleNow(),
    });
    this.scope = new Scope(win);
    this.anchoring = new Anchoring(this.doc);
    const card = new CardHost(this.doc, options.cardMode);
    this.hover = new HoverController(this.doc, this.highlighter, card, (index, close) => this.cardFor(index, close));
    this.keyboard = new KeyboardStep(win, this.highlighter, this.hover);
    this.address = new AddressWatch(this.scope, {
      navigated: (href) => {
        this.requested = false;
        this.hide();
        void this.toBackground({ type: 'page-navigated', url: href });
      },
      settled: () => this.considerPage(),
      left: () => this.hide(),
      returned: () => this.considerPage(),
      gone: () => this.stop(),
    }, ports.alive);
  }

  /** Starts listening, reads the settings, and reads the page (or says why not). */
  async start(): Promise<void> {
    const { scope, ports } = this;
    const stopListening = ports.onMessage((message, sender) => this.handle(message, sender));
    scope.onAbort(() => {
      try {
        stopListening();
      } catch {
        // The extension is already gone, and its listeners with it.
      }
    });
    ports.watchSettings((next) => this.onSettings(next), scope.signal);
    this.address.start();
    this.settings = await ports.loadSettings();
    if (!scope.aborted) this.considerPage();
  }

  /** The extension went away: leave the page as it was, and stop everything. */
  stop(): void {
    this.hide();
    this.scope.abort();
  }

  /** A message sent to this tab; anything not from the extension itself, or malformed, gets no answer. */
  handle(message: unknown, sender: { id?: string }): Promise<unknown> | undefined {
    if (this.scope.aborted || !sender.id || sender.id !== this.ports.extensionId) return undefined;
    return this.answer(message, undefined) ?? this.options.testHandler?.(message, undefined);
  }

  private silenced(): boolean {
    return isSilenced(this.win.location.hostname, this.settings.silentSites);
  }

  /** Reads the page now, or tells the background why not. */
  private considerPage(): void {
    const url = this.win.location.href;
    if (!this.requested && this.silenced()) void this.toBackground({ type: 'page-waiting', url, reason: 'silenced' });
    else if (!this.requested && !this.settings.autoAnalyse) void this.toBackground({ type: 'page-waiting', url, reason: 'manual' });
    else void this.analyse();
  }

  /** Extracts the article, hands it to the background, and shows the answer if the page is still the one read. */
  private async analyse(): Promise<void> {
    const page = this.address.page;
    const message = this.readPage();
    if (message.type !== 'page-article') {
      // Sent whether or not a test listens for the answer (an optional call would skip evaluating its argument).
      const answer = await this.toBackground(message);
      this.options.onAnswer?.(answer);
      return;
    }
    let answer = await this.toBackground(message);
    // No answer: the browser stopped the background in the middle. Once more, to the background it starts again.
    if (!answer.ok && (answer.error === NO_ANSWER || answer.error === UNREACHABLE) && this.address.isCurrent(page)) {
      if (await this.scope.sleep(this.options.retryMs ?? 300)) answer = await this.toBackground(message);
    }
    this.options.onAnswer?.(answer);
    if (this.address.isCurrent(page) && answer.ok) this.show(message.article.text, message.article.published, answer.value.divergences, answer.value.reports);
  }

  /** What the page is, as a message for the background. */
  private readPage(): ContentMessage {
    const url = this.win.location.href;
    try {
      // Measured first: Readability cannot be interrupted once it runs.
      const size = pageTooLarge(this.doc);
      if (size) return { type: 'page-not-article', url, reason: 'too-large', size };
      if (!isProbablyReaderable(this.doc)) return { type: 'page-not-article', url, reason: 'not-an-article' };
      const started = performance.now();
      const result = extractArticle(this.doc.cloneNode(true) as Document, { url, force: true });
      const extractMs = performance.now() - started;
      return result.ok ? { type: 'page-article', article: result.article, extractMs } : { type: 'page-not-article', url, reason: result.reason };
    } catch (error) {
      return { type: 'page-error', url, message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Finds the divergences in the live page and highlights them; returns the indices placed. */
  show(articleText: string, published: string | null, divergences: Divergence[], reports: ReportRef[]): number[] {
    this.hide();
    if (divergences.length === 0) return [];
    const placed = this.anchoring.place(articleText, divergences);
    this.shown = { articleText, published, divergences, reports: new Map(reports.map((r) => [r.id, r])), placed };
    void this.toBackground({ type: 'page-anchored', url: this.win.location.href, placed: placed.map((p) => p.index) });
    this.highlighter.show(placed, this.settings.highlightKinds);
    const view = (this.view = this.scope.child());
    this.hover.attach(view);
    this.anchoring.watch(view, () => this.highlighter.stale(), () => this.reanchor());
    return placed.map((p) => p.index);
  }

  /** Removes the highlights and the card, and the listeners that served them. */
  private hide(): void {
    this.view?.abort();
    this.view = null;
    this.hover.close();
    this.highlighter.clear();
    this.shown = null;
  }

  /** Places the shown divergences again after the page re-rendered their text. */
  private reanchor(): void {
    if (!this.shown) return;
    const { articleText, published, divergences, reports } = this.shown;
    this.show(articleText, published, divergences, [...reports.values()]);
  }

  private cardFor(index: number, close: () => void) {
    const shown = this.shown!;
    // Shown as text, without the bidirectional controls that could make it read otherwise (see display-text.ts).
    const reports = new Map([...shown.reports].map(([id, r]) => [id, forDisplay(r)]));
    return h(HoverCard, { divergence: forDisplay(shown.divergences[index]), reports, article: { published: shown.published }, lang: this.ports.lang, onClose: close });
  }

  /** The page's article, extracted now from a clone: for "Add this page to my reports". */
  private articleNow(): Result<Article> {
    try {
      if (pageTooLarge(this.doc)) return { ok: false, error: t('popupTooLarge') };
      const result = extractArticle(this.doc.cloneNode(true) as Document, { url: this.win.location.href, force: true });
      return result.ok ? { ok: true, value: result.article } : { ok: false, error: t('popupNoContent') };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private onSettings(next: Settings): void {
    const was = { silenced: this.silenced(), auto: this.settings.autoAnalyse, kinds: this.settings.highlightKinds };
    this.settings = next;
    if (!was.silenced && this.silenced() && !this.requested) {
      this.hide();
      return;
    }
    if (this.shown && JSON.stringify(was.kinds) !== JSON.stringify(next.highlightKinds)) {
      this.hover.close();
      this.highlighter.show(this.shown.placed, next.highlightKinds);
    }
    if (!was.auto && next.autoAnalyse && !this.shown) this.considerPage();
  }
}
