// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { Highlighter, type Placed } from './highlighter';
import { CardHost, CARD_TAG } from './hover-card/card-host';
import { CLOSE_DELAY_MS, HoverController, OPEN_DELAY_MS } from './hover';
import { Scope } from './scope';
import { fakeHighlights, fakeLayout, rangeOver, type FakeHighlight } from './test-dom';

let registry: Map<string, FakeHighlight>;
let layout: { restore(): void };
let scope: Scope;
let highlighter: Highlighter;
let hover: HoverController;

beforeEach(() => {
  vi.useFakeTimers();
  registry = fakeHighlights();
  layout = fakeLayout(document);
  document.body.innerHTML = `
    <p>Officials said <span id="figure" data-box="100 100 40 20">500</span> people were missing.</p>
    <p>She said <span id="quote" data-box="100 300 200 20">we are ready</span>.</p>
    <p id="plain" data-box="0 500 400 20">Nothing marked here.</p>
    <button id="page-button">the page's own</button>`;
  const placed: Placed[] = [
    { index: 0, kind: 'figure', range: rangeOver(document, '#figure') },
    { index: 1, kind: 'quote', range: rangeOver(document, '#quote') },
  ];
  highlighter = new Highlighter();
  highlighter.show(placed, { figure: true, quote: true, attribution: true });
  const card = new CardHost(document, 'open');
  hover = new HoverController(document, highlighter, card, (index, close) => h('section', { tabIndex: -1, 'data-index': index }, h('button', { onClick: close }, 'close')));
  scope = new Scope(window);
  hover.attach(scope);
});

afterEach(() => {
  scope.abort();
  layout.restore();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const cardElement = () => document.querySelector(CARD_TAG);
const shownIndex = () => cardElement()?.shadowRoot?.querySelector('section')?.getAttribute('data-index') ?? null;
async function pointAt(x: number, y: number, target: EventTarget = document): Promise<void> {
  target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, composed: true }));
  await vi.advanceTimersByTimeAsync(20); // the next frame
}

describe('HoverController', () => {
  it('opens a claim’s card after a short wait on it, marks the claim, and closes the card a moment after the pointer leaves', async () => {
    await pointAt(110, 105);
    expect(cardElement()).toBeNull();
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS);
    expect(shownIndex()).toBe('0');
    expect(hover.current).toBe(0);
    expect(highlighter.active).toBe(0);
    expect(registry.has('crossread-active')).toBe(true);

    await pointAt(10, 505);
    expect(hover.isOpen).toBe(true);
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS);
    expect(cardElement()).toBeNull();
    expect(hover.current).toBeNull();
    expect(highlighter.active).toBeNull();
  });

  it('opens nothing when the pointer only passes over a claim', async () => {
    await pointAt(110, 105);
    await pointAt(10, 505);
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS * 3);
    expect(cardElement()).toBeNull();
  });

  it('keeps the card open while the pointer is in it, and moves to another claim', async () => {
    await pointAt(110, 105);
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS);
    await pointAt(10, 505);
    // Into the card before the close: it stays.
    await pointAt(0, 0, cardElement()!);
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS * 2);
    expect(shownIndex()).toBe('0');
    await pointAt(150, 305);
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS);
    expect(shownIndex()).toBe('1');
    expect(highlighter.active).toBe(1);
  });

  it('closes on Escape (the page still gets an Escape pressed in the page) and on a click outside the card', async () => {
    hover.open(1, false);
    const pageHeard = vi.fn();
    window.addEventListener('keydown', pageHeard);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(cardElement()).toBeNull();
    expect(pageHeard).toHaveBeenCalledTimes(1);
    window.removeEventListener('keydown', pageHeard);

    hover.open(1, false);
    cardElement()!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    expect(hover.isOpen).toBe(true);
    document.getElementById('page-button')!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    expect(hover.isOpen).toBe(false);
  });

  it('from the keyboard: takes the focus, stays when the pointer leaves, and gives the focus back on Escape', async () => {
    const button = document.getElementById('page-button')!;
    button.focus();
    hover.open(0, true);
    expect(document.activeElement).toBe(cardElement());
    await pointAt(10, 505);
    document.documentElement.dispatchEvent(new MouseEvent('mouseleave'));
    await vi.advanceTimersByTimeAsync(CLOSE_DELAY_MS * 2);
    expect(shownIndex()).toBe('0');
    cardElement()!.shadowRoot!.querySelector('section')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(cardElement()).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes when its claim scrolls out of the viewport', async () => {
    hover.open(1, false);
    document.getElementById('quote')!.setAttribute('data-box', `100 ${window.innerHeight + 50} 200 20`);
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(20);
    expect(cardElement()).toBeNull();
    expect(hover.current).toBeNull();
  });

  it('opens no card for a claim that is not placed, or whose text is gone', () => {
    hover.open(7, false);
    expect(cardElement()).toBeNull();
    document.getElementById('figure')!.removeAttribute('data-box');
    hover.open(0, false);
    expect(cardElement()).toBeNull();
    expect(hover.current).toBeNull();
  });

  it('stops when its scope ends: the card closes, no timer is left, the pointer is not followed', async () => {
    hover.open(1, false);
    await pointAt(110, 105);
    scope.abort();
    expect(cardElement()).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    await pointAt(110, 105);
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS * 2);
    expect(cardElement()).toBeNull();
  });
});
