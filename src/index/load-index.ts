/**
 * An index file, checked and opened for lookups. Opening reads the words,
 * samples and numbers of every report into typed arrays and builds the word
 * postings; a report's record (metadata, claims) is decoded only when asked for.
 */
import type { TermStats, TermVector } from '../core/weights';
import { ByteReader, compareBytes, fromUtf8, u32View } from './bytes';
import { KEY_GROUPS } from '../core/happening';
import { INDEX_MAGIC, INDEX_VERSION, isoOfDay, READABLE_VERSIONS, WEIGHT_OF, type IndexHeader, type SectionName, type StoredReport } from './format';

const encoder = new TextEncoder();
const lenientUtf8 = new TextDecoder('utf-8');
import { unpackClaims, type PackedClaims } from './pack-claims';

export class IndexError extends Error {
  override name = 'IndexError';
}

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

const corrupt = (what: string) => new IndexError(`the index is corrupt or truncated (${what}); rebuild it with "crossread index"`);

/** Opens an index file's bytes; throws IndexError with a message for people. */
export function openIndex(bytes: Uint8Array, options: OpenOptions = {}): LoadedIndex {
  // u32 sections are used in place, which needs the file to start on a 4-byte boundary.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  if (bytes.length < 12 || fromAscii(bytes.subarray(0, 4)) !== INDEX_MAGIC) {
    const looksJson = bytes[0] === 0x7b;
    throw new IndexError(looksJson ? 'this is an index of an older Crossread (JSON); rebuild it with "crossread index"' : 'not a Crossread index file');
  }
  const head = new ByteReader(bytes, 4);
  const version = head.u32();
  if (!READABLE_VERSIONS.includes(version)) {
    throw new IndexError(`index version ${version} is not supported (this Crossread reads version ${INDEX_VERSION}); rebuild it with "crossread index"`);
  }
  let header: IndexHeader;
  let base: number;
  try {
    const length = head.u32();
    header = JSON.parse(fromUtf8(head.bytes(length))) as IndexHeader;
    base = head.pos + ((4 - (head.pos % 4)) % 4);
  } catch {
    throw corrupt('header');
  }
  const hasKeys = version >= 4;
  const section = (name: keyof IndexHeader['sections']): ByteReader => {
    const s = header.sections?.[name];
    if (!Array.isArray(s) || base + s[0] + s[1] > bytes.length) throw corrupt(`${name} section`);
    return new ByteReader(bytes, base + s[0], base + s[0] + s[1]);
  };
  const n = header.reports;
  const v = header.vocab;
  if (!Number.isInteger(n) || !Number.isInteger(v) || n < 0 || v < 0 || typeof header.docCount !== 'number') throw corrupt('header counts');
  try {
    const u32s = (name: SectionName, from: number, count: number) => {
      const sec = section(name);
      if (sec.pos + 4 * (from + count) > sec.end) throw corrupt(`${name} section`);
      return u32View(bytes, sec.pos + 4 * from, count);
    };
    const vocabSection = section('vocab');
    const vocab = vocabSection.buf.subarray(vocabSection.pos, vocabSection.end);
    const vocabOffsets = u32s('vocabOffsets', 0, v + 1);
    if (vocabOffsets[v] !== vocab.length) throw corrupt('vocabulary');
    const df = u32s('df', 0, v);
    const total = header.postings;
    if (!Number.isInteger(total) || total < 0 || !Number.isInteger(header.sampleHashes) || header.sampleHashes < 0) throw corrupt('header counts');
    const postingStart = u32s('postings', 0, v + 1);
    const postingDoc = u32s('postings', v + 1, total);
    const postingsSection = section('postings');
    const qAt = postingsSection.pos + 4 * (v + 1 + total);
    if (qAt + total > postingsSection.end || postingStart[v] !== total) throw corrupt('postings');
    const postingQ = bytes.subarray(qAt, qAt + total);
    // One cheap pass, so that a damaged or hostile file cannot send a lookup out of bounds.
    for (let i = 0; i < v; i++) if (postingStart[i] > postingStart[i + 1]) throw corrupt('postings');
    for (let i = 0; i < total; i++) if (postingDoc[i] >= n) throw corrupt('postings');
    const termsSection = section('terms');
    const termOffsets = u32s('termOffsets', 0, n + 1);
    if (termOffsets[n] !== termsSection.end - termsSection.pos) throw corrupt('word vectors');
    const keysSection = hasKeys ? section('keys') : null;
    const keyOffsets = hasKeys ? u32s('keyOffsets', 0, n + 1) : null;
    if (keysSection && keyOffsets![n] !== keysSection.end - keysSection.pos) throw corrupt('keys');
    const numbers = section('numbers');
    if (numbers.end - numbers.pos !== 16 * n) throw corrupt('numbers');
    const words = u32s('numbers', 0, n);
    const shingles = u32s('numbers', n, n);
    const hashes = u32s('numbers', 2 * n, n);
    const days = u32s('numbers', 3 * n, n);
    const sampleStart = u32s('samples', 0, n + 1);
    const samples = u32s('samples', n + 1, header.sampleHashes);
    if (sampleStart[n] !== header.sampleHashes) throw corrupt('samples');
    const recordOffsets = u32s('offsets', 0, n + 1);
    // Reused by every lookup: a score per report and the list of reports touched.
    const acc = new Float64Array(n);
    const touched = new Uint32Array(n);
    // Words are decoded leniently: a damaged byte makes another word, not a failure (records are decoded strictly).
    const wordOf = (id: number) => lenientUtf8.decode(vocab.subarray(vocabOffsets[id], vocabOffsets[id + 1]));

    const recordsSection = section('records');
    const sharding = header.recordShards;
    if (sharding && !(Number.isInteger(sharding.perShard) && sharding.perShard > 0 && sharding.count === Math.ceil(n / sharding.perShard))) {
      throw corrupt('record shards');
    }
    if (sharding && !options.loadShard) throw new IndexError('this index keeps its reports in separate files, which were not given');
    if (!sharding && recordOffsets[n] !== recordsSection.end - recordsSection.pos) throw corrupt('records');
    const inline = recordsSection.buf.subarray(recordsSection.pos, recordsSection.end);
    const shards = new Map<number, Promise<Uint8Array>>();
    const loadedShards = new Map<number, Uint8Array>();
    const shardOf = (r: number) => (sharding ? Math.floor(r / sharding.perShard) : 0);
    const loadShard = (k: number): Promise<Uint8Array> => {
      let p = shards.get(k);
      if (!p) {
        const first = k * sharding!.perShard;
        const last = Math.min(n, first + sharding!.perShard);
        p = options.loadShard!(k).then((b) => {
          if (b.length !== recordOffsets[last] - recordOffsets[first]) throw corrupt(`record shard ${k}`);
          loadedShards.set(k, b);
          return b;
        });
        // A failed read can be tried again later.
        p.catch(() => shards.delete(k));
        shards.set(k, p);
      }
      return p;
    };
    /** The bytes of report r's record. */
    const recordBytes = (r: number): Uint8Array => {
      if (!sharding) return inline.subarray(recordOffsets[r], recordOffsets[r + 1]);
      const k = shardOf(r);
      const shard = loadedShards.get(k);
      if (!shard) throw new Error(`record ${r} read before its shard was loaded`);
      const base = recordOffsets[k * sharding.perShard];
      return shard.subarray(recordOffsets[r] - base, recordOffsets[r + 1] - base);
    };
    const cache = new Map<number, StoredReport>();

    /** A word's id by binary search over the vocabulary's bytes, or -1. */
    const searchTerm = (term: string): number => {
      const key = encoder.encode(term);
      let lo = 0;
      let hi = v - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = compareBytes(vocab.subarray(vocabOffsets[mid], vocabOffsets[mid + 1]), key);
        if (c === 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    };
    // A lookup asks for each of the article's words several times (its weight, its postings, its keys),
    // and common words in every lookup: the answers are kept, up to a bound.
    const termIds = new Map<string, number>();
    const termIndex = (term: string): number => {
      let id = termIds.get(term);
      if (id === undefined) {
        if (termIds.size >= 100_000) termIds.clear();
        id = searchTerm(term);
        termIds.set(term, id);
      }
      return id;
    };
    /** Report r's vector, decoded from its entry in `terms`: word ids and quantised weights. */
    const vectorIdsOf = (r: number): { ids: number[]; q: number[] } => {
      const reader = new ByteReader(termsSection.buf, termsSection.pos + termOffsets[r], termsSection.pos + termOffsets[r + 1]);
      const ids: number[] = [];
      const q: number[] = [];
      let id = 0;
      try {
        for (let j = reader.varint(); j > 0; j--) {
          id += reader.varint();
          q.push(reader.u8());
          if (id >= v) throw corrupt('word ids');
          ids.push(id);
        }
      } catch (error) {
        throw error instanceof IndexError ? error : corrupt('word vectors');
      }
      return { ids, q };
    };
    const emptyKeys = KEY_GROUPS.map(() => new Uint32Array(0));
    /** Report r's keys by group, decoded from its entry in `keys` (a lookup reads them for each of its candidates). */
    const keysOf = (r: number): Uint32Array[] => {
      if (!keysSection) return emptyKeys;
      const kb = keysSection.buf;
      let pos = keysSection.pos + keyOffsets![r];
      const end = keysSection.pos + keyOffsets![r + 1];
      const varint = () => {
        let value = 0;
        for (let shift = 0; pos < end && shift < 35; shift += 7) {
          const b = kb[pos++];
          value += (b & 0x7f) * 2 ** shift;
          if (b < 0x80) return value;
        }
        throw corrupt('keys');
      };
      const groups: Uint32Array[] = [];
      for (let g = 0; g < KEY_GROUPS.length; g++) {
        const count = varint();
        if (count > end - pos) throw corrupt('keys');
        const ids = new Uint32Array(count);
        let id = 0;
        for (let j = 0; j < count; j++) {
          id += varint();
          if (id >= v) throw corrupt('key ids');
          ids[j] = id;
        }
        groups.push(ids);
      }
      return groups;
    };

    return {
      created: String(header.created ?? ''),
      reportCount: n,
      stats: {
        docCount: header.docCount,
        df: (term) => {
          const i = termIndex(term);
          return i < 0 ? 0 : df[i];
        },
      },
      scores(vector, floor = 0) {
        let count = 0;
        for (const [term, w] of vector) {
          const i = termIndex(term);
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
      },
      termsOf: (r) => vectorIdsOf(r).ids.map(wordOf),
      vectorOf: (r) => {
        const { ids, q } = vectorIdsOf(r);
        return ids.map((id, j) => [wordOf(id), WEIGHT_OF[q[j]]]);
      },
      termId: termIndex,
      termOf: wordOf,
      dfOf: (id) => df[id],
      keysOf,
      sampleOf: (r) => samples.subarray(sampleStart[r], sampleStart[r + 1]),
      shingleCount: (r) => shingles[r],
      words: (r) => words[r],
      textHash: (r) => hashes[r],
      published: (r) => isoOfDay(days[r]),
      publishedDay: (r) => (days[r] > 0 ? days[r] - 1 : null),
      async loadRecords(reports) {
        if (!sharding) return;
        await Promise.all([...new Set(reports.map(shardOf))].map(loadShard));
      },
      record(r) {
        let report = cache.get(r);
        if (!report) {
          const bytes = recordBytes(r);
          try {
            const raw = JSON.parse(fromUtf8(bytes)) as Omit<StoredReport, 'claims'> & { claims: PackedClaims };
            report = { ...raw, claims: unpackClaims(raw.claims) };
          } catch {
            throw corrupt(`record ${r + 1}`);
          }
          cache.set(r, report);
        }
        return report;
      },
    };
  } catch (error) {
    if (error instanceof IndexError) throw error;
    throw corrupt(error instanceof Error ? error.message : 'unreadable');
  }
}

function fromAscii(b: Uint8Array): string {
  return String.fromCharCode(...b);
}
