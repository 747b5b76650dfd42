/**
 * An index file, checked and opened for lookups. Opening reads the words,
 * samples and numbers of every report into typed arrays and builds the word
 * postings; a report's record (metadata, claims) is decoded only when asked for.
 */
import type { TermStats, TermVector } from '../core/weights';
import { ByteReader, fromUtf8, u32View } from './bytes';
import { INDEX_MAGIC, INDEX_VERSION, isoOfDay, WEIGHT_OF, type IndexHeader, type StoredReport } from './format';
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
  sampleOf(report: number): Uint32Array;
  shingleCount(report: number): number;
  words(report: number): number;
  /** Low 32 bits of the report's text hash. */
  textHash(report: number): number;
  published(report: number): string | null;
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
  if (version !== INDEX_VERSION) {
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
  const section = (name: keyof IndexHeader['sections']): ByteReader => {
    const s = header.sections?.[name];
    if (!Array.isArray(s) || base + s[0] + s[1] > bytes.length) throw corrupt(`${name} section`);
    return new ByteReader(bytes, base + s[0], base + s[0] + s[1]);
  };
  const n = header.reports;
  const v = header.vocab;
  if (!Number.isInteger(n) || !Number.isInteger(v) || n < 0 || v < 0 || typeof header.docCount !== 'number') throw corrupt('header counts');
  try {
    const vocabReader = section('vocab');
    const vocab = v === 0 ? [] : fromUtf8(vocabReader.bytes(vocabReader.end - vocabReader.pos)).split('\n');
    if (vocab.length !== v) throw corrupt('vocabulary');
    const dfReader = section('df');
    const df = new Uint32Array(v);
    for (let i = 0; i < v; i++) df[i] = dfReader.varint();

    // Word vectors: one pass to read them and count postings per word, one to fill the postings.
    const total = header.postings;
    if (!Number.isInteger(total) || total < 0 || !Number.isInteger(header.sampleHashes) || header.sampleHashes < 0) throw corrupt('header counts');
    const terms = section('terms');
    const tb = terms.buf;
    const end = terms.end;
    const termStart = new Uint32Array(n + 1);
    const reportTermIds = new Uint32Array(total);
    const termQ = new Uint8Array(total);
    const postingStart = new Uint32Array(v + 1);
    // Varints decoded inline, with local variables only: this loop is most of the time spent opening.
    let pos = terms.pos;
    let k = 0;
    for (let r = 0; r < n; r++) {
      termStart[r] = k;
      let count = 0;
      for (let shift = 0; ; shift += 7) {
        const b = tb[pos++];
        count |= (b & 0x7f) << shift;
        if (b < 0x80) break;
        if (shift > 21 || pos >= end) throw corrupt('word vectors');
      }
      if (k + count > total) throw corrupt('word vectors');
      let id = 0;
      for (let j = 0; j < count; j++, k++) {
        let delta = 0;
        for (let shift = 0; ; shift += 7) {
          const b = tb[pos++];
          delta |= (b & 0x7f) << shift;
          if (b < 0x80) break;
          if (shift > 21 || pos >= end) throw corrupt('word ids');
        }
        id += delta;
        if (id >= v || pos >= end) throw corrupt('word ids');
        reportTermIds[k] = id;
        termQ[k] = tb[pos++];
        postingStart[id + 1]++;
      }
    }
    termStart[n] = k;
    for (let i = 0; i < v; i++) postingStart[i + 1] += postingStart[i];
    const postingDoc = new Uint32Array(k);
    const postingQ = new Uint8Array(k);
    const fill = postingStart.slice(0, v);
    for (let r = 0; r < n; r++) {
      for (let j = termStart[r]; j < termStart[r + 1]; j++) {
        const at = fill[reportTermIds[j]]++;
        postingDoc[at] = r;
        postingQ[at] = termQ[j];
      }
    }

    const numbers = section('numbers');
    if (numbers.end - numbers.pos !== 16 * n) throw corrupt('numbers');
    const words = u32View(bytes, numbers.pos, n);
    const shingles = u32View(bytes, numbers.pos + 4 * n, n);
    const hashes = u32View(bytes, numbers.pos + 8 * n, n);
    const days = u32View(bytes, numbers.pos + 12 * n, n);
    const samplesSection = section('samples');
    const sampleStart = u32View(bytes, samplesSection.pos, n + 1);
    const samples = u32View(bytes, samplesSection.pos + 4 * (n + 1), header.sampleHashes);
    if (sampleStart[n] !== header.sampleHashes || samplesSection.end - samplesSection.pos !== 4 * (n + 1 + header.sampleHashes)) throw corrupt('samples');
    // Reused by every lookup: a score per report and the list of reports touched.
    const acc = new Float64Array(n);
    const touched = new Uint32Array(n);

    const offsetsSection = section('offsets');
    const recordOffsets = u32View(bytes, offsetsSection.pos, n + 1);
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

    const termIndex = (term: string): number => {
      let lo = 0;
      let hi = v - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const t = vocab[mid];
        if (t === term) return mid;
        if (t < term) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
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
      termsOf: (r) => Array.from(reportTermIds.subarray(termStart[r], termStart[r + 1]), (id) => vocab[id]),
      sampleOf: (r) => samples.subarray(sampleStart[r], sampleStart[r + 1]),
      shingleCount: (r) => shingles[r],
      words: (r) => words[r],
      textHash: (r) => hashes[r],
      published: (r) => isoOfDay(days[r]),
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
