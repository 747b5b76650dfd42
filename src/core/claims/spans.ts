/**
 * Small helpers over positions in a report's text. Every span handed out is
 * built here, so that `span.text === text.slice(span.start, span.end)` holds.
 */
import type { Token } from '../text';
import type { TextSpan } from './types';

export function makeSpan(text: string, start: number, end: number): TextSpan {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return { start: s, end: e, text: text.slice(s, e) };
}

/** Narrows [start, end) past leading and trailing characters matched by `trim`. */
export function trimRange(text: string, start: number, end: number, trim: RegExp = /\s/): [number, number] {
  let s = start;
  let e = end;
  while (s < e && trim.test(text[s])) s++;
  while (e > s && trim.test(text[e - 1])) e--;
  return [s, e];
}

/** Index of the first token whose end is after `pos` (binary search). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when the token starts with a capital letter. */
export function isCap(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(t.raw);
}

/** The characters between two tokens (or between a position and a token). */
export function gap(text: string, from: number, to: number): string {
  return to > from ? text.slice(from, to) : '';
}
