/**
 * Finding a claim of the extracted article again in the live page's text.
 *
 * Findings point into the article's text as Readability extracted it from a
 * clone of the page: white space collapsed, paragraphs joined by blank lines,
 * the headline first. The live page has the same characters but other white
 * space, element boundaries without any space, and navigation, captions and
 * asides around the article. So a claim is described by its exact text and a
 * little text before and after it (a selector, as hypothesis/client anchors
 * annotations), and both sides are compared with white space removed and
 * typographic variants of quotes and dashes folded together. When the same
 * words occur more than once, the surrounding text picks the occurrence.
 *
 * Pure string functions: the DOM side is in page-text.ts.
 */

/** A claim as the anchoring looks for it; `prefix` and `suffix` are already normalized. */
export interface TextSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextMatch {
  /** Offsets into the normalized text searched. */
  start: number;
  end: number;
  /** 0..1: how well the text around the match agrees with the selector's prefix and suffix. */
  context: number;
  /** True when found by its first and last words only (the middle differs). */
  approximate: boolean;
}

/** How much text before and after a claim describes where it is. */
const CONTEXT_CHARS = 32;

const IGNORED = /[\s\u00ad\u200b-\u200d\u2060]/;
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

/** One character as the matching sees it: '' when ignored (white space, soft hyphen, zero-width), else a folded form. */
export function foldChar(c: string): string {
  if (IGNORED.test(c)) return '';
  return FOLD[c] ?? c;
}

/**
 * `text` without white space, with quotes and dashes folded; `map[i]` is the
 * index in `text` of the normalized character `i`.
 *
 * @example normalizeForMatch('a “b”\n c').norm // 'a"b"c'
 */
export function normalizeForMatch(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]);
    if (!f) continue;
    norm += f;
    map.push(i);
  }
  return { norm, map };
}

const normalized = (s: string) => normalizeForMatch(s).norm;

/**
 * The selector of the span `[start, end)` of `articleText`. When the span's
 * offsets do not hold `text` (a finding from another version of the text),
 * the occurrence of `text` nearest to `start` is used instead, and failing
 * that `text` alone.
 */
export function selectorFor(articleText: string, start: number, end: number, text: string = articleText.slice(start, end)): TextSelector {
  let s = start;
  let e = end;
  if (articleText.slice(s, e) !== text) {
    const at = nearestOccurrence(articleText, text, start);
    if (at < 0) return { exact: normalized(text), prefix: '', suffix: '' };
    s = at;
    e = at + text.length;
  }
  const before = normalized(articleText.slice(Math.max(0, s - 4 * CONTEXT_CHARS), s));
  const after = normalized(articleText.slice(e, e + 4 * CONTEXT_CHARS));
  return { exact: normalized(text), prefix: before.slice(-CONTEXT_CHARS), suffix: after.slice(0, CONTEXT_CHARS) };
}

function nearestOccurrence(haystack: string, needle: string, near: number): number {
  if (!needle) return -1;
  let best = -1;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/** Shortest normalized claim placed by its ends alone when the whole is not found: shorter ones would be guesses. */
const MIN_APPROXIMATE = 40;
/** At most this many occurrences are weighed: a claim that common is placed by its first occurrences. */
const MAX_CANDIDATES = 200;

/**
 * Every place of `selector.exact` in `text` (both normalized), best first:
 * by agreement of the surrounding text with the selector's context, then in
 * the order of the text. When the exact text does not occur and the claim is
 * long enough, it is looked for by its first and last words with about the
 * same length between them (the page may hold a word or a link that the
 * extracted text dropped).
 */
export function matchQuote(text: string, selector: TextSelector): TextMatch[] {
  const { exact } = selector;
  if (!exact) return [];
  const found: TextMatch[] = [];
  for (let at = text.indexOf(exact); at >= 0 && found.length < MAX_CANDIDATES; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, context: contextScore(text, at, at + exact.length, selector), approximate: false });
  }
  if (found.length === 0 && exact.length >= MIN_APPROXIMATE) {
    const k = Math.min(24, Math.floor(exact.length / 3));
    const head = exact.slice(0, k);
    const tail = exact.slice(-k);
    const minLength = Math.floor(exact.length * 0.8);
    const maxLength = Math.ceil(exact.length * 1.25);
    for (let at = text.indexOf(head); at >= 0 && found.length < MAX_CANDIDATES; at = text.indexOf(head, at + 1)) {
      const tailAt = text.indexOf(tail, at + minLength - k);
      if (tailAt < 0 || tailAt + k - at > maxLength) continue;
      found.push({ start: at, end: tailAt + k, context: contextScore(text, at, tailAt + k, selector), approximate: true });
    }
  }
  // Stable sort: equal context keeps the order of the text.
  return found.sort((a, b) => b.context - a.context);
}

/** Share of the selector's prefix and suffix that the text around `[start, end)` repeats, from the match outwards. */
function contextScore(text: string, start: number, end: number, selector: TextSelector): number {
  const { prefix, suffix } = selector;
  if (!prefix && !suffix) return 1;
  let p = 0;
  while (p < prefix.length && start - 1 - p >= 0 && text[start - 1 - p] === prefix[prefix.length - 1 - p]) p++;
  let s = 0;
  while (s < suffix.length && end + s < text.length && text[end + s] === suffix[s]) s++;
  return (p + s) / (prefix.length + suffix.length);
}
