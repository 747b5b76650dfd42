import { describe, expect, it } from 'vitest';
import { extractReportClaims } from './report-claims';

const body = 'Officials said 500 people were missing on Monday.';

describe('extractReportClaims', () => {
  it('marks the headline when the text starts with it: a headline states as fact what the body attributes', () => {
    const title = 'Russia Secures Evacuation Deal';
    const text = `${title}\n\n${body}`;
    const claims = extractReportClaims({ title, text, lang: 'en' });
    expect(claims.statements.filter((s) => s.span.start < title.length).map((s) => [s.span.text, s.speaker])).toEqual([[title, null]]);
    expect(claims.figures.map((f) => f.span.text)).toEqual(['500']);
    // The same text without its headline marked: the first line is not read as a headline's statement.
    expect(extractReportClaims({ title: '', text, lang: 'en' }).statements.filter((s) => s.span.start < title.length)).toEqual([]);
  });

  it('marks no headline when there is none, or when the text does not start with it', () => {
    for (const article of [
      { title: '', text: body, lang: null },
      { title: 'Russia Secures Evacuation Deal', text: body, lang: null },
    ]) {
      const claims = extractReportClaims(article);
      expect(claims.statements.filter((s) => s.span.start === 0 && s.speaker === null)).toEqual([]);
      expect(claims.figures.map((f) => [f.value, f.span.text])).toEqual([[500, '500']]);
    }
  });
});
