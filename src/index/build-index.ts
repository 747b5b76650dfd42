/**
 * Reports to an index file, one report at a time: each report is analysed
 * when it is added and only what the index keeps is held (word counts, a
 * shingle sample, the packed claims), so memory grows with the index, not with
 * the input. Word weights need every report's words first, so they are
 * computed in `finish()`.
 */
import type { Article } from '../core/article';
import { fallbackTitle } from '../core/article';
import { extractReportClaims } from '../core/report-claims';
import { SAMPLE_SIZE, shingleSample, textFeatures, type TextFeatures } from '../core/features';
import type { ReportClaims } from '../core/claims/types';
import { KEY_GROUPS, keyStrings, type KeyStrings } from '../core/happening';
import { plainText, tokenize } from '../core/text';
import { NAME_BOOST, VECTOR_TERMS } from '../core/weights';
import { ByteWriter, compareBytes, joinChunks, utf8 } from './bytes';
import { dayOf, encodeIndex, encodeRecord, quantizeWeight, writeKeys, writeTermVector } from './format';

export interface BackgroundStats {
  docCount: number;
  df: Record<string, number>;
}

export interface IndexInput {
  id: string;
  article: Article;
}

export type AddOutcome = { added: true } | { added: false; reason: 'duplicate'; duplicateOf: string } | { added: false; reason: 'repeated-id' };

/**
 * What the builder keeps of one report once it has read the text: all that
 * `finish()` needs, so that the report can be added to another index later
 * without its text (`IndexBuilder.addAnalysis`). The reader's index keeps
 * these for the articles a reader read, and merges its segments from them
 * (src/shared/reader-index.ts, stored by src/shared/stored-analysis.ts).
 * Whatever a new analysis keeps per report belongs here, so that it reaches
 * those articles too; bump ANALYSIS_VERSION when it changes.
 */
export interface ReportAnalysis {
  id: string;
  /** `textHash` of the text (53 bits): duplicates are dropped by it. */
  hash: number;
  /** Every content word with its count and whether it was written as a name, in order of first occurrence. */
  terms: Array<[term: string, count: number, name: boolean]>;
  /** Words in the text (`TextFeatures.wordCount`). */
  words: number;
  /** Distinct five-word shingles. */
  shingleCount: number;
  /** The bottom-k shingle sample, ascending. */
  sample: number[];
  /** Publication day (`dayOf`). */
  day: number;
  /** The keys of its happening by group (`keyStrings`): people, places, days, ages, tolls, numbers, name and title words. */
  keys: KeyStrings;
  /** The report's record as the index stores it (`encodeRecord`: UTF-8 JSON of its metadata and packed claims); passed through as it is. */
  record: Uint8Array;
}

/** The longest term or key an analysis keeps, in UTF-16 units (what stored-analysis.ts accepts back). */
export const MAX_TERM_LENGTH = 200;

/**
 * Reads one report's text into what the index keeps of it. `hash`, and the
 * text's features and claims, when the caller has them already (made from
 * this very text).
 */
export function analyseReport(
  input: IndexInput,
  hash = textHash(input.article.text),
  known: { features?: TextFeatures & { keys?: KeyStrings }; claims?: ReportClaims } = {},
): ReportAnalysis {
  const a = input.article;
  const tokens = known.features ? undefined : tokenize(a.text);
  const features = known.features ?? textFeatures(a.text, tokens);
  const terms: ReportAnalysis['terms'] = [];
  // A "word" longer than MAX_TERM_LENGTH is no word (a hostile or broken page): it would match nothing, and a stored
  // analysis holding one could not be read back (stored-analysis.ts checks every term and key).
  for (const [term, count] of features.termCounts) if (term.length <= MAX_TERM_LENGTH) terms.push([term, count, features.names.has(term)]);
  const keyed = known.features?.keys ?? keyStrings(a, features.names, tokens);
  const found = Object.fromEntries(KEY_GROUPS.map((group) => [group, keyed[group].filter((k) => k.length <= MAX_TERM_LENGTH)])) as unknown as KeyStrings;
  // The name words are the terms marked as names, in the terms' order: stored once (stored-analysis.ts derives them).
  const keys = { ...found, names: terms.filter(([, , name]) => name).map(([term]) => term) };
  const record = encodeRecord({
    id: input.id,
    title: a.title || fallbackTitle(a.text),
    outlet: a.outlet,
    published: a.published,
    url: a.url,
    byline: a.byline,
    claims: known.claims ?? extractReportClaims(a),
  });
  return {
    id: input.id,
    hash,
    terms,
    words: features.wordCount,
    shingleCount: features.shingles.size,
    sample: shingleSample(features.shingles, SAMPLE_SIZE),
    day: dayOf(a.published),
    keys,
    record,
  };
}

/** A 53-bit hash (cyrb53): exact-duplicate detection among 100,000 reports needs more than 32 bits. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Hash of a text with case, typography and whitespace normalised away. */
export function textHash(text: string): number {
  return hash53(plainText(text).toLowerCase());
}

interface PendingReport {
  termIds: Uint32Array;
  counts: Uint16Array;
  names: Uint8Array;
  words: number;
  shingleCount: number;
  sample: number[];
  hash: number;
  day: number;
  /** UTF-8 JSON of the record: half the memory of a string for mostly-ASCII text. */
  record: Uint8Array;
  /** Word ids of the keys (before renumbering), group after group in KEY_GROUPS order; one array, as small arrays cost much memory each. */
  keys: Uint32Array;
  /** Where each group ends in `keys`. */
  keyEnds: Uint16Array;
}

export class IndexBuilder {
  private vocab = new Map<string, number>();
  private terms: string[] = [];
  private df: number[] = [];
  private reports: PendingReport[] = [];
  private byHash = new Map<number, string>();
  private ids = new Set<string>();

  constructor(private readonly background: BackgroundStats) {
    for (const [term, n] of Object.entries(background.df)) this.df[this.termId(term)] = n;
  }

  get size(): number {
    return this.reports.length;
  }

  private termId(term: string): number {
    let id = this.vocab.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.vocab.set(term, id);
      this.terms.push(term);
      this.df.push(0);
    }
    return id;
  }

  add(input: IndexInput): AddOutcome {
    if (this.ids.has(input.id)) return { added: false, reason: 'repeated-id' };
    const hash = textHash(input.article.text);
    const earlier = this.byHash.get(hash);
    if (earlier !== undefined) return { added: false, reason: 'duplicate', duplicateOf: earlier };
    return this.addAnalysis(analyseReport(input, hash));
  }

  /**
   * Adds a report from its analysis (see `ReportAnalysis`), without its text:
   * the same as `add()` of the text it was made from. The reader's index
   * (src/shared/reader-index.ts) merges its segments this way.
   */
  addAnalysis(r: ReportAnalysis): AddOutcome {
    if (this.ids.has(r.id)) return { added: false, reason: 'repeated-id' };
    const earlier = this.byHash.get(r.hash);
    if (earlier !== undefined) return { added: false, reason: 'duplicate', duplicateOf: earlier };
    this.ids.add(r.id);
    this.byHash.set(r.hash, r.id);
    const n = r.terms.length;
    const termIds = new Uint32Array(n);
    const counts = new Uint16Array(n);
    const names = new Uint8Array(n);
    r.terms.forEach(([term, count, name], i) => {
      const id = this.termId(term);
      this.df[id]++;
      termIds[i] = id;
      counts[i] = Math.min(count, 0xffff);
      names[i] = name ? 1 : 0;
    });
    // Keys: name and title words are words of the text, already counted; the others count once per report.
    const keyIds: number[] = [];
    const keyEnds = new Uint16Array(KEY_GROUPS.length);
    KEY_GROUPS.forEach((group, g) => {
      for (const term of new Set(r.keys[group])) {
        if (keyIds.length >= 0xffff) break;
        const id = this.termId(term);
        if (group !== 'names' && group !== 'title') this.df[id]++;
        keyIds.push(id);
      }
      keyEnds[g] = keyIds.length;
    });
    const keys = Uint32Array.from(keyIds);
    this.reports.push({ termIds, counts, names, words: r.words, shingleCount: r.shingleCount, sample: r.sample, hash: r.hash, day: r.day, record: r.record, keys, keyEnds });
    return { added: true };
  }

  /** The index file's bytes, in one array. */
  finish(now = new Date()): Uint8Array {
    return joinChunks(this.finishChunks(now).chunks);
  }

  /**
   * The index file as a list of chunks to write one after the other: the
   * reports' records are passed through as they are, never copied into one
   * buffer, so that a large index needs no second copy of itself in memory.
   */
  finishChunks(now = new Date()): { chunks: Uint8Array[]; size: number } {
    const docCount = this.background.docCount + this.reports.length;
    // The vocabulary sorted by its UTF-8 bytes, so a reader finds a word by binary search over the bytes
    // without decoding them all.
    const encoded = this.terms.map((t) => utf8(t));
    const order = this.terms.map((_, i) => i).sort((a, b) => compareBytes(encoded[a], encoded[b]));
    const v = order.length;
    const newId = new Uint32Array(v);
    order.forEach((old, i) => (newId[old] = i));
    const idf = this.df.map((n) => Math.log((docCount + 1) / (n + 1)) + 1);

    const vocab = new ByteWriter();
    const vocabOffsets = new Uint32Array(v + 1);
    const df = new Uint32Array(v);
    order.forEach((old, i) => {
      vocabOffsets[i] = vocab.length;
      vocab.bytes(encoded[old]);
      df[i] = this.df[old];
    });
    vocabOffsets[v] = vocab.length;

    // Each report's cut vector, kept as (word, weight) in flat arrays to build the postings from.
    const n = this.reports.length;
    const topIds = new Uint32Array(n * VECTOR_TERMS);
    const topQ = new Uint8Array(n * VECTOR_TERMS);
    const topStart = new Uint32Array(n + 1);
    const postingStart = new Uint32Array(v + 1);
    const terms = new ByteWriter();
    const termOffsets = new Uint32Array(n + 1);
    let k = 0;
    this.reports.forEach((r, i) => {
      topStart[i] = k;
      termOffsets[i] = terms.length;
      const top = termVectorOf(r, idf, newId);
      writeTermVector(terms, top);
      for (const [id, q] of top) {
        topIds[k] = id;
        topQ[k] = q;
        k++;
        postingStart[id + 1]++;
      }
    });
    topStart[n] = k;
    termOffsets[n] = terms.length;
    const keys = new ByteWriter();
    const keyOffsets = new Uint32Array(n + 1);
    this.reports.forEach((r, i) => {
      keyOffsets[i] = keys.length;
      const groups = KEY_GROUPS.map((_, g) => Array.from(r.keys.subarray(g === 0 ? 0 : r.keyEnds[g - 1], r.keyEnds[g]), (id) => newId[id]).sort((x, y) => x - y));
      writeKeys(keys, groups);
    });
    keyOffsets[n] = keys.length;
    for (let i = 0; i < v; i++) postingStart[i + 1] += postingStart[i];
    const postingDoc = new Uint32Array(k);
    const postingQ = new Uint8Array(k);
    const fill = postingStart.slice(0, v);
    for (let r = 0; r < n; r++) {
      for (let j = topStart[r]; j < topStart[r + 1]; j++) {
        const at = fill[topIds[j]]++;
        postingDoc[at] = r;
        postingQ[at] = topQ[j];
      }
    }

    const words = new Uint32Array(n);
    const shingles = new Uint32Array(n);
    const hashes = new Uint32Array(n);
    const days = new Uint32Array(n);
    const sampleStart = new Uint32Array(n + 1);
    const recordOffsets = new Uint32Array(n + 1);
    this.reports.forEach((r, i) => {
      words[i] = r.words;
      shingles[i] = r.shingleCount;
      hashes[i] = r.hash % 4294967296;
      days[i] = r.day;
      sampleStart[i + 1] = sampleStart[i] + r.sample.length;
      recordOffsets[i + 1] = recordOffsets[i] + r.record.length;
    });
    const samples = new Uint32Array(sampleStart[n]);
    this.reports.forEach((r, i) => samples.set(r.sample, sampleStart[i]));

    return encodeIndex({
      created: now.toISOString(),
      docCount,
      vocab: vocab.finish(),
      vocabOffsets,
      df,
      postingStart,
      postingDoc,
      postingQ,
      terms: terms.finish(),
      termOffsets,
      keys: keys.finish(),
      keyOffsets,
      words,
      shingles,
      hashes,
      days,
      sampleStart,
      samples,
      records: this.reports.map((r) => r.record),
      recordOffsets,
    });
  }
}

/**
 * A report's TF-IDF vector cut to its heaviest words and scaled to unit length
 * over those words: (new word id, quantised weight) by ascending id. The norm
 * is taken over the kept words, not the whole text, so that a long report is
 * not marked down for the many words that do not define it (measured on
 * wikiref-dev by event: P@1 0.72 with the whole text's norm, 0.88 with this,
 * against 0.84 for full vectors; see ARCHITECTURE.md).
 */
function termVectorOf(r: PendingReport, idf: number[], newId: Uint32Array): Array<readonly [number, number]> {
  const n = r.termIds.length;
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) weights[i] = (1 + Math.log(r.counts[i])) * idf[r.termIds[i]] * (r.names[i] ? NAME_BOOST : 1);
  const kept = Array.from({ length: n }, (_, i) => i)
    .sort((a, b) => weights[b] - weights[a] || newId[r.termIds[a]] - newId[r.termIds[b]])
    .slice(0, VECTOR_TERMS);
  const norm = Math.sqrt(kept.reduce((sum, i) => sum + weights[i] * weights[i], 0)) || 1;
  return kept.map((i) => [newId[r.termIds[i]], quantizeWeight(weights[i] / norm)] as const).sort((a, b) => a[0] - b[0]);
}

/** Builds an index over `inputs` at once (tests and small corpora). */
export function buildIndex(inputs: Iterable<IndexInput>, background: BackgroundStats, now = new Date()) {
  const builder = new IndexBuilder(background);
  const duplicates: Array<{ id: string; duplicateOf: string }> = [];
  const repeatedIds: string[] = [];
  for (const input of inputs) {
    const outcome = builder.add(input);
    if (outcome.added) continue;
    if (outcome.reason === 'duplicate') duplicates.push({ id: input.id, duplicateOf: outcome.duplicateOf });
    else repeatedIds.push(input.id);
  }
  return { bytes: builder.finish(now), reports: builder.size, duplicates, repeatedIds };
}
