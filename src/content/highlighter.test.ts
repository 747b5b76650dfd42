// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighter, type Placed } from './highlighter';

// jsdom has no CSS Custom Highlight API: a registry and Highlight class of the same shape.
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();

beforeEach(() => {
  registry.clear();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
});
afterEach(() => vi.unstubAllGlobals());

function placed(): Placed[] {
  document.body.innerHTML = '<p id="a">First 500 claim.</p><p id="b">A “quote” here.</p><p id="c">Said by someone.</p>';
  const range = (id: string) => {
    const r = document.createRange();
    r.selectNodeContents(document.getElementById(id)!.firstChild!);
    return r;
  };
  // Out of document order on purpose.
  return [
    { index: 2, kind: 'attribution', range: range('c') },
    { index: 0, kind: 'figure', range: range('a') },
    { index: 1, kind: 'quote', range: range('b') },
  ];
}

describe('Highlighter', () => {
  it('registers one entry per kind, draws only the kinds asked for, and keeps document order', () => {
    const h = new Highlighter();
    h.show(placed(), { figure: true, quote: true, attribution: false });
    expect([...registry.keys()].sort()).toEqual(['crossread-figure', 'crossread-quote']);
    expect(h.items.map((p) => p.index)).toEqual([0, 1]);
    // A kind not drawn can still be found (the popup may reveal it).
    expect(h.find(2)?.kind).toBe('attribution');
  });

  it('marks one claim active above the others, for a moment when flashed', () => {
    vi.useFakeTimers();
    const h = new Highlighter();
    h.show(placed(), { figure: true, quote: true, attribution: true });
    h.flash(1, 1000);
    expect(registry.get('crossread-active')?.priority).toBe(1);
    expect(h.active).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(registry.has('crossread-active')).toBe(false);
    vi.useRealTimers();
  });

  it('notices ranges whose text the page removed, and clears every entry it made, only those', () => {
    registry.set('page-own', new FakeHighlight());
    const h = new Highlighter();
    h.show(placed(), { figure: true, quote: true, attribution: true });
    expect(h.stale()).toBe(false);
    document.getElementById('b')!.remove();
    expect(h.stale()).toBe(true);
    h.setActive(0);
    h.clear();
    expect([...registry.keys()]).toEqual(['page-own']);
    expect(h.items).toEqual([]);
  });

  it('does nothing where the browser has no highlight API', () => {
    vi.stubGlobal('CSS', {});
    expect(Highlighter.supported()).toBe(false);
    const h = new Highlighter();
    const p = placed();
    h.show(p, { figure: true, quote: true, attribution: true });
    expect(h.items).toEqual([]);
    expect(h.find(0)).toBe(p[1]);
  });
});
