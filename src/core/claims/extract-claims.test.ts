import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDivergences } from '../compare/find-divergences';
import type { ComparedReport } from '../compare/types';
import { extractClaims } from './extract-claims';
import type { ReportClaims, TextSpan } from './types';

function spans(c: ReportClaims): TextSpan[] {
  const out: TextSpan[] = [];
  for (const f of c.figures) out.push(f.span, f.context, ...(f.attribution ? [f.attribution] : []));
  for (const q of c.quotes) out.push(q.span, q.context, ...(q.attribution ? [q.attribution] : []), ...(q.relaySpan ? [q.relaySpan] : []));
  for (const s of c.statements) out.push(s.span, s.context, ...(s.attribution ? [s.attribution] : []), ...(s.relaySpan ? [s.relaySpan] : []));
  return out;
}

const pieces = ['"', '“', '”', '«', '»', '„', '‘', '’', "'", ' said ', ' he said.', ' 3,000 ', ' about 500 people', '1.2 million', '$5bn', '30%', '\n\n', '. ', ', ', 'Smith', ' according to ', 'Forty-six', '0', '9', '.', ','];
const newsy = fc.array(fc.constantFrom(...pieces), { maxLength: 200 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), newsy);

describe('extractClaims and findDivergences on any input', () => {
  it('never throw, and every span is within the text and equals its text', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.constantFrom('en', 'fr', 'de-DE', 'ja')), (text, lang) => {
        const headline = text.indexOf('\n\n') > 0 ? { start: 0, end: text.indexOf('\n\n') } : null;
        const c = extractClaims(text, { headline, lang });
        for (const s of spans(c)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
        expect(JSON.parse(JSON.stringify(c))).toEqual(c);
        const other: ComparedReport = { id: 'x', title: '', outlet: null, published: null, url: null, relation: 'rewrite', claims: extractClaims(text.split('').reverse().join('')), copies: [] };
        const ds = findDivergences({ text, published: null, claims: c }, [other, { ...other, id: 'y', claims: c }]);
        for (const d of ds) expect(text.slice(d.start, d.end)).toBe(d.text);
      }),
      { numRuns: 400 },
    );
  });

  it('survive huge runs of digits and quote marks', () => {
    for (const unit of ['9', '"', '“', "'", '1,', '"a" ', '‘x’ ', '3.', 'about 5 people ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const c = extractClaims(text);
      for (const s of spans(c)) expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(() => findDivergences({ text, published: null, claims: c }, [{ id: 'o', title: '', outlet: null, published: null, url: null, relation: 'story', claims: c, copies: [] }])).not.toThrow();
    }
  });

  it('return no claims for non-strings and survive malformed claims', () => {
    expect(extractClaims(undefined as unknown as string)).toEqual({ figures: [], quotes: [], statements: [] });
    expect(findDivergences({ text: 'x', published: null, claims: null as unknown as ReportClaims }, [null as unknown as ComparedReport])).toEqual([]);
  });
});
