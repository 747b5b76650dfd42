/**
 * Figures across reports. Two figures are compared only when they state one
 * quantity: the same measure (killed, injured, an age, a time of day …), of
 * the same subject (the same people counted, the same person's age, the same
 * party's share), within scopes that agree (a figure for one venue is not the
 * total; a figure whose scope cannot be read is not compared with one whose
 * scope is known to differ) — or the same spot of nearly the same sentence (a
 * rewrite or a copy). Compared figures are then the same, compatible (their
 * ranges, widened by their qualifiers, overlap: "at least 80" and 89), or in
 * conflict.
 */
import { SURNAME_PARTICLE, ageYears, inYears, surname } from '../claims/age-roles';
import { MEASURE_UNITS, ORGANISATION, SOURCE_GROUPS, UNIT_SECONDS } from '../claims/lexicon';
import type { FigureClaim, FigureMeasure, FigureScope } from '../claims/types';
import type { Relation } from '../relation';
import { STOPWORDS } from '../stopwords';
import { containment, contentStems, entityClass, sameSpeaker, shared } from './similarity';

/** Measures whose values change as a story goes on (tolls rise, counts are revised, a search area widens); an age or a distance does not. */
export const EVOLVING: ReadonlySet<FigureMeasure> = new Set<FigureMeasure>([
  'dead', 'injured', 'shot', 'casualties', 'missing', 'detained', 'arrested', 'charged', 'hostages', 'rescued', 'aboard', 'evacuated',
  'displaced', 'returned', 'relocated', 'released', 'sheltered', 'executed', 'unemployed', 'votes', 'seats', 'magnitude', 'count', 'share', 'money', 'area',
]);
/** Counts of people, which reports of one story give for the same people. */
export const PEOPLE_COUNTS: ReadonlySet<FigureMeasure> = new Set<FigureMeasure>([
  'dead', 'injured', 'shot', 'casualties', 'missing', 'detained', 'arrested', 'charged', 'hostages', 'rescued', 'aboard', 'evacuated',
  'displaced', 'returned', 'relocated', 'released', 'sheltered', 'executed',
]);
const TOLLS: ReadonlySet<FigureMeasure> = new Set<FigureMeasure>(['dead', 'injured', 'shot', 'missing', 'casualties']);

const AREA_BASE: Readonly<Record<string, number>> = { m2: 1, km2: 1e6, mi2: 2.59e6, ft2: 0.0929, yd2: 0.836, ha: 1e4, acre: 4046.86, cm2: 1e-4 };

/** The size of one unit in its family's base unit (seconds, metres, square metres, m/s, kg), or 1. */
function unitSize(f: FigureClaim): number {
  const u = f.unit;
  if (!u) return 1;
  if (f.measure === 'duration') return UNIT_SECONDS[u] ?? 1;
  if (f.measure === 'age') return u === 'mo' ? 1 / 12 : 1;
  if (f.measure === 'area') return AREA_BASE[u] ?? 1;
  for (const [, [, unit, base]] of MEASURE_UNITS) if (unit === u) return base;
  return 1;
}

/** Those arrested and those held or in custody are one count of people the police took ("3 men in custody", "4 men arrested"). */
const HELD = new Set(['arrested', 'detained']);

/** Units that can be compared: a currency only with itself, a length with any length. */
function unitFamily(f: FigureClaim): string {
  if (f.measure === 'money') return f.unit ?? '?';
  if (f.measure === 'share') return '%';
  if (f.measure === 'time') return `time ${f.zone && f.zone !== 'local' ? f.zone : ''}`;
  return f.measure;
}

/** The range a figure allows, in its family's base unit, its qualifier taken into account. */
export function interval(f: FigureClaim): [number, number] {
  const size = unitSize(f);
  const lo = f.value * size;
  const hi = (f.high ?? f.value) * size;
  if (f.measure === 'time') {
    // A time of day: "about" is a quarter of an hour, "just before" half an hour.
    switch (f.qualifier) {
      case 'about':
        return [lo - 15, hi + 15];
      case 'nearly':
        return [lo - 30, hi];
      case 'at-least':
      case 'more-than':
        return [lo, hi + 30];
      case 'up-to':
      case 'at-most':
      case 'less-than':
        return [lo - 60, hi];
      default:
        return [lo, hi];
    }
  }
  // "about 300" is loose; "about 32,000" says its thousands: a tighter bound for a figure of two digits or more.
  const loose = significantDigits(f.value) < 2 ? 1 : 1 / 3;
  switch (f.qualifier) {
    case 'about':
      return [lo * (1 - 0.15 * loose), hi * (1 + 0.15 * loose)];
    case 'nearly':
      return [lo * (1 - 0.2 * loose), hi];
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
        const scale = lo / Number(`${m[1]}.${m[2]}`);
        const half = (0.5 * scale) / 10 ** m[2].length;
        return [lo - half, hi + half];
      }
      return [lo, hi];
    }
  }
}

/** Words that make an unemployment rate a group's or a place's, not the country's. */
const JOBLESS_PART = /\b(?:youth|young|among|long-term|women|men|blacks?|hispanics?|graduates|region|state|city|county)\b/i;

/** Digits of a value before its trailing zeros: 32,000 has two, 300 one, 1.5 two. */
function significantDigits(v: number): number {
  const digits = String(Math.abs(v)).replace('.', '');
  let from = 0;
  let to = digits.length;
  while (from < to && digits[from] === '0') from++;
  while (to > from && digits[to - 1] === '0') to--;
  return Math.max(1, to - from);
}

const LOWER = new Set(['at-least', 'more-than']);
const UPPER = new Set(['up-to', 'at-most', 'less-than']);
const approx = (f: FigureClaim) => f.qualifier === 'about' || f.qualifier === 'nearly';

function decimals(f: FigureClaim): number {
  const m = /\d\.(\d+)/.exec(f.span.text);
  return m && !/million|billion|bn|trillion/i.test(f.span.text) ? m[1].length : 0;
}

function roundsTo(a: FigureClaim, b: FigureClaim): boolean {
  const [coarse, fine] = decimals(a) <= decimals(b) ? [a, b] : [b, a];
  const d = decimals(coarse);
  if (d === decimals(fine)) return false;
  const scale = 10 ** d;
  return Math.round(fine.value * unitSize(fine) / unitSize(coarse) * scale) / scale === coarse.value;
}

/** How two figures of one quantity relate: the same figure, compatible ones that differ, or a conflict. */
export type Agreement = 'same' | 'compatible' | 'conflict';

export function agreement(a: FigureClaim, b: FigureClaim): Agreement {
  // "a 1-year-old baby" and "14-month-old Eva": an age in years runs to the next birthday, against one in months.
  if (a.measure === 'age' && (a.unit === 'mo') !== (b.unit === 'mo')) {
    const years = (f: FigureClaim): [number, number] => (f.unit === 'mo' ? ageYears(f) : [f.value, (f.high ?? f.value) + 11 / 12]);
    const [alo, ahi] = years(a);
    const [blo, bhi] = years(b);
    return alo <= bhi + 1e-9 && blo <= ahi + 1e-9 ? 'compatible' : 'conflict';
  }
  const [alo, ahi] = interval({ ...a, qualifier: 'exact' });
  const [blo, bhi] = interval({ ...b, qualifier: 'exact' });
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y)) || (a.unit !== b.unit && Math.abs(x - y) <= 0.02 * Math.max(Math.abs(x), Math.abs(y)));
  // "1.2 million" and "1,200,000": the same value, though the first is read as rounded.
  const same = (x: FigureClaim) => [x.value * unitSize(x), (x.high ?? x.value) * unitSize(x)];
  const [pa, qa] = same(a);
  const [pb, qb] = same(b);
  if (a.qualifier === b.qualifier && close(pa, pb) && close(qa, qb)) return 'same';
  if (close(alo, blo) && close(ahi, bhi) && (a.qualifier === b.qualifier || !(LOWER.has(a.qualifier) || UPPER.has(a.qualifier) || LOWER.has(b.qualifier) || UPPER.has(b.qualifier)))) return 'same';
  // "30 percent" and "29.7%": the rounder figure is the other rounded.
  if (a.high === undefined && b.high === undefined && roundsTo(a, b)) return 'same';
  // Two approximations close to each other are one figure told loosely: within 5% of each other, or, for times of
  // day (minutes after midnight, where 5% is three minutes at one in the morning and fifty in the evening), within
  // five minutes ("about 1:13 a.m." and "shortly before 1:15 a.m.", not "about 5 p.m." and "about 4:40 p.m."). An
  // exact time and an approximate one ("3:51 p.m.", "about 3:50 p.m.") are given differently, as "89" and "at least 80".
  const near = a.measure === 'time' ? 5 : 0.05 * Math.max(alo, blo);
  if (approx(a) && approx(b) && a.high === undefined && b.high === undefined && Math.abs(alo - blo) <= near) return 'same';
  // Two bounds the same way ("more than 60" and "more than 86") both hold: given differently.
  if ((LOWER.has(a.qualifier) && LOWER.has(b.qualifier)) || (UPPER.has(a.qualifier) && UPPER.has(b.qualifier))) return 'compatible';
  const [ilo, ihi] = interval(a);
  const [jlo, jhi] = interval(b);
  // "after four months on the run" and "after 126 days": a length in the coarser unit is that unit rounded.
  if (a.measure === 'duration' && b.measure === 'duration' && a.unit !== b.unit) {
    const coarse = unitSize(a) > unitSize(b) ? a : b;
    const [clo, chi] = coarse === a ? [ilo, ihi] : [jlo, jhi];
    const [flo, fhi] = coarse === a ? [jlo, jhi] : [ilo, ihi];
    const half = unitSize(coarse) / 2;
    if (coarse.qualifier === 'exact' && Number.isInteger(coarse.value) && flo < chi + half && clo - half < fhi) return 'compatible';
  }
  return ilo <= jhi + 1e-9 && jlo <= ihi + 1e-9 ? 'compatible' : 'conflict';
}

/** True when the two figures can both be right as written. */
export function agree(a: FigureClaim, b: FigureClaim): boolean {
  return agreement(a, b) !== 'conflict';
}

const ctxCache = new WeakMap<object, Set<string>>();

/** A test of one figure's sentence, made once per figure: every pair of figures asks it. */
function perFigure<T>(test: (f: FigureClaim) => T): (f: FigureClaim) => T {
  const seen = new WeakMap<FigureClaim, { v: T }>();
  return (f) => {
    let hit = seen.get(f);
    if (!hit) seen.set(f, (hit = { v: test(f) }));
    return hit.v;
  };
}
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

/** A day of another, earlier event: "last summer", "another shooting", "before", a year. */
const past = (d: string | undefined) => !!d && (d.startsWith('last ') || d.startsWith('another ') || d === 'before' || /^\d{4}$/.test(d));

/**
 * Whether two scopes may hold one quantity: a part (a venue, one ward, "El
 * Centro officers") only with the same part; two regions only when the same;
 * the whole with anything but a part; two days named only when the same.
 */
export function scopesAgree(a: FigureScope | undefined, b: FigureScope | undefined): boolean {
  const pa = a?.place ?? null;
  const pb = b?.place ?? null;
  if (a?.day && b?.day && a.day !== b.day) return false;
  // "Last summer, eight were injured", "shot 3 others in 2015": another, earlier event, unless the other says the
  // same. A year is named with a figure of another year than the story's, almost always; "another shooting" is another.
  if (past(a?.day) !== past(b?.day)) return false;
  // A round-up's count ("15 wounded in shootings across the city") is of many happenings, not of this one.
  if (!!a?.many !== !!b?.many) return false;
  if (pa && pb) return samePlace(pa, pb);
  if ((pa && a?.partial) || (pb && b?.partial)) return false;
  return true;
}

const dayOnly = (s: FigureScope | undefined): FigureScope | undefined => (s?.day ? { day: s.day } : undefined);

/** The span a round-up's sentence names ("this year", "this past weekend", "since Friday"), lower-cased, or null. */
function roundUpSpan(f: FigureClaim): string | null {
  const m = /\b(?:(?:this|last|past|so far this)\s+(?:past\s+)?(year|month|week|weekend|summer)|since\s+(\p{L}+))\b/iu.exec(f.context.text);
  return m ? (m[1] ?? `since ${m[2]}`).toLowerCase() : null;
}

function samePlace(a: string, b: string): boolean {
  // "killed there": a place the sentence does not name, which another's "there" need not be.
  if (a === 'there' || b === 'there') return false;
  const wa = a.replace(/^the /, '');
  const wb = b.replace(/^the /, '');
  // A part at a place ("in the back, some of them") is not the part alone ("some of them"): others of two groups.
  if (wa.includes(', ') || wb.includes(', ')) return wa === wb;
  return wa === wb || wa.endsWith(` ${wb}`) || wb.endsWith(` ${wa}`);
}

const GENERIC = new Set(['said', 'say', 'report', 'told', 'accord', 'police', 'offici', 'people', 'also', 'news', 'time']);
const NO_STEMS: ReadonlySet<string> = new Set();
const subjectCache = new Map<string, ReadonlySet<string>>();
/** Stems of what a figure is said of, without the words every report uses; cached, since every pair of figures asks. */
function subjectStems(s: string | null): ReadonlySet<string> {
  if (!s) return NO_STEMS;
  let out = subjectCache.get(s);
  if (!out) {
    const stems = contentStems(s);
    for (const g of GENERIC) stems.delete(g);
    for (const k of [...stems]) if (/^\d/.test(k)) stems.delete(k);
    out = stems;
    if (subjectCache.size > 5000) subjectCache.clear();
    subjectCache.set(s, out);
  }
  return out;
}

/**
 * "Shots fired", "opened fire", "gunfire": one happening, shooting, whichever word a report uses; a rampage is a
 * spree; working, serving, a career and a veteran's years are one tenure.
 */
function shootingStems(stems: ReadonlySet<string>): ReadonlySet<string> {
  if (![...stems].some((x) => ONE_HAPPENING.has(x))) return stems;
  return new Set([...stems].map((x) => ONE_HAPPENING.get(x) ?? x));
}
const ONE_HAPPENING = new Map([['fired', 'shoot'], ['fire', 'shoot'], ['fir', 'shoot'], ['carnag', 'shoot'], ['incide', 'shoot'], ['rampag', 'spree'], ['spre', 'spree'],
  ['work', 'tenure'], ['serv', 'tenure'], ['vetera', 'tenure'], ['career', 'tenure'], ['employ', 'tenure'],
  ['assaul', 'storm'],
  // The police sent and the police there: "were dispatched about 11:50 a.m.", "just before noon police responded".
  ['dispat', 'respon'],
  // How long a plane flew: "flew for about seven hours", "its flight lasted".
  ['flew', 'flight'],
  // A bomb that went off: "the first explosion", "a suicide bomber blew himself up", "detonated his vest", "the blast".
  ['blew', 'explos'], ['bomber', 'explos'], ['bomb', 'explos'], ['deton', 'explos'], ['blast', 'explos'],
  // A plane lost: "lost contact with air traffic controllers", "disappeared from radar screens", "vanished".
  ['radar', 'vanish'], ['contro', 'vanish'], ['contac', 'vanish'], ['disapp', 'vanish'], ['vanish', 'vanish']]);

/** The stems of what a time or a duration is said of, without the verbs that say nothing of which event it is. */
function eventStems(s: string | null): ReadonlySet<string> {
  const all = shootingStems(subjectStems(s));
  if (![...all].some((x) => WEAK_EVENT.has(x))) return all;
  return new Set([...all].filter((x) => !WEAK_EVENT.has(x)));
}

const TITLE = /^(?:officer|sergeant|sgt\.?|deputy|detective|lieutenant|lt\.?|captain|capt\.?|chief|senator|sen\.?|governor|gov\.?|president|judge|pastor|rev\.?|father|coach|professor|prof\.?|trooper|corporal|private|mr\.?|mrs\.?|ms\.?|miss|dr\.?)$/;

/** Words that end a place's name, not a person's ("Main Street"); an organisation's are `ORGANISATION`'s ("Corpus Christi Police"). */
const PLACE_END = /^(?:sheriff|sheriff's|college|park|street|avenue|road|bar|jail|prison)$/;
const notAName = (w: string) => ORGANISATION.test(w) || PLACE_END.test(w);

/** A subject that is a name ("Syriza", "Micah Johnson"), not a noun ("people"). */
const named = (s: string | null) => !!s && /^\p{Lu}/u.test(s);

/** A person described by a place ("Oakland man", "Juneau student"), not named. */
const described = (s: string | null) => !!s && /^\p{Lu}.*\s\p{Ll}+$/u.test(s);

/**
 * One first name spelt two ways by two reports ("Adline" and "Adeline", "Javon" and "Jovan"): the same first
 * letter, and one letter more, less or other, or the same letters in another order. Not "Fred" and "Freddy".
 */
export function speltTwoWays(x: string, y: string): boolean {
  if (x[0] !== y[0] || Math.min(x.length, y.length) < 4 || Math.abs(x.length - y.length) > 1) return false;
  if (x.length === y.length && [...x].sort().join('') === [...y].sort().join('')) return true;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  const rest = (k: number, l: number) => x.slice(i + k) === y.slice(i + l);
  return x.length === y.length ? rest(1, 1) : x.length > y.length ? rest(1, 0) : rest(0, 1);
}

/** Two people named by the figures are one: a name word (not a title) in common, and the surnames agree. */
function samePerson(a: string | null, b: string | null): boolean {
  if (!a || !b || !/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b)) return false;
  const la = surname(a);
  const lb = surname(b);
  const wa = a.toLowerCase().split(/\s+/);
  const wb = b.toLowerCase().split(/\s+/);
  // "Ahmed Khan" and his brother "Omar Khan": one surname, two first names written out.
  const firstName = (w: string[]) => {
    const k = TITLE.test(w[0]) ? 1 : 0;
    // "Van Dyke" names no first name.
    return w.length > k + 1 && /^\p{L}{3,}$/u.test(w[k]) && !SURNAME_PARTICLE.test(w[k]) ? w[k] : null;
  };
  if (la === lb) {
    const fa = firstName(wa);
    const fb = firstName(wb);
    // "Omar Ismail Mostefai" and "Ismail Omar Mostefai": the same names in another order.
    const sameNames = wa.length === wb.length && [...wa].sort().join(' ') === [...wb].sort().join(' ');
    return !fa || !fb || fa === fb || speltTwoWays(fa, fb) || sameNames;
  }
  // "April Trent-Vokes" and "April Trent": a double-barrelled name, one report giving one of its halves; the first
  // names written out, and the same.
  const half = (x: string, y: string) => x.includes('-') && x.split('-').includes(y);
  if (half(la, lb) || half(lb, la)) {
    const fa = firstName(wa);
    return !!fa && fa === firstName(wb);
  }
  // "Edgar Sanchez" and "Edgar Sanchez Rios": a family name of two, one report giving the first alone.
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length >= 2 && long.length === short.length + 1 && short.every((w, i) => w === long[i]) && !notAName(long[long.length - 1])) return true;
  // "Michael Krol" and "Krol"; "Micah Xavier Johnson" and "Micah Johnson"
  return (wa.length === 1 && wb.includes(la)) || (wb.length === 1 && wa.includes(lb));
}

/** Whether the figures are said of the same thing, by measure. */
function sameSubject(a: FigureClaim, b: FigureClaim, relation: Relation, similarity: number): boolean {
  const m = a.measure;
  if (m === 'age') {
    // An unnamed age ("a man in his 20s") is the named one of the same part ("McCray, 24, is accused …").
    // "a 38-year-old Oakland man" shot dead and "a 20-year-old Oakland man" arrested: one description, two parts.
    if (described(a.subject) && a.role && b.role && a.role !== b.role) return false;
    // (Only the one child: "a 3-year-old Detroit girl" is described, not named, and may be the other's Makanzee Oldham.)
    const oneChild = !!a.roleAndSex?.startsWith('child') && a.roleAndSex === b.roleAndSex && described(a.subject) !== described(b.subject);
    if (named(a.subject) && named(b.subject) && !oneChild) return samePerson(a.subject, b.subject);
    if ((!!a.role && a.role === b.role) || samePerson(a.subject, b.subject)) return true;
    // The one girl among the dead of each report is one girl, when the ages are near: a year or two apart, not a
    // 2-year-old and a 20-year-old.
    const [ya, yb] = [inYears(a), inYears(b)];
    return !!a.roleAndSex && a.roleAndSex === b.roleAndSex && Math.abs(ya - yb) <= Math.max(3, 0.2 * Math.max(ya, yb));
  }
  // Those who were there are one crowd, whatever a report calls them ("300 people", "about 320 patrons").
  if (m === 'present') return true;
  if (PEOPLE_COUNTS.has(m) || m === 'count' || m === 'unemployed') {
    if (!a.subject || !b.subject) return m !== 'count' && (!a.subject || entityClass(a.subject) === 'people') && (!b.subject || entityClass(b.subject) === 'people');
    // Men, women or adults counted with no state ("two other men are being sought") are people, not a thing.
    const person = (s: string) => PERSON_CLASSES.has(entityClass(s.split(' of ')[0]));
    // A bare count of people ("over 100 people", "13 people") says nothing of who they are; a count of a thing with
    // what it is of ("counts of first-degree murder") is that thing.
    if (m === 'count') return !person(a.subject) && !person(b.subject) && sameOf(a.subject.split(' of ')[1], b.subject.split(' of ')[1]) && entityClass(a.subject.split(' of ')[0]) === entityClass(b.subject.split(' of ')[0]);
    const ea = entityClass(a.subject.split(' of ')[0]);
    const eb = entityClass(b.subject.split(' of ')[0]);
    return ea === eb;
  }
  if (m === 'share' || m === 'seats' || m === 'votes') {
    if (named(a.subject) && named(b.subject)) return sameSpeaker(a.subject, b.subject) === true;
    if (named(a.subject) !== named(b.subject)) return false;
    return shared(subjectStems(a.subject), subjectStems(b.subject)) >= 1 || (relation !== 'story' && similarity >= 0.6);
  }
  // A story's area is one changing figure when the two sentences share a word for what it is of ("the search … an
  // area of 319,000 square kilometres", "the search had been narrowed to 120,000 sq km").
  if (m === 'area' && relation === 'story') return shared(contextStems(a), contextStems(b)) >= 1;
  // Times, durations, distances, sums: said of the same event or thing, by a word that says what happened.
  const sa = eventStems(a.subject);
  const sb = eventStems(b.subject);
  if (sa.size === 0 || sb.size === 0) return relation !== 'story' && similarity >= 0.6;
  return shared(sa, sb) >= 1;
}

const PERSON_CLASSES = new Set(['people', 'men', 'women', 'adults']);

/**
 * What two counts are of, the same: the same words, or, for two words or more, the one's words in the other's with
 * the first and the last the same ("counts of attempted murder" and "counts of attempted aggravated murder").
 */
function sameOf(x: string | undefined, y: string | undefined): boolean {
  if (x === y) return true;
  if (!x || !y) return false;
  const [short, long] = x.length <= y.length ? [x.split(' '), y.split(' ')] : [y.split(' '), x.split(' ')];
  return short.length >= 2 && short[0] === long[0] && short[short.length - 1] === long[long.length - 1] && short.every((w) => long.includes(w));
}

/** Stems of what happens in a story at a time worth comparing across reports. */
const STRONG_EVENT = new Set(['shoot', 'fire', 'attack', 'explos', 'blast', 'arrest', 'kill', 'quake', 'crash', 'collap', 'raid', 'stab', 'bomb', 'storm', 'struck', 'hit', 'vanish', 'respon']);

/** Happenings that last, whose length reports give by their name. */
const LASTING_EVENT = new Set(['spree', 'siege', 'stando', 'manhun', 'chase', 'pursui', 'lockdo', 'flight']); // stems

/** Verbs that say nothing of which event a time or a duration belongs to ("made", "came", "took"). */
const WEAK_EVENT = new Set(['made', 'make', 'came', 'come', 'took', 'take', 'went', 'go', 'got', 'get', 'gave', 'give', 'put', 'held', 'hold', 'began', 'begin', 'start', 'end', 'ended', 'happen', 'occurr', 'occur', 'found', 'find', 'left', 'leave', 'turn', 'turned', 'saw', 'see', 'heard', 'hear', 'known', 'know', 'last']);

const MAX_TIME_APART = 90;

/** Who offers a sum ("Abbott offers $10k reward", "Crime Stoppers is offering a $5,000 reward"), lower-cased, or null. */
const offeredBy = perFigure((f: FigureClaim): string | null => {
  const words = f.context.text.slice(0, f.span.start - f.context.start).split(/\s+/);
  for (let k = words.length - 1; k > 0; k--) {
    if (!/^(?:offers?|offered|offering|posted|announced)$/.test(words[k])) continue;
    let j = k - 1;
    if (/^(?:is|are|has|have|will)$/.test(words[j])) j--;
    const name: string[] = [];
    while (j >= 0 && name.length < 4 && /^\p{Lu}/u.test(words[j])) name.unshift(words[j--]);
    if (name.length > 0) return name.join(' ').toLowerCase();
  }
  return null;
});

/** What a share is of, from the words right after it ("30 percent of the vote" → "vote"), or null. */
const shareOf = perFigure((f: FigureClaim): string | null => {
  const m = /^\s+of\s+(?:(?:the|his|her|their|its|all)\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(f.context.text.slice(f.span.end - f.context.start, f.span.end - f.context.start + 60));
  if (!m) return null;
  // "of his environmental agenda": the noun after an adjective; "of the vote and 129 seats": the noun itself.
  const second = m[2]?.toLowerCase();
  return second && !STOPWORDS.has(second) && /^\p{Ll}/u.test(m[2]) ? second : m[1].toLowerCase();
});
/** What a share of the vote is said to be of. */
const VOTE_SHARE = /^(?:vote|votes|ballots?|electorate|voters)$/;

/** The compass bearing right after a distance ("35 miles northeast of"), or null. */
const bearing = perFigure((f: FigureClaim): string | null => {
  const m = /^\s*((?:north|south)?-?(?:east|west)|north|south)(?:ward)?\b/i.exec(f.context.text.slice(f.span.end - f.context.start));
  return m ? m[1].toLowerCase().replace('-', '') : null;
});

/** Words for the police, in the patterns below. */
const POLICE = 'officers?|police(?:men|man)?|deput(?:y|ies)|troopers?|agents?|cops?|swat';
/** The gunman killed by the police: "he was shot and killed by police", "officers fatally shot the gunman". */
const KILLED_BY_POLICE = new RegExp(
  `\\b(?:he|she|gunman|shooter|suspect|attacker)\\s+(?:was|were)\\s+(?:later\\s+)?(?:shot and killed|shot dead|fatally shot|killed)\\s+by\\s+(?:the\\s+)?(?:${POLICE})\\b` +
    `|\\b(?:${POLICE})\\s+(?:\\w+\\s+){0,2}?(?:shot and killed|fatally shot|killed|shot dead)\\s+(?:the\\s+)?(?:gunman|shooter|suspect|attacker|him|her)\\b`,
  'i',
);
/** The gunman's own death: "shot himself", "turned the gun on himself", "taking his own life". */
const SELF_SHOT = /\b(?:shot|killed|shoots|kills|shooting|killing) (?:himself|herself)\b|\bturn(?:ed|ing|s)? the gun on (?:himself|herself)\b|\b(?:his|her) own life\b/i;
/**
 * A toll said apart from the gunman who killed himself or whom the police killed ("killed three people and then
 * himself", "before taking his own life", "before he was shot and killed by police"), or with him ("seven people
 * dead including the suspected shooter").
 */
const SELF_TOO = new RegExp(
  `\\b(?:and|then)\\s+(?:then\\s+)?(?:himself|herself)\\b|${SELF_SHOT.source}|${KILLED_BY_POLICE.source}` +
    '|\\bincluding (?:the )?(?:suspected |alleged )?(?:gunman|shooter|suspect|attacker)\\b|\\bincluding (?:himself|herself)\\b',
  'i',
);
export const selfToo = perFigure((f: FigureClaim) => SELF_TOO.test(f.context.text));
const selfShot = perFigure((f: FigureClaim) => SELF_SHOT.test(f.context.text));

/**
 * A count of shots, rounds, bullets or casings: in one story, one shooting's. Bullets and rounds are shots only
 * when the sentence fires or hears them ("a picture of the rifle with three bullets by its side" is not).
 */
const shotsCount = perFigure((f: FigureClaim): boolean => {
  if (f.measure !== 'count' || !f.subject || entityClass(f.subject) !== 'shots') return false;
  return !/^(?:bullets?|rounds?)$/.test(f.subject) || FIRING.test(f.context.text);
});
const CASINGS = /^(?:casings?|shells?|cartridges?)$/;
const FIRING = /\b(?:fired|fire|firing|fires|heard|hear|rang|ring|sprayed|unloaded|let off|peppered|shot|discharged)\b/i;
/** Shots fired by the police ("officers fired 20 rounds", "rounds fired by deputies") are not the gunman's. */
const POLICE_FIRED = new RegExp(`\\b(?:${POLICE})\\s+(?:\\w+\\s+){0,2}?(?:fired|shot|discharged|returned fire)\\b|\\bfired by (?:the )?(?:\\w+ )?(?:${POLICE})`, 'i');
const POLICE_WORD = new RegExp(`^(?:${POLICE})$`, 'i');
/** Whoever fires the figure's shots, when the words right before it say so ("Gaines fired two shots"); else the sentence's. */
const byPolice = perFigure((f: FigureClaim): boolean => {
  const before = f.context.text.slice(0, f.span.start - f.context.start);
  const words = before.slice(-80).trimEnd().split(/\s+/);
  if (words[words.length - 1] === 'off') words.pop();
  const verb = words.pop() ?? '';
  const shooter = /^(?:fired|shot|discharged|let|squeezed)$/i.test(verb) ? words.pop()?.replace(/[,.;:]$/, '') : undefined;
  // A name fires them ("Gaines fired"), not "Police fired" nor "He fired".
  if (shooter && /^\p{Lu}\p{Ll}+$/u.test(shooter) && !POLICE_WORD.test(shooter) && !/^(?:They|He|She|We|It)$/.test(shooter)) return false;
  return POLICE_FIRED.test(f.context.text);
});
/**
 * Shots that are not all a shooting's: those that hit someone or something ("hit by five bullets", "four bullets
 * embedded in its frame", "four shots … into LaMont Powell"), those of one gun of several ("10 shell casings
 * from a large-caliber handgun, and it's possible other weapons"), or a part of them ("the first four shots", "then six
 * more shots").
 */
const partOfShots = perFigure((f: FigureClaim): boolean => {
  const before = f.context.text.slice(0, f.span.start - f.context.start);
  const after = f.context.text.slice(f.span.end - f.context.start);
  return /\b(?:hit|struck|wounded|riddled)\s+(?:\w+\s+)?(?:by|with)\s+$|\b(?:first|last|final|other|another|next)\s+$/i.test(before) ||
    /^\s+(?:more|other|additional|further)\b|^\s+\S+\s+(?:embedded|lodged|struck|hit|in (?:his|her|its)|(?:go|goes|went|come|came|going|pass|passed) (?:through|into))\b/i.test(after) ||
    /^(?:[^.;]|\.\d){0,60}?\b(?:into|at) \p{Lu}\p{Ll}/u.test(after) ||
    (/^\s+\S+\s+(?:\S+\s+){0,3}?from (?:a|an|one|his|her) (?:\S+\s+){0,3}?(?:handgun|gun|pistol|rifle|shotgun|weapon)\b/i.test(after) &&
      /\b(?:other|more) (?:weapons|guns|firearms)\b|\b(?:second|another) (?:gun|weapon|shooter)\b/i.test(after));
});

const PERSONAL = new Set(['senten', 'prison', 'serv', 'serve', 'vetera', 'probat', 'parole', 'jail', 'career', 'work']);
const personal = (f: FigureClaim) => [...contextStems(f)].some((x) => PERSONAL.has(x));
/** The capitalised words of a sentence after its first (or its first, set apart by a comma: "Krol, an eight-year …"): names, roughly. */
/** Capitalised first words of a sentence that name no one ("Police said …", "Prosecutors say …"). */
const SENTENCE_STARTERS = new Set(['police', 'officials', 'authorities', 'prosecutors', 'investigators', 'detectives', 'deputies', 'officers', 'witnesses', 'neighbors', 'neighbours', 'court', 'records', 'according', 'both', 'each']);
function namesOf(f: FigureClaim, withFirst = false): Set<string> {
  const words = f.context.text.split(/[\s,;:()“”"]+/).slice(withFirst || /^\p{Lu}\p{Ll}+,/u.test(f.context.text) ? 0 : 1);
  return new Set(words.filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w)).map((w) => w.toLowerCase()).filter((w) => !withFirst || !(STOPWORDS.has(w) || SENTENCE_STARTERS.has(w))));
}
function nameInBoth(a: FigureClaim, b: FigureClaim, withFirst = false): boolean {
  const nb = namesOf(b, withFirst);
  return [...namesOf(a, withFirst)].some((w) => nb.has(w));
}
/** Who is charged: the names of the sentence, its first word too when it is no common word ("Oliver is also charged"). */
const chargedApart = (a: FigureClaim, b: FigureClaim) => namesOf(a, true).size > 0 && namesOf(b, true).size > 0 && !nameInBoth(a, b, true);

/** Minutes between two times of day, the short way round midnight. */
function minutesApart(a: FigureClaim, b: FigureClaim): number {
  const d = Math.abs(a.value - b.value) % 1440;
  return Math.min(d, 1440 - d);
}

export interface Alignment {
  /** 2: the same spot of nearly the same sentence; 1: the same quantity by what it measures. */
  strength: number;
  similarity: number;
}

/** "A 53-year-old man, 42-year-old man and 34-year-old man were struck": several of one noun by age, which the spot alone does not tell apart. */
const severalAges = perFigure((f: FigureClaim) => {
  const noun = (f.subject ?? '').toLowerCase();
  if (!/^\p{Ll}+$/u.test(noun)) return false;
  return f.context.text.toLowerCase().split(/\d{1,3}-year-old /).filter((rest, i) => i > 0 && rest.startsWith(noun)).length > 1;
});

/** Whether two figures of two reports state one quantity, and how surely. */
export function alignFigures(a: FigureClaim, b: FigureClaim, relation: Relation): Alignment | null {
  const held = HELD.has(a.measure) && HELD.has(b.measure);
  if ((a.measure !== b.measure || unitFamily(a) !== unitFamily(b)) && !held) return null;
  // A baby's age in months is no 4-year-old's or 37-year-old's (a daughter named for her mother, a brother): only ages
  // within a year and a half of it.
  if (a.measure === 'age' && (a.unit === 'mo') !== (b.unit === 'mo') && Math.abs(inYears(a) - inYears(b)) > 1.5) return null;
  const ca = contextStems(a);
  const cb = contextStems(b);
  const similarity = containment(ca, cb);
  const n = shared(ca, cb);
  const near = relation === 'story' ? 0.8 : 0.6;
  const people = a.measure === 'age' && a.subject && b.subject && /^\p{Lu}/u.test(a.subject) && /^\p{Lu}/u.test(b.subject);
  if (similarity >= near && n >= 3 && wordsBefore(a) === wordsBefore(b) && (wordsAfter(a) === wordsAfter(b) || a.subject === b.subject) && (!people || samePerson(a.subject, b.subject)) && !(a.measure === 'age' && !people && (severalAges(a) || severalAges(b)))) {
    return { strength: 2, similarity };
  }
  // A time's venue only tells two moments apart where both reports name it ("9:25 p.m." at Le Carillon, "9:36 p.m." at La
  // Belle Equipe); a report that names none may give the same moment.
  if (a.measure === 'time' && a.scope?.place && b.scope?.place && !samePlace(a.scope.place, b.scope.place)) return null;
  const [sa, sb] = a.measure === 'time' ? [dayOnly(a.scope), dayOnly(b.scope)] : [a.scope, b.scope];
  if (!scopesAgree(sa, sb) || !!a.scope?.forecast !== !!b.scope?.forecast || a.period !== b.period) return null;
  // Two round-ups of two spans ("35 people have been shot across the city since Friday", "4,230 people have been shot
  // in Chicago this year") count two sets of happenings.
  if (a.scope?.many && b.scope?.many) {
    const [ra, rb] = [roundUpSpan(a), roundUpSpan(b)];
    if (ra && rb && ra !== rb) return null;
  }
  // Magnitudes of one quake are given within a few tenths; a bound ("7 or greater") is a forecast's threshold, not a quake's.
  if (a.measure === 'magnitude' && (LOWER.has(a.qualifier) || UPPER.has(a.qualifier) || LOWER.has(b.qualifier) || UPPER.has(b.qualifier) || Math.min(a.value, b.value) < 0.9 * Math.max(a.value, b.value))) return null;
  // Reports give the moment of one happening within minutes of each other; times hours apart are two moments of the
  // story (the shooting, the arrest, a death in hospital) or two happenings of a round-up, even when one word joins them.
  if (a.measure === 'time' && minutesApart(a, b) > MAX_TIME_APART) return null;
  if (!sameSubject(a, b, relation, similarity)) return null;
  // "130 miles northwest of Oklahoma City" and "35 miles northeast of Oklahoma City": two places, one city.
  if (a.measure === 'distance' && bearing(a) && bearing(b) && bearing(a) !== bearing(b)) return null;
  // "a favorability rating of 70 percent" and "90 percent of his environmental agenda": shares of two things.
  if (a.measure === 'share' && shareOf(a) !== shareOf(b) && (!VOTE_SHARE.test(shareOf(a) ?? 'vote') || !VOTE_SHARE.test(shareOf(b) ?? 'vote'))) return null;
  // "Abbott offers $10k reward" and "Crime Stoppers is offering a $5,000 reward": two rewards, two who offer them.
  if (a.measure === 'money' && offeredBy(a) && offeredBy(b) && offeredBy(a) !== offeredBy(b)) return null;
  // A time the gunman shot himself is the end of it, not the shooting ("around 5:55 a.m. and shot himself").
  if (a.measure === 'time' && selfShot(a) !== selfShot(b)) return null;
  // Charges are one person's: "Coles was charged with three counts of attempted murder" and "Oliver is also charged
  // with two counts" are two people's.
  if (a.measure === 'count' && relation === 'story' && /^(?:counts?|charges?)\b/.test(a.subject ?? '') && chargedApart(a, b)) return null;
  // A prison term, a probation or a career is one person's: between reports of a story, only of a person both name.
  if (a.measure === 'duration' && relation === 'story' && (personal(a) || personal(b)) && !nameInBoth(a, b, true)) return null;
  const m = a.measure;
  if (m === 'age') return { strength: 1, similarity };
  // Between reports of one story, a toll or a magnitude needs little shared context, a distance from a
  // named place little more; other figures need sentences that say much the same.
  // A party's share or seats, named on both sides, is one figure however differently the sentences run.
  const named = (m === 'share' || m === 'seats' || m === 'votes') && !!a.subject && /^\p{Lu}/u.test(a.subject);
  // A country's unemployment rate is one figure however a report words it ("Unemployment stands at 14 percent");
  // not a part of it ("youth unemployment", "among women").
  const jobless = m === 'share' && a.subject === 'unemployment' && b.subject === 'unemployment' && !JOBLESS_PART.test(a.context.text) && !JOBLESS_PART.test(b.context.text);
  // A magnitude of the same quake, within a tenth, needs nothing more (the check above); a time needs a shared word
  // for what happened ("shooting" and "shots fired"), not only a shared verb.
  if (m === 'magnitude') return { strength: 1, similarity };
  const strongTime = m === 'time' && [...eventStems(a.subject)].some((x) => STRONG_EVENT.has(x) && eventStems(b.subject).has(x));
  // How long a spree, a siege or a standoff lasted is said of it by name: "a 25-minute spree", "his hour-long rampage".
  // A career's length with a name both sentences give ("Krol, who had worked for DPD for nine years", "Krol, an
  // eight-year Dallas Police Department veteran") is that person's.
  const strongSpan = m === 'duration' && !a.period && [...eventStems(a.subject)].some((x) => (LASTING_EVENT.has(x) || (x === 'tenure' && nameInBoth(a, b))) && eventStems(b.subject).has(x));
  // Shots counted in two reports of one story are the same shots, unless one side's were the police's.
  // Bullet holes are counted in what they hit ("five bullet holes in a police helicopter", "21 bullet holes" in a
  // squad car): between reports, only where nearly the same sentence says so.
  if (a.measure === 'count' && (a.subject === 'holes' || b.subject === 'holes')) return null;
  const shots = shotsCount(a) && shotsCount(b);
  // Casings found are what the police picked up, not the shots a witness heard or the gunman fired ("at least 16 shell
  // casings" against "about 20 gunshots"): only against casings.
  if (shots && CASINGS.test(a.subject ?? '') !== CASINGS.test(b.subject ?? '')) return null;
  if (shots && (byPolice(a) !== byPolice(b) || partOfShots(a) || partOfShots(b))) return null;
  // Counts of one charge named in full ("five counts of criminal homicide", "six counts of criminal homicide") are the
  // charges of the story's accused (two people's told apart above, by their names).
  const charge = m === 'count' && relation === 'story' && !!a.subject && a.subject === b.subject && /^(?:counts|charges) of \S/.test(a.subject);
  // A story's area (a search zone, a fire's burnt land) is one figure that changes; it is said of something on both sides.
  const area = m === 'area' && subjectStems(a.subject).size > 0 && subjectStems(b.subject).size > 0;
  // "40 percent contained" and "is 50 percent contained": a fire's containment, a count's progress, one share that changes
  // (not any share said of one word: "by up to 10 percent compared" and "down 50 percent compared").
  const sameShare = m === 'share' && !!a.subject && a.subject === b.subject && /^(?:contained|containment|complete|completed|counted|destroyed|damaged)$/.test(a.subject);
  const light = TOLLS.has(m) || named || jobless || strongTime || strongSpan || shots || charge || area || sameShare || m === 'present' || (m === 'distance' && subjectStems(a.subject).size > 0);
  if (shots) return { strength: 1, similarity };
  const need = relation === 'story' ? (light ? 0.1 : m === 'count' ? 0.4 : PEOPLE_COUNTS.has(m) ? 0.2 : 0.3) : 0.12;
  // "It has destroyed 6,453 homes and more than 260 businesses" and "It has destroyed 7,600 homes": one noun and one
  // verb say the same thing was counted, where the sentences say little else.
  const sameThing = m === 'count' && !!a.subject && a.subject === b.subject && similarity >= 0.6;
  const words = relation === 'story' && !light ? (sameThing ? 2 : 3) : 1;
  if ((similarity >= need && n >= words) || (a.source && b.source && sameSource(a.source, b.source) && n >= 2 && similarity >= need / 2 && relation !== 'story')) return { strength: 1, similarity };
  return null;
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
      if (!b.source || b.unit !== a.unit || b.measure !== a.measure || b.context.start > a.context.end + 2) continue;
      if (a.subject && b.subject && entityClass(a.subject) !== entityClass(b.subject)) continue;
      if (agree(a, b) || sameSource(a.source, b.source)) continue;
      out.set(a, b);
      out.set(b, a);
    }
  }
  return out;
}
