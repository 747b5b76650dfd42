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
      if (!closers.includes(c) && !typo) continue;
      if (c === '’' || c === "'") {
        // "it’s", "Ukraine’s": an apostrophe inside a word closes nothing.
        if (isLetterOrDigit(text[i + 1]) || isSpace(text[i - 1])) continue;
      }
      if (c === '"' && isSpace(text[i - 1]) && !isSpace(text[i + 1]) && i - open > 1) {
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
