/**
 * Test only: what jsdom lacks for the content script's controllers. jsdom has
 * no CSS Custom Highlight API and no layout; these stand in for both, so that
 * the controllers run as in a browser: an element with `data-box="left top
 * width height"` is laid out in that box of the viewport, and so is any range
 * inside it.
 */
import { vi } from 'vitest';

/** A registry and Highlight class of the shape the Highlighter uses. */
export class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

/** Installs `CSS.highlights` and `Highlight`; returns the registry. Undo with vi.unstubAllGlobals(). */
export function fakeHighlights(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  return registry;
}

function boxOf(node: Node | null): DOMRect | null {
  const element = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  const laidOut = element?.closest('[data-box]');
  if (!laidOut) return null;
  const [left, top, width, height] = laidOut.getAttribute('data-box')!.split(' ').map(Number);
  return new DOMRect(left, top, width, height);
}

/** Lays out `[data-box]` elements and the ranges in them, and answers caret look-ups by point. Undo with `restore()`. */
export function fakeLayout(doc: Document): { restore(): void } {
  const proto = doc.defaultView!.Range.prototype as Range & Record<string, unknown>;
  const had = { getBoundingClientRect: proto.getBoundingClientRect, getClientRects: proto.getClientRects };
  proto.getBoundingClientRect = function (this: Range) {
    return boxOf(this.startContainer) ?? new DOMRect(0, 0, 0, 0);
  };
  proto.getClientRects = function (this: Range) {
    const box = boxOf(this.startContainer);
    return (box ? [box] : []) as unknown as DOMRectList;
  };
  const d = doc as unknown as { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  d.caretPositionFromPoint = (x, y) => {
    for (const element of doc.querySelectorAll('[data-box]')) {
      const box = boxOf(element)!;
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) {
        const text = doc.createTreeWalker(element, 4).nextNode();
        return text ? { offsetNode: text, offset: 0 } : null;
      }
    }
    return null;
  };
  return {
    restore() {
      Object.assign(proto, had);
      delete d.caretPositionFromPoint;
    },
  };
}

/** A range over the whole text of the element `selector` finds. */
export function rangeOver(doc: Document, selector: string): Range {
  const range = doc.createRange();
  range.selectNodeContents(doc.querySelector(selector)!.firstChild!);
  return range;
}
