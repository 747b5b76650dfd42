// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageKey, watchUrl } from './url-watch';

describe('pageKey', () => {
  it('drops the fragment only', () => {
    expect(pageKey('https://a.example/x?y=1#top')).toBe('https://a.example/x?y=1');
    expect(pageKey('https://a.example/x')).toBe('https://a.example/x');
  });
});

describe('watchUrl', () => {
  afterEach(() => vi.useRealTimers());
  it('reports a new address from pushState and popstate, not a new fragment, and stops when the extension is gone', () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    let alive = true;
    const gone = vi.fn();
    const controller = new AbortController();
    watchUrl(window, (href) => seen.push(new URL(href).pathname), controller.signal, { alive: () => alive, onGone: gone });
    history.pushState({}, '', '/story-2');
    vi.advanceTimersByTime(1000);
    history.pushState({}, '', '/story-2#comments');
    vi.advanceTimersByTime(1000);
    history.pushState({}, '', '/story-3');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/story-2', '/story-3']);
    alive = false;
    vi.advanceTimersByTime(1000);
    expect(gone).toHaveBeenCalledTimes(1);
    controller.abort();
    history.pushState({}, '', '/story-4');
    vi.advanceTimersByTime(3000);
    expect(seen).toEqual(['/story-2', '/story-3']);
  });
});
