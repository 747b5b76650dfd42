import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';

const figs = (text: string, lang?: string) => extractClaims(text, { lang }).figures;

describe('figures', () => {
  it('reads digits, words, scales, money and percentages', () => {
    const f = figs('Forty-six civilians returned. A dozen children were evacuated. 1.2 million people fled. The bailout is $5bn. Turnout was 30% among 3,000 voters.');
    expect(f.map((x) => [x.span.text, x.value, x.unit])).toEqual([
      ['Forty-six', 46, null],
      ['A dozen', 12, null],
      ['1.2 million', 1.2e6, null],
      ['$5bn', 5e9, '$'],
      ['30%', 30, '%'],
      ['3,000', 3000, null],
    ]);
  });
  it('reads qualifiers and ranges', () => {
    const f = figs('Around 500 people are missing. Almost 50 were killed. At least 20 were injured. Between 200 and 300 bodies were found. Only around 500 people were unaccounted for.');
    expect(f.map((x) => [x.span.text, x.qualifier, x.counted])).toEqual([
      ['Around 500', 'about', 'people missing'],
      ['Almost 50', 'nearly', 'people dead'],
      ['At least 20', 'at-least', 'people injured'],
      ['Between 200 and 300', 'exact', 'bodies dead'],
      ['Only around 500', 'about', 'people missing'],
    ]);
    expect(f[3].high).toBe(300);
  });
  it('leaves out dates, years, times, ages, durations and ordinals', () => {
    const f = figs('On Feb. 24, 2022, at 12:57 the 45-year-old said the 4th attempt in August 2024 took 24 hours and six months, aged 30, on 20 March.');
    expect(f).toEqual([]);
  });
  it('keeps who gives the figure and links "the number" back', () => {
    const f = figs('Russian officials claim 500 people are missing, but many locals believe the true number is closer to 3,000.');
    expect(f.map((x) => [x.value, x.counted, x.source, x.verbKind])).toEqual([
      [500, 'people missing', 'Russian officials', 'distancing'],
      [3000, 'people missing', 'many locals', 'neutral'],
    ]);
  });
  it('reads French separators as French, and leaves ambiguous ones out', () => {
    expect(figs('3.000 personnes ont disparu.', 'fr').map((x) => x.value)).toEqual([3000]);
    expect(figs('3,5 % des voix.', 'fr').map((x) => x.value)).toEqual([3.5]);
    expect(figs('3,000 personnes ont disparu.', 'fr')).toEqual([]);
  });
});
