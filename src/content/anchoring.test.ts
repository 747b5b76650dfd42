// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Divergence } from '../core/compare/types';
import { Anchoring, REANCHOR_QUIET_MS } from './anchoring';
import { Scope } from './scope';

const articleText = 'Kursk deal\n\nMoskalkova said 500 people were missing. Others said “we are ready to help”.';

function divergence(text: string, kind: Divergence['kind']): Divergence {
  const start = articleText.indexOf(text);
  return { kind, subtype: 'x', start, end: start + text.length, text, summary: '', others: [] } as unknown as Divergence;
}

beforeEach(() => {
  document.body.innerHTML = '<h1>Kursk deal</h1><p>Moskalkova said <b>500</b> people were missing. Others said “we are <i>ready</i> to help”.</p>';
});
afterEach(() => vi.useRealTimers());

describe('Anchoring.place', () => {
  it('finds each divergence in the live page across element boundaries, and leaves out one not there', () => {
    const placed = new Anchoring(document).place(articleText, [divergence('500', 'figure'), divergence('not in the page at all', 'quote'), divergence('we are ready to help', 'quote')]);
    expect(placed.map((p) => [p.index, p.kind, p.range.toString()])).toEqual([
      [0, 'figure', '500'],
      [2, 'quote', 'we are ready to help'],
    ]);
  });

  it('places nothing for no divergences', () => {
    expect(new Anchoring(document).place(articleText, [])).toEqual([]);
  });
});

describe('Anchoring.watch', () => {
  it('tells when the page re-rendered placed text, once the page has been still, and stops with its scope', async () => {
    vi.useFakeTimers();
    const anchoring = new Anchoring(document);
    const [placed] = anchoring.place(articleText, [divergence('500', 'figure')]);
    const scope = new Scope(window);
    const lost = vi.fn();
    // As Highlighter.stale: the DOM collapses a live range whose text was removed.
    anchoring.watch(scope, () => placed.range.collapsed || !placed.range.startContainer.isConnected, lost);

    // A change elsewhere: checked, nothing lost.
    document.body.append('footer');
    await vi.advanceTimersByTimeAsync(REANCHOR_QUIET_MS);
    expect(lost).not.toHaveBeenCalled();

    // The page re-renders the paragraph, in two mutations close together: one check after the last.
    document.querySelector('p')!.innerHTML = 'Moskalkova said <b>500</b> people';
    await vi.advanceTimersByTimeAsync(REANCHOR_QUIET_MS / 2);
    document.querySelector('p')!.append(' were missing.');
    await vi.advanceTimersByTimeAsync(REANCHOR_QUIET_MS / 2);
    expect(lost).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(REANCHOR_QUIET_MS / 2);
    expect(lost).toHaveBeenCalledTimes(1);

    scope.abort();
    document.querySelector('p')!.textContent = 'gone';
    await vi.advanceTimersByTimeAsync(REANCHOR_QUIET_MS * 2);
    expect(lost).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
