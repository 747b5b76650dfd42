/**
 * Figures in a report: counts and amounts with their qualifier, unit, what
 * they count and who gives them. Dates, years, times, ages, durations and
 * ordinals are left out. Work per number is bounded by a few tokens either
 * side, so the whole pass is linear in the text.
 */
import type { Span, Token } from '../text';
import { sentenceAt } from '../text';
import { STOPWORDS } from '../stopwords';
import {
  CURRENCY_SYMBOLS, CURRENCY_WORDS, ENTITY_CLASSES, FIGURE_REFERENCES, MONTHS, NOT_COUNTED_AFTER,
  NOT_COUNTED_BEFORE, QUALIFIERS, REPORTING_VERBS, STATES,
} from './lexicon';
import { readNumber, type NumberRead } from './numbers';
import { contextSpan, makeSpan } from './spans';
import type { FigureClaim, FigureQualifier } from './types';

/** Enough for any real report; bounds what a pathological page can store. */
export const MAX_FIGURES = 80;

const AUX = new Set(
  `are were is was be been being have has had will would could can may might remain remained remains
   still now also reportedly believed thought feared`.split(/\s+/),
);
const CLAUSE_BREAKS = new Set(['but', 'however', 'while', 'whereas', 'although', 'though', 'yet']);
/** States said of people; a figure of them with no noun counts people. */
const HUMAN_STATES = new Set([
  'dead', 'missing', 'injured', 'evacuated', 'displaced', 'returned', 'relocated', 'detained', 'released',
  'executed', 'unemployed',
]);

export interface FigureInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  english: boolean;
  commaDecimal: boolean;
}

function spaceOnly(text: string, from: number, to: number, allow = ''): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\u00a0' && !allow.includes(c)) return false;
  }
  return true;
}

function isWordToken(t: Token | undefined): t is Token {
  return t !== undefined && /^[\p{L}'’-]+$/u.test(t.raw);
}

/** Longest qualifier ending just before token `i`: its first token index, or -1. */
function qualifierBefore(input: FigureInput, i: number): { first: number; q: FigureQualifier } | null {
  const { tokens, text } = input;
  for (const [words, q] of QUALIFIERS) {
    const first = i - words.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const tok = tokens[first + k];
      ok = tok.norm === words[k] && spaceOnly(text, tok.end, k + 1 < words.length ? tokens[first + k + 1].start : tokens[i].start, '$€£¥');
    }
    if (ok) return { first, q };
  }
  return null;
}

function isLabelBefore(input: FigureInput, i: number, start: number): boolean {
  const prev = input.tokens[i - 1];
  if (!prev) return false;
  const g = input.text.slice(prev.end, start);
  if (!spaceOnly(input.text, prev.end, start, '.#')) return false;
  if (MONTHS.has(prev.norm) && !g.includes('#')) return true;
  return NOT_COUNTED_BEFORE.has(prev.norm);
}

function stateOf(norm: string): string | null {
  return STATES.get(norm) ?? null;
}

interface Counted {
  counted: string | null;
  /** Token index after what was read as part of the figure's noun phrase. */
  next: number;
  refersBack: boolean;
}

/** What the figure counts: its noun, and the state said of it nearby ("people … missing"). */
function countedOf(input: FigureInput, first: number, after: number, sent: Span): Counted {
  const { tokens, text } = input;
  const np: Token[] = [];
  let j = after;
  while (j < tokens.length && np.length < 3) {
    const t = tokens[j];
    const prevEnd = j === after ? tokens[after - 1].end : tokens[j - 1].end;
    if (t.start >= sent.end || !spaceOnly(text, prevEnd, t.start, j === after ? '%' : '')) break;
    if (!isWordToken(t) || STOPWORDS.has(t.norm) || AUX.has(t.norm) || REPORTING_VERBS.has(t.norm)) break;
    if (NOT_COUNTED_AFTER.has(t.norm) || MONTHS.has(t.norm)) break;
    np.push(t);
    j++;
    if (stateOf(t.norm) && np.length >= 1 && !ENTITY_CLASSES.has(t.norm)) break;
  }
  if (!input.english) {
    return { counted: np.length > 0 ? np[0].norm : null, next: j, refersBack: false };
  }
  let state: string | null = null;
  let entity: string | null = null;
  for (const t of np) {
    const s = stateOf(t.norm);
    if (s && !state) state = s;
    else if (!s || ENTITY_CLASSES.has(t.norm)) entity = t.norm;
  }
  // A state said a little after: "46 residents of the Kursk region returned".
  if (!state) {
    for (let k = j, n = 0; k < tokens.length && n < 8; k++, n++) {
      const t = tokens[k];
      if (t.start >= sent.end || /[;:!?()]/.test(text.slice(tokens[k - 1].end, t.start))) break;
      if (/^\d/.test(t.raw) || CLAUSE_BREAKS.has(t.norm)) break;
      const s = stateOf(t.norm);
      if (s) {
        state = s;
        break;
      }
    }
  }
  // Or a little before: "forcibly relocating over 1,000", "the death toll rose to 130".
  let refersBack = false;
  for (let k = first - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    const t = tokens[k];
    if (t.end <= sent.start || /[,;:.!?()]/.test(text.slice(t.end, tokens[k + 1].start))) break;
    if (/^\d/.test(t.raw) || CLAUSE_BREAKS.has(t.norm)) break;
    if (!state) {
      const s = stateOf(t.norm);
      if (s) state = s;
    }
    if (np.length === 0 && FIGURE_REFERENCES.has(t.norm)) refersBack = true;
  }
  // "79 executions", "a thousand shelters": the state noun is also what is counted.
  const head = np[np.length - 1];
  if (head && stateOf(head.norm) && /s$/.test(head.norm) && !ENTITY_CLASSES.has(head.norm) && !/(?:ed|ing)$/.test(head.norm)) entity = head.norm;
  if (!entity && state && HUMAN_STATES.has(state)) entity = 'people';
  if (!entity && np.length > 0) entity = np[np.length - 1].norm;
  if (!entity && !state) return { counted: null, next: j, refersBack };
  return { counted: [entity ?? state, entity && entity !== state ? state : null].filter(Boolean).join(' '), next: j, refersBack };
}

interface Source {
  source: string | null;
  verb: string | null;
  start: number;
  end: number;
}

/** Who gives the figure: the subject of a reporting verb earlier in its clause, or "according to X". */
function sourceOf(input: FigureInput, first: number, sent: Span): Source | null {
  const { tokens, text } = input;
  let clauseStart = first;
  let verbIdx = -1;
  for (let k = first - 1, n = 0; k >= 0 && n < 30; k--, n++) {
    const t = tokens[k];
    if (t.start < sent.start) break;
    if (CLAUSE_BREAKS.has(t.norm)) {
      clauseStart = k + 1;
      break;
    }
    if (/;/.test(text.slice(t.end, tokens[k + 1].start))) {
      clauseStart = k + 1;
      break;
    }
    clauseStart = k;
    if (verbIdx < 0 && REPORTING_VERBS.has(t.norm)) verbIdx = k;
    if (t.norm === 'to' && tokens[k - 1]?.norm === 'according') {
      return subjectAfter(input, k + 1, first);
    }
  }
  if (verbIdx < 0) return null;
  let from = clauseStart;
  for (let k = verbIdx - 1; k >= clauseStart; k--) {
    if (tokens[k].norm === 'by') {
      from = k + 1;
      break;
    }
  }
  let to = verbIdx;
  // Drop connectives, determiners and adverbs at the edges ("however, the", "initially").
  while (from < to && (STOPWORDS.has(tokens[from].norm) || /ly$/.test(tokens[from].norm))) from++;
  while (to > from && (/ly$/.test(tokens[to - 1].norm) || AUX.has(tokens[to - 1].norm))) to--;
  for (let k = from + 1; k < to; k++) {
    if (/^(?:in|at|from|on|near)$/.test(tokens[k].norm)) {
      to = k;
      break;
    }
  }
  if (to <= from || to - from > 8) return null;
  return { source: text.slice(tokens[from].start, tokens[to - 1].end), verb: tokens[verbIdx].raw, start: tokens[from].start, end: tokens[verbIdx].end };
}

function subjectAfter(input: FigureInput, k: number, limit: number): Source | null {
  const { tokens, text } = input;
  let end = k;
  while (end < limit && end - k < 8 && spaceOnly(text, tokens[end - 1].end, tokens[end].start)) end++;
  let from = k;
  while (from < end && STOPWORDS.has(tokens[from].norm)) from++;
  if (end <= from) return null;
  return { source: text.slice(tokens[from].start, tokens[end - 1].end), verb: null, start: tokens[k - 2].start, end: tokens[end - 1].end };
}

/** All figures of the text, in order. */
export function extractFigures(input: FigureInput): FigureClaim[] {
  const { text, tokens } = input;
  const figures: FigureClaim[] = [];
  let i = 0;
  while (i < tokens.length && figures.length < MAX_FIGURES) {
    const num = readNumber(text, tokens, i, input.english, input.commaDecimal);
    if (!num) {
      i++;
      continue;
    }
    const fig = figureAt(input, i, num, figures);
    if (fig) figures.push(fig.claim);
    i = Math.max(i + 1, fig ? fig.next : num.next);
  }
  return figures;
}

function figureAt(
  input: FigureInput,
  i: number,
  num: NumberRead,
  previous: readonly FigureClaim[],
): { claim: FigureClaim; next: number } | null {
  const { text, tokens } = input;
  const nextTok = tokens[num.next];
  // Times ("12:57"), and numbers glued to other digits or letters.
  if (text[num.start - 1] === ':' || text[num.end] === ':' || /[\p{L}\d_/]/u.test(text[num.start - 1] ?? '')) return null;
  if (/[\p{L}/]/u.test(text[num.end] ?? '')) return null;
  if (isLabelBefore(input, i, num.start)) return null;
  if (nextTok && MONTHS.has(nextTok.norm) && spaceOnly(text, num.end, nextTok.start)) return null;
  if (num.digits !== null && /^\d{4}$/.test(num.digits) && num.value >= 1800 && num.value <= 2100) return null;
  if (num.tail) {
    // "8.9-magnitude" counts; "45-year-old", "10-day" or "3-1" do not.
    if (!STATES.has(num.tail.split(/[-‐‑–—]/)[0])) return null;
  }
  if (num.high !== undefined && !(num.high > num.value)) return null; // a score, not a range
  let unit: string | null = null;
  let start = num.start;
  let end = num.end;
  let next = num.next;
  const sym = text[num.start - 1];
  if (sym && CURRENCY_SYMBOLS.includes(sym)) {
    unit = sym;
    start = num.start - 1;
    if (text.slice(start - 2, start) === 'US') start -= 2;
  }
  if (num.needsCurrency && !unit) return null;
  if (text[end] === '%') {
    unit = '%';
    end++;
  } else if (nextTok && spaceOnly(text, num.end, nextTok.start)) {
    if (nextTok.norm === 'percent' || nextTok.norm === 'pc') {
      unit = '%';
      end = nextTok.end;
      next++;
    } else if (nextTok.norm === 'per' && tokens[next + 1]?.norm === 'cent') {
      unit = '%';
      end = tokens[next + 1].end;
      next += 2;
    } else if (CURRENCY_WORDS.has(nextTok.norm) && !unit) {
      unit = CURRENCY_WORDS.get(nextTok.norm) ?? null;
      end = nextTok.end;
      next++;
    }
  }
  // "7 or greater", "500 or more": a lower bound written after the figure.
  let postQualifier: FigureQualifier | null = null;
  if (tokens[next]?.norm === 'or' && /^(?:more|greater|higher|above|over)$/.test(tokens[next + 1]?.norm ?? '') && spaceOnly(text, end, tokens[next].start)) {
    postQualifier = 'at-least';
    end = tokens[next + 1].end;
    next += 2;
  }
  const after = tokens[next];
  if (!unit && after && spaceOnly(text, end, after.start, '-') && NOT_COUNTED_AFTER.has(after.norm)) return null;
  if (after && after.norm === 'times' && spaceOnly(text, end, after.start)) return null;
  // A range: "200 to 300", "between 20 and 30"; not "from 127 to 130", which is a change.
  let high = num.high;
  if (high === undefined && after && (after.norm === 'to' || after.norm === 'and') && spaceOnly(text, end, after.start)) {
    const before = tokens[i - 1]?.norm;
    const isRange = after.norm === 'to' ? before !== 'from' : before === 'between';
    const second = isRange ? readNumber(text, tokens, next + 1, input.english, input.commaDecimal) : null;
    if (second && second.value > num.value && spaceOnly(text, after.end, second.start - (unit && unit !== '%' ? 1 : 0), unit ?? '')) {
      high = second.value;
      end = second.end;
      next = second.next;
      if (text[end] === '%') end++;
    }
  }
  let qualifier: FigureQualifier = 'exact';
  let first = i;
  const q = qualifierBefore(input, i);
  if (q) {
    qualifier = q.q;
    first = q.first;
    start = Math.min(start, tokens[q.first].start);
    // "only around 500": keep the approximation, take in the "only".
    const q2 = qualifierBefore(input, q.first);
    if (q2) {
      if (qualifier === 'only') qualifier = q2.q;
      first = q2.first;
      start = tokens[q2.first].start;
    }
  }
  if (tokens[i - 1]?.norm === 'between' && high !== undefined) {
    first = i - 1;
    start = tokens[i - 1].start;
  }
  if (postQualifier && qualifier === 'exact') qualifier = postQualifier;
  const sent = sentenceAt(input.sentences as Span[], num.start);
  const counted = countedOf(input, first, next, sent);
  let countedText = counted.counted;
  if (!countedText && counted.refersBack && input.english) {
    // "… but locals believe the true number is closer to 3,000": the same thing as the figure before.
    for (let k = previous.length - 1; k >= 0; k--) {
      const p = previous[k];
      if (p.context.end < sent.start - 400) break;
      if (p.counted && p.unit === unit) {
        countedText = p.counted;
        break;
      }
    }
  }
  if (!countedText && !unit) return null;
  const src = input.english ? sourceOf(input, first, sent) : null;
  const claim: FigureClaim = {
    span: makeSpan(text, start, end),
    context: contextSpan(text, sent.start, sent.end, start, end),
    value: num.value,
    qualifier,
    unit,
    counted: countedText,
    source: src?.source ?? null,
  };
  if (high !== undefined) claim.high = high;
  if (counted.refersBack) claim.refersBack = true;
  if (src?.verb) {
    claim.verb = src.verb;
    claim.verbKind = REPORTING_VERBS.get(src.verb.toLowerCase()) ?? null;
  }
  if (src) claim.attribution = makeSpan(text, src.start, src.end);
  return { claim, next: Math.max(next, i + 1) };
}
