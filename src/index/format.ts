/**
 * The index file: what `crossread index` writes and the extension loads.
 *
 * It keeps, for each report, what matching and comparing need (a term
 * vector, a shingle sample, the extracted claims with their sentences) and
 * never the whole text. JSON, versioned; a reader refuses other versions with
 * a message rather than misreading them.
 */
import type { ReportClaims } from '../core/claims/types';

export const INDEX_FORMAT = 'crossread-index';
export const INDEX_VERSION = 1;

export interface IndexFile {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  /** ISO timestamp of the build. */
  created: string;
  /** Documents the frequencies below were counted over: the reports plus the background. */
  docCount: number;
  /** Document frequency of each content word (reports and background). */
  df: Record<string, number>;
  reports: StoredReport[];
}

export interface StoredReport {
  id: string;
  /** Headline, or the first sentence when the report has none. */
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  byline: string | null;
  /** Words in the report's text. */
  words: number;
  /** Distinct five-word shingles in the report's text. */
  shingleCount: number;
  /** Smallest shingle hashes (bottom-k sketch). */
  sample: number[];
  /** Unit TF-IDF vector cut to its heaviest terms: [term, weight] pairs. */
  terms: Array<[string, number]>;
  /** Hash of the normalised text, to drop exact duplicates and recognise the page itself. */
  textHash: number;
  claims: ReportClaims;
}
