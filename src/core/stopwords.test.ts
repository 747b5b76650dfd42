import { describe, expect, it } from 'vitest';
import { STOPWORDS } from './stopwords';
import { tokenize } from './text';

describe('STOPWORDS', () => {
  it('holds each word as the tokenizer writes it, so that every entry can match', () => {
    const unmatched = [...STOPWORDS].filter((w) => {
      const tokens = tokenize(w);
      return tokens.length !== 1 || tokens[0].norm !== w;
    });
    expect(unmatched).toEqual([]);
  });

  it('matches the capitalised and typographic spellings of a page', () => {
    const norms = tokenize('Don’t WE Them They’ll However').map((t) => t.norm);
    expect(norms.every((n) => STOPWORDS.has(n)), norms.join(' ')).toBe(true);
  });

  it('holds function words only: the words a story is about are not in it', () => {
    for (const w of ['say', 'said', 'people', 'russia', 'agreement', 'million']) expect(STOPWORDS.has(w), w).toBe(false);
  });
});
