/**
 * The content script. On a page that looks like an article it extracts the
 * article from a clone of the document (Readability changes what it parses),
 * hands it to the background, and highlights in the live page the claims that
 * other reports tell differently, with a card for each on hover or from the
 * keyboard shortcut.
 *
 * It reads nothing when automatic analysis is off or the site is one where
 * Crossread stays silent, until the popup asks. Everything it adds to the
 * page (highlights, the card) goes when the page changes address, when the
 * settings say so, on `pagehide`, and when the extension goes away: every
 * listener hangs off an AbortSignal.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { h } from 'preact';
import { isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../extract/extract-article';
import type { Divergence } from '../core/compare/types';
import type { ContentMessage, PageArticleAnswer, ReportRef, Result, TabMessage } from '../shared/messages';
import type { GetArticleAnswer } from '../shared/reports-messages';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, isSilenced, loadSettings, watchSettings, type Settings } from '../shared/settings';
import { anchorSpans } from './page-text';
import { Highlighter, type Placed } from './highlighter';
import { CardHost } from './hover-card/card-host';
import { HoverCard } from './hover-card/HoverCard';
import { stepIndex } from './keyboard';
import { watchUrl, whenQuiet } from './url-watch';
import { pageTooLarge } from './page-size';
import { parseTabMessage } from '../shared/validate-messages';
import { forDisplay } from '../shared/display-text';

declare const __TEST_HOOKS__: boolean;

interface Shown {
  articleText: string;
  published: string | null;
  divergences: Divergence[];
  reports: Map<string, ReportRef>;
  placed: Placed[];
}

/** The script's lifetime: aborted when the extension goes away. */
const life = new AbortController();
/** The current highlights' listeners: aborted when they are removed. */
let view: AbortController | null = null;
let settings: Settings = DEFAULT_SETTINGS;
/** Bumped when the page changes address: answers about an earlier page are dropped. */
let generation = 0;
/** The popup asked for this page to be read, whatever the settings say. */
let requested = false;
let shown: Shown | null = null;
const highlighter = new Highlighter();
// Closed in the shipped build: page scripts cannot read the card. The Firefox test reads it through an open one.
const card = new CardHost(document, __TEST_HOOKS__ ? 'open' : 'closed');
let cardIndex: number | null = null;
let cardByKeyboard = false;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
let openTimer: ReturnType<typeof setTimeout> | undefined;
const lang = (() => {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
})();

function send(message: ContentMessage): Promise<unknown> {
  // The background may be restarting; the popup then shows the page as not analysed yet.
  return browser.runtime.sendMessage(message).catch(() => null);
}

function silenced(): boolean {
  return isSilenced(location.hostname, settings.silentSites);
}

/** Reads the page now, or tells the background why not. */
function considerPage(): void {
  if (!requested && silenced()) void send({ type: 'page-waiting', url: location.href, reason: 'silenced' });
  else if (!requested && !settings.autoAnalyse) void send({ type: 'page-waiting', url: location.href, reason: 'manual' });
  else void analyse();
}

async function analyse(): Promise<void> {
  const gen = generation;
  const url = location.href;
  let message: ContentMessage;
  try {
    // Measured first: Readability cannot be interrupted once it runs.
    const size = pageTooLarge(document);
    if (size) message = { type: 'page-not-article', url, reason: 'too-large', size };
    else if (!isProbablyReaderable(document)) message = { type: 'page-not-article', url, reason: 'not-an-article' };
    else {
      const started = performance.now();
      const result = extractArticle(document.cloneNode(true) as Document, { url, force: true });
      const extractMs = performance.now() - started;
      message = result.ok ? { type: 'page-article', article: result.article, extractMs } : { type: 'page-not-article', url, reason: result.reason };
    }
  } catch (error) {
    message = { type: 'page-error', url, message: error instanceof Error ? error.message : String(error) };
  }
  let response = (await send(message)) as Result<PageArticleAnswer> | null;
  // No answer: the browser stopped the background in the middle. Once more, to the background it starts again.
  if (response === null && message.type === 'page-article' && gen === generation && !life.signal.aborted) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    response = (await send(message)) as Result<PageArticleAnswer> | null;
  }
  // Test builds only: the Firefox smoke test reads the background's answer off the page.
  if (__TEST_HOOKS__) document.documentElement.setAttribute('data-crossread-test', JSON.stringify(response));
  if (gen !== generation || life.signal.aborted) return;
  if (message.type === 'page-article' && response?.ok) show(message.article.text, message.article.published, response.value.divergences, response.value.reports);
}

/** Finds the divergences in the live page and highlights them; returns the indices placed. */
function show(articleText: string, published: string | null, divergences: Divergence[], reports: ReportRef[]): number[] {
  hide();
  if (divergences.length === 0) return [];
  const ranges = anchorSpans(document.body ?? document.documentElement, articleText, divergences);
  const placed: Placed[] = [];
  ranges.forEach((range, index) => {
    if (range) placed.push({ index, kind: divergences[index].kind, range });
  });
  shown = { articleText, published, divergences, reports: new Map(reports.map((r) => [r.id, r])), placed };
  void send({ type: 'page-anchored', url: location.href, placed: placed.map((p) => p.index) });
  highlighter.show(placed, settings.highlightKinds);
  listen();
  return placed.map((p) => p.index);
}

/** Removes the highlights and the card, and the listeners that served them. */
function hide(): void {
  view?.abort();
  view = null;
  closeCard();
  highlighter.clear();
  shown = null;
}

/** Places the shown divergences again after the page re-rendered their text. */
function reanchor(): void {
  if (!shown) return;
  const { articleText, published, divergences, reports } = shown;
  show(articleText, published, divergences, [...reports.values()]);
}

function listen(): void {
  view = new AbortController();
  const signal = view.signal;
  life.signal.addEventListener('abort', () => view?.abort(), { signal });
  const options = { signal, passive: true, capture: true } as const;

  // Hover: the pointer is checked against the highlights at most once a frame.
  let pointer: { x: number; y: number; inCard: boolean } | null = null;
  let frame = 0;
  document.addEventListener(
    'mousemove',
    (event) => {
      pointer = { x: event.clientX, y: event.clientY, inCard: card.contains(event) };
      if (!frame) frame = requestAnimationFrame(() => {
        frame = 0;
        if (pointer) onPointer(pointer);
      });
    },
    options,
  );
  document.documentElement.addEventListener('mouseleave', () => {
    clearTimeout(openTimer);
    if (card.isOpen && !cardByKeyboard) scheduleClose();
  }, options);
  document.addEventListener('pointerdown', (event) => {
    if (card.isOpen && !card.contains(event)) closeCard();
  }, options);
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !card.isOpen) return;
      const inside = card.contains(event);
      closeCard();
      // Escape pressed inside our card is ours; pressed in the page, the page gets it too.
      if (inside) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    { signal, capture: true },
  );
  let scrollFrame = 0;
  const follow = () => {
    if (!scrollFrame && card.isOpen) scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      if (!card.reposition()) forgetCard();
    });
  };
  window.addEventListener('scroll', follow, options);
  window.addEventListener('resize', follow, options);

  // Pages that re-render their text (live blogs, single-page sites) leave ranges on detached nodes.
  let check: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(check);
    check = setTimeout(() => {
      if (highlighter.stale()) reanchor();
    }, 500);
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(check);
    cancelAnimationFrame(frame);
    cancelAnimationFrame(scrollFrame);
  });
}

function onPointer(p: { x: number; y: number; inCard: boolean }): void {
  if (p.inCard) {
    clearTimeout(closeTimer);
    return;
  }
  const hit = highlighter.hitTest(document, p.x, p.y);
  if (hit) {
    clearTimeout(closeTimer);
    if (cardIndex === hit.index) return;
    // A short wait, so that moving the pointer across the text does not flash cards.
    clearTimeout(openTimer);
    openTimer = setTimeout(() => openCard(hit.index, false), 120);
  } else {
    clearTimeout(openTimer);
    if (card.isOpen && !cardByKeyboard) scheduleClose();
  }
}

function scheduleClose(): void {
  clearTimeout(closeTimer);
  closeTimer = setTimeout(closeCard, 300);
}

function openCard(index: number, byKeyboard: boolean): void {
  const p = highlighter.find(index);
  if (!shown || !p) return;
  clearTimeout(closeTimer);
  cardIndex = index;
  cardByKeyboard = byKeyboard;
  highlighter.setActive(index);
  // Shown as text, without the bidirectional controls that could make it read otherwise (see display-text.ts).
  const reports = new Map([...shown.reports].map(([id, r]) => [id, forDisplay(r)]));
  const content = h(HoverCard, { divergence: forDisplay(shown.divergences[index]), reports, article: { published: shown.published }, lang, onClose: closeCard });
  card.open(content, () => boxOf(p.range), { focus: byKeyboard });
  if (!card.isOpen) forgetCard();
}

function closeCard(): void {
  clearTimeout(closeTimer);
  clearTimeout(openTimer);
  card.close();
  forgetCard();
}

function forgetCard(): void {
  if (cardIndex !== null && highlighter.active === cardIndex) highlighter.setActive(null);
  cardIndex = null;
  cardByKeyboard = false;
}

function boxOf(range: Range): DOMRect | null {
  if (!range.startContainer.isConnected) return null;
  const box = range.getBoundingClientRect();
  return box.width === 0 && box.height === 0 ? null : box;
}

function scrollToRange(range: Range, smooth: boolean): void {
  const behavior: ScrollBehavior = smooth && !document.hidden && !matchMedia('(prefers-reduced-motion: reduce)').matches ? 'smooth' : 'instant';
  const scroller = document.scrollingElement;
  if (scroller && scroller.scrollHeight > scroller.clientHeight) {
    const box = range.getBoundingClientRect();
    window.scrollBy({ top: box.top + box.height / 2 - window.innerHeight / 2, behavior });
  } else {
    // The page scrolls inside a box of its own: let the browser find it.
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior });
  }
}

function reveal(index: number): Result<null> {
  const p = highlighter.find(index);
  if (!p) return { ok: false, error: 'not-placed' };
  closeCard();
  scrollToRange(p.range, true);
  highlighter.flash(index);
  return { ok: true, value: null };
}

function step(direction: 1 | -1): Result<number | null> {
  const items = highlighter.items;
  const boxes = items.map((p) => p.range.getBoundingClientRect());
  const current = cardIndex === null ? -1 : items.findIndex((p) => p.index === cardIndex);
  const i = stepIndex({ tops: boxes.map((b) => b.top), bottoms: boxes.map((b) => b.bottom), viewportHeight: window.innerHeight, current: current >= 0 ? current : null, direction });
  if (i === null) return { ok: true, value: null };
  const target = items[i];
  // At once, not smoothly: the card opens next to where the claim is now.
  scrollToRange(target.range, false);
  openCard(target.index, true);
  return { ok: true, value: target.index };
}

function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  // Only the extension itself (its background and pages) sends to content scripts; anything malformed is ignored.
  if (sender.id !== browser.runtime.id) return undefined;
  const m: TabMessage | null = parseTabMessage(message);
  if (!m) return undefined;
  switch (m.type) {
    case 'analyse-now':
      requested = true;
      void analyse();
      return Promise.resolve({ ok: true, value: null });
    case 'show-divergences':
      return Promise.resolve({ ok: true, value: show(m.articleText, null, m.divergences, m.reports) });
    case 'reveal':
      return Promise.resolve(reveal(m.index));
    case 'step':
      return Promise.resolve(step(m.direction));
    case 'get-article':
      return Promise.resolve(articleNow());
    default:
      return undefined;
  }
}

/** The page's article, extracted now from a clone: for "Add this page to my reports". */
function articleNow(): GetArticleAnswer {
  try {
    if (pageTooLarge(document)) return { ok: false, error: t('popupTooLarge') };
    const result = extractArticle(document.cloneNode(true) as Document, { url: location.href, force: true });
    return result.ok ? { ok: true, article: result.article } : { ok: false, error: t('popupNoContent') };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function onSettings(next: Settings): void {
  const was = { silenced: silenced(), auto: settings.autoAnalyse, kinds: settings.highlightKinds };
  settings = next;
  if (!was.silenced && silenced() && !requested) {
    hide();
    return;
  }
  if (shown && JSON.stringify(was.kinds) !== JSON.stringify(next.highlightKinds)) {
    closeCard();
    highlighter.show(shown.placed, next.highlightKinds);
  }
  if (!was.auto && next.autoAnalyse && !shown) considerPage();
}

function onNavigated(): void {
  generation++;
  requested = false;
  hide();
  void send({ type: 'page-navigated', url: location.href });
  const gen = generation;
  // A single-page site fills in the new view after changing the address.
  void whenQuiet(document, life.signal).then(() => {
    if (gen === generation && !life.signal.aborted) considerPage();
  });
}

/** The extension was disabled, removed or reloaded: leave the page as it was. */
function shutdown(): void {
  hide();
  life.abort();
}

function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

async function start(): Promise<void> {
  browser.runtime.onMessage.addListener(onMessage);
  life.signal.addEventListener('abort', () => {
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension is already gone, and its listeners with it.
    }
  });
  watchSettings(onSettings, life.signal);
  watchUrl(window, onNavigated, life.signal, { alive: extensionAlive, onGone: shutdown });
  // Leaving the page (or entering the back-forward cache) removes everything; coming back reads it again.
  window.addEventListener('pagehide', () => {
    generation++;
    hide();
  }, { signal: life.signal });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) considerPage();
  }, { signal: life.signal });
  settings = await loadSettings();
  considerPage();
  // Test builds only: Firefox gives tests no way to open extension pages, so the test asks through the page's address.
  if (__TEST_HOOKS__) {
    // #crossread-test-open=options, =popup (for this tab), =popup:<tab id> (for another tab).
    const open = /^#crossread-test-open=(options|popup)(?::(\d+))?$/.exec(location.hash);
    if (open) void browser.runtime.sendMessage({ type: 'test-open', page: open[1], ...(open[2] ? { tabId: Number(open[2]) } : {}) }).catch(() => null);
    // A private window with this address (loopback only): #crossread-test-open=private:<address>.
    const inPrivate = /^#crossread-test-open=private:(.+)$/.exec(location.hash)?.[1];
    if (inPrivate) {
      void browser.runtime
        .sendMessage({ type: 'test-open', page: 'private', url: decodeURIComponent(inPrivate) })
        .catch((error: unknown) => ({ ok: false, error: String(error) }))
        .then((answer) => document.documentElement.setAttribute('data-crossread-test-open', JSON.stringify(answer)));
    }
  }
}

if (location.protocol === 'http:' || location.protocol === 'https:') void start();
