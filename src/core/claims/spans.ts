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

/** True when the token starts with a capital letter. ASCII is decided by its code, the rest by its Unicode category. */
export function isCap(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = t.raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.raw);
}

/** True when the token starts with a lower-case letter. */
export function isLower(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = t.raw.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(t.raw);
}

/** The characters between two tokens (or between a position and a token). */
export function gap(text: string, from: number, to: number): string {
  return to > from ? text.slice(from, to) : '';
}

/** Context kept either side of a claim at most: a run-on "sentence" of a hostile page stays small. */
export const MAX_CONTEXT_SIDE = 160;

/**
 * The sentence around a claim, as a span, clipped to `MAX_CONTEXT_SIDE`
 * characters either side of the claim (cut at a space where there is one).
 */
export function contextSpan(text: string, sentStart: number, sentEnd: number, start: number, end: number): TextSpan {
  let s = Math.min(sentStart, start);
  let e = Math.max(sentEnd, end);
  if (start - s > MAX_CONTEXT_SIDE) {
    s = start - MAX_CONTEXT_SIDE;
    const sp = text.indexOf(' ', s);
    if (sp >= 0 && sp < start) s = sp + 1;
  }
  if (e - end > MAX_CONTEXT_SIDE) {
    e = end + MAX_CONTEXT_SIDE;
    const sp = text.lastIndexOf(' ', e);
    if (sp > end) e = sp;
  }
  return makeSpan(text, s, e);
}
