/**
 * One remembered article as the reader's index stores it: the builder's
 * analysis of it (`ReportAnalysis`, src/index/build-index.ts), never its text,
 * deflated as one piece: the features (every content word with its count
 * and whether it is a name, the shingle sample, a few numbers: what a
 * rebuild of a segment reads), a line break, then the record (metadata,
 * claims and the sentences around them: what a lookup reads when the article
 * is related to a page). One piece, because the record's sentences hold most
 * of the words the features list, and deflate then stores them once.
 *
 * Deflated with a preset dictionary (analysis-dictionary.ts: analyses of the
 * project's own corpus, so that what every record repeats, its JSON keys and
 * the common words of news, costs a reference from the first article on):
 * on gva-dev 2,030 bytes an article against 2,340 without it. Entries stored
 * before it (no `packing`) hold the record first and no dictionary; they are
 * read as they are.
 *
 * The features, as text (a term or a key never holds a line break or a tab):
 *   hash words shingles day groups
 *   sample hashes in base 36, separated by spaces (packing 2: the first, then
 *     each one's difference from the one before, as they ascend)
 *   `groups` lines: the keys of the happening of each group of KEY_GROUPS, in its order, separated by tabs
 *     (the `names` line is left empty: the name words are the terms marked as names)
 *   one line per term: the term, then "\t<count>" when it occurs more than once, then "\t*" when it is a name
 * (`groups` was not written before the keys existed: 0 lines then, and the article is matched on its words.)
 *
 * fflate deflates synchronously: a record is a few kilobytes, and the
 * browsers' CompressionStream costs about half a millisecond a call on those,
 * which thousands of records in a merge would feel.
 *
 * @example loadAnalysis(storeAnalysis(a)) // deep-equals a
 */
import { deflateSync, inflateSync } from 'fflate';
import { MAX_TERM_LENGTH, type ReportAnalysis } from '../index/build-index';
import { KEY_GROUPS, type KeyStrings } from '../core/happening';
import { ANALYSIS_DICTIONARY } from './analysis-dictionary';

/** How the entries written now are laid out: features first, sample as differences, deflated with ANALYSIS_DICTIONARY. */
const PACKING = 2;

export interface StoredAnalysis {
  /** The deflated analysis: features and record (their order and the dictionary as `packing` says). */
  analysis: Uint8Array;
  /** The record's length once inflated: a segment keeps its offsets. */
  recordLength: number;
  /** 2: as written now; absent: the record first, then the features, deflated without a dictionary. */
  packing?: number;
}

export class AnalysisError extends Error {
  override name = 'AnalysisError';
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const NEWLINE = 0x0a;

/** The features as text; `deltas`: the sample as differences (packing 2). */
export function featuresText(a: ReportAnalysis, deltas = true): string {
  const terms = a.terms.map(([term, count, name]) => `${term}${count > 1 ? `\t${count}` : ''}${name ? '\t*' : ''}`);
  const keys = KEY_GROUPS.map((group) => (group === 'names' ? '' : a.keys[group].join('\t')));
  const sample = deltas ? a.sample.map((h, i) => h - (i > 0 ? a.sample[i - 1] : 0)) : a.sample;
  return [`${a.hash} ${a.words} ${a.shingleCount} ${a.day} ${keys.length}`, sample.map((h) => h.toString(36)).join(' '), ...keys, ...terms].join('\n');
}

export function storeAnalysis(a: ReportAnalysis): StoredAnalysis {
  const features = encoder.encode(featuresText(a));
  const whole = new Uint8Array(features.length + 1 + a.record.length);
  whole.set(features);
  whole[features.length] = NEWLINE;
  whole.set(a.record, features.length + 1);
  return { analysis: deflateSync(whole, { level: 6, dictionary: ANALYSIS_DICTIONARY }), recordLength: a.record.length, packing: PACKING };
}

/** The inflated analysis cut into its features and its record. */
function inflated(s: StoredAnalysis): { features: Uint8Array; record: Uint8Array } {
  if (s.packing !== undefined && s.packing !== PACKING) throw new AnalysisError(`its stored analysis is of a packing this Crossread does not know (${String(s.packing)})`);
  const packed = s.packing === PACKING;
  let whole: Uint8Array;
  try {
    whole = inflateSync(s.analysis, packed ? { dictionary: ANALYSIS_DICTIONARY } : {});
  } catch {
    throw new AnalysisError('its stored analysis cannot be decompressed');
  }
  const cut = packed ? whole.length - s.recordLength - 1 : s.recordLength;
  if (!Number.isSafeInteger(s.recordLength) || s.recordLength < 0 || cut < 0 || whole.length <= s.recordLength || whole[cut] !== NEWLINE) {
    throw new AnalysisError('its stored analysis is damaged (the record is not where it was put)');
  }
  return packed ? { features: whole.subarray(0, cut), record: whole.subarray(cut + 1) } : { features: whole.subarray(cut + 1), record: whole.subarray(0, cut) };
}

/** The record bytes alone (what a lookup needs). Throws AnalysisError. */
export function loadRecord(s: StoredAnalysis): Uint8Array {
  return inflated(s).record;
}

/** What a list of remembered articles shows, read from the record; blanks when it cannot be read (the entry then says what is wrong). */
export function recordListing(s: StoredAnalysis): { title: string; outlet: string | null; published: string | null } {
  try {
    const meta = JSON.parse(decoder.decode(loadRecord(s))) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    return { title: text(meta.title) ?? '', outlet: text(meta.outlet), published: text(meta.published) };
  } catch {
    return { title: '', outlet: null, published: null };
  }
}

const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

const noKeys = (): KeyStrings => Object.fromEntries(KEY_GROUPS.map((group) => [group, []])) as unknown as KeyStrings;

const isKey = (k: unknown) => typeof k === 'string' && k.length > 0 && k.length <= MAX_TERM_LENGTH && !/[\t\n]/.test(k);

/** The whole analysis again, checked (stored data may be damaged, and restored files are untrusted). Throws AnalysisError. */
export function loadAnalysis(s: StoredAnalysis, id?: string): ReportAnalysis {
  const { features, record: inflatedRecord } = inflated(s);
  let lines: string[];
  try {
    lines = decoder.decode(features).split('\n');
  } catch {
    throw new AnalysisError('its features are not text');
  }
  const [hash, words, shingleCount, day, groups = 0] = (lines[0] ?? '').split(' ').map(Number);
  const sample = lines[1] ? lines[1].split(' ').map((h) => parseInt(h, 36)) : [];
  if (s.packing === PACKING) for (let i = 1; i < sample.length; i++) sample[i] += sample[i - 1];
  if (groups !== 0 && groups !== KEY_GROUPS.length) throw new AnalysisError('its features are damaged');
  const keys = noKeys();
  KEY_GROUPS.forEach((group, g) => {
    if (groups > 0 && lines[2 + g]) keys[group] = lines[2 + g].split('\t');
  });
  const terms: ReportAnalysis['terms'] = lines.slice(2 + groups).map((line) => {
    const [term, ...marks] = line.split('\t');
    const count = marks.find((m) => m !== '*');
    return [term, count === undefined ? 1 : Number(count), marks.includes('*')];
  });
  if (groups > 0) keys.names = terms.filter(([, , name]) => name).map(([term]) => term);
  const record = inflatedRecord.slice();
  return checkedAnalysis({ id: id ?? recordId(record), hash, words, shingleCount, day, sample, terms, keys, record });
}

function recordId(record: Uint8Array): string {
  try {
    const id = (JSON.parse(decoder.decode(record)) as { id?: unknown }).id;
    if (typeof id === 'string') return id;
  } catch {
    // said below
  }
  throw new AnalysisError('its record is damaged');
}

function checkedAnalysis(a: ReportAnalysis): ReportAnalysis {
  const ok =
    typeof a.id === 'string' &&
    isCount(a.hash) &&
    isCount(a.words) &&
    isCount(a.shingleCount) &&
    isCount(a.day) &&
    Array.isArray(a.sample) &&
    a.sample.length <= 1024 &&
    a.sample.every((h) => isCount(h) && h <= 0xffffffff) &&
    Array.isArray(a.terms) &&
    a.terms.every((t) => {
      if (!Array.isArray(t) || t.length !== 3) return false;
      const [term, count, name] = t;
      return typeof term === 'string' && term.length > 0 && term.length <= MAX_TERM_LENGTH && !/[\t\n]/.test(term) && isCount(count) && count > 0 && typeof name === 'boolean';
    }) &&
    typeof a.keys === 'object' &&
    a.keys !== null &&
    KEY_GROUPS.every((group) => Array.isArray(a.keys[group]) && a.keys[group].length <= 0xffff && a.keys[group].every(isKey));
  if (!ok) throw new AnalysisError('its features are damaged');
  return a;
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
    keys: a.keys,
    record: decoder.decode(a.record),
  };
}

export function analysisFromJson(v: unknown): ReportAnalysis {
  const o = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  if (!Array.isArray(o.terms) || typeof o.record !== 'string' || !Array.isArray(o.sample)) throw new AnalysisError('its analysis is missing or damaged');
  let id: unknown;
  try {
    id = (JSON.parse(o.record) as { id?: unknown }).id;
  } catch {
    throw new AnalysisError('its record is damaged');
  }
  if (id !== o.id) throw new AnalysisError('its record is damaged');
  return checkedAnalysis({
    id: o.id as string,
    hash: o.hash as number,
    words: o.words as number,
    shingleCount: o.shingleCount as number,
    day: o.day as number,
    sample: o.sample as number[],
    terms: o.terms as ReportAnalysis['terms'],
    // An export made before the keys existed: matched on its words.
    keys: o.keys === undefined ? noKeys() : (o.keys as KeyStrings),
    record: encoder.encode(o.record),
  });
}
