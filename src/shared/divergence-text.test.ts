import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import type { AttributionFacts, Divergence, DivergenceOther, FigureFacts } from '../core/compare/types';
import { DIVERGENCE_SUBTYPES } from '../core/compare/types';
import { describeDivergence, figureText, measureText, plural, subtypeText } from './divergence-text';
import { messagesFrom, type MessageEntry } from './locale-messages';

const t = messagesFrom(messages as unknown as Record<string, MessageEntry>);
const name = (o: DivergenceOther<unknown>) => o.outlet ?? o.reportId;
const fig = (f: Partial<FigureFacts>): FigureFacts => ({ value: 500, qualifier: 'exact', unit: null, measure: 'missing', subject: 'people', counted: 'people missing', source: null, ...f });
const att = (a: Partial<AttributionFacts>): AttributionFacts => ({ speaker: 'Tatyana Moskalkova', verb: 'said', verbKind: 'neutral', relay: null, ...a });
function other<F>(facts: F, o: Partial<DivergenceOther<F>> = {}): DivergenceOther<F> {
  return { reportId: 'r1', start: 0, end: 3, text: 'x', context: 'x', outlet: 'The Moscow Times', published: null, url: null, copies: [], facts, ...o };
}

describe('describeDivergence', () => {
  it('says how a figure differs, with its unit, qualifier and measure', () => {
    const d: Divergence = { kind: 'figure', subtype: 'conflict', start: 0, end: 3, text: '500', facts: fig({}), others: [other(fig({ value: 3000 }))] };
    expect(describeDivergence(d, { t, lang: 'en', name })).toBe('The Moscow Times gives 3,000 where this report gives 500 (people missing).');
    const two = { ...d, others: [...d.others, other(fig({ value: 3000 }), { reportId: 'r2', outlet: 'AFP' }), other(fig({ value: 3000 }), { reportId: 'r3', outlet: 'AP' })] };
    expect(describeDivergence(two, { t, lang: 'en', name })).toBe('The Moscow Times and 2 other reports give 3,000 where this report gives 500 (people missing).');
    const onePlus = { ...d, others: [...d.others, other(fig({ value: 3000 }), { reportId: 'r2', outlet: 'AFP' })] };
    expect(describeDivergence(onePlus, { t, lang: 'en', name })).toContain('and 1 other report give');
  });

  it('has a sentence for every kind and subtype, with every placeholder filled', () => {
    const ds: Divergence[] = [
      { kind: 'figure', subtype: 'compatible', start: 0, end: 1, text: 'x', facts: fig({ qualifier: 'at-least', value: 80, measure: 'dead' }), others: [other(fig({ value: 89, measure: 'dead' }))] },
      { kind: 'figure', subtype: 'changed-over-time', start: 0, end: 1, text: 'x', facts: fig({ value: 130, measure: 'dead' }), others: [other(fig({ value: 129, measure: 'dead' }))] },
      { kind: 'figure', subtype: 'contested', start: 0, end: 1, text: 'x', facts: { ...fig({ source: 'Russian officials' }), contestedBy: { ...fig({ value: 3000, qualifier: 'about', source: 'locals' }), text: 'closer to 3,000' } }, others: [other(fig({}))] },
      { kind: 'figure', subtype: 'contested', start: 0, end: 1, text: 'x', facts: fig({}), others: [other({ ...fig({}), contestedBy: { ...fig({ value: 3000, source: 'local residents' }), text: '3,000' } })] },
      { kind: 'quote', subtype: 'reworded', start: 0, end: 1, text: 'x', diff: [[0, 'x']], changed: 0.35, facts: att({}), others: [other(att({}))] },
      { kind: 'quote', subtype: 'minor', start: 0, end: 1, text: 'x', diff: [[0, 'x']], changed: 0.1, facts: att({}), others: [other(att({}))] },
      { kind: 'quote', subtype: 'paraphrased', start: 0, end: 1, text: 'x', facts: att({}), others: [other({ ...att({}), headline: false })] },
      { kind: 'attribution', subtype: 'speaker', start: 0, end: 1, text: 'x', facts: att({}), others: [other(att({ speaker: 'Jane Doe' }))] },
      { kind: 'attribution', subtype: 'relay', start: 0, end: 1, text: 'x', facts: att({ relay: 'RIA Novosti' }), others: [other(att({}))] },
      { kind: 'attribution', subtype: 'relay', start: 0, end: 1, text: 'x', facts: att({}), others: [other(att({ relay: 'RIA Novosti' }))] },
      { kind: 'attribution', subtype: 'verb-kind', start: 0, end: 1, text: 'x', facts: att({ verb: 'claimed', verbKind: 'distancing' }), others: [other(att({}))] },
      { kind: 'attribution', subtype: 'fact-vs-attributed', start: 0, end: 1, text: 'x', facts: { ...att({ speaker: null, verb: null, verbKind: null }), headline: true, attributedInBody: 'Moskalkova said' }, others: [other({ ...att({ speaker: 'Russia' }), headline: true })] },
      { kind: 'attribution', subtype: 'fact-vs-attributed', start: 0, end: 1, text: 'x', facts: { ...att({ speaker: 'Russia' }), headline: true, attributedInBody: null }, others: [other({ ...att({ speaker: null }), headline: true })] },
    ];
    const seen = new Set<string>();
    for (const d of ds) {
      const s = describeDivergence(d, { t, lang: 'en', name });
      seen.add(`${d.kind}/${d.subtype}`);
      expect(s.length, `${d.kind}/${d.subtype}`).toBeGreaterThan(20);
      expect(s, `${d.kind}/${d.subtype}`).not.toMatch(/\$[A-Z0-9]+\$|\$\d|undefined|null/);
    }
    expect(describeDivergence(ds[0], { t, lang: 'en', name })).toBe('The Moscow Times gives 89 and this report at least 80: both can be right, but they differ (people killed).');
    expect(describeDivergence(ds[2], { t, lang: 'en', name })).toBe('Contested here: Russian officials gives 500, locals about 3,000; The Moscow Times agrees with the first.');
    for (const [kind, subtypes] of Object.entries(DIVERGENCE_SUBTYPES)) {
      for (const s of subtypes) {
        if (kind !== 'figure' || s !== 'conflict') expect(seen.has(`${kind}/${s}`), `${kind}/${s}`).toBe(true);
        const key = `subtype${s.replace(/(^|-)([a-z])/g, (_, _d: string, c: string) => c.toUpperCase())}`;
        expect(t(key), key).toBe(subtypeText(s, t));
        expect(t(key), key).not.toBe('');
      }
    }
  });
});

describe('figureText and measureText', () => {
  it('write each kind of figure in its unit', () => {
    expect(figureText(fig({ measure: 'age', value: 27, subject: 'Micah Johnson' }), 'en', t)).toBe('27 years old');
    expect(figureText(fig({ measure: 'age', value: 9, unit: 'mo', subject: 'daughter' }), 'en', t)).toBe('9 months old');
    expect(figureText(fig({ measure: 'duration', unit: 'y', value: 1 }), 'en', t)).toBe('1 year');
    expect(figureText(fig({ measure: 'duration', unit: 'h', value: 24, qualifier: 'more-than' }), 'en', t)).toBe('more than 24 hours');
    expect(figureText(fig({ measure: 'time', unit: 'time', value: 14 * 60 + 25, qualifier: 'about' }), 'en', t)).toBe('about 2:25 PM');
    expect(figureText(fig({ measure: 'time', unit: 'time', value: 5 * 60 + 46, zone: 'GMT' }), 'en', t)).toBe('5:46 AM GMT');
    expect(figureText(fig({ measure: 'distance', unit: 'mi', value: 100 }), 'en', t)).toBe('100 miles');
    expect(figureText(fig({ measure: 'distance', unit: 'km', value: 400, qualifier: 'about' }), 'en', t)).toBe('about 400 km');
    expect(figureText(fig({ measure: 'share', unit: '%', value: 29.7 }), 'en', t)).toBe('29.7%');
    expect(figureText(fig({ measure: 'money', unit: '$', value: 2e6 }), 'en', t)).toBe('$2M');
    expect(figureText(fig({ value: 20, high: 30, unit: 'cm', measure: 'distance' }), 'en', t)).toBe('20 cm to 30 cm');
    expect(measureText(fig({ measure: 'age', subject: 'Micah Johnson' }), t)).toBe('age of Micah Johnson');
    // An unnamed age by its person's part; a name wins over the part.
    expect(measureText(fig({ measure: 'age', subject: 'woman', role: 'dead' }), t)).toBe('age of the person killed');
    expect(measureText(fig({ measure: 'age', subject: null, role: 'suspect' }), t)).toBe('age of the suspect');
    expect(measureText(fig({ measure: 'age', subject: 'McCray', role: 'suspect' }), t)).toBe('age of McCray');
    expect(measureText(fig({ measure: 'dead', subject: 'officers' }), t)).toBe('officers killed');
  });
  it('choose plurals by the language’s rules', () => {
    expect(plural(t, 'en', 'unitDay', 1, ['1'])).toBe('1 day');
    expect(plural(t, 'en', 'unitDay', 2, ['2'])).toBe('2 days');
    expect(plural(t, 'xx-not-a-language', 'unitDay', 2, ['2'])).toBe('2 days');
  });
});
