/**
 * Planted changes for the evaluation, found with simple patterns of their own
 * (not with the extractor, so that a miss of the extractor counts as a miss):
 * one figure changed, one quote reworded, one quote given to another speaker.
 * Edits keep the headline and change only the body. Deterministic for a seed.
 */

export type Kind = 'figure' | 'age' | 'duration' | 'quote' | 'speaker';

export interface Planted {
  kind: Kind;
  text: string;
  /** Where the change is in the new text. */
  start: number;
  end: number;
  before: string;
  after: string;
}

/** Small, fast, seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, xs: readonly T[]): T | undefined {
  return xs.length === 0 ? undefined : xs[Math.floor(r() * xs.length)];
}

function replaceAt(text: string, start: number, end: number, by: string, kind: Kind, before: string): Planted {
  return { kind, text: text.slice(0, start) + by + text.slice(end), start, end: start + by.length, before, after: by };
}

const NOT_COUNT = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|percent|per|am|pm|gmt|of|and|or|to|in|on|at|the|a|an|is|was|were|are|have|had|has|for|by|from|with|that|than|as|year-old)$/i;
const MONTH = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i;

/** A count in digits followed by a word that could be what it counts ("350 people", "30,000 more troops"), changed by 20–90%. */
export function plantFigure(text: string, bodyStart: number, r: () => number): Planted | null {
  const cands: Array<{ start: number; end: number; value: number }> = [];
  for (const m of text.matchAll(/(?<![\p{L}\d.,:$£€/-])(\d{1,3}(?:,\d{3})+|\d{1,4})\s+(?:(?:more|additional|extra|other|new)\s+)?([a-z]{3,})/gu)) {
    const start = m.index;
    if (start < bodyStart) continue;
    const value = Number(m[1].replace(/,/g, ''));
    if (value < 2 || (/^\d{4}$/.test(m[1]) && value >= 1800 && value <= 2100)) continue;
    if (NOT_COUNT.test(m[2]) || MONTH.test(text.slice(Math.max(0, start - 12), start))) continue;
    // What it counts: a plural noun ("people", "protesters"); not a label ("Snapdragon 801", "1920 x 1080") or an age.
    if (!/(?:s|people|children|men|women|police|staff)$/.test(m[2]) || /ss$|ous$/.test(m[2])) continue;
    const prev = text.slice(Math.max(0, start - 20), start).trimEnd().split(/\s/).pop() ?? '';
    if (/^\p{Lu}/u.test(prev) || /^(?:x|at|was|is|no\.?)$/i.test(prev)) continue;
    cands.push({ start, end: start + m[1].length, value });
  }
  const c = pick(r, cands);
  if (!c) return null;
  let v = Math.round(c.value * (1.2 + r() * 0.7));
  if (v === c.value) v += 1;
  const by = c.value >= 1000 ? v.toLocaleString('en-US') : String(v);
  return replaceAt(text, c.start, c.end, by, 'figure', text.slice(c.start, c.end));
}

/** An age: "Cowan, 63," or "a 45-year-old", changed by 2 to 15 years. */
export function plantAge(text: string, bodyStart: number, r: () => number): Planted | null {
  const cands: Array<{ start: number; end: number; value: number }> = [];
  for (const m of text.matchAll(/(?<=\p{Lu}\p{Ll}+, )(\d{1,2})(?=,)|(?<![\d.,-])(\d{1,2})(?=-year-old\b)/gu)) {
    if (m.index < bodyStart) continue;
    const digits = m[1] ?? m[2];
    const value = Number(digits);
    if (value < 5 || value > 99) continue;
    cands.push({ start: m.index, end: m.index + digits.length, value });
  }
  const c = pick(r, cands);
  if (!c) return null;
  const step = 2 + Math.floor(r() * 14);
  const v = c.value + (c.value + step < 100 && (r() < 0.5 || c.value - step < 1) ? step : -step);
  return replaceAt(text, c.start, c.end, String(v), 'age', text.slice(c.start, c.end));
}

/** A length of time in digits ("run the city for 12 years", "24 hours"), changed by 20–90%. */
export function plantDuration(text: string, bodyStart: number, r: () => number): Planted | null {
  const cands: Array<{ start: number; end: number; value: number }> = [];
  for (const m of text.matchAll(/(?<![\p{L}\d.,:$£€/-])(\d{1,3})(?:\s+|-)(?:years?|months?|weeks?|days?|hours?|minutes?)\b(?!-old| old)/gu)) {
    if (m.index < bodyStart) continue;
    const value = Number(m[1]);
    if (value < 2) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (MONTH.test(before)) continue;
    cands.push({ start: m.index, end: m.index + m[1].length, value });
  }
  const c = pick(r, cands);
  if (!c) return null;
  let v = Math.round(c.value * (1.2 + r() * 0.7));
  if (v === c.value) v += 1;
  return replaceAt(text, c.start, c.end, String(v), 'duration', text.slice(c.start, c.end));
}

const QUOTE = /["“]([^"“”\n]{20,600})["”]/g;

function quotes(text: string, bodyStart: number): Array<{ start: number; end: number; words: string }> {
  const out = [];
  for (const m of text.matchAll(QUOTE)) {
    if (m.index < bodyStart) continue;
    if (m[1].split(/\s+/).length < 6) continue;
    out.push({ start: m.index + 1, end: m.index + 1 + m[1].length, words: m[1] });
  }
  return out;
}

const SYNONYMS: Record<string, string> = {
  big: 'large', large: 'big', good: 'fine', great: 'tremendous', important: 'crucial', very: 'really', now: 'currently',
  think: 'believe', believe: 'think', want: 'wish', need: 'require', help: 'assist', make: 'create', said: 'stated',
  people: 'folks', country: 'nation', difficult: 'hard', hard: 'difficult', start: 'begin', begin: 'start', going: 'about',
  happy: 'glad', new: 'fresh', work: 'labour', ready: 'prepared', support: 'back', agree: 'concur', get: 'obtain',
  know: 'understand', see: 'observe', time: 'moment', always: 'constantly', never: 'not ever', really: 'truly',
};
const FILLERS = ['truly', 'certainly', 'significant', 'ongoing', 'notable', 'essential'];

/** One quote with one or two of its words swapped for others. */
export function plantReword(text: string, bodyStart: number, r: () => number): Planted | null {
  const q = pick(r, quotes(text, bodyStart));
  if (!q) return null;
  const words = [...q.words.matchAll(/\p{Ll}{3,}/gu)].filter((m) => !/^(?:the|and|that|this|with|for|are|was|were|have|has|not|but|you|our|they|their|there|from|will|would|been)$/.test(m[0]));
  if (words.length < 2) return null;
  const chosen = new Set<number>();
  const n = words.length >= 8 ? 2 : 1;
  while (chosen.size < n) chosen.add(Math.floor(r() * words.length));
  let s = q.words;
  for (const i of [...chosen].sort((a, b) => b - a)) {
    const w = words[i];
    const by = SYNONYMS[w[0]] ?? pick(r, FILLERS)!;
    s = s.slice(0, w.index) + by + s.slice(w.index + w[0].length);
  }
  return replaceAt(text, q.start, q.end, s, 'quote', q.words);
}

const OTHER_NAMES = ['Maria Lopez', 'David Chen', 'Anna Kowalski', 'Samuel Okafor', 'Ingrid Larsen'];
// The attribution right after a quote: `," said Jane Doe.` or `," Jane Doe said`.
const ATTRIB_AFTER = /[,?!]["”] ?([^\n]{0,60})/gu;
const VERB = /^(?:said|says|told|added|stated)$/;
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The person's name in an attribution, with its offset, or null. */
function nameIn(s: string): { name: string; at: number } | null {
  const words = [...s.matchAll(/\p{L}+/gu)];
  if (words.length < 2) return null;
  if (VERB.test(words[0][0])) {
    let k = 1;
    while (k < words.length && k < 4 && NAME_WORD.test(words[k][0])) k++;
    const end = words[k - 1].index + words[k - 1][0].length;
    if (k === 1 || !/^[,.]/.test(s.slice(end))) return null;
    return { name: s.slice(words[1].index, end), at: words[1].index };
  }
  let k = 0;
  while (k < words.length && k < 3 && NAME_WORD.test(words[k][0])) k++;
  if (k === 0 || !VERB.test(words[k]?.[0] ?? '')) return null;
  const end = words[k - 1].index + words[k - 1][0].length;
  if (/\S/.test(s.slice(words[0].index, end).replace(/[\p{L} ]/gu, ''))) return null;
  return { name: s.slice(words[0].index, end), at: words[0].index };
}

/** One quote whose named speaker ("…," Jane Doe said) is replaced by another person. */
export function plantSpeaker(text: string, bodyStart: number, r: () => number): Planted | null {
  const cands = [];
  for (const m of text.matchAll(ATTRIB_AFTER)) {
    if (m.index < bodyStart) continue;
    const found = nameIn(m[1]);
    if (!found) continue;
    const name = found.name;
    if (/^(?:He|She|They|It|We|I|The|This|That|But|And)$/.test(name.split(/\s+/)[0])) continue;
    const start = m.index + m[0].length - m[1].length + found.at;
    // The quote before it must be long enough to be kept as a quote.
    const open = Math.max(text.lastIndexOf('"', m.index - 1), text.lastIndexOf('“', m.index - 1));
    if (open < 0 || text.slice(open, m.index).split(/\s+/).length < 6) continue;
    cands.push({ start, end: start + name.length, name });
  }
  const c = pick(r, cands);
  if (!c) return null;
  const others = OTHER_NAMES.filter((n) => !n.split(' ').some((w) => c.name.includes(w)));
  const by = pick(r, others)!;
  return replaceAt(text, c.start, c.end, by, 'speaker', c.name);
}

/**
 * Edits that change nothing a reader should be warned about: straight double
 * quotes made curly, one "said" made "stated", one "about" made "around".
 */
export function benign(text: string, bodyStart: number): string {
  const head = text.slice(0, bodyStart);
  let said = false;
  let about = false;
  const paras = text.slice(bodyStart).split('\n\n').map((p) => {
    const marks = (p.match(/"/g) ?? []).length;
    if (marks > 0 && marks % 2 === 0) {
      let open = false;
      return p.replace(/"/g, () => ((open = !open) ? '“' : '”'));
    }
    if (/["“”«»']/.test(p)) return p;
    // Outside quotes only: a quote's words are not ours to change.
    if (!said && / said\b/.test(p)) {
      said = true;
      return p.replace(/ said\b/, ' stated');
    }
    if (!about && /\babout \d/.test(p)) {
      about = true;
      return p.replace(/\babout (\d)/, 'around $1');
    }
    return p;
  });
  return head + paras.join('\n\n');
}
