/**
 * The index file: what `crossread index` writes, the extension bundles and the
 * options page imports. Binary, versioned, compact, and quick to open:
 *
 *   "CRIX" · u32 version · u32 header length · header (JSON) · sections
 *
 * The header names each section's [offset, length] from the start of the file:
 *   vocab    content words, sorted by UTF-16 code units, joined by "\n"
 *   df       varint document frequency per word (reports plus the background)
 *   terms    per report: varint count, then ascending word ids (varint deltas)
 *            each followed by a u8 weight (√weight × 255 of a unit TF-IDF vector)
 *   numbers  four u32 arrays of one value per report: words, distinct shingles,
 *            text hash, publication day (days since 1970 + 1; 0 when unknown)
 *   samples  u32 start of each report's sample (and one past the last), then
 *            the samples: u32 shingle hashes, ascending within a report
 *   records  per report: UTF-8 JSON of its metadata and packed claims
 *   offsets  u32 start of each record in `records`, and one past the last
 *
 * Sections of u32 arrays start at a multiple of 4 bytes and are little-endian,
 * so a reader can use them in place.
 *
 * What matching needs (words, samples, numbers) is read when the file is
 * opened; a report's record (metadata and claims) only when it is related to
 * the page. Whole texts are never stored.
 */
import type { ReportClaims } from '../core/claims/types';

export const INDEX_MAGIC = 'CRIX';
export const INDEX_VERSION = 2;
export const INDEX_FILE_EXTENSION = '.crix';

export interface IndexHeader {
  created: string;
  /** Documents the frequencies were counted over: the reports plus the background. */
  docCount: number;
  reports: number;
  vocab: number;
  /** Word entries over all report vectors, and sample hashes over all reports: lets a reader allocate once. */
  postings: number;
  sampleHashes: number;
  /**
   * Present when the records are kept in separate files (the extension's
   * bundled index, so that starting reads only what matching needs): shard k
   * holds the records of reports [k × perShard, (k + 1) × perShard), and the
   * records section is empty. See split-index.ts.
   */
  recordShards?: { perShard: number; count: number };
  sections: Record<'vocab' | 'df' | 'terms' | 'numbers' | 'samples' | 'records' | 'offsets', [offset: number, length: number]>;
}

/** A report's record: what is shown and compared once it is found related. */
export interface StoredReport {
  id: string;
  /** Headline, or the first sentence when the report has none. */
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  byline: string | null;
  claims: ReportClaims;
}

/** Quantised term weights: √w × 255 keeps small weights precise to a few per cent. */
export const quantizeWeight = (w: number) => Math.max(1, Math.min(255, Math.round(Math.sqrt(w) * 255)));
export const WEIGHT_OF = Float32Array.from({ length: 256 }, (_, q) => (q / 255) ** 2);

const DAY = 86_400_000;
export const dayOf = (iso: string | null): number => {
  if (!iso) return 0;
  const t = Date.parse(iso);
  return Number.isFinite(t) && t >= 0 ? Math.floor(t / DAY) + 1 : 0;
};
export const isoOfDay = (day: number): string | null => (day > 0 ? new Date((day - 1) * DAY).toISOString().slice(0, 10) : null);

/**
 * The version of what the index holds for a report (words, claims): bump it
 * when the analysis changes, so that the reader's stored collections are
 * rebuilt from their articles.
 */
export const ANALYSIS_VERSION = 1;
