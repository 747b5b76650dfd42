/**
 * The contract of every channel, fed malformed messages of every type: each
 * message has a valid example here (the tables are typed by the channels,
 * so a message without one does not compile), and from it the test makes the
 * message without each field, with each field of a wrong kind, too long, with
 * hostile keys; plus the cases a generic change cannot make (a step of two, a
 * size for a page that is not too large). The answers are checked the same
 * way where they are received (`parseAnswer`, under every `createSender`).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BAD_ANSWER, createHandler, createSender, NO_ANSWER, parseAnswer, parseRequest, UNREACHABLE, type AnswerOf, type Channel, type RequestOf } from './contract';
import type { FigureDivergence } from '../core/compare/types';
import { contentChannel, pageChannel, tabChannel, type ReaderStatus, type TabState } from './messages';
import { MAX_KEYS, MAX_TEXT_CHARS } from './message-shapes';
import { testContentChannel, testTabChannel } from './test-messages';

// Where a field may be null it is, so that the generic cases below do not offer null as a wrong kind.
const article = { title: 'T', text: 'T\n\nBody.', outlet: null, published: null, url: null, byline: null, lang: null };
const figure: FigureDivergence['facts'] = { value: 500, qualifier: 'exact', unit: null, measure: 'missing', subject: 'people', counted: 'people missing', source: null };
const divergence: FigureDivergence = {
  kind: 'figure',
  subtype: 'conflict',
  start: 0,
  end: 3,
  text: '500',
  facts: figure,
  others: [{ reportId: 'r', start: 0, end: 3, text: '600', context: 'c 600', outlet: null, published: null, url: null, copies: [], facts: { ...figure, value: 600 } }],
};
const ref = { id: 'r', title: 'Other report', outlet: 'Other Outlet', published: null, url: 'https://other.example/r' };
const done: TabState = {
  status: 'done',
  url: 'https://example.com/a',
  article: { title: 'T', outlet: null, published: null, url: null, byline: null },
  self: null,
  related: [{ ...ref, score: 0.6, relation: 'rewrite', chapter: 'same-event', copies: [] }],
  divergences: [divergence],
  placed: [0],
  memory: { status: 'remembered', id: 'mine:x', site: 'example.com', ms: 3 },
};
const readerStatus: ReaderStatus = { articles: 3, read: 2, segments: [{ tier: 'tail', articles: 3, forgotten: 0, bytes: 100, builtAt: 1, problem: null }], lastBuildMs: { tail: 4 } };

/** A valid request and answer of each message, and the request's fields that may be left out. */
type Examples<C extends Channel> = { [K in keyof C & string]: { request: RequestOf<C, K>; answer: AnswerOf<C, K>; optional?: string[]; bad?: object[]; answerOptional?: string[] } };

const content: Examples<typeof contentChannel> = {
  'page-article': {
    request: { type: 'page-article', article, extractMs: 3 },
    answer: { self: null, related: [{ id: 'r', relation: 'rewrite' }], divergences: [divergence], reports: [ref] },
    bad: [
      { article: { ...article, text: undefined } },
      { article: { ...article, text: { toString: () => 'x' } } },
      { article: { ...article, text: 'x'.repeat(MAX_TEXT_CHARS + 1) } },
      { article: { ...article, url: 5 } },
      { article: { ...article, lang: undefined } },
      { extractMs: Number.NaN },
    ],
  },
  'page-not-article': {
    request: { type: 'page-not-article', url: 'u', reason: 'too-large', size: { measure: 'depth', value: 300, limit: 256 } },
    answer: null,
    optional: ['size'],
    bad: [{ reason: 'because' }, { reason: 'no-content' }, { size: { measure: 'weight', value: 1, limit: 0 } }, { size: { measure: 'text', value: -1, limit: 0 } }],
  },
  'page-error': { request: { type: 'page-error', url: 'u', message: 'm' }, answer: null, bad: [{ message: 'x'.repeat(10_001) }] },
  'page-waiting': { request: { type: 'page-waiting', url: 'u', reason: 'manual' }, answer: null, bad: [{ reason: 'later' }] },
  'page-navigated': { request: { type: 'page-navigated', url: 'u' }, answer: null },
  'page-anchored': { request: { type: 'page-anchored', url: 'u', placed: [0, 2] }, answer: null, bad: [{ placed: [0.5] }, { placed: [-1] }, { placed: '0,1' }] },
};

const page: Examples<typeof pageChannel> = {
  'get-tab-state': { request: { type: 'get-tab-state', tabId: 4 }, answer: done, answerOptional: ['placed', 'memory'], bad: [{ tabId: -1 }, { tabId: 1.5 }, { tabId: 2 ** 60 }] },
  'analyse-tab': { request: { type: 'analyse-tab', tabId: 0 }, answer: null },
  'user-reports-changed': { request: { type: 'user-reports-changed' }, answer: null },
  'add-page': { request: { type: 'add-page', tabId: 3 }, answer: { status: 'added', title: 'T' } },
  forget: {
    request: { type: 'forget', what: 'keys', keys: ['a', 'b'], tabId: 2 },
    answer: 2,
    optional: ['tabId'],
    bad: [{ what: 'page' }, { what: 'everything', tabId: -1 }, { what: 'site', site: 'x'.repeat(301) }, { keys: [1] }, { what: 'all' }],
  },
  'reader-status': {
    request: { type: 'reader-status' },
    answer: { reader: readerStatus, unreadable: [{ id: 'files:1', reason: 'damaged', rebuildable: true }], broken: [{ key: 'k', id: 'mine:x', how: 'read', site: 'example.com', title: 'T', outlet: null, published: null, rememberedAt: 1, problem: 'damaged' }] },
  },
  'rebuild-segment': { request: { type: 'rebuild-segment', tier: 'main' }, answer: null, bad: [{ tier: 'all' }] },
  'delete-segment': { request: { type: 'delete-segment', tier: 'tail' }, answer: 3 },
  'rebuild-collection': { request: { type: 'rebuild-collection', id: 'files:1' }, answer: null },
  'reports-restored': { request: { type: 'reports-restored' }, answer: readerStatus },
};

const tab: Examples<typeof tabChannel> = {
  'analyse-now': { request: { type: 'analyse-now' }, answer: null },
  reveal: { request: { type: 'reveal', index: 2 }, answer: null, bad: [{ index: -1 }] },
  step: { request: { type: 'step', direction: -1 }, answer: 1, bad: [{ direction: 2 }, { direction: 0 }] },
  'get-article': { request: { type: 'get-article' }, answer: article },
};

const testTab: Examples<typeof testTabChannel> = {
  'show-divergences': {
    request: { type: 'show-divergences', articleText: '500 x', divergences: [divergence], reports: [ref] },
    answer: [0],
    bad: [
      { divergences: [{ ...divergence, kind: 'rumour' }] },
      { divergences: [{ ...divergence, start: 5, end: 2 }] },
      { divergences: [{ ...divergence, others: [{ ...divergence.others[0], url: { href: 'javascript:x' } }] }] },
      { divergences: [{ ...divergence, facts: { ...divergence.facts, value: { html: '<b>' } } }] },
      { divergences: [{ ...divergence, subtype: 'reworded' }] },
      { divergences: [{ ...divergence, facts: { ...divergence.facts, measure: 'vibes' } }] },
      { reports: [{ ...ref, url: 5 }] },
    ],
  },
};

const testContent: Examples<typeof testContentChannel> = {
  'test-open': { request: { type: 'test-open', page: 'popup', tabId: 3 }, answer: null, optional: ['tabId'], bad: [{ page: 'private', url: 'https://evil.example/' }, { page: 'settings' }] },
};

const CHANNELS: Array<[string, Channel, Examples<Channel>]> = [
  ['content → background', contentChannel, content],
  ['pages → background', pageChannel, page],
  ['→ tab', tabChannel, tab],
  ['test: → tab', testTabChannel, testTab],
  ['test: content → background', testContentChannel, testContent],
];
const ALL_TYPES = CHANNELS.flatMap(([, channel]) => Object.keys(channel));

/** Values of another kind than a field's own. */
function wrongKinds(value: unknown): unknown[] {
  const always = [undefined, {}, [], true, { toString: () => 'x' }];
  if (typeof value === 'string') return [...always, 5, null];
  if (typeof value === 'number') return [...always, '1', null, Number.NaN, Number.POSITIVE_INFINITY];
  if (Array.isArray(value)) return [undefined, 'x', {}, null, 5, [{}], [[]]];
  // null where it may be: of a kind the example does not show, so only what no field takes.
  if (value === null) return [5, [], true];
  return ['x', [], null, 5];
}

const without = (o: object, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

describe.each(CHANNELS)('the channel %s', (_, channel, examples) => {
  const messages = Object.entries(examples);

  it('has an example of every message', () => {
    expect(Object.keys(examples).sort()).toEqual(Object.keys(channel).sort());
  });

  it.each(messages)('%s: accepts its example and returns only the known fields', (_, { request }) => {
    expect(parseRequest(channel, request)).toEqual(request);
    expect(parseRequest(channel, { ...request, extra: '<img src=x onerror=alert(1)>' })).toEqual(request);
  });

  it.each(messages)('%s: refuses it without each field it needs', (_, { request, optional = [] }) => {
    for (const key of Object.keys(request)) {
      const parsed = parseRequest(channel, without(request, key));
      if (optional.includes(key)) expect(parsed, key).toEqual(without(request, key));
      else expect(parsed, key).toBeNull();
    }
  });

  it.each(messages)('%s: refuses each field of a wrong kind, or too long', (_, { request, optional = [] }) => {
    for (const [key, value] of Object.entries(request)) {
      if (key === 'type') continue;
      for (const wrong of wrongKinds(value)) {
        if (wrong === undefined && optional.includes(key)) continue;
        expect(parseRequest(channel, { ...request, [key]: wrong }), `${key}: ${JSON.stringify(wrong)}`).toBeNull();
      }
      if (typeof value === 'string') expect(parseRequest(channel, { ...request, [key]: 'x'.repeat(MAX_TEXT_CHARS + 1) }), key).toBeNull();
      if (Array.isArray(value)) expect(parseRequest(channel, { ...request, [key]: new Array(MAX_KEYS + 1).fill(value[0]) }), key).toBeNull();
    }
  });

  it.each(messages)('%s: refuses its own malformed cases', (_, { request, bad = [] }) => {
    for (const change of bad) expect(parseRequest(channel, { ...request, ...change }), JSON.stringify(change).slice(0, 200)).toBeNull();
  });

  it.each(messages)('%s: hostile keys neither pass nor pollute', (_, { request }) => {
    const hostile = JSON.parse(JSON.stringify(request).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},'));
    const parsed = parseRequest(channel, hostile);
    expect(parsed).toEqual(request);
    expect(Object.hasOwn(parsed!, '__proto__')).toBe(false);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('refuses what is not one of its messages', () => {
    for (const m of [undefined, null, 'page-article', 42, [messages[0][1].request], { type: undefined }, { type: ['page-article'] }, { type: { toString: () => messages[0][0] } }]) {
      expect(parseRequest(channel, m)).toBeNull();
    }
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '', ' reveal', 'REVEAL', ...ALL_TYPES.filter((t) => !Object.hasOwn(channel, t))]) {
      expect(parseRequest(channel, { type }), type).toBeNull();
    }
  });

  it.each(messages)('%s: its answer is checked where it is received', (type, { answer, answerOptional = [] }) => {
    expect(parseAnswer(channel, type, { ok: true, value: answer })).toEqual({ ok: true, value: answer });
    expect(parseAnswer(channel, type, { ok: false, error: 'why' })).toEqual({ ok: false, error: 'why' });
    expect(parseAnswer(channel, type, undefined)).toEqual({ ok: false, error: NO_ANSWER });
    expect(parseAnswer(channel, type, null)).toEqual({ ok: false, error: NO_ANSWER });
    for (const raw of ['ok', 5, [], { ok: 'true', value: answer }, { value: answer }, { ok: false }, { ok: false, error: 5 }, { ok: true }]) {
      expect(parseAnswer(channel, type, raw), JSON.stringify(raw)?.slice(0, 100)).toEqual({ ok: false, error: BAD_ANSWER });
    }
    for (const value of ['x', -1.5, {}, [{}], undefined]) {
      expect(parseAnswer(channel, type, { ok: true, value }), JSON.stringify(value)).toEqual({ ok: false, error: BAD_ANSWER });
    }
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return;
    // An answer that is an object: only its known fields, and each one it needs of its kind.
    expect(parseAnswer(channel, type, { ok: true, value: { ...answer, extra: '<b>' } })).toEqual({ ok: true, value: answer });
    for (const [key, value] of Object.entries(answer)) {
      if (answerOptional.includes(key)) expect(parseAnswer(channel, type, { ok: true, value: without(answer, key) }), key).toEqual({ ok: true, value: without(answer, key) });
      else expect(parseAnswer(channel, type, { ok: true, value: without(answer, key) }), key).toEqual({ ok: false, error: BAD_ANSWER });
      for (const wrong of wrongKinds(value)) {
        if (wrong === undefined && answerOptional.includes(key)) continue;
        expect(parseAnswer(channel, type, { ok: true, value: { ...answer, [key]: wrong } }), `${key}: ${JSON.stringify(wrong)}`).toEqual({ ok: false, error: BAD_ANSWER });
      }
    }
  });

  it('never throws, whatever it is given', () => {
    const types = fc.constantFrom(...ALL_TYPES);
    const anyType = fc.oneof(types, fc.string());
    fc.assert(
      fc.property(fc.anything(), anyType, fc.dictionary(fc.string(), fc.anything()), (m, type, rest) => {
        parseRequest(channel, m);
        parseRequest(channel, { ...rest, type });
        if (Object.hasOwn(channel, type)) parseAnswer(channel, type, m);
      }),
      { numRuns: 1000 },
    );
    // The known messages with each field replaced by anything at all.
    fc.assert(
      fc.property(fc.constantFrom(...messages), fc.anything(), ([, { request }], value) => {
        for (const key of Object.keys(request)) if (key !== 'type') parseRequest(channel, { ...request, [key]: value });
      }),
      { numRuns: 500 },
    );
  });
});

describe('createHandler and createSender', () => {
  const answer = createHandler(tabChannel, {
    'analyse-now': () => ({ ok: true, value: null }),
    reveal: ({ index }) => (index === 0 ? { ok: true, value: null } : { ok: false, error: 'not-placed' }),
    step: ({ direction }) => ({ ok: true, value: direction === 1 ? 0 : null }),
    'get-article': () => {
      throw new Error('no article here');
    },
  });

  it('answers its messages, leaves the rest unanswered, and makes a failure of what throws', async () => {
    expect(await answer({ type: 'step', direction: 1 }, undefined)).toEqual({ ok: true, value: 0 });
    expect(await answer({ type: 'reveal', index: 3 }, undefined)).toEqual({ ok: false, error: 'not-placed' });
    expect(await answer({ type: 'get-article' }, undefined)).toEqual({ ok: false, error: 'no article here' });
    expect(answer({ type: 'step', direction: 2 }, undefined)).toBeUndefined();
    expect(answer({ type: 'show-divergences', articleText: '', divergences: [], reports: [] }, undefined)).toBeUndefined();
  });

  it('a sender checks the answer it receives, and says when nothing listened or answered', async () => {
    const through = createSender(tabChannel, async (m) => answer(m, undefined));
    expect(await through({ type: 'step', direction: 1 })).toEqual({ ok: true, value: 0 });
    const lying = createSender(tabChannel, async () => ({ ok: true, value: { title: 'not an article' } }));
    expect(await lying({ type: 'get-article' })).toEqual({ ok: false, error: BAD_ANSWER });
    expect(await createSender(tabChannel, async () => undefined)({ type: 'analyse-now' })).toEqual({ ok: false, error: NO_ANSWER });
    expect(await createSender(tabChannel, () => Promise.reject(new Error('Could not establish connection')))({ type: 'analyse-now' })).toEqual({ ok: false, error: UNREACHABLE });
  });
});

describe('the extension sends only through the contract', () => {
  const root = join(import.meta.dirname, '..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });
  const sources = files(root).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

  it('no message or answer is cast', () => {
    const casts = sources.filter((s) => /\bas (?:Result|[A-Z]\w*(?:Message|Answer|State))\b/.test(s.text)).map((s) => s.path);
    expect(casts).toEqual([]);
  });

  it('every sendMessage is the passage of a typed sender, which checks its answers', () => {
    const senders = sources.filter((s) => /\.sendMessage\(/.test(s.text)).map((s) => s.path);
    expect(senders.sort()).toEqual(['content/main.ts', 'shared/send.ts']);
    for (const s of sources.filter((s) => senders.includes(s.path))) {
      for (const line of s.text.split('\n').filter((l) => /\.sendMessage\(/.test(l))) expect(line, s.path).toMatch(/createSender\(|send: \(message\) =>/);
    }
  });
});
