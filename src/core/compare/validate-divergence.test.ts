import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/extract-claims';
import { findDivergences } from './find-divergences';
import type { ComparedReport, Divergence } from './types';
import { isDivergence } from './validate-divergence';

function compared(id: string, text: string): ComparedReport {
  return { id, title: '', outlet: null, published: null, url: null, relation: 'rewrite', claims: extractClaims(text, { headline: { start: 0, end: 10 } }), copies: [] };
}

/** Real divergences of every kind, as they arrive after a trip through JSON. */
const ARTICLE = [
  'Evacuation',
  'Police named the suspect as Ahmed Khan, 27, who was arrested on Monday.',
  '"They will be evacuated through Belarus to other regions of the country," Tatyana Moskalkova said on Monday.',
  '"There is an agreement with the Red Cross and the Ukrainian side," Moskalkova said.',
  'Russian officials claim 500 people are missing, but many locals believe the true number is closer to 3,000.',
].join('\n\n');
const OTHER = [
  'Evacuation',
  'Police named the suspect as Ahmed Khan, 28, who was arrested on Monday.',
  '"They will be evacuated through Belarus to other regions of the country," Dmitry Peskov said on Monday.',
  '"There is an agreement with the Red Cross [ICRC] and the Ukrainian side," Moskalkova said.',
  'Around 500 people are missing in Kursk, Russian officials say.',
].join('\n\n');
const REAL: Divergence[] = JSON.parse(JSON.stringify(findDivergences({ text: ARTICLE, published: null, claims: extractClaims(ARTICLE, { headline: { start: 0, end: 10 } }) }, [compared('b', OTHER)])));

const figure = REAL.find((d) => d.kind === 'figure' && d.subtype === 'conflict')!;
const quote = REAL.find((d) => d.kind === 'quote')!;

describe('isDivergence', () => {
  it('accepts every divergence the finder makes', () => {
    expect(REAL.map((d) => `${d.kind}/${d.subtype}`)).toEqual(['figure/conflict', 'attribution/speaker', 'quote/minor', 'attribution/verb-kind', 'figure/contested']);
    for (const d of REAL) expect(isDivergence(d), JSON.stringify(d)).toBe(true);
  });
  it('rejects an unknown kind or subtype', () => {
    expect(isDivergence({ ...figure, kind: 'rumour' })).toBe(false);
    expect(isDivergence({ ...figure, subtype: 'reworded' })).toBe(false);
    expect(isDivergence({ ...quote, subtype: 'contested' })).toBe(false);
  });
  it('rejects a span that is not one', () => {
    expect(isDivergence({ ...figure, start: -1 })).toBe(false);
    expect(isDivergence({ ...figure, start: figure.end + 1 })).toBe(false);
    expect(isDivergence({ ...figure, end: 1.5 })).toBe(false);
    expect(isDivergence({ ...figure, text: 42 })).toBe(false);
  });
  it('checks the facts of each kind', () => {
    expect(isDivergence({ ...figure, facts: { ...figure.facts, measure: 'weather' } })).toBe(false);
    expect(isDivergence({ ...figure, facts: { ...figure.facts, value: Number.NaN } })).toBe(false);
    expect(isDivergence({ ...figure, facts: { ...figure.facts, scope: { place: 'x', partial: 'yes' } } })).toBe(false);
    expect(isDivergence({ ...quote, facts: { ...quote.facts, verbKind: 'angry' } })).toBe(false);
    // A figure's facts are no quote's.
    expect(isDivergence({ ...quote, facts: figure.facts })).toBe(false);
  });
  it('checks a contested figure\'s rival only one level deep', () => {
    const contested = REAL.find((d) => d.subtype === 'contested')!;
    const facts = contested.facts as Record<string, unknown>;
    const rival = facts.contestedBy as Record<string, unknown>;
    expect(rival).toMatchObject({ value: 3000 });
    expect(isDivergence({ ...contested, facts: { ...facts, contestedBy: { ...rival, contestedBy: rival } } })).toBe(false);
    expect(isDivergence({ ...contested, facts: { ...facts, contestedBy: { ...rival, text: undefined } } })).toBe(false);
  });
  it('asks a quote other than a paraphrase for its diff', () => {
    const { diff: _diff, ...noDiff } = quote as Divergence & { diff: unknown };
    expect(isDivergence(noDiff)).toBe(false);
    expect(isDivergence({ ...quote, diff: [[2, 'x']] })).toBe(false);
    expect(isDivergence({ ...quote, changed: 'a lot' })).toBe(false);
  });
  it('checks every other report, and bounds their number', () => {
    const other = figure.others[0];
    expect(isDivergence({ ...figure, others: [{ ...other, copies: [1] }] })).toBe(false);
    expect(isDivergence({ ...figure, others: [{ ...other, reportId: null }] })).toBe(false);
    expect(isDivergence({ ...figure, others: Array.from({ length: 1001 }, () => other) })).toBe(false);
    expect(isDivergence({ ...figure, others: Array.from({ length: 1000 }, () => other) })).toBe(true);
  });
  it('rejects what is not an object', () => {
    for (const v of [null, undefined, 'figure', 42, [figure]]) expect(isDivergence(v)).toBe(false);
  });
});
