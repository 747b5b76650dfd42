/**
 * One remembered article as the reader's index stores it: the builder's
 * analysis of it (`ReportAnalysis`, src/index/build-index.ts), never its text.
 * Two parts, each deflated, because they are read at different times: the
 * record (metadata, claims and the sentences around them), read when the
 * article is related to a page; and the features (every content word with
 * its count, which are names, the shingle sample, a few numbers), read only
 * when a segment of the reader's index is rebuilt.
 *
 * fflate deflates synchronously: a record is a few kilobytes, and the
 * browsers' CompressionStream costs about half a millisecond a call on those,
 * which thousands of records in a merge would feel.
 *
 * @example loadAnalysis(storeAnalysis(a)) // deep-equals a
 */
import { deflateSync, inflateSync } from 'fflate';
import type { ReportAnalysis } from '../index/build-index';

export interface StoredAnalysis {
  /** Deflated JSON of the features (see `FeaturesJson`). */
  features: Uint8Array;
  /** The deflated record bytes. */
  record: Uint8Array;
  /** The record's length once inflated: a segment keeps its offsets. */
  recordLength: number;
}

export class AnalysisError extends Error {
  override name = 'AnalysisError';
}

/** The features as stored: short keys, the words in one array and their counts in another. */
interface FeaturesJson {
  v: 1;
  id: string;
  /** textHash */
  h: number;
  /** words, distinct shingles, publication day */
  w: number;
  s: number;
  d: number;
  /** the shingle sample */
  m: number[];
  /** content words, their counts, and the positions of those written as names */
  t: string[];
  c: number[];
  n: number[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function storeAnalysis(a: ReportAnalysis): StoredAnalysis {
  const features: FeaturesJson = {
    v: 1,
    id: a.id,
    h: a.hash,
    w: a.words,
    s: a.shingleCount,
    d: a.day,
    m: a.sample,
    t: a.terms.map(([term]) => term),
    c: a.terms.map(([, count]) => count),
    n: a.terms.flatMap(([, , name], i) => (name ? [i] : [])),
  };
  return {
    features: deflateSync(encoder.encode(JSON.stringify(features)), { level: 6 }),
    record: deflateSync(a.record, { level: 6 }),
    recordLength: a.record.length,
  };
}

/** The record bytes alone (a lookup needs no more). Throws AnalysisError. */
export function loadRecord(s: Pick<StoredAnalysis, 'record' | 'recordLength'>): Uint8Array {
  let record: Uint8Array;
  try {
    record = inflateSync(s.record);
  } catch {
    throw new AnalysisError('its record cannot be decompressed');
  }
  if (record.length !== s.recordLength) throw new AnalysisError(`its record has ${record.length} bytes where ${s.recordLength} were stored`);
  return record;
}

const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isU32 = (x: unknown): x is number => isCount(x) && (x as number) <= 0xffffffff;

/** The whole analysis again, checked (stored data may be damaged, and restored files are untrusted). Throws AnalysisError. */
export function loadAnalysis(s: StoredAnalysis): ReportAnalysis {
  let f: FeaturesJson;
  try {
    f = JSON.parse(decoder.decode(inflateSync(s.features))) as FeaturesJson;
  } catch {
    throw new AnalysisError('its features cannot be decompressed');
  }
  return checkedAnalysis(f, loadRecord(s));
}

function checkedAnalysis(f: FeaturesJson, record: Uint8Array): ReportAnalysis {
  const ok =
    f &&
    f.v === 1 &&
    typeof f.id === 'string' &&
    isCount(f.h) &&
    isCount(f.w) &&
    isCount(f.s) &&
    isCount(f.d) &&
    Array.isArray(f.m) &&
    f.m.length <= 1024 &&
    f.m.every(isU32) &&
    Array.isArray(f.t) &&
    Array.isArray(f.c) &&
    Array.isArray(f.n) &&
    f.t.length === f.c.length &&
    f.t.every((t) => typeof t === 'string' && t.length > 0 && t.length <= 200) &&
    f.c.every((c) => isCount(c) && c > 0) &&
    f.n.every((i) => isCount(i) && i < f.t.length);
  if (!ok) throw new AnalysisError('its features are damaged');
  const names = new Set(f.n);
  return {
    id: f.id,
    hash: f.h,
    terms: f.t.map((term, i) => [term, f.c[i], names.has(i)]),
    words: f.w,
    shingleCount: f.s,
    sample: f.m,
    day: f.d,
    record,
  };
}

/**
 * The analysis as plain JSON, for export files: readable by people, and
 * checked again on the way back in (`analysisFromJson`).
 */
export function analysisToJson(a: ReportAnalysis): Record<string, unknown> {
  return {
    id: a.id,
    hash: a.hash,
    words: a.words,
    shingleCount: a.shingleCount,
    day: a.day,
    sample: a.sample,
    terms: a.terms,
    record: decoder.decode(a.record),
  };
}

export function analysisFromJson(v: unknown): ReportAnalysis {
  const o = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  const terms = Array.isArray(o.terms) ? o.terms : null;
  if (!terms || typeof o.record !== 'string' || !terms.every((t) => Array.isArray(t) && t.length === 3 && typeof t[2] === 'boolean')) {
    throw new AnalysisError('its analysis is missing or damaged');
  }
  const f: FeaturesJson = {
    v: 1,
    id: o.id as string,
    h: o.hash as number,
    w: o.words as number,
    s: o.shingleCount as number,
    d: o.day as number,
    m: o.sample as number[],
    t: terms.map((t) => t[0]),
    c: terms.map((t) => t[1]),
    n: terms.flatMap((t, i) => (t[2] ? [i] : [])),
  };
  const record = encoder.encode(o.record);
  try {
    const parsed = JSON.parse(o.record) as { id?: unknown };
    if (parsed.id !== o.id) throw new Error();
  } catch {
    throw new AnalysisError('its record is damaged');
  }
  return checkedAnalysis(f, record);
}
