/**
 * The index file: what `crossread index` writes, the extension bundles and the
 * options page imports. Binary, versioned, compact, and quick to open:
 *
 *   "CRIX" · u32 version · u32 header length · header (JSON) · sections
 *
 * The header names each section's [offset, length], counted from the end of
 * the header (padded to a multiple of 4 bytes):
 *   vocab         the content words, UTF-8, concatenated in byte order
 *   vocabOffsets  u32 start of each word in `vocab`, and one past the last
 *   df            u32 document frequency per word (reports plus the background)
 *   postings      u32 start of each word's postings (and one past the last),
 *                 then u32 report of each posting, then u8 weight of each
 *                 (√weight × 255 of the report's unit TF-IDF vector)
 *   terms         per report: varint count, then ascending word ids (varint
 *                 deltas) each followed by its u8 weight: the same vectors,
 *                 report by report, for the names a report shares
 *   termOffsets   u32 start of each report's entry in `terms`, and one past the last
 *   keys          per report, for each of KEY_GROUPS in order (names, people,
 *                 places, days, ages, numbers, tolls, title words): varint
 *                 count, then ascending word ids (varint deltas). What tells
 *                 one happening from another (core/happening.ts); the keys are
 *                 in the vocabulary with their document frequencies, but have
 *                 no postings (version 4; a version 3 file has none)
 *   keyOffsets    u32 start of each report's entry in `keys`, and one past the last
 *   numbers       four u32 arrays of one value per report: words, distinct
 *                 shingles, text hash, publication day (days since 1970 + 1; 0 when unknown)
 *   samples       u32 start of each report's sample (and one past the last),
 *                 then the samples: u32 shingle hashes, ascending within a report
 *   records       per report: UTF-8 JSON of its metadata and packed claims
 *   offsets       u32 start of each record in `records`, and one past the last
 *
 * Every section starts at a multiple of 4 bytes and u32s are little-endian,
 * so a reader uses them where they lie: opening a file builds nothing.
 *
 * A report's record (metadata and claims) is decoded only when it is related
 * to the page. Whole texts are never stored.
 */
import type { ReportClaims } from '../core/claims/types';

export const INDEX_MAGIC = 'CRIX';
export const INDEX_VERSION = 4;
/** Older versions this Crossread still opens: version 3 has no keys, and matches on words alone. */
export const READABLE_VERSIONS: readonly number[] = [3, 4];
export const INDEX_FILE_EXTENSION = '.crix';

export type SectionName = 'vocab' | 'vocabOffsets' | 'df' | 'postings' | 'terms' | 'termOffsets' | 'keys' | 'keyOffsets' | 'numbers' | 'samples' | 'records' | 'offsets';

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
  /** `keys` and `keyOffsets` are missing from version 3 files. */
  sections: Record<SectionName, [offset: number, length: number]>;
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
 * rebuilt from their articles. 4: the keys of a happening (story matching);
 * 5: figures are typed quantities (measure, subject, scope), ages, durations
 * and times among them; 6: quote speakers read on PolNeAR train, an age in a
 * list no part of a whole, a figure after "including" a part (issue 11).
 */
export const ANALYSIS_VERSION = 6;
