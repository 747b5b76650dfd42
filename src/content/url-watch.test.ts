// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddressWatch, pageKey, watchUrl, type AddressEvents } from './url-watch';
import { Scope } from './scope';

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

describe('AddressWatch', () => {
  afterEach(() => vi.useRealTimers());

  function watch(alive = () => true) {
    const events: string[] = [];
    const handlers: AddressEvents = {
      navigated: (href) => events.push(`navigated ${new URL(href).pathname}`),
      settled: () => events.push('settled'),
      left: () => events.push('left'),
      returned: () => events.push('returned'),
      gone: () => events.push('gone'),
    };
    const scope = new Scope(window);
    const address = new AddressWatch(scope, handlers, alive);
    address.start();
    return { events, scope, address };
  }

  it('tells of a new address, then of the new view settling in, and marks the earlier page as past', async () => {
    vi.useFakeTimers();
    const { events, scope, address } = watch();
    const first = address.page;
    history.pushState({}, '', '/spa-1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(events).toEqual(['navigated /spa-1']);
    expect(address.isCurrent(first)).toBe(false);
    const second = address.page;
    // The single-page site keeps filling in the view: settled only once it is still.
    await vi.advanceTimersByTimeAsync(300);
    document.body.append('more of the new view');
    await vi.advanceTimersByTimeAsync(300);
    expect(events).toEqual(['navigated /spa-1']);
    await vi.advanceTimersByTimeAsync(300);
    expect(events).toEqual(['navigated /spa-1', 'settled']);
    expect(address.isCurrent(second)).toBe(true);
    scope.abort();
    expect(address.isCurrent(second)).toBe(false);
  });

  it('does not say a view settled when the address changed again before', async () => {
    vi.useFakeTimers();
    const { events, scope } = watch();
    history.pushState({}, '', '/spa-2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    history.pushState({}, '', '/spa-3');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(events).toEqual(['navigated /spa-2', 'navigated /spa-3', 'settled']);
    scope.abort();
  });

  it('tells of leaving and coming back from the back-forward cache, and of the extension going away', async () => {
    vi.useFakeTimers();
    let alive = true;
    const { events, scope, address } = watch(() => alive);
    const before = address.page;
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(address.isCurrent(before)).toBe(false);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    alive = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual(['left', 'returned', 'gone']);
    scope.abort();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(events).toEqual(['left', 'returned', 'gone']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
