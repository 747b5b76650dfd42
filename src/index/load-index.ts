/**
 * An index file opened for lookups. Opening decodes the file's sections
 * (format.ts: every layout is checked, every section is a view over the
 * file's bytes, nothing is copied) and sets up what lookups reuse; a report's
 * vector and keys are decoded when a lookup asks for them, its record
 * (metadata, claims) only when it is related, read from its shard first when
 * the records are kept apart (split-index.ts).
 */
import type { TermStats, TermVector } from '../core/weights';
import { compareBytes } from './bytes';
import { corrupt, decodeIndex, decodeRecord, IndexError, isoOfDay, readKeys, readTermVector, WEIGHT_OF, type IndexSections, type StoredReport } from './format';

export { IndexError } from './format';

export interface LoadedIndex {
  created: string;
  reportCount: number;
  stats: TermStats;
  /** Dot products of `vector` with the reports sharing words with it: report → score, for scores ≥ `floor`. */
  scores(vector: TermVector, floor?: number): Map<number, number>;
  /** The report's weighted words (for names shared with the article). */
  termsOf(report: number): string[];
  /** The report's stored vector: its weighted words and their weights (unit length over those words). */
  vectorOf(report: number): TermVector;
  /** A word's (or key's) id in this index, or -1. */
  termId(term: string): number;
  /** The word or key of an id. */
  termOf(id: number): string;
  /** Reports (and background documents) holding the word or key `id`. */
  dfOf(id: number): number;
  /** The report's keys by group (KEY_GROUPS order), ascending ids; empty groups for a version 3 index. */
  keysOf(report: number): Uint32Array[];
  sampleOf(report: number): Uint32Array;
  shingleCount(report: number): number;
  words(report: number): number;
  /** Low 32 bits of the report's text hash. */
  textHash(report: number): number;
  published(report: number): string | null;
  /** The report's publication day (days since 1970), or null when unknown. */
  publishedDay(report: number): number | null;
  /** Makes the records of these reports readable (reads their shards when the records are kept apart). */
  loadRecords(reports: readonly number[]): Promise<void>;
  /** The report's record; its shard must have been loaded. */
  record(report: number): StoredReport;
}

export interface OpenOptions {
  /** Reads shard `k` of an index whose records are kept in separate files. */
  loadShard?: (k: number) => Promise<Uint8Array>;
}

/** Opens an index file's bytes; throws IndexError with a message for people. */
export function openIndex(bytes: Uint8Array, options: OpenOptions = {}): LoadedIndex {
  const s = decodeIndex(bytes);
  if (s.recordShards && !options.loadShard) throw new IndexError('this index keeps its reports in separate files, which were not given');
  const words = vocabulary(s);
  const records = recordStore(s, options.loadShard);
  return {
    created: s.created,
    reportCount: s.words.length,
    stats: {
      docCount: s.docCount,
      df: (term) => {
        const i = words.idOf(term);
        return i < 0 ? 0 : s.df[i];
      },
    },
    scores: postingScorer(s, words.idOf),
    termsOf: (r) => readTermVector(s, r).ids.map(words.wordOf),
    vectorOf: (r) => {
      const { ids, q } = readTermVector(s, r);
      return ids.map((id, j) => [words.wordOf(id), WEIGHT_OF[q[j]]]);
    },
    termId: words.idOf,
    termOf: words.wordOf,
    dfOf: (id) => s.df[id],
    keysOf: (r) => readKeys(s, r),
    sampleOf: (r) => s.samples.subarray(s.sampleStart[r], s.sampleStart[r + 1]),
    shingleCount: (r) => s.shingles[r],
    words: (r) => s.words[r],
    textHash: (r) => s.hashes[r],
    published: (r) => isoOfDay(s.days[r]),
    publishedDay: (r) => (s.days[r] > 0 ? s.days[r] - 1 : null),
    loadRecords: records.load,
    record: records.get,
  };
}

const encoder = new TextEncoder();
// Words are decoded leniently: a damaged byte makes another word, not a failure (records are decoded strictly).
const lenientUtf8 = new TextDecoder('utf-8');

/** Words by id, and ids of words. */
function vocabulary(s: IndexSections): { idOf: (term: string) => number; wordOf: (id: number) => string } {
  const v = s.df.length;
  const wordBytes = (id: number) => s.vocab.subarray(s.vocabOffsets[id], s.vocabOffsets[id + 1]);
  /** A word's id by binary search over the vocabulary's bytes, or -1. */
  const search = (term: string): number => {
    const key = encoder.encode(term);
    let lo = 0;
    let hi = v - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = compareBytes(wordBytes(mid), key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  // A lookup asks for each of the article's words several times (its weight, its postings, its keys),
  // and common words in every lookup: the answers are kept, up to a bound.
  const ids = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = ids.get(term);
    if (id === undefined) {
      if (ids.size >= 100_000) ids.clear();
      id = search(term);
      ids.set(term, id);
    }
    return id;
  };
  return { idOf, wordOf: (id) => lenientUtf8.decode(wordBytes(id)) };
}

/** Scores of the reports sharing words with a vector, from the postings. */
function postingScorer(s: IndexSections, idOf: (term: string) => number): LoadedIndex['scores'] {
  const { postingStart, postingDoc, postingQ } = s;
  // Reused by every lookup: a score per report and the list of reports touched.
  const acc = new Float64Array(s.words.length);
  const touched = new Uint32Array(s.words.length);
  return (vector, floor = 0) => {
    let count = 0;
    for (const [term, w] of vector) {
      const i = idOf(term);
      if (i < 0) continue;
      for (let p = postingStart[i]; p < postingStart[i + 1]; p++) {
        const doc = postingDoc[p];
        if (acc[doc] === 0) touched[count++] = doc;
        acc[doc] += w * WEIGHT_OF[postingQ[p]];
      }
    }
    const out = new Map<number, number>();
    for (let j = 0; j < count; j++) {
      const doc = touched[j];
      if (acc[doc] >= floor) out.set(doc, acc[doc]);
      acc[doc] = 0;
    }
    return out;
  };
}

/**
 * The reports' records, decoded once each: from the file, or from shards read
 * when first needed (a failed read is tried again at the next need).
 */
function recordStore(s: IndexSections, readShard?: (k: number) => Promise<Uint8Array>): { load: LoadedIndex['loadRecords']; get: LoadedIndex['record'] } {
  const { recordOffsets, recordShards: sharding } = s;
  const n = recordOffsets.length - 1;
  const shardOf = (r: number) => (sharding ? Math.floor(r / sharding.perShard) : 0);
  const reads = new Map<number, Promise<Uint8Array>>();
  const shards = new Map<number, Uint8Array>();
  const loadShard = (k: number): Promise<Uint8Array> => {
    let p = reads.get(k);
    if (!p) {
      const first = k * sharding!.perShard;
      const last = Math.min(n, first + sharding!.perShard);
      p = readShard!(k).then((b) => {
        if (b.length !== recordOffsets[last] - recordOffsets[first]) throw corrupt(`record shard ${k}`);
        shards.set(k, b);
        return b;
      });
      p.catch(() => reads.delete(k));
      reads.set(k, p);
    }
    return p;
  };
  /** The bytes of report r's record. */
  const recordBytes = (r: number): Uint8Array => {
    if (!sharding) return s.records.subarray(recordOffsets[r], recordOffsets[r + 1]);
    const k = shardOf(r);
    const shard = shards.get(k);
    if (!shard) throw new Error(`record ${r} read before its shard was loaded`);
    const base = recordOffsets[k * sharding.perShard];
    return shard.subarray(recordOffsets[r] - base, recordOffsets[r + 1] - base);
  };
  const cache = new Map<number, StoredReport>();
  return {
    async load(reports) {
      if (!sharding) return;
      await Promise.all([...new Set(reports.map(shardOf))].map(loadShard));
    },
    get(r) {
      let report = cache.get(r);
      if (!report) {
        report = decodeRecord(recordBytes(r), r);
        cache.set(r, report);
      }
      return report;
    },
  };
}
