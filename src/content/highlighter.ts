/**
 * Highlights with the CSS Custom Highlight API: one `CSS.highlights` entry
 * per kind (`crossread-figure`, `crossread-quote`, `crossread-attribution`)
 * holding the claims' ranges, styled by `::highlight()` rules in the content
 * script's stylesheet (highlights.css, which the browser injects without
 * adding a node). Nothing is added to the page's DOM, so the page's own
 * scripts can re-render their text without meeting foreign elements, and
 * removing the highlights restores the page exactly. A fourth entry,
 * `crossread-active`, marks the claim being shown (its card is open, or the
 * popup has just scrolled to it).
 */
import type { DivergenceKind } from '../core/compare/types';

export interface Placed {
  /** Index of the divergence in the tab's list. */
  index: number;
  kind: DivergenceKind;
  range: Range;
}

type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void; priority: number };
type Registry = { set(name: string, h: unknown): void; delete(name: string): boolean; has(name: string): boolean };

const PREFIX = 'crossread-';
const ACTIVE = `${PREFIX}active`;
const KINDS: readonly DivergenceKind[] = ['figure', 'quote', 'attribution'];

function registry(): Registry | null {
  const css = (globalThis as { CSS?: { highlights?: Registry } }).CSS;
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' ? css.highlights : null;
}

export class Highlighter {
  /** Every placed claim, drawn or not. */
  private all: Placed[] = [];
  /** The drawn ones, in document order. */
  private placed: Placed[] = [];
  private activeIndex: number | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** False where the browser has no CSS Custom Highlight API: the popup still lists every claim. */
  static supported(): boolean {
    return registry() !== null;
  }

  /** Shows `placed` (kinds not in `kinds` are kept but not drawn), replacing what was shown. */
  show(placed: Placed[], kinds: Record<DivergenceKind, boolean>): void {
    this.clear();
    this.all = placed;
    const highlights = registry();
    if (!highlights) return;
    const Highlight = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
    this.placed = placed.filter((p) => kinds[p.kind]);
    // Document order: the keyboard steps through claims as the reader reads them.
    this.placed.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || a.index - b.index);
    for (const kind of KINDS) {
      const ranges = this.placed.filter((p) => p.kind === kind).map((p) => p.range);
      if (ranges.length > 0) highlights.set(PREFIX + kind, new Highlight(...ranges));
    }
  }

  /** The drawn claims in document order. */
  get items(): readonly Placed[] {
    return this.placed;
  }

  /** A placed claim, drawn or not (the popup may reveal a kind that is not highlighted). */
  find(index: number): Placed | undefined {
    return this.all.find((p) => p.index === index);
  }

  /** Marks one claim as the one being shown, or none. */
  setActive(index: number | null): void {
    const highlights = registry();
    if (!highlights || index === this.activeIndex) return;
    this.activeIndex = index;
    clearTimeout(this.flashTimer);
    const p = index === null ? undefined : this.find(index);
    if (!p) {
      highlights.delete(ACTIVE);
      this.activeIndex = null;
      return;
    }
    const Highlight = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
    const h = new Highlight(p.range);
    h.priority = 1;
    highlights.set(ACTIVE, h);
  }

  get active(): number | null {
    return this.activeIndex;
  }

  /** Marks a claim for a moment. */
  flash(index: number, ms = 1600): void {
    this.setActive(index);
    this.flashTimer = setTimeout(() => {
      if (this.activeIndex === index) this.setActive(null);
    }, ms);
  }

  /**
   * The claim under the viewport point (x, y), or null: the caret position
   * there must fall in a claim's range (so text covered by another element
   * does not count) and the point must be on one of its line boxes (a caret
   * position snaps to the nearest character even over a margin). The
   * shortest claim wins where claims overlap.
   */
  hitTest(doc: Document, x: number, y: number): Placed | null {
    if (this.placed.length === 0) return null;
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    let hit: Placed | null = null;
    let hitLength = Infinity;
    for (const p of this.placed) {
      let inside = false;
      try {
        inside = p.range.isPointInRange(caret.node, caret.offset);
      } catch {
        continue;
      }
      if (!inside || !onLineBoxes(p.range, x, y)) continue;
      const length = p.range.toString().length;
      if (length < hitLength) {
        hit = p;
        hitLength = length;
      }
    }
    return hit;
  }

  /** True when some drawn range lost its text (the page re-rendered it). */
  stale(): boolean {
    return this.all.some((p) => p.range.collapsed || !p.range.startContainer.isConnected || !p.range.endContainer.isConnected);
  }

  clear(): void {
    clearTimeout(this.flashTimer);
    const highlights = registry();
    if (highlights) for (const name of [...KINDS.map((k) => PREFIX + k), ACTIVE]) highlights.delete(name);
    this.all = [];
    this.placed = [];
    this.activeIndex = null;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function onLineBoxes(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  return false;
}
