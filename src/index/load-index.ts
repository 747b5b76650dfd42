/**
 * An index file, checked and opened for lookups. Opening reads the words,
 * samples and numbers of every report into typed arrays and builds the word
 * postings; a report's record (metadata, claims) is decoded only when asked for.
 */
import type { TermStats, TermVector } from '../core/weights';
import { ByteReader, fromUtf8 } from './bytes';
import { INDEX_MAGIC, INDEX_VERSION, isoOfDay, WEIGHT_OF, type IndexHeader, type StoredReport } from './format';
import { unpackClaims, type PackedClaims } from './pack-claims';

export class IndexError extends Error {
  override name = 'IndexError';
}

export interface LoadedIndex {
  created: string;
  reportCount: number;
  stats: TermStats;
  /** Dot products of `vector` with every report sharing a word with it: report → score. */
  scores(vector: TermVector): Map<number, number>;
  /** The report's weighted words (for names shared with the article). */
  termsOf(report: number): string[];
  sampleOf(report: number): Uint32Array;
  shingleCount(report: number): number;
  words(report: number): number;
  /** Low 32 bits of the report's text hash. */
  textHash(report: number): number;
  published(report: number): string | null;
  record(report: number): StoredReport;
}

const corrupt = (what: string) => new IndexError(`the index is corrupt or truncated (${what}); rebuild it with "crossread index"`);

/** Opens an index file's bytes; throws IndexError with a message for people. */
export function openIndex(bytes: Uint8Array): LoadedIndex {
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
    base = head.pos;
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

    // Word vectors: one pass to count postings per word, one to fill them.
    const termsReader = section('terms');
    const termStart = new Uint32Array(n + 1);
    const termIds: number[] = [];
    const termQ: number[] = [];
    const postingCount = new Uint32Array(v + 1);
    for (let r = 0; r < n; r++) {
      termStart[r] = termIds.length;
      const count = termsReader.varint();
      let id = 0;
      for (let j = 0; j < count; j++) {
        id += termsReader.varint();
        if (id >= v) throw corrupt('word ids');
        termIds.push(id);
        termQ.push(termsReader.u8());
        postingCount[id]++;
      }
    }
    termStart[n] = termIds.length;
    const postingStart = new Uint32Array(v + 1);
    for (let i = 0; i < v; i++) postingStart[i + 1] = postingStart[i] + postingCount[i];
    const postingDoc = new Uint32Array(termIds.length);
    const postingQ = new Uint8Array(termIds.length);
    const fill = postingStart.slice(0, v);
    for (let r = 0; r < n; r++) {
      for (let j = termStart[r]; j < termStart[r + 1]; j++) {
        const at = fill[termIds[j]]++;
        postingDoc[at] = r;
        postingQ[at] = termQ[j];
      }
    }
    const reportTermIds = Uint32Array.from(termIds);

    const numbers = section('numbers');
    const words = new Uint32Array(n);
    const shingles = new Uint32Array(n);
    const hashes = new Uint32Array(n);
    const days = new Uint32Array(n);
    for (let r = 0; r < n; r++) {
      words[r] = numbers.varint();
      shingles[r] = numbers.varint();
      hashes[r] = numbers.u32();
      days[r] = numbers.varint();
    }
    const samplesReader = section('samples');
    const sampleStart = new Uint32Array(n + 1);
    const sampleValues: number[] = [];
    for (let r = 0; r < n; r++) {
      sampleStart[r] = sampleValues.length;
      const k = samplesReader.u8();
      for (let j = 0; j < k; j++) sampleValues.push(samplesReader.u32());
    }
    sampleStart[n] = sampleValues.length;
    const samples = Uint32Array.from(sampleValues);

    const offsetsReader = section('offsets');
    const recordOffsets = new Uint32Array(n + 1);
    for (let r = 0; r <= n; r++) recordOffsets[r] = offsetsReader.u32();
    const recordsSection = section('records');
    const records = recordsSection.buf.subarray(recordsSection.pos, recordsSection.end);
    if (recordOffsets[n] !== records.length) throw corrupt('records');
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
      scores(vector) {
        const out = new Map<number, number>();
        for (const [term, w] of vector) {
          const i = termIndex(term);
          if (i < 0) continue;
          for (let p = postingStart[i]; p < postingStart[i + 1]; p++) {
            const doc = postingDoc[p];
            out.set(doc, (out.get(doc) ?? 0) + w * WEIGHT_OF[postingQ[p]]);
          }
        }
        return out;
      },
      termsOf: (r) => Array.from(reportTermIds.subarray(termStart[r], termStart[r + 1]), (id) => vocab[id]),
      sampleOf: (r) => samples.subarray(sampleStart[r], sampleStart[r + 1]),
      shingleCount: (r) => shingles[r],
      words: (r) => words[r],
      textHash: (r) => hashes[r],
      published: (r) => isoOfDay(days[r]),
      record(r) {
        let report = cache.get(r);
        if (!report) {
          try {
            const raw = JSON.parse(fromUtf8(records.subarray(recordOffsets[r], recordOffsets[r + 1]))) as Omit<StoredReport, 'claims'> & { claims: PackedClaims };
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
