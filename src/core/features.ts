/**
 * What matching needs to know about a text: its content words (with which of
 * them are names) and a hashed sample of its five-word sequences.
 *
 * Two signals, because the relations differ in kind: a copy shares long exact
 * phrases (shingles find it, even inside a page with much else around it); a
 * rewrite shares few phrases but most of its content words and names (weighted
 * term vectors find it, and other reports of the same story).
 */
import { STOPWORDS } from './stopwords';
import { tokenize, type Token } from './text';

export const SHINGLE_SIZE = 5;
/** Number of smallest shingle hashes kept per report (a bottom-k sketch). */
export const SAMPLE_SIZE = 32;

export interface TextFeatures {
  /** Content word → number of occurrences. */
  termCounts: Map<string, number>;
  /** Content words written as names (capitalised inside a sentence). */
  names: Set<string>;
  /** All distinct five-word shingle hashes. */
  shingles: Set<number>;
  wordCount: number;
}

/** True for a word worth matching on: not a function word, not a bare number. */
export function isContentWord(norm: string): boolean {
  return norm.length > 1 && !STOPWORDS.has(norm) && !/^[\d.,'’-]+$/.test(norm);
}

/** 32-bit FNV-1a hash of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function isNameToken(text: string, token: Token): boolean {
  if (!/^\p{Lu}/u.test(token.raw)) return false;
  // Capitalised at the start of a sentence or line says nothing: look back.
  let i = token.start - 1;
  while (i >= 0 && /[\s"'“‘«„([]/.test(text[i])) {
    if (text[i] === '\n') return false;
    i--;
  }
  return i >= 0 && !/[.!?:]/.test(text[i]);
}

/** Features of `text` (a report's title and body, as one string); `tokens` when they are at hand already. */
export function textFeatures(text: string, tokens: Token[] = tokenize(text)): TextFeatures {
  const termCounts = new Map<string, number>();
  const names = new Set<string>();
  for (const t of tokens) {
    if (!isContentWord(t.norm)) continue;
    termCounts.set(t.norm, (termCounts.get(t.norm) ?? 0) + 1);
    if (isNameToken(text, t)) names.add(t.norm);
  }
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_SIZE <= tokens.length; i++) {
    let key = tokens[i].norm;
    for (let j = 1; j < SHINGLE_SIZE; j++) key += ' ' + tokens[i + j].norm;
    shingles.add(fnv1a(key));
  }
  return { termCounts, names, shingles, wordCount: tokens.length };
}

/** The `SAMPLE_SIZE` smallest hashes of a shingle set, ascending. */
export function shingleSample(shingles: Set<number>, size = SAMPLE_SIZE): number[] {
  return [...shingles].sort((a, b) => a - b).slice(0, size);
}

/**
 * Share of `b`'s shingles that also occur in `a`, estimated from `b`'s
 * bottom-k sample against `a`'s full set. Because the sample is a uniform
 * draw of `b`'s shingles, this is an unbiased estimate of |a ∩ b| / |b|.
 */
export function containmentOf(sampleB: ArrayLike<number>, shinglesA: Set<number>): number {
  if (sampleB.length === 0) return 0;
  let hits = 0;
  for (let i = 0; i < sampleB.length; i++) if (shinglesA.has(sampleB[i])) hits++;
  return hits / sampleB.length;
}

/** Estimated share of the smaller text's shingles found in the other, from the two samples. */
export function sampleContainment(a: Uint32Array, countA: number, b: Uint32Array, countB: number): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inA = new Set(a);
  const inB = new Set(b);
  // Bottom-k of the union, and how many of those are in both: an estimate of the Jaccard index.
  const union = [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, Math.min(a.length, b.length));
  let both = 0;
  for (const h of union) if (inA.has(h) && inB.has(h)) both++;
  const jaccard = both / union.length;
  const shared = (jaccard * (countA + countB)) / (1 + jaccard);
  return Math.min(1, shared / Math.max(1, Math.min(countA, countB)));
}
