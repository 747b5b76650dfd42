/**
 * Direct quotes: the words between quote marks. One pass over the text with
 * a little state (which mark opened the quote), so it is linear whatever the
 * input. Only the outermost quote is kept; quotes inside it ('Russian Bucha')
 * are part of its words. Apostrophes are told from single quote marks by what
 * stands either side of them.
 */

export interface QuoteMarks {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the end of the line for a quote that runs on to the next paragraph. */
  close: number;
  /** The quoted words, trimmed of spaces and of a trailing comma. */
  start: number;
  end: number;
  /** True when the quote ran to the end of its line without closing. */
  unclosed: boolean;
}

/** Closing marks each opening mark accepts. */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"”',
  '“': '”"',
  '„': '“”"',
  '«': '»',
  '‹': '›',
  '‘': '’',
  "'": "'’",
};

/** Quotes longer than this are taken for stray marks. */
const MAX_QUOTE = 4000;

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isLetterOrDigit = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** What may stand before an opening single quote: a boundary, not a letter (else it is an apostrophe). */
const opensAfter = (c: string | undefined) => c === undefined || /[\s([{—–\-:;,"“«„]/.test(c);

/** How far on its line a quote nested in straight marks is looked past. */
const NESTED_REACH = 600;

/**
 * For a mark at `i` that would open a quote inside one open in the same marks (straight, or curly: `opener` and `closer`):
 * the index of the mark that closes the open one, when `i` opens a nested quote (its closing mark followed by a lower-case
 * word, not "he said", and then one closing mark more, with no mark between, on the line); else -1.
 */
function nestedClose(text: string, i: number, opener: string, closer: string): number {
  const end = Math.min(text.length, i + NESTED_REACH);
  let j = i + 1;
  while (j < end && text[j] !== closer && text[j] !== opener && text[j] !== '\n') j++;
  if (j >= end || text[j] !== closer || isSpace(text[j - 1])) return -1;
  const after = text.slice(j + 1, j + 24);
  if (!/^[^\S\n]+\p{Ll}/u.test(after) || (/^[^\S\n]+(?:he|she|they|i|we|it|you)\s+\p{Ll}+\b/u.test(after) && /[,.!?]$/.test(text.slice(i + 1, j)))) return -1;
  let k = j + 1;
  while (k < end && text[k] !== closer && text[k] !== opener && text[k] !== '\n') k++;
  if (k >= end || text[k] !== closer || isSpace(text[k - 1]) || !(k + 1 >= text.length || /[\s,.;:!?)\]—–-]/.test(text[k + 1]))) return -1;
  return k;
}

export function findQuoteMarks(text: string): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let open = -1;
  let closers = '';
  let lineStart = 0;
  const n = text.length;
  const finish = (close: number, unclosed: boolean) => {
    let s = open + 1;
    let e = close;
    while (s < e && /[\s,;:]/.test(text[s])) s++;
    while (e > s && /[\s,;:]/.test(text[e - 1])) e--;
    if (e > s && close - open <= MAX_QUOTE) out.push({ open, close, start: s, end: e, unclosed });
    open = -1;
  };
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text[i] : '\n';
    if (c === '\n') {
      // A quote may run to the end of a paragraph that it opened: the convention
      // for quotes over several paragraphs. Anything else left open was a stray mark.
      if (open >= 0 && /^\s*$/.test(text.slice(lineStart, open).slice(-8)) && open - lineStart < 8) finish(i, true);
      open = -1;
      lineStart = i + 1;
      continue;
    }
    if (open >= 0) {
      // `here,“ said Jim Clyburn`: an opening mark typed where the closing one belongs, after the quote's last punctuation.
      const typo = c === '“' && closers.includes('”') && /[,.!?]/.test(text[i - 1] ?? '') && isSpace(text[i + 1]);
      // `“… claim that a deal “has to do with Israel” makes clear …,” wrote Morton Klein`: a quote nested in the same curly
      // marks, read as the straight ones are.
      if (c === '“' && text[open] === '“' && !typo && isSpace(text[i - 1]) && isLetterOrDigit(text[i + 1])) {
        const outer = nestedClose(text, i, '“', '”');
        if (outer > 0) {
          finish(outer, false);
          i = outer;
          continue;
        }
      }
      if (!closers.includes(c) && !typo) continue;
      if (c === '’' || c === "'") {
        // "it’s", "Ukraine’s": an apostrophe inside a word closes nothing.
        if (isLetterOrDigit(text[i + 1]) || isSpace(text[i - 1])) continue;
      }
      if (c === '"' && isSpace(text[i - 1]) && !isSpace(text[i + 1]) && i - open > 1) {
        // `"They chanted "lock her up" all night," Smith said.`: a quote inside the open one, in the same marks, when the
        // sentence goes on in lower case after it and the open quote closes later on the line.
        const outer = text[open] === '"' ? nestedClose(text, i, '"', '"') : -1;
        if (outer > 0) {
          finish(outer, false);
          i = outer;
          continue;
        }
        // A straight mark with a space before and a word after opens a new quote: the last one was stray.
        open = i;
        continue;
      }
      finish(i, false);
      continue;
    }
    const accepts = CLOSERS[c];
    if (accepts === undefined) continue;
    if (c === "'" || c === '‘') {
      if (!opensAfter(text[i - 1]) || !isLetterOrDigit(text[i + 1])) continue;
    }
    if (c === '"' && isSpace(text[i + 1])) continue;
    open = i;
    closers = accepts;
  }
  return out;
}
