import { describe, expect, it } from 'vitest';
import type { AttributionFacts, Divergence, DivergenceOther, FigureFacts } from '../../core/compare/types';
import type { ReportRef } from '../../shared/messages';
import { attributionOf, datedOrder, figureOf, formatDate, quoteDiffs, reportName, sides, splitContext } from './card-model';

const fig = (value: number): FigureFacts => ({ value, qualifier: 'exact', unit: null, measure: 'dead', subject: 'people', counted: 'people dead', source: null });
const said: AttributionFacts = { speaker: 'Moskalkova', verb: 'said', verbKind: 'neutral', relay: null };
function other<F>(o: Partial<DivergenceOther<F>> & { facts: F }): DivergenceOther<F> {
  return { reportId: 'r', start: 0, end: 0, text: '', context: '', outlet: null, published: null, url: null, copies: [], ...o };
}
const reports = new Map<string, ReportRef>([
  ['mt', { id: 'mt', title: 'Russia Says Agreement Reached', outlet: 'The Moscow Times', published: '2025-02-24', url: 'https://www.themoscowtimes.com/a' }],
  ['anon', { id: 'anon', title: 'Kursk evacuation talks', outlet: null, published: null, url: null }],
]);

describe('reportName', () => {
  it('prefers the outlet, then the site, then the start of the report title', () => {
    expect(reportName({ reportId: 'mt', outlet: null }, reports)).toBe('The Moscow Times');
    expect(reportName({ reportId: 'anon', outlet: null }, reports)).toBe('Kursk evacuation talks');
    expect(reportName({ reportId: 'anon', outlet: null, url: 'https://www.kyivindependent.com/x' }, reports)).toBe('kyivindependent.com');
    const long = new Map([['l', { id: 'l', title: 'Ukraine and Russia have agreed to evacuate residents of Kursk Oblast', outlet: null, published: null, url: null }]]);
    expect(reportName({ reportId: 'l', outlet: null }, long)).toBe('Ukraine and Russia have agreed to…');
    expect(reportName({ reportId: 'gone', outlet: null }, reports)).toBeNull();
  });
});

describe('splitContext', () => {
  it('marks the claim in its sentence', () => {
    expect(splitContext('Officials said 500 were missing.', '500')).toEqual({ before: 'Officials said ', mark: '500', after: ' were missing.' });
    expect(splitContext('No claim here.', '500')).toEqual({ before: 'No claim here.', mark: '', after: '' });
  });
});

describe('sides', () => {
  const figure: Divergence = {
    kind: 'figure', subtype: 'changed-over-time', start: 0, end: 3, text: '500', facts: fig(500),
    others: [other({ reportId: 'late', published: '2025-03-02', text: '700', facts: fig(700) }), other({ reportId: 'undated', text: '650', facts: fig(650) }), other({ reportId: 'early', published: '2025-02-20', text: '300', facts: fig(300) })],
  };
  it('orders figures by date, undated last', () => {
    const list = sides(figure, { published: '2025-02-24' }, reports);
    expect(list.map((s) => s.reportId)).toEqual(['early', null, 'late', 'undated']);
    expect(datedOrder(list)).toBe(true);
  });
  it('keeps this article first for other kinds', () => {
    const list = sides({ ...figure, kind: 'attribution', subtype: 'speaker', facts: said, others: figure.others.map((o) => ({ ...o, facts: said })) }, { published: '2025-02-24' }, reports);
    expect(list.map((s) => s.reportId)).toEqual([null, 'late', 'undated', 'early']);
  });
});

describe('attributionOf', () => {
  it('reads who and how from a quote, a statement or a figure', () => {
    expect(attributionOf({ speaker: 'Moskalkova', verb: 'stated', verbKind: 'neutral', relay: 'RIA Novosti' })).toEqual({ who: 'Moskalkova', verb: 'stated', verbKind: 'neutral', relay: 'RIA Novosti', asFact: false });
    expect(attributionOf({ ...fig(500), source: 'local residents' })).toMatchObject({ who: 'local residents' });
    expect(attributionOf({ speaker: null, verb: null, verbKind: null, relay: null, headline: true }).asFact).toBe(true);
    expect(figureOf(fig(3))?.value).toBe(3);
    expect(figureOf(said)).toBeNull();
  });
});

describe('quoteDiffs', () => {
  it('uses the finder diff for the first report and computes the others, once per wording', () => {
    const d: Divergence = {
      kind: 'quote', subtype: 'reworded', start: 0, end: 10, text: 'people who are currently in Sumy', facts: said, changed: 0.2,
      diff: [[0, 'people who are '], [-1, 'currently'], [1, 'already'], [0, ' in Sumy']],
      others: [
        other({ reportId: 'mt', text: 'people who are already in Sumy today', facts: said }),
        other({ reportId: 'anon', text: 'people who are already in Sumy (Oblast) today', facts: said }),
        other({ reportId: 'copy', text: 'people who are already in Sumy (Oblast) today', facts: said }),
      ],
    };
    const diffs = quoteDiffs(d, reports);
    expect(diffs.map((x) => x.name)).toEqual(['The Moscow Times', 'Kursk evacuation talks']);
    expect(diffs[0].pieces).toBe(d.kind === 'quote' && d.subtype === 'reworded' ? d.diff : null);
    expect(diffs[1].pieces.some(([op, text]) => op === 1 && text.includes('already'))).toBe(true);
  });
});

describe('formatting', () => {
  it('formats dates for the reader, and leaves odd input alone', () => {
    expect(formatDate('2025-02-24', 'en')).toBe('Feb 24, 2025');
    expect(formatDate('sometime', 'en')).toBe('sometime');
  });
});
