import { describe, expect, it } from 'vitest';
import type { Divergence, DivergenceOther } from '../../core/compare/types';
import type { ReportRef } from '../../shared/messages';
import { attributionOf, datedOrder, figureValue, formatDate, quoteDiffs, reportName, sides, splitContext } from './card-model';

const other = (o: Partial<DivergenceOther>): DivergenceOther => ({ reportId: 'r', start: 0, end: 0, text: '', context: '', outlet: null, published: null, url: null, copies: [], ...o });
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
    kind: 'figure', subtype: 'changed-over-time', start: 0, end: 3, text: '500', summary: '', detail: { value: 500 },
    others: [other({ reportId: 'late', published: '2025-03-02', text: '700', detail: { value: 700 } }), other({ reportId: 'undated', text: '650' }), other({ reportId: 'early', published: '2025-02-20', text: '300' })],
  };
  it('orders figures by date, undated last', () => {
    const list = sides(figure, { published: '2025-02-24' }, reports);
    expect(list.map((s) => s.reportId)).toEqual(['early', null, 'late', 'undated']);
    expect(datedOrder(list)).toBe(true);
  });
  it('keeps this article first for other kinds', () => {
    const list = sides({ ...figure, kind: 'attribution' }, { published: '2025-02-24' }, reports);
    expect(list.map((s) => s.reportId)).toEqual([null, 'late', 'undated', 'early']);
  });
});

describe('attributionOf', () => {
  it('reads who and how from either detail shape', () => {
    expect(attributionOf({ speaker: 'Moskalkova', verb: 'stated', verbKind: 'neutral', relay: 'RIA Novosti' })).toEqual({ who: 'Moskalkova', verb: 'stated', verbKind: 'neutral', relay: 'RIA Novosti', asFact: false });
    expect(attributionOf({ verb: 'claim', verbKind: 'distancing', source: 'local residents' })).toMatchObject({ who: 'local residents', verb: 'claim' });
    expect(attributionOf({ speaker: null, verb: null, headline: true }).asFact).toBe(true);
  });
});

describe('quoteDiffs', () => {
  it('uses the finder diff for the first report and computes the others, once per wording', () => {
    const d: Divergence = {
      kind: 'quote', subtype: 'reworded', start: 0, end: 10, text: 'people who are currently in Sumy', summary: '',
      diff: [[0, 'people who are '], [-1, 'currently'], [1, 'already'], [0, ' in Sumy']],
      others: [
        other({ reportId: 'mt', text: 'people who are already in Sumy today' }),
        other({ reportId: 'anon', text: 'people who are already in Sumy (Oblast) today' }),
        other({ reportId: 'copy', text: 'people who are already in Sumy (Oblast) today' }),
      ],
    };
    const diffs = quoteDiffs(d, reports);
    expect(diffs.map((x) => x.name)).toEqual(['The Moscow Times', 'Kursk evacuation talks']);
    expect(diffs[0].pieces).toBe(d.diff);
    expect(diffs[1].pieces.some(([op, text]) => op === 1 && text.includes('already'))).toBe(true);
  });
});

describe('formatting', () => {
  it('formats numbers and dates for the reader, and leaves odd input alone', () => {
    expect(figureValue({ value: 3000 }, 'en')).toBe('3,000');
    expect(figureValue({ value: 'x' }, 'en')).toBeNull();
    expect(formatDate('2025-02-24', 'en')).toBe('Feb 24, 2025');
    expect(formatDate('sometime', 'en')).toBe('sometime');
  });
});
