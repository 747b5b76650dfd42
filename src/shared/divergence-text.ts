/**
 * The sentences people read about a divergence, made where they are shown
 * (the popup, the hover card, `crossread compare`), from locale messages: the
 * core states facts only. Messages come in as a lookup so the same code runs
 * with `browser.i18n.getMessage` in the extension and with the messages file in
 * the CLI. Plurals follow src/shared/i18n.ts: `key` is the general form and
 * `key_one`, `key_few` … the forms of other CLDR categories, chosen with
 * Intl.PluralRules, since extension locale files have no plurals of their own.
 *
 * @example
 * describeDivergence(d, { t, lang: 'en', name: (o) => o.outlet ?? o.reportId })
 * // "The Moscow Times gives 3,000 where this report gives 500 (people missing)."
 */
import type { Divergence, DivergenceOther, FigureFacts } from '../core/compare/types';

/** A message by key with its substitutions; '' (or the key) when there is none. */
export type Messages = (key: string, ...substitutions: string[]) => string;

export interface TextOptions {
  t: Messages;
  /** The reader's language, for numbers, dates and plural rules. */
  lang: string;
  /** The name a report goes by. */
  name: (other: DivergenceOther<unknown>) => string;
}

function lookup(t: Messages, key: string, subs: string[] = []): string {
  const m = t(key, ...subs);
  return m && m !== key ? m : '';
}

function pluralRules(lang: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(lang);
  } catch {
    return new Intl.PluralRules('en');
  }
}

/** The message `key` in the plural form for `n`: `key_one`, `key_few` …, else `key`, the general form. */
export function plural(t: Messages, lang: string, key: string, n: number, subs: string[] = []): string {
  const category = pluralRules(lang).select(n);
  return (category !== 'other' && lookup(t, `${key}_${category}`, subs)) || lookup(t, key, subs);
}

export function formatNumber(n: number, lang: string, maxDigits = 2): string {
  try {
    return new Intl.NumberFormat(lang, { maximumFractionDigits: maxDigits }).format(n);
  } catch {
    return String(n);
  }
}

const CURRENCIES: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const TIME_UNIT_KEYS: Readonly<Record<string, string>> = { s: 'unitSecond', min: 'unitMinute', h: 'unitHour', d: 'unitDay', w: 'unitWeek', mo: 'unitMonth', y: 'unitYear' };
const LENGTH_UNIT_KEYS: Readonly<Record<string, string>> = { mi: 'unitMile', ft: 'unitFoot', in: 'unitInch', yd: 'unitYard' };

/** One number of a figure in its unit, for people: "3,000", "$2 million", "29.7%", "nine years", "2:25 PM". */
function amount(f: FigureFacts, v: number, lang: string, t: Messages): string {
  const u = f.unit;
  if (f.measure === 'time' || u === 'time') {
    const h = Math.floor(v / 60) % 24;
    const m = Math.round(v % 60);
    let s: string;
    try {
      s = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 0, 1, h, m)));
    } catch {
      s = `${h}:${String(m).padStart(2, '0')}`;
    }
    return f.zone && f.zone !== 'local' ? `${s} ${f.zone}` : s;
  }
  if (u && CURRENCIES[u]) {
    try {
      return new Intl.NumberFormat(lang, { style: 'currency', currency: CURRENCIES[u], maximumFractionDigits: v % 1 === 0 ? 0 : 2, notation: v >= 1e6 ? 'compact' : 'standard' }).format(v);
    } catch {
      return `${u}${formatNumber(v, lang)}`;
    }
  }
  const n = formatNumber(v, lang);
  if (u === '%') return lookup(t, 'unitPercent', [n]) || `${n}%`;
  if (f.measure === 'age') return plural(t, lang, u === 'mo' ? 'unitAgeMonths' : 'unitAge', v, [n]) || n;
  if (u && TIME_UNIT_KEYS[u]) return plural(t, lang, TIME_UNIT_KEYS[u], v, [n]) || `${n} ${u}`;
  if (u && LENGTH_UNIT_KEYS[u]) return plural(t, lang, LENGTH_UNIT_KEYS[u], v, [n]) || `${n} ${u}`;
  if (u) return `${n} ${u.replace(/2$/, '²')}`;
  return n;
}

const QUALIFIER_KEYS: Readonly<Record<string, string>> = {
  about: 'qualifierAbout', nearly: 'qualifierNearly', 'at-least': 'qualifierAtLeast', 'more-than': 'qualifierMoreThan',
  'up-to': 'qualifierUpTo', 'at-most': 'qualifierAtMost', 'less-than': 'qualifierLessThan', only: 'qualifierOnly',
};

/** A figure for people: its value (or range) with its unit and qualifier: "about 400 km", "at least 1,600", "20 to 30 cm". */
export function figureText(f: FigureFacts, lang: string, t: Messages): string {
  let v = amount(f, f.value, lang, t);
  if (f.high !== undefined && f.high !== f.value) v = lookup(t, 'figureRange', [v, amount(f, f.high, lang, t)]) || `${v}–${amount(f, f.high, lang, t)}`;
  const q = QUALIFIER_KEYS[f.qualifier];
  return (q && lookup(t, q, [v])) || v;
}

const MEASURE_KEYS: Readonly<Record<string, string>> = {
  dead: 'measureDead', injured: 'measureInjured', shot: 'measureShot', casualties: 'measureCasualties', missing: 'measureMissing',
  detained: 'measureDetained', arrested: 'measureArrested', charged: 'measureCharged', hostages: 'measureHostages', rescued: 'measureRescued',
  aboard: 'measureAboard', evacuated: 'measureEvacuated', displaced: 'measureDisplaced', returned: 'measureReturned', relocated: 'measureRelocated',
  released: 'measureReleased', sheltered: 'measureSheltered', executed: 'measureExecuted', unemployed: 'measureUnemployed', votes: 'measureVotes',
  seats: 'measureSeats', magnitude: 'measureMagnitude', present: 'measurePresent', count: 'measureCount', age: 'measureAge', duration: 'measureDuration', time: 'measureTime',
  distance: 'measureDistance', area: 'measureArea', speed: 'measureSpeed', weight: 'measureWeight', money: 'measureMoney', share: 'measureShare',
};

const ROLE_KEYS: Readonly<Record<string, string>> = { dead: 'measureAgeDead', injured: 'measureAgeInjured', suspect: 'measureAgeSuspect' };

/** What a figure measures, for people: "officers killed", "age of Micah Johnson", "time: shooting happened". */
export function measureText(f: FigureFacts, t: Messages): string {
  // An age with no name: whose it is by the part they play ("age of the person killed").
  if (f.measure === 'age' && f.role && !(f.subject && /^\p{Lu}/u.test(f.subject))) {
    const byRole = lookup(t, ROLE_KEYS[f.role], []);
    if (byRole) return byRole;
  }
  const key = MEASURE_KEYS[f.measure] ?? 'measureCount';
  // "79 executions": a subject that is the measure's own noun adds nothing ("executions executed").
  const own = f.subject !== null && f.subject.length >= 5 && f.subject.slice(0, 5).toLowerCase() === f.measure.slice(0, 5);
  const subject = own ? '' : (f.subject ?? '');
  return lookup(t, subject ? `${key}Of` : key, [subject]) || lookup(t, key, [subject]) || [subject, f.measure].filter(Boolean).join(' ');
}

/** "The Moscow Times", or "The Moscow Times and 2 other reports". */
function whom(d: Divergence, o: TextOptions): string {
  const first = d.others[0];
  const name = first ? o.name(first) : '';
  const more = d.others.length - 1;
  return more > 0 ? plural(o.t, o.lang, 'summaryOthersAnd', more, [name, formatNumber(more, o.lang)]) : name;
}

const q = (s: string | null | undefined) => s ?? '';

/** One sentence that says how the other reports differ, for the popup's list, the card and the CLI. */
export function describeDivergence(d: Divergence, o: TextOptions): string {
  const { t, lang } = o;
  const n = d.others.length;
  const who = whom(d, o);
  const p = (key: string, subs: string[]) => plural(t, lang, key, n, subs);
  switch (d.kind) {
    case 'figure': {
      const first = d.others[0];
      const ours = figureText(d.facts, lang, t);
      const theirs = first ? figureText(first.facts, lang, t) : '';
      const what = measureText(d.facts, t);
      switch (d.subtype) {
        case 'conflict':
          return p('summaryFigureConflict', [who, theirs, ours, what]);
        case 'compatible':
          return p('summaryFigureCompatible', [who, theirs, ours, what]);
        case 'changed-over-time':
          return p('summaryFigureChanged', [who, theirs, ours, what]);
        case 'contested': {
          const here = d.facts.contestedBy;
          if (here) return p('summaryFigureContestedHere', [who, q(d.facts.source) || lookup(t, 'summaryOneSource'), ours, q(here.source) || lookup(t, 'summaryAnotherSource'), figureText(here, lang, t)]);
          const there = first?.facts.contestedBy;
          return p('summaryFigureContestedThere', [who, q(there?.source) || lookup(t, 'summaryAnotherSource'), there ? figureText(there, lang, t) : '', ours]);
        }
      }
      break;
    }
    case 'quote':
      if (d.subtype === 'paraphrased') return p('summaryQuoteParaphrased', [who]);
      if (d.subtype === 'minor') return p('summaryQuoteMinor', [who]);
      return p('summaryQuoteReworded', [who, formatNumber(Math.round(d.changed * 100), lang)]);
    case 'attribution': {
      const ours = d.facts;
      const theirs = d.others[0]?.facts;
      switch (d.subtype) {
        case 'speaker':
          return p('summaryAttributionSpeaker', [who, q(theirs?.speaker) || lookup(t, 'summarySomeoneElse'), q(ours.speaker) || lookup(t, 'summaryThisSpeaker')]);
        case 'relay':
          return ours.relay ? p('summaryAttributionRelayHere', [who, ours.relay]) : p('summaryAttributionRelayThere', [who, q(theirs?.relay)]);
        case 'verb-kind':
          return p('summaryAttributionVerbKind', [who, q(ours.verb), verbKindText(ours.verbKind, t), q(theirs?.verb), verbKindText(theirs?.verbKind ?? null, t)]);
        case 'fact-vs-attributed': {
          if (ours.speaker) return p('summaryFactThere', [who, ours.speaker]);
          const main = p('summaryFactHere', [who, q(theirs?.speaker) || lookup(t, 'summaryASource')]);
          const own = d.facts.attributedInBody ? lookup(t, 'summaryFactOwnText', [d.facts.attributedInBody]) : '';
          return own ? `${main} ${own}` : main;
        }
      }
    }
  }
  return p('summaryDiffers', [who]);
}

export function verbKindText(kind: string | null, t: Messages): string {
  if (!kind) return '';
  return lookup(t, `verbKind${kind.charAt(0).toUpperCase()}${kind.slice(1)}`) || kind;
}

/** The label of a subtype ("different figures"), from `subtype<Name>` messages. */
export function subtypeText(subtype: string, t: Messages): string {
  const key = `subtype${subtype.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase())}`;
  return lookup(t, key) || subtype.replace(/-/g, ' ');
}
