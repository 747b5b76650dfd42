/**
 * Quotes across reports: each quote of the article is paired with the most
 * alike quote of each other report (by shared content words), then compared
 * on wording (a word diff) and on attribution (speaker, relay, verb kind).
 */
import type { QuoteClaim, StatementClaim } from '../claims/types';
import type { DiffPiece } from './types';
import { tokenize } from '../text';
import { containment, contentStems, sameSpeaker, shared } from './similarity';
import { looseWords, wordDiff } from './word-diff';

export interface QuoteMatch {
  other: QuoteClaim;
  score: number;
}

export type Wording =
  | { kind: 'same' }
  | { kind: 'minor'; diff: DiffPiece[]; changed: number }
  | { kind: 'reworded'; diff: DiffPiece[]; changed: number };

const stemCache = new WeakMap<object, Set<string>>();
export function stemsOf(claim: QuoteClaim | StatementClaim): Set<string> {
  let s = stemCache.get(claim);
  if (!s) {
    s = contentStems(claim.span.text);
    stemCache.set(claim, s);
  }
  return s;
}

const wordCache = new WeakMap<object, string[]>();
function wordsOf(claim: QuoteClaim): string[] {
  let w = wordCache.get(claim);
  if (!w) {
    w = tokenize(claim.span.text).map((t) => t.norm);
    wordCache.set(claim, w);
  }
  return w;
}

/** Short quotes have few content words: compare all their words, in order (word bigrams). */
function allWordsAlike(a: QuoteClaim, b: QuoteClaim): boolean {
  const ba = bigramsOf(a);
  const bb = bigramsOf(b);
  if (!ba || !bb) return false;
  return shared(ba, bb) >= 3 && containment(ba, bb) >= 0.5;
}
const bigramCache = new WeakMap<object, Set<string> | null>();
/** A quote's word bigrams, cached; null for a quote of fewer than five words. */
function bigramsOf(claim: QuoteClaim): Set<string> | null {
  let b = bigramCache.get(claim);
  if (b === undefined) {
    const w = wordsOf(claim);
    b = w.length < 5 ? null : new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
    bigramCache.set(claim, b);
  }
  return b;
}

/** The quote of `others` that is the same quote as `q`, if any. */
export function matchQuote(q: QuoteClaim, others: readonly QuoteClaim[]): QuoteMatch | null {
  const a = stemsOf(q);
  let best: QuoteMatch | null = null;
  for (const o of others) {
    const b = stemsOf(o);
    const n = shared(a, b);
    const score = containment(a, b);
    const ok = (n >= 3 && score >= 0.5) || allWordsAlike(q, o) || (n >= 4 && score >= 0.45 && sameSpeaker(q.speaker, o.speaker) === true) || (n >= 2 && score >= 0.75 && Math.min(a.size, b.size) <= 3);
    // Ties go to the quote sharing more words (a short quote inside a long one scores 1 too).
    const rank = score + n / 1000 + (o.span.text === q.span.text ? 1 : 0);
    if (ok && (!best || rank > best.score)) best = { other: o, score: rank };
  }
  return best;
}

/** How the wording of two matched quotes differs. */
/** Whether the shorter of two word strings is a run of whole words of the longer. */
function excerptOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && ` ${long} `.includes(` ${short} `);
}

export function compareWording(a: string, b: string): Wording {
  const d = wordDiff(a, b);
  if (d.pieces.every((p) => p[0] === 0)) return { kind: 'same' };
  let left = '';
  let right = '';
  for (const [op, text] of d.pieces) {
    if (op !== 1) left += text;
    if (op !== -1) right += text;
  }
  // Case and punctuation alone are no change worth showing; brackets are editorial insertions.
  if (looseWords(left, false) === looseWords(right, false)) return { kind: 'same' };
  if (looseWords(left, true) === looseWords(right, true)) return { kind: 'minor', diff: d.pieces, changed: d.changed };
  // One report quoting more of the same words ("We had a horrible night last night" and "We had a horrible night
  // last night. Nine shootings, five homicides.") has not reworded them.
  if (excerptOf(looseWords(a, false), looseWords(b, false))) return { kind: 'same' };
  if (excerptOf(looseWords(a, true), looseWords(b, true))) return { kind: 'minor', diff: d.pieces, changed: d.changed };
  return { kind: 'reworded', diff: d.pieces, changed: d.changed };
}

/** A statement of another report that says what the quote says, without quote marks. */
export function matchParaphrase(q: QuoteClaim, statements: readonly StatementClaim[]): StatementClaim | null {
  const a = stemsOf(q);
  if (a.size < 6) return null;
  let best: StatementClaim | null = null;
  let bestScore = 0;
  for (const s of statements) {
    if (s.headline || !s.speaker) continue;
    if (sameSpeaker(q.speaker, s.speaker) === false) continue;
    const b = stemsOf(s);
    const n = shared(a, b);
    const score = n / a.size;
    if (n >= 4 && score >= 0.6 && score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}
