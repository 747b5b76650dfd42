// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentMessage, PageArticleAnswer, Result } from '../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { compareArticle } from '../index/compare-article';
import type { IndexInput } from '../index/build-index';
import type { LoadedIndex } from '../index/load-index';
import { indexOf, readCorpus } from '../node/corpus';
import { renderNewsPage } from '../golden/news-page';
import { CARD_TAG } from './hover-card/card-host';
import { ContentSession, type ContentPorts, type SessionOptions } from './session';
import { createHandler } from '../shared/contract';
import { testTabChannel } from '../shared/test-messages';
import { fakeHighlights, fakeLayout, type FakeHighlight } from './test-dom';

// The card's strings come back as their keys.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: (key: string) => key } } }));

const EXTENSION = 'crossread@example';
let seed003: IndexInput;
let others: LoadedIndex;

beforeAll(async () => {
  const seeds = await readCorpus('corpus/seeds');
  seed003 = seeds.find((s) => s.id.startsWith('003'))!;
  others = indexOf(seeds.filter((s) => s !== seed003));
});

/** The page the session runs in: seed 003 as a news page, every paragraph laid out in view. */
function loadPage(): void {
  const parsed = new DOMParser().parseFromString(renderNewsPage(seed003.article), 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  document.querySelectorAll('p, h1').forEach((p, i) => p.setAttribute('data-box', `20 ${40 + i * 30} 600 24`));
  // A page taller than the window, which scrolls it (jsdom lays nothing out and scrolls nothing).
  Object.defineProperty(document, 'scrollingElement', { configurable: true, value: document.documentElement });
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 5000 });
}

/** A background that answers as the real one: the article compared with the other seeds. */
async function answerOf(message: ContentMessage): Promise<unknown> {
  if (message.type !== 'page-article') return { ok: true, value: null };
  const c = await compareArticle(message.article, others);
  const answer: Result<PageArticleAnswer> = {
    ok: true,
    value: { self: null, related: c.related.map((r) => ({ id: r.id, relation: r.relation })), divergences: c.divergences, reports: c.related },
  };
  return answer;
}

interface Harness {
  session: ContentSession;
  sent: ContentMessage[];
  /** Sends a message as `sender` to the session's listener. */
  tell(message: unknown, sender?: { id?: string }): Promise<unknown> | undefined;
  changeSettings(next: Partial<Settings>): void;
  listening(): boolean;
  setAlive(alive: boolean): void;
}

let registry: Map<string, FakeHighlight>;
let layout: { restore(): void };
let running: ContentSession[] = [];

function harness(settings: Partial<Settings> = {}, background: (m: ContentMessage) => Promise<unknown> = answerOf, options: Partial<SessionOptions> = {}): Harness {
  const sent: ContentMessage[] = [];
  let listener: Parameters<ContentPorts['onMessage']>[0] | null = null;
  let onSettings: ((s: Settings) => void) | null = null;
  let current: Settings = { ...DEFAULT_SETTINGS, ...settings };
  let alive = true;
  const ports: ContentPorts = {
    send: (m) => {
      sent.push(m);
      return background(m);
    },
    onMessage(l) {
      listener = l;
      return () => {
        listener = null;
      };
    },
    extensionId: EXTENSION,
    loadSettings: async () => current,
    watchSettings(fn, signal) {
      onSettings = fn;
      signal.addEventListener('abort', () => (onSettings = null));
    },
    alive: () => alive,
    lang: 'en',
  };
  const session = new ContentSession(window, ports, { cardMode: 'open', retryMs: 50, ...options });
  running.push(session);
  return {
    session,
    sent,
    tell: (message, sender = { id: EXTENSION }) => listener?.(message, sender),
    changeSettings(next) {
      current = { ...current, ...next };
      onSettings?.(current);
    },
    listening: () => listener !== null,
    setAlive: (a) => (alive = a),
  };
}

const types = (sent: ContentMessage[]) => sent.map((m) => m.type);
const drawn = () => [...registry.keys()].filter((k) => k !== 'crossread-active').sort();
const anchored = (sent: ContentMessage[]) => sent.find((m): m is Extract<ContentMessage, { type: 'page-anchored' }> => m.type === 'page-anchored');

beforeEach(() => {
  registry = fakeHighlights();
  layout = fakeLayout(document);
  history.replaceState({}, '', '/seeds/003.html');
  loadPage();
  vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
});

afterEach(() => {
  for (const s of running) s.stop();
  running = [];
  layout.restore();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('ContentSession', () => {
  it('reads the article from a clone, hands it to the background, highlights the answer and says what it placed', async () => {
    const before = document.documentElement.outerHTML;
    const { session, sent } = harness();
    await session.start();
    await vi.waitFor(() => expect(anchored(sent)).toBeDefined());
    const article = sent.find((m) => m.type === 'page-article');
    expect(article?.type === 'page-article' && article.article.title).toBe(seed003.article.title);
    expect(drawn()).toEqual(['crossread-attribution', 'crossread-figure', 'crossread-quote']);
    expect(anchored(sent)!.placed.length).toBeGreaterThanOrEqual(3);
    // Highlights add nothing to the page.
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('tells the background when the page is not an article', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Not much here.' }));
    const { session, sent } = harness();
    await session.start();
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'page-not-article', url: location.href, reason: 'not-an-article' }]));
  });

  it('with automatic analysis off, reads nothing until the extension asks; anyone else, or a malformed message, gets no answer', async () => {
    const { session, sent, tell } = harness({ autoAnalyse: false });
    await session.start();
    expect(sent).toEqual([{ type: 'page-waiting', url: location.href, reason: 'manual' }]);
    expect(tell({ type: 'analyse-now' }, { id: 'some-other-extension' })).toBeUndefined();
    expect(tell({ type: 'analyse-now' }, {})).toBeUndefined();
    expect(tell({ type: 'reveal', index: -1 })).toBeUndefined();
    expect(tell({ type: 'no-such-message' })).toBeUndefined();
    expect(types(sent)).toEqual(['page-waiting']);
    await expect(tell({ type: 'analyse-now' })).resolves.toEqual({ ok: true, value: null });
    await vi.waitFor(() => expect(anchored(sent)).toBeDefined());
  });

  it('stays silent on a silent site, and removes its highlights when the reader silences the site', async () => {
    const quiet = harness({ silentSites: ['localhost'] });
    await quiet.session.start();
    expect(quiet.sent).toEqual([{ type: 'page-waiting', url: location.href, reason: 'silenced' }]);
    quiet.session.stop();

    const { session, sent, changeSettings } = harness();
    await session.start();
    await vi.waitFor(() => expect(anchored(sent)).toBeDefined());
    changeSettings({ silentSites: ['localhost'] });
    expect(drawn()).toEqual([]);
  });

  it('draws only the kinds the settings ask for, and reads the page when automatic analysis is turned on', async () => {
    const { session, sent, changeSettings } = harness({ autoAnalyse: false });
    await session.start();
    changeSettings({ autoAnalyse: true });
    await vi.waitFor(() => expect(anchored(sent)).toBeDefined());
    changeSettings({ highlightKinds: { figure: true, quote: false, attribution: false } });
    expect(drawn()).toEqual(['crossread-figure']);
    changeSettings({ highlightKinds: { figure: true, quote: true, attribution: true } });
    expect(drawn()).toEqual(['crossread-attribution', 'crossread-figure', 'crossread-quote']);
  });

  it('asks once more when the background did not answer, unless the page changed meanwhile', async () => {
    let calls = 0;
    const flaky = (m: ContentMessage) => (m.type === 'page-article' && ++calls === 1 ? Promise.reject(new Error('Could not establish connection')) : answerOf(m));
    const { session, sent } = harness({}, flaky);
    await session.start();
    await vi.waitFor(() => expect(anchored(sent)).toBeDefined());
    expect(types(sent).filter((t) => t === 'page-article')).toHaveLength(2);

    session.stop();
    registry.clear();
    const never = harness({}, (m) => (m.type === 'page-article' ? Promise.reject(new Error('no background')) : answerOf(m)));
    await never.session.start();
    // The page moves on before the second try.
    history.pushState({}, '', '/seeds/elsewhere.html');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(types(never.sent)).toEqual(['page-article', 'page-navigated']);
  });

  it('on a new address: removes the highlights, tells the background, and reads the new view once it settles', async () => {
    const { session, sent } = harness();
    await session.start();
    await vi.waitFor(() => expect(anchored(sent)).toBeDefined());
    history.pushState({}, '', '/seeds/003-again.html');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(drawn()).toEqual([]);
    expect(sent.at(-1)).toEqual({ type: 'page-navigated', url: `${location.origin}/seeds/003-again.html` });
    await vi.waitFor(() => expect(types(sent).filter((t) => t === 'page-anchored')).toHaveLength(2), { timeout: 5000 });
  });

  it('shows nothing of an answer that is not of its shape', async () => {
    const forged = async (m: ContentMessage) =>
      m.type === 'page-article' ? { ok: true, value: { self: null, related: [], divergences: [{ kind: 'rumour', start: 0, end: 3, text: '<img src=x onerror=alert(1)>' }], reports: [] } } : answerOf(m);
    const answers: Result<unknown>[] = [];
    const { session, sent } = harness({}, forged, { onAnswer: (a) => answers.push(a) });
    await session.start();
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    expect(answers[0]).toEqual({ ok: false, error: 'bad-answer' });
    expect(drawn()).toEqual([]);
    expect(anchored(sent)).toBeUndefined();
  });

  it('answers the test messages only when the build gives it their handler', async () => {
    const shown = { type: 'show-divergences', articleText: seed003.article.text, divergences: [], reports: [] };
    const shipped = harness({ autoAnalyse: false });
    await shipped.session.start();
    expect(shipped.tell(shown)).toBeUndefined();
    shipped.session.stop();
    const session: ContentSession = harness({ autoAnalyse: false }, answerOf, {
      testHandler: createHandler(testTabChannel, { 'show-divergences': (m) => ({ ok: true, value: session.show(m.articleText, null, m.divergences, m.reports) }) }),
    }).session;
    await session.start();
    await expect(session.handle(shown, { id: EXTENSION })).resolves.toEqual({ ok: true, value: [] });
    expect(session.handle({ ...shown, divergences: 'none' }, { id: EXTENSION })).toBeUndefined();
  });

  it('drops an answer that comes after the page was left', async () => {
    let release: () => void = () => {};
    const late = (m: ContentMessage) => (m.type === 'page-article' ? new Promise<void>((r) => (release = r)).then(() => answerOf(m)) : answerOf(m));
    const { session, sent } = harness({}, late);
    await session.start();
    await vi.waitFor(() => expect(types(sent)).toContain('page-article'));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(drawn()).toEqual([]);
    expect(anchored(sent)).toBeUndefined();
  });

  it('steps to a claim and opens its card, reveals one for the popup, and gives the article for "add this page"', async () => {
    const { session, sent, tell } = harness();
    await session.start();
    await vi.waitFor(() => expect(anchored(sent)).toBeDefined());
    const first = anchored(sent)!.placed[0];
    const stepped = (await tell({ type: 'step', direction: 1 })) as Result<number | null>;
    expect(stepped.ok && stepped.value).not.toBeNull();
    const card = document.querySelector(CARD_TAG)!;
    expect(card.shadowRoot!.textContent).toContain('The Moscow Times');
    await expect(tell({ type: 'reveal', index: first })).resolves.toEqual({ ok: true, value: null });
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(registry.has('crossread-active')).toBe(true);
    const added = (await tell({ type: 'get-article' })) as Result<{ title: string }>;
    expect(added.ok && added.value.title).toBe(seed003.article.title);
  });

  it('when the extension goes away: the page as it was, no listener, no timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const before = document.documentElement.outerHTML;
    const h = harness();
    await h.session.start();
    await vi.waitFor(() => expect(anchored(h.sent)).toBeDefined());
    // A flash running (the popup's reveal) and a card open (the keyboard step) when it goes.
    await h.tell({ type: 'reveal', index: anchored(h.sent)!.placed[1] });
    await h.tell({ type: 'step', direction: 1 });
    expect(document.querySelector(CARD_TAG)).not.toBeNull();
    h.setAlive(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.session.scope.aborted).toBe(true);
    expect(drawn()).toEqual([]);
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(h.listening()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
