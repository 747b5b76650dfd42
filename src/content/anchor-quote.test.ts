import { describe, expect, it } from 'vitest';
import { matchQuote, normalizeForMatch, selectorFor } from './anchor-quote';

describe('normalizeForMatch', () => {
  it('drops white space, soft hyphens and zero-width characters, and folds quotes and dashes', () => {
    const { norm, map } = normalizeForMatch('a “b”\u00a0\n c\u00ad—d\u200b’');
    expect(norm).toBe(`a"b"c-d'`);
    expect(map).toEqual([0, 2, 3, 4, 8, 10, 11, 13]);
  });
});

describe('selectorFor', () => {
  const text = 'Headline\n\nFirst paragraph says 500 people.\n\nSecond one says 3,000 people.';
  it('keeps the normalized text around the span', () => {
    const start = text.indexOf('500');
    const s = selectorFor(text, start, start + 3);
    expect(s).toEqual({ exact: '500', prefix: 'HeadlineFirstparagraphsays', suffix: 'people.Secondonesays3,000people.' });
  });
  it('finds the text near the given offsets when they do not hold it', () => {
    const s = selectorFor(text, 5, 8, '3,000');
    expect(s.exact).toBe('3,000');
    expect(s.prefix.endsWith('Secondonesays')).toBe(true);
  });
  it('falls back to the text alone when the article does not hold it', () => {
    expect(selectorFor(text, 0, 3, 'nowhere')).toEqual({ exact: 'nowhere', prefix: '', suffix: '' });
  });
});

describe('matchQuote', () => {
  const page = normalizeForMatch('Home World 500 readers today. Headline First paragraph says 500 people. Second one says 3,000 people. Footer').norm;
  it('prefers the occurrence whose surrounding text agrees', () => {
    const text = 'Headline\n\nFirst paragraph says 500 people.\n\nSecond one says 3,000 people.';
    const start = text.indexOf('500');
    const [best, other] = matchQuote(page, selectorFor(text, start, start + 3));
    expect(page.slice(best.start, best.end)).toBe('500');
    expect(page.slice(0, best.start).endsWith('says')).toBe(true);
    expect(best.context).toBeGreaterThan(other.context);
  });
  it('finds nothing for absent or empty text', () => {
    expect(matchQuote(page, { exact: 'absent', prefix: '', suffix: '' })).toEqual([]);
    expect(matchQuote(page, { exact: '', prefix: '', suffix: '' })).toEqual([]);
  });
  it('places a long claim by its ends when a few words in the middle differ', () => {
    const article = 'We have established an agreement with both the Red Cross and the Ukrainian authorities for their evacuation.';
    const live = normalizeForMatch('Intro. We have established an agreement with both the Red Cross [link] and the Ukrainian authorities for their evacuation. Outro.').norm;
    const [m] = matchQuote(live, selectorFor(article, 0, article.length));
    expect(m.approximate).toBe(true);
    expect(live.slice(m.start, m.end)).toBe(normalizeForMatch('We have established an agreement with both the Red Cross [link] and the Ukrainian authorities for their evacuation.').norm);
  });
  it('does not guess a short claim by its ends', () => {
    expect(matchQuote('abcdefXXXXuvwxyz', { exact: 'abcdefuvwxyz', prefix: '', suffix: '' })).toEqual([]);
  });
});
