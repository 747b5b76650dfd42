import { describe, expect, it } from 'vitest';
import { articleText, fallbackTitle, isoDate } from './article';

describe('articleText', () => {
  it('joins the headline and paragraphs with blank lines, trimmed, leaving out empty ones', () => {
    expect(articleText(' Headline ', ['  First paragraph.', '', '   ', 'Second.  '])).toBe('Headline\n\nFirst paragraph.\n\nSecond.');
  });
  it('starts with the first paragraph when there is no headline', () => {
    expect(articleText('', ['Only the body.'])).toBe('Only the body.');
  });
});

describe('isoDate', () => {
  it('keeps the date of an ISO timestamp as written, whatever its time zone', () => {
    expect(isoDate('2025-02-24')).toBe('2025-02-24');
    expect(isoDate(' 2025-02-24T23:30:00-05:00 ')).toBe('2025-02-24');
  });
  it('reads other dates Date.parse knows, and nothing else', () => {
    expect(isoDate('24 February 2025 12:00 UTC')).toBe('2025-02-24');
    expect(isoDate('last Monday')).toBeNull();
    expect(isoDate('')).toBeNull();
    expect(isoDate(20250224)).toBeNull();
    expect(isoDate(null)).toBeNull();
  });
});

describe('fallbackTitle', () => {
  it('is the first sentence of the first line, not cut inside a number', () => {
    expect(fallbackTitle('About 3.5 million people left. More followed.\nNext paragraph.')).toBe('About 3.5 million people left.');
  });
  it('is the whole first line when it has no sentence end, shortened with an ellipsis', () => {
    expect(fallbackTitle('  A line without an end\nSecond line')).toBe('A line without an end');
    const long = fallbackTitle('word '.repeat(40), 20);
    expect(long).toBe('word word word word…');
    expect(long.length).toBeLessThanOrEqual(20);
  });
});
