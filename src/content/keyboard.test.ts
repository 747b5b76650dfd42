// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { KeyboardStep, stepIndex } from './keyboard';
import { Highlighter, type Placed } from './highlighter';
import { HoverController } from './hover';
import { CardHost } from './hover-card/card-host';
import { fakeHighlights, fakeLayout, rangeOver } from './test-dom';

const base = { tops: [-50, 100, 900], bottoms: [-30, 120, 920], viewportHeight: 800 };

describe('stepIndex', () => {
  it('starts from the first highlight in view going forward, the last one in view going back', () => {
    expect(stepIndex({ ...base, current: null, direction: 1 })).toBe(1);
    expect(stepIndex({ ...base, current: null, direction: -1 })).toBe(1);
  });
  it('moves from the current one and wraps around', () => {
    expect(stepIndex({ ...base, current: 1, direction: 1 })).toBe(2);
    expect(stepIndex({ ...base, current: 2, direction: 1 })).toBe(0);
    expect(stepIndex({ ...base, current: 0, direction: -1 })).toBe(2);
  });
  it('falls back to the ends when none is in view', () => {
    expect(stepIndex({ tops: [-900, -500], bottoms: [-880, -480], viewportHeight: 800, current: null, direction: 1 })).toBe(0);
    expect(stepIndex({ tops: [900, 1500], bottoms: [920, 1520], viewportHeight: 800, current: null, direction: -1 })).toBe(1);
  });
  it('has nothing to step to without highlights', () => {
    expect(stepIndex({ tops: [], bottoms: [], viewportHeight: 800, current: null, direction: 1 })).toBeNull();
  });
});

describe('KeyboardStep', () => {
  let layout: { restore(): void };
  let highlighter: Highlighter;
  let hover: HoverController;
  let step: KeyboardStep;
  let scrolled: Array<{ top?: number; behavior?: ScrollBehavior }>;

  beforeEach(() => {
    vi.useFakeTimers();
    fakeHighlights();
    layout = fakeLayout(document);
    // Three claims, the first above the viewport; a page taller than the window, so the window scrolls.
    document.body.innerHTML = `
      <p><span id="a" data-box="10 -200 50 20">500</span></p>
      <p><span id="b" data-box="10 100 50 20">3,000</span></p>
      <p><span id="c" data-box="10 400 50 20">“ready”</span></p>`;
    Object.defineProperty(document, 'scrollingElement', { configurable: true, value: document.documentElement });
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 5000 });
    scrolled = [];
    vi.spyOn(window, 'scrollBy').mockImplementation(((options: ScrollToOptions) => scrolled.push({ top: options.top, behavior: options.behavior })) as typeof window.scrollBy);
    highlighter = new Highlighter();
    const placed: Placed[] = [
      { index: 0, kind: 'figure', range: rangeOver(document, '#a') },
      { index: 1, kind: 'figure', range: rangeOver(document, '#b') },
      { index: 2, kind: 'quote', range: rangeOver(document, '#c') },
    ];
    highlighter.show(placed, { figure: true, quote: false, attribution: true });
    hover = new HoverController(document, highlighter, new CardHost(document, 'open'), (index) => h('section', { tabIndex: -1 }, `card ${index}`));
    step = new KeyboardStep(window, highlighter, hover);
  });

  afterEach(() => {
    hover.close();
    layout.restore();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('steps from the first drawn claim in view to the next, wrapping, and opens each card from the keyboard', () => {
    expect(step.step(1)).toEqual({ ok: true, value: 1 });
    expect(hover.current).toBe(1);
    expect(document.activeElement?.tagName.toLowerCase()).toBe('crossread-card');
    // At once, so that the card opens beside the claim: the claim brought to the middle of the window.
    expect(scrolled.at(-1)).toEqual({ top: 100 + 10 - window.innerHeight / 2, behavior: 'instant' });
    // The quote is not drawn (its kind is off): going on wraps from the last figure to the first.
    expect(step.step(1)).toEqual({ ok: true, value: 0 });
    // Its card could not open (see below): going back starts from the last claim in view.
    expect(step.step(-1)).toEqual({ ok: true, value: 1 });
  });

  it('opens no card for a claim the window could not scroll into view', () => {
    // The fake layout does not move when the window scrolls: the first claim stays above the viewport.
    hover.open(1, true);
    expect(step.step(1)).toEqual({ ok: true, value: 0 });
    expect(hover.isOpen).toBe(false);
    expect(hover.current).toBeNull();
  });

  it('says when there is nothing to step to', () => {
    highlighter.clear();
    expect(step.step(1)).toEqual({ ok: true, value: null });
    expect(hover.isOpen).toBe(false);
  });

  it('reveals any placed claim, drawn or not: closes the card, scrolls smoothly to it and flashes it', () => {
    hover.open(0, false);
    expect(step.reveal(2)).toEqual({ ok: true, value: null });
    expect(hover.isOpen).toBe(false);
    expect(scrolled.at(-1)?.behavior).toBe('smooth');
    expect(highlighter.active).toBe(2);
    vi.advanceTimersByTime(2000);
    expect(highlighter.active).toBeNull();
    expect(step.reveal(9)).toEqual({ ok: false, error: 'not-placed' });
  });
});
