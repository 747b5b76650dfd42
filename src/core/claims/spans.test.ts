import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../text';
import { contextSpan, gap, isCap, isLower, makeSpan, MAX_CONTEXT_SIDE, tokenAt, trimRange } from './spans';

const TEXT = 'Russian officials claim 500 people are missing, but many locals believe the true number is closer to 3,000.';

describe('makeSpan', () => {
  it('slices the text at the positions given', () => {
    expect(makeSpan(TEXT, 24, 27)).toEqual({ start: 24, end: 27, text: '500' });
  });
  it('clamps positions outside the text and never ends before it starts', () => {
    expect(makeSpan('abc', -5, 2)).toEqual({ start: 0, end: 2, text: 'ab' });
    expect(makeSpan('abc', 1, 99)).toEqual({ start: 1, end: 3, text: 'bc' });
    expect(makeSpan('abc', 2, 1)).toEqual({ start: 2, end: 2, text: '' });
  });
  it('always gives a span whose text is the slice it names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }), (text, a, b) => {
        const s = makeSpan(text, a, b);
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeGreaterThanOrEqual(s.start);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.start, s.end)).toBe(s.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('trimRange', () => {
  it('narrows past whitespace by default, or past what the pattern matches', () => {
    const text = '  “We will not leave,”  ';
    expect(trimRange(text, 0, text.length)).toEqual([2, 22]);
    const [s, e] = trimRange(text, 0, text.length, /[\s“”,]/);
    expect(text.slice(s, e)).toBe('We will not leave');
  });
  it('gives an empty range for a range of whitespace alone', () => {
    const [s, e] = trimRange('a    b', 1, 5);
    expect(e).toBe(s);
  });
});

describe('tokenAt', () => {
  const tokens = tokenize(TEXT);
  it('finds the token at or after a position', () => {
    expect(tokens[tokenAt(tokens, 24)].raw).toBe('500');
    expect(tokens[tokenAt(tokens, 25)].raw).toBe('500'); // inside the token
    expect(tokens[tokenAt(tokens, 27)].raw).toBe('people'); // the space after it
    expect(tokenAt(tokens, 0)).toBe(0);
    expect(tokenAt(tokens, TEXT.length)).toBe(tokens.length);
  });
  it('agrees with a linear search at every position', () => {
    for (let pos = 0; pos <= TEXT.length; pos++) {
      const linear = tokens.findIndex((t) => t.end > pos);
      expect(tokenAt(tokens, pos)).toBe(linear < 0 ? tokens.length : linear);
    }
  });
});

describe('isCap and isLower', () => {
  const first = (s: string) => tokenize(s)[0];
  it('tell capitals from lower case in ASCII and beyond', () => {
    expect(['Moskalkova', 'Élysée', 'Україна', 'Ωmega'].map((w) => isCap(first(w)))).toEqual([true, true, true, true]);
    expect(['said', 'élu', 'україна', '500'].map((w) => isCap(first(w)))).toEqual([false, false, false, false]);
    expect(['said', 'élu', 'україна'].map((w) => isLower(first(w)))).toEqual([true, true, true]);
    expect(['Moskalkova', '500', '東京'].map((w) => isLower(first(w)))).toEqual([false, false, false]);
  });
  it('are false past the last token', () => {
    expect(isCap(undefined)).toBe(false);
    expect(isLower(undefined)).toBe(false);
  });
});

describe('gap', () => {
  it('gives the characters between two positions, or nothing when they are out of order', () => {
    const text = '“We are ready,” she said.';
    const tokens = tokenize(text);
    expect(gap(text, tokens[2].end, tokens[3].start)).toBe(',” ');
    expect(gap('abc', 2, 1)).toBe('');
  });
});

describe('contextSpan', () => {
  it('is the sentence when the sentence is short', () => {
    const c = contextSpan(TEXT, 0, TEXT.length, 24, 27);
    expect(c).toEqual({ start: 0, end: TEXT.length, text: TEXT });
  });
  it('always holds the claim, even when the sentence given does not', () => {
    const c = contextSpan(TEXT, 30, 40, 24, 27);
    expect(c.start).toBe(24);
    expect(c.text).toBe(TEXT.slice(24, 40));
  });
  it('clips a run-on sentence to a bounded side either way, at a space', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const text = `${words} 500 people ${words}`;
    const start = text.indexOf('500');
    const c = contextSpan(text, 0, text.length, start, start + 3);
    expect(start - c.start).toBeLessThanOrEqual(MAX_CONTEXT_SIDE);
    expect(c.end - (start + 3)).toBeLessThanOrEqual(MAX_CONTEXT_SIDE);
    expect(start - c.start).toBeGreaterThan(MAX_CONTEXT_SIDE - 10);
    expect(c.text).toMatch(/^word\d+ .* 500 people .* word\d+$/);
    expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
