/**
 * The codec: what is encoded decodes to the same sections, and every kind of
 * damage (in the header, in each section, in a report's entry) is an
 * IndexError that says what is wrong, never another exception.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { KEY_GROUPS } from '../core/happening';
import { extractReportClaims } from '../core/report-claims';
import { ByteWriter, fromUtf8, joinChunks, utf8 } from './bytes';
import {
  decodeIndex,
  decodeRecord,
  encodeIndex,
  encodeRecord,
  INDEX_MAGIC,
  INDEX_VERSION,
  IndexError,
  readKeys,
  readTermVector,
  writeKeys,
  writeTermVector,
  type IndexContents,
  type IndexHeader,
  type IndexSections,
  type SectionName,
  type StoredReport,
} from './format';
import { buildIndex } from './build-index';
import { readCorpus } from '../node/corpus';
import background from './background-df.json';

const WORDS = ['alpha', 'beta', 'gamma', 'délta'];
const VECTORS: Array<Array<readonly [number, number]>> = [
  [
    [0, 200],
    [2, 100],
  ],
  [
    [0, 50],
    [1, 255],
    [3, 7],
  ],
];
const KEYS: number[][][] = [KEY_GROUPS.map((_, g) => (g === 1 ? [1, 3] : [])), KEY_GROUPS.map((_, g) => (g === 0 ? [0, 1, 2] : g === 7 ? [3] : []))];

const storedReport = (id: string, text: string): StoredReport => ({
  id,
  title: text.split('.')[0],
  outlet: 'Outlet',
  published: '2025-02-03',
  url: null,
  byline: null,
  claims: extractReportClaims({ title: '', text, lang: 'en' }),
});
const REPORTS = [storedReport('a', 'Officials said 500 people were evacuated on Monday.'), storedReport('b', '"We left at dawn," said Anna Petrova, 34.')];

/** Two reports over four words, every section filled by hand. */
function smallContents(): IndexContents {
  const vocab = utf8(WORDS.join(''));
  const vocabOffsets = Uint32Array.from([0, ...WORDS.map((_, i) => utf8(WORDS.slice(0, i + 1).join('')).length)]);
  const terms = new ByteWriter();
  const termOffsets = new Uint32Array(3);
  VECTORS.forEach((vector, r) => {
    termOffsets[r] = terms.length;
    writeTermVector(terms, vector);
  });
  termOffsets[2] = terms.length;
  const keys = new ByteWriter();
  const keyOffsets = new Uint32Array(3);
  KEYS.forEach((groups, r) => {
    keyOffsets[r] = keys.length;
    writeKeys(keys, groups);
  });
  keyOffsets[2] = keys.length;
  const records = REPORTS.map(encodeRecord);
  return {
    created: '2025-03-01T00:00:00.000Z',
    docCount: 12,
    vocab,
    vocabOffsets,
    df: Uint32Array.from([2, 1, 1, 1]),
    // word 0: reports 0 and 1; word 1: report 1; word 2: report 0; word 3: report 1.
    postingStart: Uint32Array.from([0, 2, 3, 4, 5]),
    postingDoc: Uint32Array.from([0, 1, 1, 0, 1]),
    postingQ: Uint8Array.from([200, 50, 255, 100, 7]),
    terms: terms.finish(),
    termOffsets,
    keys: keys.finish(),
    keyOffsets,
    words: Uint32Array.from([9, 8]),
    shingles: Uint32Array.from([5, 4]),
    hashes: Uint32Array.from([0xdeadbeef, 7]),
    days: Uint32Array.from([20_123, 0]),
    sampleStart: Uint32Array.from([0, 2, 3]),
    samples: Uint32Array.from([3, 9, 5]),
    records,
    recordOffsets: Uint32Array.from([0, records[0].length, records[0].length + records[1].length]),
  };
}

const encode = (c: IndexContents) => joinChunks(encodeIndex(c).chunks);

/** The file's header and where its sections start, read as the format says (not through the decoder under test). */
function headerOf(bytes: Uint8Array): { header: IndexHeader; base: number; version: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(8, true);
  const end = 12 + length;
  return { header: JSON.parse(fromUtf8(bytes.subarray(12, end))), base: end + ((4 - (end % 4)) % 4), version: view.getUint32(4, true) };
}

/** The file with its header replaced (the sections stay where they were, relative to the header's end). */
function withHeader(bytes: Uint8Array, change: (h: IndexHeader) => unknown): Uint8Array {
  const { header, base } = headerOf(bytes);
  const w = new ByteWriter();
  w.bytes(bytes.subarray(0, 8));
  const json = utf8(JSON.stringify(change(structuredClone(header))));
  w.u32(json.length);
  w.bytes(json);
  w.align4();
  w.bytes(bytes.subarray(base));
  return w.finish();
}

const expectIndexError = (f: () => unknown, message: RegExp) => {
  expect(f).toThrow(IndexError);
  expect(f).toThrow(message);
};

describe('encodeIndex and decodeIndex', () => {
  it('decode what was encoded: every section, value for value', () => {
    const c = smallContents();
    const s = decodeIndex(encode(c));
    const { records, ...rest } = c;
    for (const [name, value] of Object.entries(rest)) expect(s[name as keyof IndexSections], name).toEqual(value);
    expect(s.records).toEqual(joinChunks(records));
    expect(s.recordShards).toBeUndefined();
    expect(readTermVector(s, 1)).toEqual({ ids: [0, 1, 3], q: [50, 255, 7] });
    expect(readKeys(s, 1).map((g) => [...g])).toEqual(KEYS[1]);
    expect(decodeRecord(s.records.subarray(s.recordOffsets[1], s.recordOffsets[2]), 1)).toEqual(REPORTS[1]);
  });

  it('lays the file out as the format says: magic, version, header, sections at multiples of 4 in their order', () => {
    const bytes = encode(smallContents());
    expect(fromUtf8(bytes.subarray(0, 4))).toBe(INDEX_MAGIC);
    const { header, base, version } = headerOf(bytes);
    expect(version).toBe(INDEX_VERSION);
    expect(base % 4).toBe(0);
    expect(Object.keys(header)).toEqual(['created', 'docCount', 'reports', 'vocab', 'postings', 'sampleHashes', 'sections']);
    expect(header).toMatchObject({ docCount: 12, reports: 2, vocab: 4, postings: 5, sampleHashes: 3 });
    const spans = Object.values(header.sections);
    expect(Object.keys(header.sections)).toEqual(['vocab', 'vocabOffsets', 'df', 'postings', 'terms', 'termOffsets', 'keys', 'keyOffsets', 'numbers', 'samples', 'records', 'offsets']);
    let at = 0;
    for (const [offset, length] of spans) {
      expect(offset).toBe(at);
      at = offset + length + ((4 - (length % 4)) % 4);
    }
    expect(base + at).toBe(bytes.length);
  });

  it('re-encodes a real index byte for byte', async () => {
    const bytes = buildIndex(await readCorpus('corpus/seeds'), background, new Date(0)).bytes;
    const s = decodeIndex(bytes);
    expect(encode({ ...s, records: [s.records] })).toEqual(bytes);
  });

  it('reads a version 4 file (its records give every span as three numbers)', () => {
    const v4 = encode(smallContents());
    new DataView(v4.buffer).setUint32(4, 4, true);
    expect(decodeIndex(v4).df).toEqual(decodeIndex(encode(smallContents())).df);
  });

  it('writes version 3, without the key sections, when there are no keys', () => {
    const bytes = encode({ ...smallContents(), keys: null, keyOffsets: null });
    const { header, version } = headerOf(bytes);
    expect(version).toBe(3);
    expect(Object.keys(header.sections)).not.toContain('keys');
    const s = decodeIndex(bytes);
    expect(s.keys).toBeNull();
    expect(readKeys(s, 0)).toEqual(KEY_GROUPS.map(() => new Uint32Array(0)));
    expect(readTermVector(s, 0)).toEqual({ ids: [0, 2], q: [200, 100] });
  });

  it('keeps record shards in the header, and then needs no records section', () => {
    const c = smallContents();
    const bytes = encode({ ...c, records: [], recordShards: { perShard: 1, count: 2 } });
    expect(headerOf(bytes).header.recordShards).toEqual({ perShard: 1, count: 2 });
    const s = decodeIndex(bytes);
    expect(s.records.length).toBe(0);
    expect(s.recordOffsets).toEqual(c.recordOffsets);
  });

  it('writes a compact file when asked (no postings, the vocabulary front-coded), and opens it as the whole one', async () => {
    const c = smallContents();
    const bytes = encode({ ...c, compact: true });
    const { header } = headerOf(bytes);
    expect(header.compact).toBe(true);
    for (const name of ['postings', 'vocabOffsets', 'df'] as const) expect(header.sections[name][1], name).toBe(0);
    const s = decodeIndex(bytes);
    const { records, compact: _compact, ...rest } = { ...c, compact: true };
    for (const [name, value] of Object.entries(rest)) expect(s[name as keyof IndexSections], name).toEqual(value);
    expect(s.records).toEqual(joinChunks(records));
    // A real index: the same sections, in a file half the size without its records.
    const real = decodeIndex(buildIndex(await readCorpus('corpus/seeds', 'corpus/wikiref-dev'), background, new Date(0)).bytes);
    const recordShards = { perShard: 16, count: Math.ceil(real.words.length / 16) };
    const whole = encode({ ...real, records: [], recordShards });
    const derived = encode({ ...real, records: [], recordShards, compact: true });
    const d = decodeIndex(derived);
    for (const name of ['vocab', 'vocabOffsets', 'df', 'postingStart', 'postingDoc', 'postingQ', 'terms', 'keys', 'samples'] as const) expect(d[name], name).toEqual(real[name]);
    expect(derived.length).toBeLessThan(whole.length * 0.6);
  });

  it('reads a file that does not start on a 4-byte boundary', () => {
    const bytes = encode(smallContents());
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(decodeIndex(shifted).samples).toEqual(Uint32Array.from([3, 9, 5]));
  });
});

describe('decodeIndex on a damaged file', () => {
  let bytes: Uint8Array;
  beforeAll(() => {
    bytes = encode(smallContents());
  });

  it('refuses what is not an index, an older JSON index and another version, saying which', () => {
    expectIndexError(() => decodeIndex(new Uint8Array(0)), /not a Crossread index file/);
    expectIndexError(() => decodeIndex(utf8('XRIX' + 'x'.repeat(20))), /not a Crossread index file/);
    expectIndexError(() => decodeIndex(utf8('{"version":2,"reports":[]}')), /older Crossread \(JSON\)/);
    for (const version of [2, 6, 0xffffffff]) {
      const other = bytes.slice();
      new DataView(other.buffer).setUint32(4, version, true);
      expectIndexError(() => decodeIndex(other), new RegExp(`index version ${version} is not supported`));
    }
  });

  it('refuses a header whose length runs past the file, or that is not JSON', () => {
    const long = bytes.slice();
    new DataView(long.buffer).setUint32(8, 0xfffffff0, true);
    expectIndexError(() => decodeIndex(long), /corrupt or truncated \(header\)/);
    const garbled = bytes.slice();
    garbled[12] = 0x5b; // '[' for '{'
    expectIndexError(() => decodeIndex(garbled), /corrupt or truncated \(header/);
    expectIndexError(() => decodeIndex(withHeader(bytes, () => null)), /header counts/);
  });

  it('refuses counts that are not counts, or larger than the sections', () => {
    for (const bad of [-1, 1.5, '2', null, 2 ** 53, 2 ** 40]) {
      for (const field of ['reports', 'vocab', 'postings', 'sampleHashes'] as const) {
        expect(() => decodeIndex(withHeader(bytes, (h) => ({ ...h, [field]: bad }))), `${field}: ${bad}`).toThrow(IndexError);
      }
    }
    expectIndexError(() => decodeIndex(withHeader(bytes, (h) => ({ ...h, docCount: 'many' }))), /header counts/);
    // One report more than the sections hold.
    expect(() => decodeIndex(withHeader(bytes, (h) => ({ ...h, reports: 3 })))).toThrow(IndexError);
    expect(() => decodeIndex(withHeader(bytes, (h) => ({ ...h, vocab: 5 })))).toThrow(IndexError);
  });

  const SECTIONS: SectionName[] = ['vocab', 'vocabOffsets', 'df', 'postings', 'terms', 'termOffsets', 'keys', 'keyOffsets', 'numbers', 'samples', 'records', 'offsets'];

  it.each(SECTIONS)('refuses a %s section that is missing, runs past the file or is not a span', (name) => {
    const spans: unknown[] = [undefined, 'here', [0], [-4, 8], [0.5, 8], [2 ** 60, 4], [0, 2 ** 60]];
    for (const span of spans) {
      const damaged = withHeader(bytes, (h) => ({ ...h, sections: { ...h.sections, [name]: span } }));
      expect(() => decodeIndex(damaged), JSON.stringify(span)).toThrow(IndexError);
    }
    const past = withHeader(bytes, (h) => ({ ...h, sections: { ...h.sections, [name]: [h.sections[name][0], bytes.length] } }));
    expectIndexError(() => decodeIndex(past), new RegExp(`\\(${name} section\\)`));
    expectIndexError(() => decodeIndex(withHeader(bytes, (h) => ({ ...h, sections: 7 }))), /section/);
  });

  const span = (name: SectionName, delta: number) => withHeader(bytes, (h) => ({ ...h, sections: { ...h.sections, [name]: [h.sections[name][0], h.sections[name][1] + delta] } }));

  it.each(SECTIONS)('refuses a %s section shorter than its counts or offsets say', (name) => {
    expect(() => decodeIndex(span(name, -1))).toThrow(IndexError);
    expect(() => decodeIndex(span(name, -4))).toThrow(IndexError);
  });

  it('refuses a longer section where its end is known (the bytes of the words, vectors, keys, records; the numbers)', () => {
    for (const name of ['vocab', 'terms', 'keys', 'records', 'numbers'] as const) expect(() => decodeIndex(span(name, 4)), name).toThrow(IndexError);
    // Arrays whose length the counts give read their first values: a longer span is padding, not damage.
    for (const name of ['vocabOffsets', 'df', 'postings', 'termOffsets', 'keyOffsets', 'samples'] as const) expect(decodeIndex(span(name, 4)).df).toEqual(decodeIndex(bytes).df);
  });

  it('refuses offsets that end elsewhere than their section, postings out of order or of no report', () => {
    const c = smallContents();
    const cases: Array<[string, Partial<IndexContents>, RegExp]> = [
      ['vocabulary', { vocabOffsets: Uint32Array.from([0, 5, 9, 14, 19]) }, /vocabulary/],
      ['postings end', { postingStart: Uint32Array.from([0, 2, 3, 4, 4]) }, /postings/],
      ['postings order', { postingStart: Uint32Array.from([0, 3, 2, 4, 5]) }, /postings/],
      ['posting of no report', { postingDoc: Uint32Array.from([0, 1, 2, 0, 1]) }, /postings/],
      ['word vectors', { termOffsets: Uint32Array.from([0, 3, 9]) }, /word vectors/],
      ['keys', { keyOffsets: Uint32Array.from([0, 8, 99]) }, /keys/],
      ['samples', { sampleStart: Uint32Array.from([0, 2, 2]) }, /samples/],
      ['records', { recordOffsets: Uint32Array.from([0, 10, 11]) }, /records/],
    ];
    for (const [what, change, message] of cases) {
      expect(() => decodeIndex(encode({ ...c, ...change })), what).toThrow(IndexError);
      expect(() => decodeIndex(encode({ ...c, ...change })), what).toThrow(message);
    }
    for (const shards of [{ perShard: 0, count: 0 }, { perShard: 1, count: 3 }, { perShard: 1.5, count: 2 }, 'two', null]) {
      const damaged = withHeader(encode({ ...c, records: [] }), (h) => ({ ...h, recordShards: shards }));
      expectIndexError(() => decodeIndex(damaged), /record shards/);
    }
  });

  it('refuses a compact file whose vectors or vocabulary do not add up: a word past the vocabulary, more or fewer postings or words', () => {
    const c = smallContents();
    const derived = encode({ ...c, compact: true });
    expectIndexError(() => decodeIndex(withHeader(derived, (h) => ({ ...h, postings: 4 }))), /word vectors/);
    expectIndexError(() => decodeIndex(withHeader(derived, (h) => ({ ...h, postings: 6 }))), /word vectors/);
    expectIndexError(() => decodeIndex(withHeader(derived, (h) => ({ ...h, vocab: 3 }))), /vocabulary/);
    expectIndexError(() => decodeIndex(withHeader(derived, (h) => ({ ...h, vocab: 5 }))), /vocabulary/);
    for (let length = 0; length < derived.length; length++) expect(() => decodeIndex(derived.subarray(0, length)), `${length} bytes`).toThrow(IndexError);
    // Counts far beyond what the sections hold are refused before anything is allocated for them.
    expectIndexError(() => decodeIndex(withHeader(derived, (h) => ({ ...h, vocab: 2 ** 30 }))), /vocabulary/);
    expectIndexError(() => decodeIndex(withHeader(derived, (h) => ({ ...h, postings: 2 ** 30 }))), /word vectors/);
    // Words that each repeat the one before and add to it cost three bytes each, whatever their length: refused once
    // one is longer than any word the builder keeps.
    const words = Array.from({ length: 1100 }, (_, i) => 'a'.repeat(i + 1));
    const long = { ...c, vocab: utf8(words.join('')), vocabOffsets: Uint32Array.from([0, ...words.map((_, i) => ((i + 1) * (i + 2)) / 2)]), df: new Uint32Array(words.length).fill(1) };
    expect(decodeIndex(encode({ ...long, vocab: long.vocab, compact: false, postingStart: new Uint32Array(words.length + 1).fill(5).fill(0, 0, 1) })).df.length).toBe(1100);
    expectIndexError(() => decodeIndex(encode({ ...long, compact: true })), /vocabulary/);
  });

  it('refuses the file truncated anywhere', () => {
    for (let length = 0; length < bytes.length; length++) {
      expect(() => decodeIndex(bytes.subarray(0, length)), `${length} bytes`).toThrow(IndexError);
    }
  });
});

describe('a report’s entries', () => {
  it('term vectors and keys read back as written', () => {
    const ids = fc.uniqueArray(fc.nat({ max: 1_000_000 }), { maxLength: 60 }).map((a) => a.sort((x, y) => x - y));
    fc.assert(
      fc.property(fc.array(ids, { minLength: KEY_GROUPS.length, maxLength: KEY_GROUPS.length }), fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 60, maxLength: 60 }), (groups, weights) => {
        const vector = groups[0].map((id, j) => [id, weights[j]] as const);
        const terms = new ByteWriter();
        writeTermVector(terms, vector);
        const keys = new ByteWriter();
        writeKeys(keys, groups);
        const s = { df: new Uint32Array(1_000_001), terms: terms.finish(), termOffsets: Uint32Array.from([0, terms.length]), keys: keys.finish(), keyOffsets: Uint32Array.from([0, keys.length]) } as IndexSections;
        expect(readTermVector(s, 0)).toEqual({ ids: groups[0], q: weights.slice(0, groups[0].length) });
        expect(readKeys(s, 0).map((g) => [...g])).toEqual(groups);
      }),
      { numRuns: 100 },
    );
  });

  it('a damaged entry is an IndexError when it is read: an id past the vocabulary, a cut varint, a count beyond the entry', () => {
    const s = decodeIndex(encode(smallContents()));
    const damaged = (change: (x: IndexSections) => Partial<IndexSections>) => ({ ...s, ...change(s) });
    // Report 1's entry cut before its end.
    const cutTerms = damaged((x) => ({ termOffsets: Uint32Array.from([x.termOffsets[0], x.termOffsets[1], x.termOffsets[2] - 1]) }));
    expectIndexError(() => readTermVector(cutTerms, 1), /word vectors/);
    // A vocabulary of two words: report 1's ids 1 and 3 are past it.
    const fewWords = damaged(() => ({ df: new Uint32Array(2) }));
    expectIndexError(() => readTermVector(fewWords, 1), /word ids/);
    expectIndexError(() => readKeys(fewWords, 0), /key ids/);
    // An offset past the section reads no further than the section: report 1's entry is cut.
    const past = damaged((x) => ({ keys: x.keys!.subarray(0, x.keys!.length - 1), keyOffsets: Uint32Array.from([0, x.keyOffsets![1], x.keys!.length + 1000]) }));
    expect(readKeys(past, 0).map((g) => [...g])).toEqual(KEYS[0]);
    expectIndexError(() => readKeys(past, 1), /keys/);
    const hugeCount = new ByteWriter();
    hugeCount.varint(2 ** 30);
    const big = damaged(() => ({ keys: hugeCount.finish(), keyOffsets: Uint32Array.from([0, hugeCount.length, hugeCount.length]) }));
    expectIndexError(() => readKeys(big, 0), /keys/);
  });

  it('a record round-trips with its claims, and a damaged one names the report', () => {
    const [report] = REPORTS;
    expect(report.claims.figures.length).toBeGreaterThan(0);
    const bytes = encodeRecord(report);
    expect(Object.keys(JSON.parse(fromUtf8(bytes)))).toEqual(['id', 'title', 'outlet', 'published', 'url', 'byline', 'claims']);
    expect(decodeRecord(bytes, 0)).toEqual(report);
    expectIndexError(() => decodeRecord(bytes.subarray(0, bytes.length - 1), 2), /record 3/);
    expectIndexError(() => decodeRecord(Uint8Array.from([0x7b, 0xc3]), 0), /record 1/);
  });
});
