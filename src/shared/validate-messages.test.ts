import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseContentMessage, parsePopupMessage, parseReportsMessage, parseTabMessage, senderKind, MAX_TEXT_CHARS } from './validate-messages';

const article = { title: 'T', text: 'T\n\nBody.', outlet: null, published: '2025-02-24', url: 'https://example.com/a', byline: null, lang: 'en' };
const divergence = {
  kind: 'figure',
  subtype: 'conflict',
  start: 0,
  end: 3,
  text: '500',
  facts: { value: 500, qualifier: 'exact', unit: null, measure: 'missing', subject: 'people', counted: 'people missing', source: null },
  others: [{ reportId: 'r', start: 0, end: 3, text: '600', context: 'c 600', outlet: null, published: null, url: null, copies: [], facts: { value: 600, qualifier: 'exact', unit: null, measure: 'missing', subject: 'people', counted: 'people missing', source: null } }],
};

describe('parseContentMessage', () => {
  it('accepts each message type in its shape, and returns only the known fields', () => {
    expect(parseContentMessage({ type: 'page-article', article, extractMs: 3, extra: 'dropped' })).toEqual({ type: 'page-article', article, extractMs: 3 });
    expect(parseContentMessage({ type: 'page-not-article', url: 'u', reason: 'no-content' })).toEqual({ type: 'page-not-article', url: 'u', reason: 'no-content' });
    expect(parseContentMessage({ type: 'page-not-article', url: 'u', reason: 'too-large', size: { measure: 'depth', value: 300, limit: 256 } })).toMatchObject({ size: { measure: 'depth' } });
    expect(parseContentMessage({ type: 'page-error', url: 'u', message: 'm' })).not.toBeNull();
    expect(parseContentMessage({ type: 'page-waiting', url: 'u', reason: 'manual' })).not.toBeNull();
    expect(parseContentMessage({ type: 'page-navigated', url: 'u' })).not.toBeNull();
    expect(parseContentMessage({ type: 'page-anchored', url: 'u', placed: [0, 2] })).not.toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'page-article'],
    ['an array', [{ type: 'page-article' }]],
    ['no type', { article }],
    ['an unknown type', { type: 'get-everything' }],
    ['a popup request', { type: 'get-tab-state', tabId: 1 }],
    ['an article without text', { type: 'page-article', article: { ...article, text: undefined }, extractMs: 1 }],
    ['an article whose text is not a string', { type: 'page-article', article: { ...article, text: { toString: (): string => 'x' } }, extractMs: 1 }],
    ['an article of too much text', { type: 'page-article', article: { ...article, text: 'x'.repeat(MAX_TEXT_CHARS + 1) }, extractMs: 1 }],
    ['an article with a numeric url', { type: 'page-article', article: { ...article, url: 5 }, extractMs: 1 }],
    ['a missing extractMs', { type: 'page-article', article }],
    ['a NaN extractMs', { type: 'page-article', article, extractMs: Number.NaN }],
    ['an unknown reason', { type: 'page-not-article', url: 'u', reason: 'because' }],
    ['a size for another reason', { type: 'page-not-article', url: 'u', reason: 'no-content', size: { measure: 'text', value: 1, limit: 0 } }],
    ['a size of an unknown measure', { type: 'page-not-article', url: 'u', reason: 'too-large', size: { measure: 'weight', value: 1, limit: 0 } }],
    ['placed indices that are not integers', { type: 'page-anchored', url: 'u', placed: [0.5] }],
    ['negative placed indices', { type: 'page-anchored', url: 'u', placed: [-1] }],
    ['placed as a string', { type: 'page-anchored', url: 'u', placed: '0,1' }],
    ['a waiting reason that is not one', { type: 'page-waiting', url: 'u', reason: 'later' }],
  ])('refuses %s', (_, m) => {
    expect(parseContentMessage(m)).toBeNull();
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (m) => { parseContentMessage(m); parsePopupMessage(m); parseReportsMessage(m); parseTabMessage(m); }), { numRuns: 2000 });
    // Objects shaped almost right: the known types with random fields.
    const types = fc.constantFrom('page-article', 'page-not-article', 'page-error', 'page-waiting', 'page-navigated', 'page-anchored', 'get-tab-state', 'analyse-tab', 'add-page', 'show-divergences', 'reveal', 'step');
    fc.assert(
      fc.property(types, fc.dictionary(fc.string(), fc.anything()), (type, rest) => {
        const m = { ...rest, type };
        parseContentMessage(m);
        parsePopupMessage(m);
        parseReportsMessage(m);
        parseTabMessage(m);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parsePopupMessage and parseReportsMessage', () => {
  it('accept tab ids that are non-negative integers only', () => {
    expect(parsePopupMessage({ type: 'get-tab-state', tabId: 4 })).toEqual({ type: 'get-tab-state', tabId: 4 });
    expect(parsePopupMessage({ type: 'analyse-tab', tabId: 0 })).not.toBeNull();
    for (const tabId of [-1, 1.5, '4', null, undefined, Number.POSITIVE_INFINITY, 2 ** 60]) expect(parsePopupMessage({ type: 'get-tab-state', tabId })).toBeNull();
    expect(parsePopupMessage({ type: 'page-article', tabId: 1 })).toBeNull();
    expect(parseReportsMessage({ type: 'add-page', tabId: 3 })).toEqual({ type: 'add-page', tabId: 3 });
    expect(parseReportsMessage({ type: 'add-page', tabId: '3' })).toBeNull();
    expect(parseReportsMessage({ type: 'user-reports-changed', anything: 1 })).toEqual({ type: 'user-reports-changed' });
    expect(parseReportsMessage({ type: 'delete-everything' })).toBeNull();
  });

  it('forget and the reader’s index: each shape, and nothing else', () => {
    expect(parseReportsMessage({ type: 'forget', what: 'page', id: 'mine:https://a.example/x', tabId: 2, extra: 1 })).toEqual({ type: 'forget', what: 'page', id: 'mine:https://a.example/x', tabId: 2 });
    expect(parseReportsMessage({ type: 'forget', what: 'site', site: 'a.example' })).toEqual({ type: 'forget', what: 'site', site: 'a.example' });
    expect(parseReportsMessage({ type: 'forget', what: 'keys', keys: ['a', 'b'] })).toEqual({ type: 'forget', what: 'keys', keys: ['a', 'b'] });
    expect(parseReportsMessage({ type: 'forget', what: 'everything' })).toEqual({ type: 'forget', what: 'everything' });
    expect(parseReportsMessage({ type: 'rebuild-segment', tier: 'main' })).toEqual({ type: 'rebuild-segment', tier: 'main' });
    expect(parseReportsMessage({ type: 'reader-status' })).toEqual({ type: 'reader-status' });
    for (const bad of [
      { type: 'forget' },
      { type: 'forget', what: 'page' },
      { type: 'forget', what: 'keys', keys: [1] },
      { type: 'forget', what: 'site', site: 'x'.repeat(301) },
      { type: 'forget', what: 'everything', tabId: -1 },
      { type: 'rebuild-segment', tier: 'all' },
      { type: 'delete-segment' },
      { type: 'rebuild-collection', id: 7 },
    ]) expect(parseReportsMessage(bad)).toBeNull();
  });
});

describe('parseTabMessage', () => {
  it('accepts what the background and popup send', () => {
    expect(parseTabMessage({ type: 'analyse-now' })).toEqual({ type: 'analyse-now' });
    expect(parseTabMessage({ type: 'reveal', index: 2 })).toEqual({ type: 'reveal', index: 2 });
    expect(parseTabMessage({ type: 'step', direction: -1 })).toEqual({ type: 'step', direction: -1 });
    expect(parseTabMessage({ type: 'show-divergences', articleText: '500 x', divergences: [divergence], reports: [{ id: 'r', title: 't', outlet: null, published: null, url: null }] })).not.toBeNull();
  });

  it.each([
    ['a step of two', { type: 'step', direction: 2 }],
    ['a reveal of no index', { type: 'reveal' }],
    ['a divergence of an unknown kind', { type: 'show-divergences', articleText: '', divergences: [{ ...divergence, kind: 'rumour' }], reports: [] }],
    ['a divergence ending before it starts', { type: 'show-divergences', articleText: '', divergences: [{ ...divergence, start: 5, end: 2 }], reports: [] }],
    ['a divergence whose other has a url object', { type: 'show-divergences', articleText: '', divergences: [{ ...divergence, others: [{ ...divergence.others[0], url: { href: 'javascript:x' } }] }], reports: [] }],
    ['a divergence whose facts hold an object', { type: 'show-divergences', articleText: '', divergences: [{ ...divergence, facts: { ...divergence.facts, value: { html: '<b>' } } }], reports: [] }],
    ['a divergence of a subtype its kind does not have', { type: 'show-divergences', articleText: '', divergences: [{ ...divergence, subtype: 'reworded' }], reports: [] }],
    ['a divergence of an unknown measure', { type: 'show-divergences', articleText: '', divergences: [{ ...divergence, facts: { ...divergence.facts, measure: 'vibes' } }], reports: [] }],
    ['reports that are not a list', { type: 'show-divergences', articleText: '', divergences: [], reports: {} }],
  ])('refuses %s', (_, m) => {
    expect(parseTabMessage(m)).toBeNull();
  });
});

describe('senderKind', () => {
  const id = 'abc';
  const base = 'chrome-extension://abc/';
  it('tells our pages from our content scripts, and refuses everything else', () => {
    expect(senderKind({ id, url: `${base}popup.html?tabId=3`, tab: { id: 9 } }, id, base)).toBe('extension-page');
    expect(senderKind({ id, url: `${base}options.html` }, id, base)).toBe('extension-page');
    expect(senderKind({ id, url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 }, id, base)).toBe('content-script');
    // A frame inside a page (the content script runs only in the top frame).
    expect(senderKind({ id, url: 'https://ads.example/', tab: { id: 3 }, frameId: 7 }, id, base)).toBeNull();
    // Another extension, or none.
    expect(senderKind({ id: 'other', url: `${base}popup.html` }, id, base)).toBeNull();
    expect(senderKind({ url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 }, id, base)).toBeNull();
    // A page that names our address in its own.
    expect(senderKind({ id, url: 'https://evil.example/chrome-extension://abc/', tab: { id: 3 }, frameId: 0 }, id, base)).toBe('content-script');
    // No tab: not a content script.
    expect(senderKind({ id, url: 'https://news.example/a', frameId: 0 }, id, base)).toBeNull();
  });
});
