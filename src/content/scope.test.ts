// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Scope } from './scope';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Scope', () => {
  it('runs timers, intervals and frames while alive, and none of them once aborted', () => {
    const scope = new Scope(window);
    const ran: string[] = [];
    scope.setTimeout(() => ran.push('timeout'), 100);
    scope.setInterval(() => ran.push('interval'), 40);
    scope.frame(() => ran.push('frame'));
    vi.advanceTimersByTime(100);
    expect(ran).toEqual(['frame', 'interval', 'interval', 'timeout']);
    scope.setTimeout(() => ran.push('late timeout'), 100);
    scope.frame(() => ran.push('late frame'));
    scope.abort();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual(['frame', 'interval', 'interval', 'timeout']);
    // Started after the end: never scheduled.
    scope.setTimeout(() => ran.push('after'), 1);
    scope.setInterval(() => ran.push('after'), 1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears a timer it was asked to, and leaves no listener behind for a timer that fired', () => {
    const scope = new Scope(window);
    const fn = vi.fn();
    const id = scope.setTimeout(fn, 10);
    scope.clearTimeout(id);
    scope.clearTimeout(undefined);
    vi.advanceTimersByTime(20);
    expect(fn).not.toHaveBeenCalled();
  });

  it('removes its listeners when aborted', () => {
    const scope = new Scope(window);
    const onClick = vi.fn();
    scope.listen(document, 'click', onClick);
    document.dispatchEvent(new MouseEvent('click'));
    scope.abort();
    document.dispatchEvent(new MouseEvent('click'));
    scope.listen(document, 'click', onClick);
    document.dispatchEvent(new MouseEvent('click'));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('ends a child with its parent, and a child alone without its parent', () => {
    const parent = new Scope(window);
    const a = parent.child();
    const b = parent.child();
    b.abort();
    expect([parent.aborted, a.aborted, b.aborted]).toEqual([false, false, true]);
    const ended = vi.fn();
    a.onAbort(ended);
    parent.abort();
    expect(a.aborted).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(parent.child().aborted).toBe(true);
    const late = vi.fn();
    a.onAbort(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('sleeps, and wakes early with false when aborted', async () => {
    const scope = new Scope(window);
    const slept = scope.sleep(300);
    await vi.advanceTimersByTimeAsync(300);
    await expect(slept).resolves.toBe(true);
    const cut = scope.sleep(300);
    scope.abort();
    await expect(cut).resolves.toBe(false);
    await expect(scope.sleep(1)).resolves.toBe(false);
  });

  it('disconnects its observers', async () => {
    const scope = new Scope(window);
    const seen = vi.fn();
    scope.observe(document.body, { childList: true }, seen);
    document.body.append('one');
    await Promise.resolve();
    scope.abort();
    document.body.append('two');
    await Promise.resolve();
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
