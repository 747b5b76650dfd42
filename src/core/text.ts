/**
 * Words and sentences of a text, with their positions.
 *
 * Every position in Crossread is a JavaScript string index into the text the
 * article was extracted to, so that a finding can be highlighted exactly.
 * Nothing here throws, whatever the input.
 */

export interface Token {
  /** Lower-cased word with a trailing possessive removed ("Russia's" → "russia"). */
  norm: string;
  /** The word as written. */
  raw: string;
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

// Letters and digits, with inner apostrophes, hyphens and commas kept inside one token ("don't", "cross-border",
// "3,000"), and dots before a small letter or a digit ("1.2", "abc13.com"); initials are one token too ("U.S.A.").
// Not a dot between two words: that is a sentence whose space was lost when the page was scraped ("and
// released.Three other citizens"). Each inner separator must be followed by a letter or digit, and the initials'
// lookahead gives back at most one letter, so this cannot backtrack without end.
// Combining marks belong to their letter ("Jose\u0301" is one word, as text copied from some systems writes it).
const WORD = /\p{L}(?:\.\p{L})+(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’\-,]|\.(?=[\p{Ll}\p{N}]))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** The words of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    let norm = raw.toLowerCase();
    if (norm.includes('’')) norm = norm.replace(/’/g, "'");
    if (norm.endsWith("'s")) norm = norm.slice(0, -2);
    tokens.push({ norm, raw, start: m.index, end: m.index + raw.length });
  }
  return tokens;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep',
  'rev', 'maj', 'adm', 'cmdr', 'supt', 'insp', 'det', 'cpl', 'pvt', 'atty', 'ofc', 'pfc', 'spc', 'brig',
  'pres', 'feb', 'jan', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs',
  'inc', 'ltd', 'co', 'corp', 'etc', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'approx', 'est', 'mt', 'ft',
]);

/**
 * Sentences of `text` as spans, trimmed of surrounding whitespace.
 * A sentence ends at ., ! or ? (with any closing quotes or brackets after it)
 * followed by whitespace and a capital, digit or opening quote, or at a blank
 * line. Abbreviations such as "Feb." and initials such as "U.S." do not end one.
 */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      // A line break ends a sentence: extracted text keeps paragraphs on lines.
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < n && /["'”’»)\]]/.test(text[j])) j++;
    // "and released.Three other citizens": a sentence whose space was lost in scraping (a word of small letters, a dot, a capitalised word).
    const glued = c === '.' && j === i + 1 && /\p{Ll}{2}$/u.test(text.slice(Math.max(start, i - 2), i)) && /^\p{Lu}\p{Ll}/u.test(text.slice(j, j + 2));
    if (glued) {
      push(j);
      start = j;
      continue;
    }
    if (j < n && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < n && text[k] === ' ') k++;
    if (k < n && !/[\p{Lu}\p{N}"'“‘«„(\n]/u.test(text[k])) continue;
    if (c === '.') {
      // The word before the dot: an abbreviation or an initial does not end a sentence.
      let w = i;
      while (w > start && /[\p{L}.]/u.test(text[w - 1])) w--;
      const word = text.slice(w, i).toLowerCase();
      // "in his 20's." and "at Hogan's." end one: the "s" of a possessive is no initial.
      const initial = /^\p{L}$/u.test(word) && !/['’]/.test(text[w - 1] ?? '');
      if (ABBREVIATIONS.has(word) || initial || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    push(j);
    start = j;
  }
  push(n);
  return spans;
}

/** The sentence span containing `index`, or the nearest one. */
export function sentenceAt(spans: Span[], index: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= index) lo = mid + 1;
    else if (spans[mid].start > index) hi = mid - 1;
    else return spans[mid];
  }
  return spans[Math.min(lo, spans.length - 1)] ?? { start: 0, end: 0 };
}

/** Collapse runs of whitespace to one space; used to compare text across sources. */
function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Text as it should be compared: typographic quotes and dashes made plain,
 * whitespace collapsed. Keeps the length of the mapping simple by working on
 * characters one for one except for whitespace runs.
 */
export function plainText(s: string): string {
  return collapseSpace(
    s
      .replace(/[“”«»„‟]/g, '"')
      .replace(/[‘’‚‛]/g, "'")
      .replace(/[‐‑‒–—―]/g, '-')
      .replace(/\u00a0/g, ' '),
  );
}
