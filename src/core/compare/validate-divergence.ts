/**
 * The runtime check of a divergence's shape (types.ts), for everything that
 * receives divergences it did not compute: the content script from the
 * background, a tab's state read back from storage. Each kind and subtype is
 * checked with its own facts; sizes are bounded.
 *
 * @example isDivergence({ kind: 'figure', subtype: 'rumour', … }) // false
 */
import type { Divergence } from './types';
import { DIVERGENCE_SUBTYPES } from './types';

const MAX_SHORT = 100_000;
const MAX_ITEMS = 10_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = MAX_SHORT): v is string => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max = MAX_SHORT) => v === null || isStr(v, max);
const optional = (v: unknown, check: (x: unknown) => boolean) => v === undefined || check(v);
const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isFinite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const oneOf = (set: ReadonlySet<string>) => (v: unknown) => typeof v === 'string' && set.has(v);

const QUALIFIERS = new Set(['exact', 'about', 'nearly', 'at-least', 'more-than', 'at-most', 'less-than', 'up-to', 'only']);
const MEASURES = new Set([
  'dead', 'injured', 'shot', 'casualties', 'missing', 'detained', 'arrested', 'charged', 'hostages', 'rescued', 'aboard', 'evacuated',
  'displaced', 'returned', 'relocated', 'released', 'sheltered', 'executed', 'unemployed', 'votes', 'seats', 'magnitude', 'present', 'count',
  'age', 'duration', 'time', 'distance', 'area', 'speed', 'weight', 'money', 'share',
]);
const VERB_KINDS = new Set(['neutral', 'distancing', 'confirming']);
const PERIODS = new Set(['ago', 'every', 'since']);
const AGE_ROLES = new Set(['dead', 'injured', 'suspect']);
const CHANGES = new Set(['rose', 'fell', 'revised']);

function isScope(v: unknown): boolean {
  return (
    isObj(v) && Object.keys(v).length <= 7 &&
    optional(v.place, (x) => isStr(x, 1000)) && optional(v.partial, (x) => typeof x === 'boolean') && optional(v.total, (x) => typeof x === 'boolean') &&
    optional(v.day, (x) => isStr(x, 100)) && optional(v.forecast, (x) => typeof x === 'boolean') && optional(v.many, (x) => typeof x === 'boolean')
  );
}

function isFigureFacts(v: unknown, depth = 0): boolean {
  return (
    isObj(v) &&
    isFinite(v.value) && optional(v.high, isFinite) && oneOf(QUALIFIERS)(v.qualifier) && strOrNull(v.unit, 16) && oneOf(MEASURES)(v.measure) &&
    strOrNull(v.subject, 1000) && strOrNull(v.counted, 1000) && strOrNull(v.source, 1000) && optional(v.scope, isScope) &&
    optional(v.role, oneOf(AGE_ROLES)) && optional(v.zone, (x) => isStr(x, 16)) && optional(v.period, oneOf(PERIODS)) && optional(v.change, oneOf(CHANGES)) &&
    optional(v.contestedBy, (x) => depth === 0 && isFigureFacts(x, 1) && isStr((x as Obj).text))
  );
}

function isAttributionFacts(v: unknown): boolean {
  return (
    isObj(v) && strOrNull(v.speaker, 1000) && strOrNull(v.verb, 200) && (v.verbKind === null || oneOf(VERB_KINDS)(v.verbKind)) && strOrNull(v.relay, 1000) &&
    optional(v.headline, (x) => typeof x === 'boolean') && optional(v.attributedInBody, (x) => strOrNull(x))
  );
}

const isDiffPiece = (v: unknown): boolean => Array.isArray(v) && v.length === 2 && (v[0] === -1 || v[0] === 0 || v[0] === 1) && isStr(v[1]);

function isOther(v: unknown, facts: (x: unknown) => boolean): boolean {
  return (
    isObj(v) && isStr(v.reportId) && isIndex(v.start) && isIndex(v.end) && isStr(v.text) && isStr(v.context) && strOrNull(v.outlet) &&
    strOrNull(v.published, 64) && strOrNull(v.url) && Array.isArray(v.copies) && v.copies.length <= MAX_ITEMS && v.copies.every((c) => isStr(c)) && facts(v.facts)
  );
}

export function isDivergence(v: unknown): v is Divergence {
  if (!isObj(v) || typeof v.kind !== 'string' || !(v.kind in DIVERGENCE_SUBTYPES)) return false;
  const kind = v.kind as keyof typeof DIVERGENCE_SUBTYPES;
  if (typeof v.subtype !== 'string' || !(DIVERGENCE_SUBTYPES[kind] as readonly string[]).includes(v.subtype)) return false;
  if (!isIndex(v.start) || !isIndex(v.end) || v.start > v.end || !isStr(v.text)) return false;
  const facts = kind === 'figure' ? (x: unknown) => isFigureFacts(x) : isAttributionFacts;
  if (!facts(v.facts) || !Array.isArray(v.others) || v.others.length > 1_000 || !v.others.every((o) => isOther(o, facts))) return false;
  if (kind === 'quote' && v.subtype !== 'paraphrased') {
    return Array.isArray(v.diff) && v.diff.length <= MAX_ITEMS && v.diff.every(isDiffPiece) && isFinite(v.changed);
  }
  return true;
}
