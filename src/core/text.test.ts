import { describe, expect, it } from 'vitest';
import { plainText, sentenceAt, sentences, tokenize } from './text';

const pieces = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe('tokenize', () => {
  it('keeps numbers, contractions and hyphenated words whole and drops possessives', () => {
    const words = tokenize("Russia's rights commissioner said 3,000 cross-border residents don't know.").map((t) => t.norm);
    expect(words).toEqual(['russia', 'rights', 'commissioner', 'said', '3,000', 'cross-border', 'residents', "don't", 'know']);
  });
  it('splits at a dot between two words, a sentence whose space was lost in scraping, but not within "3.5", "abc13.com" or "U.S."', () => {
    // gva-567614: "treated and released.Three other citizens" hid the three wounded.
    expect(tokenize('treated and released.Three other citizens').map((t) => t.norm)).toEqual(['treated', 'and', 'released', 'three', 'other', 'citizens']);
    expect(tokenize('The U.S.A. gave 3.5 million on abc13.com, e.g. here').map((t) => t.norm)).toEqual(['the', 'u.s.a', 'gave', '3.5', 'million', 'on', 'abc13.com', 'e.g', 'here']);
  });
  it('keeps a letter and its combining marks in one word ("Jose" and an acute accent written apart)', () => {
    expect(tokenize('Jose\u0301 Sarukha\u0301n said').map((t) => t.raw)).toEqual(['Jose\u0301', 'Sarukha\u0301n', 'said']);
    // A mark alone starts no word.
    expect(tokenize('\u0301 a').map((t) => t.raw)).toEqual(['a']);
  });
  it('gives positions that slice back to the word', () => {
    const text = '  “Kursk” — 1.2 million';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });
});

describe('sentences', () => {
  it('does not end a sentence at abbreviations, initials or dates', () => {
    expect(pieces('A Russian official claimed on Feb. 24. The U.S. administration agreed. Mr. Smith left.')).toEqual([
      'A Russian official claimed on Feb. 24.',
      'The U.S. administration agreed.',
      'Mr. Smith left.',
    ]);
  });
  it('ends a sentence after a possessive "s" ("in his 20\'s."), which is no initial', () => {
    expect(pieces("He is described as a man in his 20's. One woman died at Hogan’s. J. Smith left.")).toEqual([
      "He is described as a man in his 20's.",
      'One woman died at Hogan’s.',
      'J. Smith left.',
    ]);
  });
  it('ends a sentence glued to the next by scraping ("released.Three"), not "St.Louis" or "U.S."', () => {
    expect(pieces('They were treated and released.Three other citizens were wounded.')).toEqual(['They were treated and released.', 'Three other citizens were wounded.']);
    expect(pieces('He moved to St.Louis from the U.S.Army base.')).toEqual(['He moved to St.Louis from the U.S.Army base.']);
  });
  it('ends at closing quotes and at line breaks', () => {
    expect(pieces('"We are ready." She left.\nNext paragraph')).toEqual(['"We are ready."', 'She left.', 'Next paragraph']);
  });
  it('finds the sentence around a position', () => {
    const text = 'One two. Three four. Five.';
    const spans = sentences(text);
    expect(text.slice(sentenceAt(spans, 12).start, sentenceAt(spans, 12).end)).toBe('Three four.');
  });
  it('handles empty text', () => {
    expect(sentences('')).toEqual([]);
    expect(sentenceAt([], 3)).toEqual({ start: 0, end: 0 });
  });
});

describe('plainText', () => {
  it('makes typographic quotes and dashes plain and collapses whitespace', () => {
    expect(plainText('«It’s  here» —\u00a0now')).toBe('"It\'s here" - now');
  });
});
