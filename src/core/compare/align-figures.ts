/**
 * Figures across reports. Two figures are aligned when they count the same
 * thing: the same state of the same kind of subject ("people missing",
 * "individuals unaccounted for") with some shared context, or the same spot
 * of nearly the same sentence (a rewrite). Aligned figures agree when their
 * ranges, widened by their qualifiers, overlap ("almost 50" and 46).
 */
import { SOURCE_GROUPS, STATES } from '../claims/lexicon';
import type { FigureClaim } from '../claims/types';
import type { Relation } from '../relation';
import { containment, contentStems, entityClass, sameSpeaker, shared } from './similarity';

const STATE_NAMES = new Set(STATES.values());
const STORY_STATES = new Set(['dead', 'missing', 'injured', 'evacuated', 'displaced', 'returned', 'relocated', 'detained', 'released', 'executed', 'magnitude']);
const TOLL_STATES = new Set(['dead', 'missing', 'injured']);
/** A figure for part of the whole ("in Miyagi prefecture alone", "in one ward") is not the toll. */
const SCOPED = /\b(?:alone|in one|in a single|in the city of|in the town of)\b/i;

export interface FigureKey {
  entity: string | null;
  state: string | null;
}

export function keyOf(f: FigureClaim): FigureKey {
  if (!f.counted) return { entity: null, state: null };
  const words = f.counted.split(' ');
  const last = words[words.length - 1];
  const state = words.length > 1 && STATE_NAMES.has(last) ? last : null;
  return { entity: entityClass(words[0]), state };
}

/** The range a figure allows, its qualifier taken into account. */
export function interval(f: FigureClaim): [number, number] {
  const lo = f.value;
  const hi = f.high ?? f.value;
  switch (f.qualifier) {
    case 'about':
      return [lo * 0.85, hi * 1.15];
    case 'nearly':
      return [lo * 0.8, hi];
    case 'at-least':
    case 'more-than':
      return [lo, Infinity];
    case 'up-to':
    case 'at-most':
    case 'less-than':
      return [0, hi];
    default: {
      // "1.2 million" is rounded to its last written digit.
      const m = /(?<!\d)(\d+)\.(\d+)\s*(?:million|billion|trillion|bn|m)\b/i.exec(f.span.text);
      if (m) {
        const scale = f.value / Number(`${m[1]}.${m[2]}`);
        const half = (0.5 * scale) / 10 ** m[2].length;
        return [lo - half, hi + half];
      }
      return [lo, hi];
    }
  }
}

const LOWER = new Set(['at-least', 'more-than']);
const UPPER = new Set(['up-to', 'at-most', 'less-than']);

export function agree(a: FigureClaim, b: FigureClaim): boolean {
  // Two bounds the same way ("more than 60" and "more than 86") state different figures.
  if ((LOWER.has(a.qualifier) && LOWER.has(b.qualifier)) || (UPPER.has(a.qualifier) && UPPER.has(b.qualifier))) {
    return Math.abs(a.value - b.value) <= 0.1 * Math.max(a.value, b.value);
  }
  // Two approximations agree when close to each other, not merely when their ranges touch.
  const approx = (f: FigureClaim) => f.qualifier === 'about' || f.qualifier === 'nearly';
  if (approx(a) && approx(b) && a.high === undefined && b.high === undefined) {
    return Math.abs(a.value - b.value) <= 0.12 * Math.max(a.value, b.value);
  }
  // "30 percent" and "29.7%": the rounder figure is the other rounded.
  if (a.high === undefined && b.high === undefined && roundsTo(a, b)) return true;
  const [alo, ahi] = interval(a);
  const [blo, bhi] = interval(b);
  return alo <= bhi + 1e-9 && blo <= ahi + 1e-9;
}

function decimals(f: FigureClaim): number {
  const m = /\d\.(\d+)/.exec(f.span.text);
  return m && !/million|billion|bn|trillion/i.test(f.span.text) ? m[1].length : 0;
}

function roundsTo(a: FigureClaim, b: FigureClaim): boolean {
  const [coarse, fine] = decimals(a) <= decimals(b) ? [a, b] : [b, a];
  const d = decimals(coarse);
  if (d === decimals(fine)) return false;
  const scale = 10 ** d;
  return Math.round(fine.value * scale) / scale === coarse.value;
}

const ctxCache = new WeakMap<object, Set<string>>();
function contextStems(f: FigureClaim): Set<string> {
  let s = ctxCache.get(f);
  if (!s) {
    s = contentStems(f.context.text);
    for (const k of [...s]) if (/^\d/.test(k)) s.delete(k);
    ctxCache.set(f, s);
  }
  return s;
}

/** The two words before the figure in its sentence, lower-cased. */
function wordsBefore(f: FigureClaim): string {
  const before = f.context.text.slice(0, Math.max(0, f.span.start - f.context.start));
  return before.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(-2).join(' ');
}

function wordsAfter(f: FigureClaim): string {
  const after = f.context.text.slice(Math.max(0, f.span.end - f.context.start));
  return after.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 2).join(' ');
}

export function sourceGroup(source: string | null | undefined): string | null {
  if (!source) return null;
  const words = source.toLowerCase().split(/\P{L}+/u).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const g = SOURCE_GROUPS.get(words[i]);
    if (g) return g;
  }
  return null;
}

/** True when two sources cannot be told apart (or one is unknown). */
export function sameSource(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  const ga = sourceGroup(a);
  const gb = sourceGroup(b);
  if (ga && gb) return ga === gb;
  return sameSpeaker(a, b) !== false;
}

export interface Alignment {
  /** 2: the same spot of nearly the same sentence; 1: the same counted thing. */
  strength: number;
  similarity: number;
}

/** Whether two figures of two reports count the same thing, and how surely. */
export function alignFigures(a: FigureClaim, b: FigureClaim, relation: Relation): Alignment | null {
  if (a.unit !== b.unit) return null;
  const ca = contextStems(a);
  const cb = contextStems(b);
  const similarity = containment(ca, cb);
  const n = shared(ca, cb);
  const near = relation === 'story' ? 0.8 : 0.6;
  if (similarity >= near && n >= 3 && wordsBefore(a) === wordsBefore(b) && (wordsAfter(a) === wordsAfter(b) || a.counted === b.counted)) {
    return { strength: 2, similarity };
  }
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (!ka.entity || ka.entity !== kb.entity) return null;
  if (ka.state && kb.state) {
    if (ka.state !== kb.state) return null;
    // Between reports of one story, only tolls and counts of people (and a quake's magnitude) are
    // taken to be the same figure by what they count: seats, votes or shares belong to many subjects.
    if (relation === 'story' && !STORY_STATES.has(ka.state)) return null;
    if (relation === 'story' && (SCOPED.test(a.context.text) !== SCOPED.test(b.context.text))) return null;
    const need = relation === 'story' ? (TOLL_STATES.has(ka.state) ? 0.1 : 0.25) : 0.12;
    if (similarity >= need || (a.source && b.source && sameSource(a.source, b.source) && n >= 2)) return { strength: 1, similarity };
    return null;
  }
  if (ka.state || kb.state || relation === 'story') return null;
  // Nothing said of the subject: only a near-identical sentence will do.
  return similarity >= 0.6 && n >= 4 ? { strength: 1, similarity } : null;
}

/**
 * Figures of one report that contest each other: the same thing counted, two
 * incompatible values, from sources of two kinds, in the same or the next sentence.
 */
export function contestedPairs(figures: readonly FigureClaim[]): Map<FigureClaim, FigureClaim> {
  const out = new Map<FigureClaim, FigureClaim>();
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i];
    if (!a.source) continue;
    for (let j = i + 1; j < figures.length && j < i + 6; j++) {
      const b = figures[j];
      if (!b.source || b.unit !== a.unit || b.context.start > a.context.end + 2) continue;
      const ka = keyOf(a);
      const kb = keyOf(b);
      if (!ka.entity || ka.entity !== kb.entity || ka.state !== kb.state) continue;
      if (agree(a, b) || sameSource(a.source, b.source)) continue;
      out.set(a, b);
      out.set(b, a);
    }
  }
  return out;
}
