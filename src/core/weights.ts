/**
 * TF-IDF term vectors. How rare a word is comes from document frequencies over
 * the index's own reports plus a background of general news, because a small
 * index cannot tell on its own that "Kursk" is rare and "said" is common.
 */
import type { TextFeatures } from './features';

export interface TermStats {
  /** Number of documents the frequencies were counted over. */
  docCount: number;
  /** Number of those documents containing `term`. */
  df(term: string): number;
}

/** Names weigh more: the same people and places are what one story's reports share. */
export const NAME_BOOST = 1.5;
/** Terms kept per stored report vector. */
export const VECTOR_TERMS = 64;

export function idf(stats: TermStats, term: string): number {
  return Math.log((stats.docCount + 1) / (stats.df(term) + 1)) + 1;
}

export type TermVector = Array<[term: string, weight: number]>;

/**
 * Unit-length TF-IDF vector of a text, heaviest terms first, cut to `limit`
 * terms. The norm is taken over all terms, so a cut vector's dot products
 * slightly underestimate the full cosine rather than inflate it.
 */
export function termVector(features: TextFeatures, stats: TermStats, limit = Infinity): TermVector {
  const entries: TermVector = [];
  let norm = 0;
  for (const [term, count] of features.termCounts) {
    const w = (1 + Math.log(count)) * idf(stats, term) * (features.names.has(term) ? NAME_BOOST : 1);
    entries.push([term, w]);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const cut = entries.length > limit ? entries.slice(0, limit) : entries;
  return cut.map(([t, w]) => [t, w / norm]);
}

/** Dot product of two unit vectors (their cosine). */
export function cosine(a: TermVector, b: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [t, w] of a) {
    const v = b.get(t);
    if (v !== undefined) sum += w * v;
  }
  return sum;
}
