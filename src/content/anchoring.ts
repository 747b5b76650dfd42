/**
 * Anchoring the divergences in the live page and keeping them anchored: each
 * divergence's span of the extracted text is found in the page by its text
 * (page-text.ts, anchor-quote.ts); when the page re-renders the text under a
 * placed claim (a live blog, a single-page site), the claims are placed again
 * once its mutations have settled.
 */
import type { Divergence } from '../core/compare/types';
import type { Placed } from './highlighter';
import { anchorSpans } from './page-text';
import type { Scope } from './scope';

/** How long the page must stay still after a mutation before the claims are checked. */
export const REANCHOR_QUIET_MS = 500;

export class Anchoring {
  constructor(private readonly doc: Document) {}

  /** Where the article's text lives: the body, or the whole document when it has none. */
  private get root(): Node {
    return this.doc.body ?? this.doc.documentElement;
  }

  /** The divergences found in the page, in the order given; one not found is left out. */
  place(articleText: string, divergences: readonly Divergence[]): Placed[] {
    if (divergences.length === 0) return [];
    const placed: Placed[] = [];
    anchorSpans(this.root, articleText, divergences).forEach((range, index) => {
      if (range) placed.push({ index, kind: divergences[index].kind, range });
    });
    return placed;
  }

  /**
   * Until `scope` ends, calls `lost` when the page has changed and `isLost`
   * (some placed range lost its text) says so, once the page has been still
   * for `REANCHOR_QUIET_MS`.
   */
  watch(scope: Scope, isLost: () => boolean, lost: () => void): void {
    let check: number | undefined;
    scope.observe(this.root, { childList: true, subtree: true, characterData: true }, () => {
      scope.clearTimeout(check);
      check = scope.setTimeout(() => {
        if (isLost()) lost();
      }, REANCHOR_QUIET_MS);
    });
  }
}
