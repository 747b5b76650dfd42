/**
 * The size check before extraction. Readability runs in the page's own
 * thread and cannot be interrupted; its cost grows with the number of
 * elements and, steeply, with how deeply they nest (measured in Chromium:
 * 50,000 elements take about 1 s; a chain of 1,000 nested elements 2.4 s,
 * of 5,000 more than three minutes). So the page is measured first, by walks
 * that stop as soon as a limit is passed, and a page over any limit is not
 * read at all.
 *
 * The limits leave a wide margin over real news pages: the twelve pages of
 * e2e/fixtures/pages have at most 2,100 elements, 200,000 characters of text
 * and a depth of 30.
 */
import type { PageSize } from '../shared/messages';
import { MAX_TEXT_CHARS } from '../shared/message-shapes';

export const PAGE_LIMITS = {
  elements: 25_000,
  /** Characters of text outside scripts and styles. */
  text: MAX_TEXT_CHARS,
  /** Elements nested inside one another. */
  depth: 256,
};

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The first limit the page passes, with its measure, or null when it is within
 * all of them. Cost: at most one walk over `limits.elements` elements.
 *
 * @example pageTooLarge(document) // null, or { measure: 'elements', value: 25001, limit: 25000 }
 */
export function pageTooLarge(doc: Document, limits = PAGE_LIMITS): PageSize | null {
  const root = doc.documentElement;
  if (!root) return null;
  // A live collection's length is counted natively, without a walk in script.
  const elements = doc.getElementsByTagName('*').length;
  if (elements > limits.elements) return { measure: 'elements', value: elements, limit: limits.elements };

  // Depth and text in one walk (iterative: a deep page must not overflow the stack). `depth` counts the nodes from the root to `node`.
  let text = 0;
  let depth = 1;
  let node: Node = root;
  for (;;) {
    if (node.nodeType === 3) {
      text += (node as Text).data.length;
      if (text > limits.text) return { measure: 'text', value: text, limit: limits.text };
    }
    const child = node.nodeType === 1 && !NOT_TEXT.has((node as Element).tagName.toUpperCase()) ? node.firstChild : null;
    if (child) {
      node = child;
      depth++;
    } else {
      // The next sibling, climbing until there is one.
      while (node !== root && !node.nextSibling) {
        node = node.parentNode!;
        depth--;
      }
      if (node === root) break;
      node = node.nextSibling!;
    }
    if (node.nodeType === 1 && depth > limits.depth) return { measure: 'depth', value: depth, limit: limits.depth };
  }
  return null;
}
