/**
 * Reading one number, in digits or in words, starting at a token. Where the
 * page's language makes the separators ambiguous ("3.000" is three thousand
 * on a French page, "3.5" could be either), the number is left out.
 */
import type { Token } from '../text';
import { DECIMAL_COMMA_LANGS, MEASURE_UNITS, SMALL_NUMBERS, TENS, TIME_UNITS, UNITS_WORDS } from './lexicon';

export interface NumberRead {
  value: number;
  /** Upper end of a range written in one token ("200-300"). */
  high?: number;
  start: number;
  end: number;
  /** Index of the first token after the number. */
  next: number;
  isWord: boolean;
  /** The digits as written, before any scale word: used to tell years apart. */
  digits: string | null;
  /** What follows a hyphen inside the token ("magnitude" in "8.9-magnitude"). */
  tail: string;
  /** A letter suffix that needs a currency to be a scale ("5m" is $5m, or five metres). */
  needsCurrency: boolean;
  /** A unit glued to the digits ("400km", "24h", "6-7ft"), lower-cased. */
  suffix?: string;
  /** A decade ("20s", "30's"): an age or a period, never a count. */
  decade?: boolean;
  /** The token was the word "one" or "a", which count only when a state follows ("one dead"). */
  weakOne?: boolean;
}

const MAX_VALUE = 1e15;

/** The words a number in words can start with. */
const NUMBER_STARTS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'half', 'hundred', 'dozen', 'thousand', 'million', 'billion', ...SMALL_NUMBERS.keys(), ...TENS.keys()]);

/** Languages are compared by their primary subtag ("fr-CA" → "fr"). */
export function decimalComma(lang: string | null | undefined): boolean {
  if (!lang) return false;
  return DECIMAL_COMMA_LANGS.has(lang.toLowerCase().split(/[-_]/)[0]);
}

/** Value of digits with separators, or null when they are malformed or ambiguous. */
export function parseDigits(s: string, commaDecimal: boolean): number | null {
  if (s.length > 24) return null;
  let v: number;
  if (!commaDecimal) {
    if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) v = Number(s.replace(/,/g, ''));
    else if (/^\d+(?:\.\d+)?$/.test(s)) v = Number(s);
    else return null;
  } else if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) v = Number(s.replace(/\./g, '').replace(',', '.'));
  else if (/^\d+,\d{1,2}$/.test(s) || /^\d+,\d{4,}$/.test(s)) v = Number(s.replace(',', '.'));
  else if (/^\d+$/.test(s)) v = Number(s);
  // "3,000" or "3.5" on such a page could be read either way: leave it out.
  else return null;
  return Number.isFinite(v) && v <= MAX_VALUE ? v : null;
}

const SUFFIX_SCALE: ReadonlyMap<string, [number, boolean]> = new Map([
  ['bn', [1e9, false]], ['bln', [1e9, false]], ['tn', [1e12, false]], ['mn', [1e6, false]], ['mln', [1e6, false]],
  ['m', [1e6, true]], ['k', [1e3, true]], ['b', [1e9, true]],
]);

/** Units that may be glued to digits ("400km", "24h", "10m"). */
function isUnitSuffix(s: string): boolean {
  return MEASURE_UNITS.has(s) || (TIME_UNITS.has(s) && s.length <= 3) || s === 'kmh' || s === 'mph';
}

/** A number word with a tail ("six-year", "thirty-year-old", "one-third"): its value and the tail, or null. */
function splitNumberWord(w: string): { value: number; tail: string } | null {
  const parts = w.split(/[-‐‑–—]/);
  for (let k = parts.length - 1; k >= 1; k--) {
    const head = parts.slice(0, k).join('-');
    const v = head === 'one' ? 1 : head === 'half' ? 0.5 : wordValue(head);
    if (v !== null) return { value: v, tail: parts.slice(k).join('-') };
  }
  return null;
}

function wordValue(w: string): number | null {
  const small = SMALL_NUMBERS.get(w) ?? TENS.get(w);
  if (small !== undefined) return small;
  const dash = w.indexOf('-');
  if (dash > 0) {
    const tens = TENS.get(w.slice(0, dash));
    const unit = SMALL_NUMBERS.get(w.slice(dash + 1));
    if (tens !== undefined && unit !== undefined && unit < 10) return tens + unit;
  }
  return null;
}

function onlySpace(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  return true;
}

/** Reads a number at token `i`, or returns null. English number words only when `english`. */
export function readNumber(
  text: string,
  tokens: readonly Token[],
  i: number,
  english: boolean,
  commaDecimal: boolean,
): NumberRead | null {
  const read = readOneNumber(text, tokens, i, english, commaDecimal);
  return read && tokens[read.next]?.norm === 'or' ? orAnother(text, tokens, read, english, commaDecimal) : read;
}

/**
 * "10 or 11 years old", "two or three men", "10 or 12 shots": two near values, one figure whose unit is the
 * second's. Not "5 or 50", nor "one or more" (no number).
 */
function orAnother(text: string, tokens: readonly Token[], read: NumberRead, english: boolean, commaDecimal: boolean): NumberRead {
  const or = tokens[read.next];
  if (read.high !== undefined || read.suffix || read.tail || read.decade || !onlySpace(text, read.end, or.start)) return read;
  const second = readOneNumber(text, tokens, read.next + 1, english, commaDecimal);
  if (!second || !onlySpace(text, or.end, second.start) || second.isWord !== read.isWord || second.high !== undefined || second.decade) return read;
  if (!Number.isInteger(read.value) || !Number.isInteger(second.value) || !(second.value > read.value) || second.value > 2 * read.value + 1) return read;
  return { ...second, value: read.value, high: second.value, start: read.start, digits: read.digits, weakOne: undefined };
}

function readOneNumber(
  text: string,
  tokens: readonly Token[],
  i: number,
  english: boolean,
  commaDecimal: boolean,
): NumberRead | null {
  const t = tokens[i];
  if (!t) return null;
  const c = t.raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return readDigits(text, tokens, i, commaDecimal);
  if (!english) return null;
  // Most words start no number: a look-up of the word's head before the reading proper.
  const dash = t.norm.indexOf('-');
  // "his hour-long rampage", "a day-long siege": one of the unit.
  if (dash > 0 && t.norm.endsWith('-long')) {
    const long = /^(minute|hour|day|week|month|year)-long$/.exec(t.norm);
    if (long) return { value: 1, start: t.start, end: t.end, next: i + 1, isWord: true, digits: null, tail: long[1], needsCurrency: false };
  }
  // "in his mid-40s": a third of the decade.
  const third = dash > 0 ? /^(early|mid|late)-(\d{0,2}[1-9]0)['’]?s$/.exec(t.norm) : null;
  if (third) {
    const v = Number(third[2]) + (third[1] === 'early' ? 0 : third[1] === 'mid' ? 3 : 6);
    return { value: v, high: v + 3, start: t.start, end: t.end, next: i + 1, isWord: false, digits: third[2], tail: '', needsCurrency: false, decade: true };
  }
  if (!NUMBER_STARTS.has(dash > 0 ? t.norm.slice(0, dash) : t.norm)) return null;
  return readWords(text, tokens, i);
}

function readDigits(text: string, tokens: readonly Token[], i: number, commaDecimal: boolean): NumberRead | null {
  const t = tokens[i];
  if (t.raw.length > 40) return null;
  const decade = /^(\d{0,2}[1-9]0)['’]?s$/.exec(t.raw);
  if (decade) {
    const v = Number(decade[1]);
    return { value: v, high: v + 9, start: t.start, end: t.end, next: i + 1, isWord: false, digits: decade[1], tail: '', needsCurrency: false, decade: true };
  }
  const dash = t.raw.search(/[-‐‑–—]/);
  const head = dash >= 0 ? t.raw.slice(0, dash) : t.raw;
  const tail = dash >= 0 ? t.raw.slice(dash + 1).toLowerCase() : '';
  const m = /^([\d.,]+)(\p{L}*)$/u.exec(head);
  if (!m) return null;
  let value = parseDigits(m[1], commaDecimal);
  if (value === null) return null;
  let needsCurrency = false;
  const suffix = m[2].toLowerCase();
  let unitSuffix: string | undefined;
  if (suffix) {
    const scale = SUFFIX_SCALE.get(suffix);
    if (scale) {
      value *= scale[0];
      needsCurrency = scale[1];
    } else if (isUnitSuffix(suffix)) unitSuffix = suffix;
    // Ordinals ("4th") and labels ("5G") are not figures.
    else return null;
  }
  const read: NumberRead = {
    value, start: t.start, end: t.end, next: i + 1, isWord: false, digits: m[1], tail, needsCurrency,
  };
  if (unitSuffix) read.suffix = unitSuffix;
  if (tail && /^\d/.test(tail)) {
    // "200-300", "6-7ft"
    const hm = /^([\d.,]+)(\p{L}*)$/u.exec(tail);
    const high = hm ? parseDigits(hm[1], commaDecimal) : null;
    if (high === null || !hm) return null;
    if (hm[2]) {
      if (suffix || !isUnitSuffix(hm[2].toLowerCase())) return null;
      read.suffix = hm[2].toLowerCase();
    }
    read.high = high;
    read.tail = '';
    read.digits = null;
  }
  const next = tokens[i + 1];
  if (!suffix && !tail && next && onlySpace(text, t.end, next.start)) {
    const scale = UNITS_WORDS.get(next.norm);
    if (scale !== undefined) {
      read.value = value * scale;
      if (read.high !== undefined) read.high *= scale;
      read.end = next.end;
      read.next = i + 2;
      read.digits = null;
    }
  }
  return read.value <= MAX_VALUE ? (read.suffix || read.tail ? read : andAHalf(text, tokens, read)) : null;
}

function readWords(text: string, tokens: readonly Token[], i: number): NumberRead | null {
  let total = 0;
  let cur = 0;
  let any = false;
  let end = tokens[i].start;
  let j = i;
  for (; j < tokens.length && j < i + 12; j++) {
    const tok = tokens[j];
    if (j > i && !onlySpace(text, tokens[j - 1].end, tok.start)) break;
    const w = tok.norm;
    const next = tokens[j + 1]?.norm;
    if ((w === 'a' || w === 'an') && !any) {
      // "about an hour": one of a unit of time, kept only where a qualifier or "for" says it is a duration.
      if (next !== undefined && TIME_UNITS.has(next) && j === i) {
        return { value: 1, start: tok.start, end: tok.end, next: j + 1, isWord: true, digits: null, tail: '', needsCurrency: false, weakOne: true };
      }
      if (next === 'hundred' || next === 'thousand' || next === 'million' || next === 'billion' || next === 'dozen' || next === 'half-dozen') {
        cur = 1;
        continue;
      }
      break;
    }
    if (w === 'and' && any && cur >= 100 && cur % 100 === 0 && next !== undefined && wordValue(next) !== null) continue;
    if (!any && j === i && (w === 'one' || w === 'half')) {
      // "one dead", "half a mile": a figure on its own, never the start of a longer number.
      return { value: w === 'one' ? 1 : 0.5, start: tok.start, end: tok.end, next: j + 1, isWord: true, digits: null, tail: '', needsCurrency: false, weakOne: w === 'one' };
    }
    if (w.includes('-') && wordValue(w) === null) {
      // "two-and-a-half hours"
      const half = /^([a-z]+)-and-a-half$/.exec(w);
      const whole = half && !any ? wordValue(half[1]) : null;
      if (whole !== null) return { value: whole + 0.5, start: tok.start, end: tok.end, next: j + 1, isWord: true, digits: null, tail: '', needsCurrency: false };
      const split = splitNumberWord(w);
      if (split && split.tail === 'dozen') {
        cur = (cur || 1) * split.value * 12;
        any = true;
        end = tok.end;
        j++;
        break;
      }
      if (split && !(any && cur !== 0)) {
        // The tail ends the number: "thirty-year-old", "six-year", "one-third".
        return { value: total + split.value, start: tokens[i].start, end: tok.end, next: j + 1, isWord: true, digits: null, tail: split.tail, needsCurrency: false };
      }
      break;
    }
    const v = wordValue(w);
    if (v !== null) {
      // "twenty five" and "hundred and five" combine; "two three" does not.
      if (any && cur !== 0 && !(cur % 10 === 0 && cur % 100 !== 0 && v < 10) && !(cur % 100 === 0 && v < 100)) break;
      cur += v;
      any = true;
      end = tok.end;
      continue;
    }
    if (w === 'hundred' && (any || cur === 1)) {
      cur = (cur || 1) * 100;
      any = true;
      end = tok.end;
      continue;
    }
    if (w === 'dozen' && (any || cur === 1)) {
      cur = (cur || 1) * 12;
      any = true;
      end = tok.end;
      continue;
    }
    const scale = w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion' ? UNITS_WORDS.get(w) : undefined;
    if (scale !== undefined && (any || cur === 1)) {
      total += (cur || 1) * scale;
      cur = 0;
      any = true;
      end = tok.end;
      continue;
    }
    break;
  }
  if (!any) return null;
  // Give back a trailing "and" or "a" that led nowhere.
  let next = j;
  while (next > i && tokens[next - 1].start >= end) next--;
  const read: NumberRead = {
    value: total + cur, start: tokens[i].start, end, next, isWord: true, digits: null, tail: '', needsCurrency: false,
  };
  return andAHalf(text, tokens, read);
}

/** "two and a half hours", "3 and a half years": the half belongs to the number. */
function andAHalf(text: string, tokens: readonly Token[], read: NumberRead): NumberRead {
  const [and, a, half] = [tokens[read.next], tokens[read.next + 1], tokens[read.next + 2]];
  if (and?.norm !== 'and' || a?.norm !== 'a' || half?.norm !== 'half' || read.high !== undefined) return read;
  if (!onlySpace(text, read.end, and.start) || !onlySpace(text, and.end, a.start) || !onlySpace(text, a.end, half.start)) return read;
  return { ...read, value: read.value + 0.5, end: half.end, next: read.next + 3, digits: null };
}
