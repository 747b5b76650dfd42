/**
 * The live page's text as the anchoring searches it: every text node under
 * the body, in document order, normalized as in anchor-quote.ts, with a map
 * from each normalized character back to its node and offset, so that a match
 * becomes a DOM Range. Nothing in the page is changed.
 */
import { foldChar, matchQuote, selectorFor, type TextMatch } from './anchor-quote';

/** Elements whose text is not article text (or not ours to mark). */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CROSSREAD-CARD']);

export class PageText {
  private constructor(
    /** The normalized text. */
    readonly text: string,
    private readonly nodes: Text[],
    private readonly nodeOf: Int32Array,
    private readonly offsetOf: Int32Array,
  ) {}

  static of(root: Node): PageText {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (node) => (node.nodeType === 1 && SKIPPED.has((node as Element).tagName.toUpperCase()) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
    });
    const nodes: Text[] = [];
    const parts: string[] = [];
    const nodeOf: number[] = [];
    const offsetOf: number[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType !== 3) continue;
      const value = node.nodeValue ?? '';
      const index = nodes.length;
      let kept = false;
      for (let i = 0; i < value.length; i++) {
        const f = foldChar(value[i]);
        if (!f) continue;
        parts.push(f);
        nodeOf.push(index);
        offsetOf.push(i);
        kept = true;
      }
      // Whitespace-only nodes map no characters; they are never a range's end.
      if (kept) nodes.push(node as Text);
    }
    return new PageText(parts.join(''), nodes, Int32Array.from(nodeOf), Int32Array.from(offsetOf));
  }

  /** The DOM range of the normalized span `[start, end)`, from its first to its last character. */
  range(start: number, end: number): Range | null {
    if (start < 0 || end > this.text.length || end <= start) return null;
    const first = this.nodes[this.nodeOf[start]];
    const last = this.nodes[this.nodeOf[end - 1]];
    const range = first.ownerDocument.createRange();
    range.setStart(first, this.offsetOf[start]);
    range.setEnd(last, this.offsetOf[end - 1] + 1);
    return range;
  }
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A short claim needs agreeing context to be placed, unless it occurs once: "500" alone could be anywhere. */
const SHORT_CLAIM = 24;
const MIN_CONTEXT = 0.25;

/**
 * Each span of `articleText` found in the page under `root`, as a Range, or
 * null where it cannot be placed. Of equally good places, a visible one wins
 * (pages may keep hidden copies of their text, e.g. for another layout).
 */
export function anchorSpans(root: Node, articleText: string, spans: readonly Span[]): Array<Range | null> {
  const page = PageText.of(root);
  return spans.map((span) => {
    const selector = selectorFor(articleText, span.start, span.end, span.text);
    const matches = matchQuote(page.text, selector);
    const chosen = choose(matches, selector.exact.length, (m) => isVisible(page.range(m.start, m.end)));
    return chosen ? page.range(chosen.start, chosen.end) : null;
  });
}

function choose(matches: TextMatch[], length: number, visible: (m: TextMatch) => boolean): TextMatch | null {
  if (matches.length === 0) return null;
  const best = matches[0];
  const acceptable = (m: TextMatch) => m.context >= MIN_CONTEXT || (!m.approximate && (length >= SHORT_CLAIM || matches.length === 1));
  if (!acceptable(best)) return null;
  // Only the few best are checked for visibility: layout is not free.
  for (const m of matches.slice(0, 8)) {
    if (m.context < best.context - MIN_CONTEXT) break;
    if (acceptable(m) && visible(m)) return m;
  }
  return best;
}

function isVisible(range: Range | null): boolean {
  const element = range?.startContainer.parentElement;
  if (!element) return false;
  // jsdom and older engines lack checkVisibility: treat everything as visible there.
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(element, { visibilityProperty: true, opacityProperty: false }) : true;
}
