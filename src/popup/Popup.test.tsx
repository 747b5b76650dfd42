// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { TabState } from '../shared/messages';
import type { RelatedSummary } from '../index/compare-article';
import { TabView, brief } from './Popup';
import type { PopupActions } from './use-tab-state';

// Strings come back as their keys, so that the tests read which message is shown.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: (key: string) => key }, runtime: {} } }));

const actions: PopupActions = {
  analyse: vi.fn(),
  allowSite: vi.fn(async () => false),
  reveal: vi.fn(async () => true),
  addPage: vi.fn(async () => ({ ok: true as const, value: { status: 'added' as const, title: 'x' } })),
};

function view(props: Partial<Parameters<typeof TabView>[0]>): HTMLElement {
  const root = document.createElement('div');
  act(() => render(<TabView state={null} access="web" unreachable={false} actions={actions} {...props} />, root));
  return root;
}
const stateOf = (root: HTMLElement) => root.querySelector('[data-state]')?.getAttribute('data-state');

describe('TabView states for pages Crossread may not or cannot read', () => {
  it('pages the browser keeps extensions out of, and PDFs', () => {
    expect(stateOf(view({ access: 'restricted' }))).toBe('restricted');
    expect(view({ access: 'pdf' }).textContent).toBe('popupRestrictedPdf');
  });
  it('a site the reader withheld: offers to allow it, and says so when refused', async () => {
    const root = view({ access: 'no-access' });
    expect(stateOf(root)).toBe('no-access');
    await act(async () => root.querySelector('button')!.click());
    expect(actions.allowSite).toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('popupAllowDenied');
  });
  it('no content script: the page predates Crossread when its address is known, else either reason', () => {
    expect(stateOf(view({ access: 'web', unreachable: true }))).toBe('unreachable');
    expect(stateOf(view({ access: 'unknown', unreachable: true }))).toBe('cannot-read');
  });
  it('a silent site: reads it when asked', () => {
    const root = view({ state: { status: 'waiting', url: 'https://example.com/a', reason: 'silenced' } });
    expect(stateOf(root)).toBe('silenced');
    act(() => root.querySelector('button')!.click());
    expect(actions.analyse).toHaveBeenCalled();
  });
  it('automatic analysis off: working while the page is read', () => {
    expect(stateOf(view({ state: { status: 'waiting', url: 'https://example.com/a', reason: 'manual' } }))).toBe('working');
  });
});

describe('TabView divergences', () => {
  const state: TabState = {
    status: 'done',
    url: 'https://example.com/a',
    article: { title: 'A', outlet: null, published: null, url: null, byline: null },
    self: null,
    related: [{ id: 'r', title: 'Other report', outlet: 'Other Outlet', published: null, url: null, score: 0.6, relation: 'rewrite', chapter: 'same-event', copies: [] }],
    divergences: [
      {
        kind: 'quote', subtype: 'reworded', start: 0, end: 5, text: 'we are ready', diff: [[-1, 'we are ready'], [1, 'we stand ready']], changed: 0.4,
        facts: { speaker: 'Jane Doe', verb: 'said', verbKind: 'neutral', relay: null },
        others: [{ reportId: 'r', start: 0, end: 1, text: 'we stand ready', context: '', outlet: null, published: null, url: null, copies: [], facts: { speaker: 'Jane Doe', verb: 'said', verbKind: 'neutral', relay: null } }],
      },
      {
        kind: 'figure', subtype: 'conflict', start: 9, end: 12, text: '500', facts: { value: 500, qualifier: 'exact', unit: null, measure: 'missing', subject: 'people', counted: 'people missing', source: null },
        others: [{ reportId: 'r', start: 0, end: 1, text: '3,000', context: '', outlet: null, published: null, url: null, copies: [], facts: { value: 3000, qualifier: 'exact', unit: null, measure: 'missing', subject: 'people', counted: 'people missing', source: null } }],
      },
    ],
    placed: [1],
  };
  it('groups them by kind with both sides, and offers to show only those found in the page', async () => {
    const root = view({ state });
    expect([...root.querySelectorAll('.group')].map((g) => g.getAttribute('data-kind'))).toEqual(['figure', 'quote']);
    const figure = root.querySelector('.group-figure .divergence')!;
    expect(figure.textContent).toContain('500');
    expect(figure.textContent).toContain('Other Outlet');
    expect(root.querySelector('.group-quote .divergence')!.querySelector('button')).toBeNull();
    await act(async () => figure.querySelector('button')!.click());
    expect(actions.reveal).toHaveBeenCalledWith(1);
  });
});

describe('brief', () => {
  it('keeps about twelve words', () => {
    expect(brief('one two three')).toBe('one two three');
    expect(brief('a b c d e f g h i j k l m n')).toBe('a b c d e f g h i j k l…');
  });
});

describe('TabView related reports', () => {
  const report = (id: string, extra: Partial<RelatedSummary>): RelatedSummary => ({
    id, title: `Report ${id}`, outlet: null, published: '2016-03-01', url: null, score: 0.9, relation: 'story', chapter: 'same-event', copies: [], ...extra,
  });
  const state = (related: RelatedSummary[]): TabState => ({
    status: 'done', url: 'https://example.com/a', article: { title: 'A', outlet: null, published: '2016-03-05', url: null, byline: null }, self: null, related, divergences: [], placed: [],
  });
  it('tells the same event from earlier and later chapters, and links only http(s) addresses', () => {
    const root = view({
      state: state([
        report('a', { url: 'https://news.example/a' }),
        report('b', { chapter: 'earlier', published: '2016-02-01', url: 'javascript:alert(1)' }),
        report('c', { chapter: 'later', published: '2016-04-01', through: 'a' }),
        report('d', { relation: 'rewrite' }),
      ]),
    });
    const items = [...root.querySelectorAll('.related-report')];
    expect(items.map((li) => li.querySelector('.relation')!.textContent)).toEqual(['relationSameEvent', 'relationEarlier', 'relationLater', 'relationRewrite']);
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe('https://news.example/a');
    expect(items[0].querySelector('.meta')!.textContent).toContain('news.example');
    expect(items[1].querySelector('a')).toBeNull();
    expect(items[1].querySelector('.meta')!.textContent).toContain('2016-02-01');
  });
});
