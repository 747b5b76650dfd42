/**
 * The index file's codec: what `crossread index` writes, the extension bundles
 * and the options page imports, encoded and decoded here side by side, so that
 * a change to one cannot miss the other. Binary, versioned, compact, and quick
 * to open:
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
 *                 no postings (version 4 on; a version 3 file has none)
 *   keyOffsets    u32 start of each report's entry in `keys`, and one past the last
 *   numbers       four u32 arrays of one value per report: words, distinct
 *                 shingles, text hash, publication day (days since 1970 + 1; 0 when unknown)
 *   samples       u32 start of each report's sample (and one past the last),
 *                 then the samples: u32 shingle hashes, ascending within a report
 *   records       per report: UTF-8 JSON of its metadata and packed claims
 *   offsets       u32 start of each record in `records`, and one past the last
 *
 * A compact file (the header says `compact`: the reader's segments, kept in
 * IndexedDB) leaves out what can be made again when it is opened, which
 * stores half as much and costs a few milliseconds to open: `vocabOffsets`,
 * `df` and `postings` are empty, and `vocab` holds per word, in order, varint
 * bytes shared with the word before, varint length of the rest, the rest,
 * varint document frequency. The postings are the `terms` inverted.
 *
 * Every section starts at a multiple of 4 bytes and u32s are little-endian,
 * so a reader uses them where they lie: decoding a file checks its layout and
 * makes views over its bytes (it copies them only when they do not start on a
 * 4-byte boundary).
 *
 * A report's record (metadata and claims) is decoded only when it is related
 * to the page. Whole texts are never stored.
 */
import type { ReportClaims } from '../core/claims/types';
import { KEY_GROUPS } from '../core/happening';
import { ByteReader, ByteWriter, fromUtf8, u32View, utf8 } from './bytes';
import { packClaims, unpackClaims, type PackedClaims } from './pack-claims';

export const INDEX_MAGIC = 'CRIX';
export const INDEX_VERSION = 5;
/**
 * Older versions this Crossread still opens. Version 3 has no keys: its
 * reports are judged on their words and dates alone (find-related.ts
 * `happeningScore`). Version 4 gives every span of a record as three numbers
 * (pack-claims.ts), which version 5 shortens for a whole sentence.
 */
const READABLE_VERSIONS: readonly number[] = [3, 4, 5];
export const INDEX_FILE_EXTENSION = '.crix';

/** The sections in the order they are written (a reader finds them by the header's offsets). */
const SECTION_ORDER = ['vocab', 'vocabOffsets', 'df', 'postings', 'terms', 'termOffsets', 'keys', 'keyOffsets', 'numbers', 'samples', 'records', 'offsets'] as const;
export type SectionName = (typeof SECTION_ORDER)[number];

export interface IndexHeader {
  created: string;
  /** Documents the frequencies were counted over: the reports plus the background. */
  docCount: number;
  reports: number;
  vocab: number;
  /** Word entries over all report vectors, and sample hashes over all reports: lets a reader allocate once. */
  postings: number;
  sampleHashes: number;
  /** `keys` and `keyOffsets` are missing from version 3 files. */
  sections: Record<SectionName, [offset: number, length: number]>;
  /**
   * Present when the records are kept in separate files (the extension's
   * bundled index, so that starting reads only what matching needs): shard k
   * holds the records of reports [k × perShard, (k + 1) × perShard), and the
   * records section is empty. See split-index.ts.
   */
  recordShards?: RecordShards;
  /** A compact file: the vocabulary front-coded, no postings (see above). */
  compact?: true;
}

export interface RecordShards {
  perShard: number;
  count: number;
}

/**
 * An index's contents, section by section: what the builder encodes and what
 * decoding gives the loader (as views over the file's bytes). `n` reports,
 * `v` words.
 */
export interface IndexSections {
  created: string;
  docCount: number;
  /** The words, UTF-8, in byte order, and where each starts (v + 1). */
  vocab: Uint8Array;
  vocabOffsets: Uint32Array;
  /** Document frequency per word (v). */
  df: Uint32Array;
  /** Where each word's postings start (v + 1); each posting's report and quantised weight. */
  postingStart: Uint32Array;
  postingDoc: Uint32Array;
  postingQ: Uint8Array;
  /** The reports' vectors (`writeTermVector`), and where each starts (n + 1). */
  terms: Uint8Array;
  termOffsets: Uint32Array;
  /** The reports' keys (`writeKeys`), and where each starts (n + 1); null in a version 3 file. */
  keys: Uint8Array | null;
  keyOffsets: Uint32Array | null;
  /** One value per report (n). */
  words: Uint32Array;
  shingles: Uint32Array;
  hashes: Uint32Array;
  days: Uint32Array;
  /** Where each report's sample starts in `samples` (n + 1). */
  sampleStart: Uint32Array;
  samples: Uint32Array;
  /** The records (`encodeRecord`), one after the other; empty when they are kept in shards. */
  records: Uint8Array;
  /** Where each record starts in the records of all reports (n + 1), also when they are kept in shards. */
  recordOffsets: Uint32Array;
  recordShards?: RecordShards;
}

/** What the builder hands the encoder: the records as they are, in chunks, so that they are never copied into one buffer. */
export type IndexContents = Omit<IndexSections, 'records'> & {
  records: readonly Uint8Array[];
  /** Write a compact file (see above). */
  compact?: boolean;
};

/** An index file that cannot be read; its message is for people. */
export class IndexError extends Error {
  override name = 'IndexError';
}

export const corrupt = (what: string) => new IndexError(`the index is corrupt or truncated (${what}); rebuild it with "crossread index"`);

const pad4 = (length: number) => (4 - (length % 4)) % 4;
const asBytes = (a: Uint32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

// ---- The file ---------------------------------------------------------------

/**
 * The index file as chunks to write one after the other: the records are
 * passed through as they are. Version 4, or version 3 when `keys` is null (so
 * that a version 3 file split by split-index.ts stays what it was).
 */
export function encodeIndex(contents: IndexContents): { chunks: Uint8Array[]; size: number } {
  const c = contents;
  const parts: Partial<Record<SectionName, readonly Uint8Array[]>> = {
    ...(c.compact
      ? { vocab: [frontCoded(c.vocab, c.vocabOffsets, c.df)], vocabOffsets: [], df: [], postings: [] }
      : { vocab: [c.vocab], vocabOffsets: [asBytes(c.vocabOffsets)], df: [asBytes(c.df)], postings: [asBytes(c.postingStart), asBytes(c.postingDoc), c.postingQ] }),
    terms: [c.terms],
    termOffsets: [asBytes(c.termOffsets)],
    ...(c.keys && c.keyOffsets ? { keys: [c.keys], keyOffsets: [asBytes(c.keyOffsets)] } : {}),
    numbers: [asBytes(c.words), asBytes(c.shingles), asBytes(c.hashes), asBytes(c.days)],
    samples: [asBytes(c.sampleStart), asBytes(c.samples)],
    records: c.records,
    offsets: [asBytes(c.recordOffsets)],
  };
  // Offsets count from the end of the header, which is padded to a multiple of 4; every section starts at a multiple of 4 too.
  const sections = {} as IndexHeader['sections'];
  const body: Uint8Array[] = [];
  let at = 0;
  for (const name of SECTION_ORDER) {
    const list = parts[name];
    if (!list) continue;
    const length = list.reduce((sum, chunk) => sum + chunk.length, 0);
    sections[name] = [at, length];
    body.push(...list);
    if (pad4(length)) body.push(new Uint8Array(pad4(length)));
    at += length + pad4(length);
  }
  const header: IndexHeader = {
    created: c.created,
    docCount: c.docCount,
    reports: c.words.length,
    vocab: c.df.length,
    postings: c.postingDoc.length,
    sampleHashes: c.samples.length,
    sections,
    ...(c.recordShards ? { recordShards: c.recordShards } : {}),
    ...(c.compact ? { compact: true as const } : {}),
  };
  const head = new ByteWriter();
  head.bytes(utf8(INDEX_MAGIC));
  head.u32(c.keys ? INDEX_VERSION : 3);
  const headerBytes = utf8(JSON.stringify(header));
  head.u32(headerBytes.length);
  head.bytes(headerBytes);
  head.align4();
  const chunks = [head.finish(), ...body];
  return { chunks, size: chunks.reduce((sum, chunk) => sum + chunk.length, 0) };
}

/**
 * An index file's sections, checked: its magic, version, header and the
 * layout of every section, so that no lookup can go out of bounds (damage
 * inside a report's entry shows when it is read, as an IndexError too).
 * Throws IndexError with a message for people.
 */
export function decodeIndex(bytes: Uint8Array): IndexSections {
  // u32 sections are used in place, which needs the file to start on a 4-byte boundary.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const head = readHead(bytes);
  try {
    const sections = sectionViews(bytes, head);
    checkSections(sections);
    return sections;
  } catch (error) {
    if (error instanceof IndexError) throw error;
    throw corrupt(error instanceof Error ? error.message : 'unreadable');
  }
}

interface FileHead {
  version: number;
  header: IndexHeader;
  /** Where the sections' offsets count from: the end of the header, padded to 4. */
  base: number;
}

/** The magic, the version and the header, whose counts are checked. */
function readHead(bytes: Uint8Array): FileHead {
  if (bytes.length < 12 || String.fromCharCode(...bytes.subarray(0, 4)) !== INDEX_MAGIC) {
    const looksJson = bytes[0] === 0x7b;
    throw new IndexError(looksJson ? 'this is an index of an older Crossread (JSON); rebuild it with "crossread index"' : 'not a Crossread index file');
  }
  const reader = new ByteReader(bytes, 4);
  const version = reader.u32();
  if (!READABLE_VERSIONS.includes(version)) {
    throw new IndexError(`index version ${version} is not supported (this Crossread reads version ${INDEX_VERSION}); rebuild it with "crossread index"`);
  }
  let header: IndexHeader;
  try {
    header = JSON.parse(fromUtf8(reader.bytes(reader.u32()))) as IndexHeader;
  } catch {
    throw corrupt('header');
  }
  const count = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
  if (typeof header !== 'object' || header === null || !count(header.reports) || !count(header.vocab) || typeof header.docCount !== 'number') throw corrupt('header counts');
  if (!count(header.postings) || !count(header.sampleHashes)) throw corrupt('header counts');
  return { version, header, base: reader.pos + pad4(reader.pos) };
}

/** Views of every section where it lies, each of the length its counts give. */
function sectionViews(bytes: Uint8Array, { version, header, base }: FileHead): IndexSections {
  const n = header.reports;
  const v = header.vocab;
  const total = header.postings;
  const section = (name: SectionName): Uint8Array => {
    const span: unknown = (header.sections as Partial<IndexHeader['sections']> | undefined)?.[name];
    if (!Array.isArray(span) || !Number.isSafeInteger(span[0]) || !Number.isSafeInteger(span[1]) || span[0] < 0 || span[1] < 0 || base + span[0] + span[1] > bytes.length) {
      throw corrupt(`${name} section`);
    }
    return bytes.subarray(base + span[0], base + span[0] + span[1]);
  };
  /** `count` u32s of a section, from its `from`-th. */
  const u32s = (name: SectionName, from: number, count: number): Uint32Array => {
    const s = section(name);
    if (4 * (from + count) > s.length) throw corrupt(`${name} section`);
    return u32View(s, 4 * from, count);
  };
  if (section('numbers').length !== 16 * n) throw corrupt('numbers');
  const hasKeys = version >= 4;
  const terms = section('terms');
  const termOffsets = u32s('termOffsets', 0, n + 1);
  let vocab: Uint8Array, vocabOffsets: Uint32Array, df: Uint32Array;
  let postingStart: Uint32Array, postingDoc: Uint32Array, postingQ: Uint8Array;
  if (header.compact === true) {
    ({ vocab, vocabOffsets, df } = frontDecoded(section('vocab'), v));
    ({ postingStart, postingDoc, postingQ } = invertVectors(terms, termOffsets, v, total));
  } else {
    vocab = section('vocab');
    vocabOffsets = u32s('vocabOffsets', 0, v + 1);
    df = u32s('df', 0, v);
    const postings = section('postings');
    const qAt = 4 * (v + 1 + total);
    if (qAt + total > postings.length) throw corrupt('postings');
    postingStart = u32s('postings', 0, v + 1);
    postingDoc = u32s('postings', v + 1, total);
    postingQ = postings.subarray(qAt, qAt + total);
  }
  return {
    created: String(header.created ?? ''),
    docCount: header.docCount,
    vocab,
    vocabOffsets,
    df,
    postingStart,
    postingDoc,
    postingQ,
    terms,
    termOffsets,
    keys: hasKeys ? section('keys') : null,
    keyOffsets: hasKeys ? u32s('keyOffsets', 0, n + 1) : null,
    words: u32s('numbers', 0, n),
    shingles: u32s('numbers', n, n),
    hashes: u32s('numbers', 2 * n, n),
    days: u32s('numbers', 3 * n, n),
    sampleStart: u32s('samples', 0, n + 1),
    samples: u32s('samples', n + 1, header.sampleHashes),
    records: section('records'),
    recordOffsets: u32s('offsets', 0, n + 1),
    recordShards: header.recordShards,
  };
}

/** Longer than any word or key the builder keeps (MAX_TERM_LENGTH, 200 UTF-16 units: at most 600 bytes). */
const MAX_WORD_BYTES = 1024;

/** The vocabulary of a compact file: each word as the bytes it shares with the one before and the rest, then its frequency. */
function frontCoded(vocab: Uint8Array, offsets: Uint32Array, df: Uint32Array): Uint8Array {
  const out = new ByteWriter();
  let prevStart = 0;
  let prevEnd = 0;
  for (let i = 0; i < df.length; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    let shared = 0;
    while (shared < end - start && shared < prevEnd - prevStart && vocab[start + shared] === vocab[prevStart + shared]) shared++;
    out.varint(shared);
    out.varint(end - start - shared);
    out.bytes(vocab.subarray(start + shared, end));
    out.varint(df[i]);
    prevStart = start;
    prevEnd = end;
  }
  return out.finish();
}

/** A compact file's vocabulary made whole again: the words, where each starts, their frequencies. One loop of its own, as `invertVectors`. */
function frontDecoded(coded: Uint8Array, v: number): Pick<IndexSections, 'vocab' | 'vocabOffsets' | 'df'> {
  const bad = () => corrupt('vocabulary');
  // Each word takes three bytes at least, and none is longer than MAX_WORD_BYTES: a hostile count or prefix cannot
  // make this allocate more than the file justifies.
  if (3 * v > coded.length) throw bad();
  const vocabOffsets = new Uint32Array(v + 1);
  const df = new Uint32Array(v);
  const end = coded.length;
  let vocab = new Uint8Array(Math.max(64, end * 2));
  let length = 0;
  let at = 0;
  let prevStart = 0;
  const varint = () => {
    let x = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= end || shift > 28) throw bad();
      const b = coded[at++];
      x += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return x;
    }
  };
  for (let i = 0; i < v; i++) {
    const shared = varint();
    const rest = varint();
    if (shared > length - prevStart || rest > end - at || shared + rest > MAX_WORD_BYTES) throw bad();
    if (length + shared + rest > vocab.length) {
      const grown = new Uint8Array(Math.max(vocab.length * 2, length + shared + rest));
      grown.set(vocab.subarray(0, length));
      vocab = grown;
    }
    vocabOffsets[i] = length;
    for (let j = 0; j < shared; j++) vocab[length + j] = vocab[prevStart + j];
    prevStart = length;
    length += shared;
    for (let j = 0; j < rest; j++) vocab[length + j] = coded[at + j];
    at += rest;
    length += rest;
    df[i] = varint();
  }
  if (at !== end) throw bad();
  vocabOffsets[v] = length;
  return { vocab: vocab.slice(0, length), vocabOffsets, df };
}

/**
 * The postings of a file that leaves them out: its report vectors inverted,
 * word by word, each word's reports ascending (as the builder writes them).
 * The vectors are read once, in a loop of its own (no reader object: this
 * runs when the background starts), then placed by a counting sort.
 */
function invertVectors(terms: Uint8Array, termOffsets: Uint32Array, v: number, total: number): Pick<IndexSections, 'postingStart' | 'postingDoc' | 'postingQ'> {
  const n = termOffsets.length - 1;
  const bad = () => corrupt('word vectors');
  if (termOffsets[n] !== terms.length) throw bad();
  // Each posting takes two bytes of the vectors at least: a hostile count cannot make this allocate more.
  if (2 * total > terms.length) throw bad();
  const ids = new Uint32Array(total);
  const qs = new Uint8Array(total);
  const reportOf = new Uint32Array(total);
  const postingStart = new Uint32Array(v + 1);
  const length = terms.length;
  let at = 0;
  let end = 0;
  // Varints of at most four bytes: a count or an id delta below 2^28.
  const varint = () => {
    let x = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= end || shift > 21) throw bad();
      const b = terms[at++];
      x |= (b & 0x7f) << shift;
      if (b < 0x80) return x;
    }
  };
  let k = 0;
  for (let r = 0; r < n; r++) {
    at = termOffsets[r];
    end = termOffsets[r + 1];
    if (end > length || at > end) throw bad();
    const count = varint();
    if (count > total - k) throw bad();
    let id = 0;
    for (let j = 0; j < count; j++) {
      id += varint();
      if (id >= v || at >= end) throw bad();
      ids[k] = id;
      qs[k] = terms[at++];
      reportOf[k] = r;
      postingStart[id + 1]++;
      k++;
    }
    if (at !== end) throw bad();
  }
  if (k !== total) throw bad();
  for (let i = 0; i < v; i++) postingStart[i + 1] += postingStart[i];
  const postingDoc = new Uint32Array(total);
  const postingQ = new Uint8Array(total);
  const fill = postingStart.slice(0, v);
  for (let j = 0; j < total; j++) {
    const at = fill[ids[j]]++;
    postingDoc[at] = reportOf[j];
    postingQ[at] = qs[j];
  }
  return { postingStart, postingDoc, postingQ };
}

/** That the sections agree with each other: each offsets array ends where its section does, and every posting is of a report. */
function checkSections(s: IndexSections): void {
  const n = s.words.length;
  const v = s.df.length;
  const { postingStart, postingDoc } = s;
  const total = postingDoc.length;
  if (s.vocabOffsets[v] !== s.vocab.length) throw corrupt('vocabulary');
  if (postingStart[v] !== total) throw corrupt('postings');
  // One cheap pass, so that a damaged or hostile file cannot send a lookup out of bounds.
  for (let i = 0; i < v; i++) if (postingStart[i] > postingStart[i + 1]) throw corrupt('postings');
  for (let i = 0; i < total; i++) if (postingDoc[i] >= n) throw corrupt('postings');
  if (s.termOffsets[n] !== s.terms.length) throw corrupt('word vectors');
  if (s.keys && s.keyOffsets![n] !== s.keys.length) throw corrupt('keys');
  if (s.sampleStart[n] !== s.samples.length) throw corrupt('samples');
  const sharding = s.recordShards;
  if (sharding !== undefined && !(typeof sharding === 'object' && sharding !== null && Number.isInteger(sharding.perShard) && sharding.perShard > 0 && sharding.count === Math.ceil(n / sharding.perShard))) {
    throw corrupt('record shards');
  }
  if (!sharding && s.recordOffsets[n] !== s.records.length) throw corrupt('records');
}

// ---- Per report -------------------------------------------------------------

/** A report's vector into `terms`: (word id, quantised weight) by ascending id. */
export function writeTermVector(out: ByteWriter, entries: ReadonlyArray<readonly [id: number, q: number]>): void {
  out.varint(entries.length);
  let last = 0;
  for (const [id, q] of entries) {
    out.varint(id - last);
    out.u8(q);
    last = id;
  }
}

/** Report r's vector: its word ids and their quantised weights. */
export function readTermVector(s: IndexSections, r: number): { ids: number[]; q: number[] } {
  const v = s.df.length;
  const reader = new ByteReader(s.terms, s.termOffsets[r], s.termOffsets[r + 1]);
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
}

/** A report's keys into `keys`: for each of KEY_GROUPS, its word ids, ascending. */
export function writeKeys(out: ByteWriter, groups: readonly (readonly number[])[]): void {
  for (const ids of groups) {
    out.varint(ids.length);
    let last = 0;
    for (const id of ids) {
      out.varint(id - last);
      last = id;
    }
  }
}

const NO_KEYS: readonly Uint32Array[] = KEY_GROUPS.map(() => new Uint32Array(0));

/** Report r's keys by group (KEY_GROUPS order), ascending ids; empty groups in a version 3 file. */
export function readKeys(s: IndexSections, r: number): Uint32Array[] {
  if (!s.keys || !s.keyOffsets) return NO_KEYS as Uint32Array[];
  const v = s.df.length;
  const reader = new ByteReader(s.keys, s.keyOffsets[r], s.keyOffsets[r + 1]);
  const groups: Uint32Array[] = [];
  try {
    for (let g = 0; g < KEY_GROUPS.length; g++) {
      const count = reader.varint();
      // Each id takes a byte at least: a count beyond what is left is damage, not an allocation to make.
      if (count > reader.end - reader.pos) throw corrupt('keys');
      const ids = new Uint32Array(count);
      let id = 0;
      for (let j = 0; j < count; j++) {
        id += reader.varint();
        if (id >= v) throw corrupt('key ids');
        ids[j] = id;
      }
      groups.push(ids);
    }
  } catch (error) {
    throw error instanceof IndexError ? error : corrupt('keys');
  }
  return groups;
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

/** A report's record as the index stores it: UTF-8 JSON of its metadata and packed claims. */
export function encodeRecord(report: StoredReport): Uint8Array {
  const { id, title, outlet, published, url, byline, claims } = report;
  return utf8(JSON.stringify({ id, title, outlet, published, url, byline, claims: packClaims(claims) }));
}

/** The record of report r (counted from 1 in the message), from its bytes. */
export function decodeRecord(bytes: Uint8Array, r: number): StoredReport {
  try {
    const raw = JSON.parse(fromUtf8(bytes)) as Omit<StoredReport, 'claims'> & { claims: PackedClaims };
    return { ...raw, claims: unpackClaims(raw.claims) };
  } catch {
    throw corrupt(`record ${r + 1}`);
  }
}

// ---- Values -----------------------------------------------------------------

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
 * list no part of a whole, a figure after "including" a part (issue 11); 7: no
 * state read after "without", the badly hurt a part of the hurt, words and
 * sentences split at a dot between two words ("released.Three": scraped text);
 * 8: no term or key longer than MAX_TERM_LENGTH (an analysis holding one could
 * not be read back); words quoted as what a named subject calls something
 * ("Trump called the system “rigged”") are that subject's; 9: speakers and
 * reported speech read on real pages and PolNeAR train (titles with a dot end
 * no sentence, a party and state ends a name, "X, a spokesman, said …" the
 * right way round, "he" resolved to a person, titles in quote marks no quote);
 * 10: an age's part in the story (dead, injured, suspect: `FigureClaim.role`),
 * and a possessive "s." ends a sentence ("in his 20's."); 11: round-ups
 * (`FigureScope.many`), a year named with a figure another event's, times of
 * day by the shooting in their clause; 12: `present` (how many were there),
 * shots counted by who fired them, no count in a calibre; 13: parts of those
 * counted (others, the born), nationalities counted; 14 (stop 25): "10 or 11" a
 * range, a place before a person a description ("Kent woman"), the dead with
 * the unborn or the gunman among them or in a police raid, those "also
 * injured" a part; speakers of quotes (a dash ends a subject, the rest of a
 * sentence after a quote that closes with no punctuation, "Here’s X:", no
 * garbage before a pronoun); 15 (stop 26): the one boy, girl, man or woman of
 * a part several people play (`FigureClaim.roleAndSex`), midnight and noon,
 * parts "there" and hurt otherwise; speakers after long asides, split quotes, names
 * with a particle ("De Blasio"), more first names for "he" and "she"; 16 (stop
 * 27): venues of a toll or a time (one venue attacked, "where", "the Bataclan
 * massacre", "there" after a venue), the one young child of a report ("child
 * f"), two ages after two names, the badly hurt "of whom", a toll's noun far
 * before its verb, and the speakers of outlets' and documents' words; 17 (stop
 * 28): parts (those from a town, "N more", those fired at, the victims named, two
 * groups counted together), times of day (one within five minutes, a call's, a
 * happening further back), ages (after a noun for a person, a named child's sex by
 * pronouns, months that are first names, double-barrelled names, babies' ages in
 * months), lengths in two units ("two hours and 40 minutes"), and speakers
 * (ranks, kin, relative clauses, a verb beyond the lead-in's window).
 */
export const ANALYSIS_VERSION = 17;
