/**
 * The keyboard shortcut's step from one highlight to the next. The shortcut
 * itself is a browser command (manifest `commands`, relayed by the
 * background), so the page's own keys and tab order are left alone.
 */
import type { Result } from '../shared/messages';
import type { Highlighter } from './highlighter';
import type { HoverController } from './hover';

/**
 * Which highlight the step lands on: the one after (direction 1) or before
 * (-1) the current one, wrapping around; with none current, the first one
 * from the top of the viewport down (or the last one above its bottom, going
 * back). `tops` and `bottoms` are the highlights' viewport positions in
 * document order.
 *
 * @example stepIndex({ tops: [-50, 100, 900], bottoms: [-30, 120, 920], viewportHeight: 800, current: null, direction: 1 }) // 1
 */
export function stepIndex(input: { tops: readonly number[]; bottoms: readonly number[]; viewportHeight: number; current: number | null; direction: 1 | -1 }): number | null {
  const { tops, bottoms, viewportHeight, current, direction } = input;
  const n = tops.length;
  if (n === 0) return null;
  if (current !== null && current >= 0 && current < n) return (current + direction + n) % n;
  if (direction === 1) {
    const i = tops.findIndex((top) => top >= 0);
    return i >= 0 ? i : 0;
  }
  for (let i = n - 1; i >= 0; i--) if (bottoms[i] <= viewportHeight) return i;
  return n - 1;
}

/**
 * The keyboard step and the popup's "show me": moving the reader to a claim.
 * A step opens the claim's card (with the focus, for the keyboard and screen
 * readers); a reveal scrolls to a claim and flashes it.
 */
export class KeyboardStep {
  constructor(
    private readonly win: Window,
    private readonly highlighter: Highlighter,
    private readonly hover: HoverController,
  ) {}

  /** To the next (1) or previous (-1) drawn claim, opening its card; the divergence's index, or null with none drawn. */
  step(direction: 1 | -1): Result<number | null> {
    const items = this.highlighter.items;
    const boxes = items.map((p) => p.range.getBoundingClientRect());
    const current = this.hover.current === null ? -1 : items.findIndex((p) => p.index === this.hover.current);
    const i = stepIndex({ tops: boxes.map((b) => b.top), bottoms: boxes.map((b) => b.bottom), viewportHeight: this.win.innerHeight, current: current >= 0 ? current : null, direction });
    if (i === null) return { ok: true, value: null };
    const target = items[i];
    // At once, not smoothly: the card opens next to where the claim is now.
    this.scrollTo(target.range, false);
    this.hover.open(target.index, true);
    return { ok: true, value: target.index };
  }

  /** Scrolls to the divergence at `index` and flashes it, drawn or not (the popup lists every kind). */
  reveal(index: number): Result<null> {
    const p = this.highlighter.find(index);
    if (!p) return { ok: false, error: 'not-placed' };
    this.hover.close();
    this.scrollTo(p.range, true);
    this.highlighter.flash(index);
    return { ok: true, value: null };
  }

  private scrollTo(range: Range, smooth: boolean): void {
    const { win } = this;
    const doc = win.document;
    const behavior: ScrollBehavior = smooth && !doc.hidden && !win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'smooth' : 'instant';
    const scroller = doc.scrollingElement;
    if (scroller && scroller.scrollHeight > scroller.clientHeight) {
      const box = range.getBoundingClientRect();
      win.scrollBy({ top: box.top + box.height / 2 - win.innerHeight / 2, behavior });
    } else {
      // The page scrolls inside a box of its own: let the browser find it.
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior });
    }
  }
}
