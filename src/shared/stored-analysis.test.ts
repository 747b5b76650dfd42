/**
 * What the reader's index keeps of an article: the builder's analysis,
 * stored and read back exactly (an index made from it is the index made from
 * the text), and damaged data refused with a reason, never half-read.
 */
import { describe, expect, it } from 'vitest';
import { analyseReport, IndexBuilder } from '../index/build-index';
import { readCorpus } from '../node/corpus';
import background from '../index/background-df.json';
import { deflateSync } from 'fflate';
import { AnalysisError, analysisFromJson, analysisToJson, featuresText, loadAnalysis, loadRecord, storeAnalysis } from './stored-analysis';

describe('stored analyses', () => {
  it('round-trip exactly, through storage and through export JSON', async () => {
    const inputs = await readCorpus('corpus/seeds');
    const now = new Date(0);
    const fromText = new IndexBuilder(background);
    const fromStored = new IndexBuilder(background);
    const fromJson = new IndexBuilder(background);
    for (const input of inputs) {
      const a = analyseReport(input);
      const stored = storeAnalysis(a);
      expect(loadAnalysis(stored)).toEqual(a);
      expect(loadRecord(stored)).toEqual(a.record);
      fromText.add(input);
      fromStored.addAnalysis(loadAnalysis(stored));
      fromJson.addAnalysis(analysisFromJson(JSON.parse(JSON.stringify(analysisToJson(a)))));
    }
    const bytes = fromText.finish(now);
    expect(fromStored.finish(now)).toEqual(bytes);
    expect(fromJson.finish(now)).toEqual(bytes);
  });

  it('keep far less than the text and its claims take as JSON', async () => {
    const inputs = await readCorpus('corpus/wikiref-dev');
    let stored = 0;
    let text = 0;
    for (const input of inputs) {
      const s = storeAnalysis(analyseReport(input));
      stored += s.analysis.length;
      text += new TextEncoder().encode(input.article.text).length;
    }
    // The claims' sentences are most of a record; deflated with the rest, less than the text's own size.
    expect(stored / text).toBeLessThan(0.8);
  });

  it('refuse damaged data with a reason', async () => {
    const [input] = await readCorpus('corpus/seeds');
    const a = analyseReport(input);
    const s = storeAnalysis(a);
    expect(() => loadAnalysis({ ...s, analysis: new Uint8Array([1, 2, 3]) })).toThrow(AnalysisError);
    expect(() => loadRecord({ ...s, recordLength: s.recordLength + 1 })).toThrow(/not where it was put/);
    const json = analysisToJson(a);
    for (const bad of [null, {}, { ...json, terms: 'x' }, { ...json, record: '{' }, { ...json, record: '{"id":"other"}' }, { ...json, sample: [-1] }, { ...json, terms: [['w', 0, false]] }, { ...json, keys: { names: 'x' } }, { ...json, keys: { ...a.keys, people: ['a\tb'] } }]) {
      expect(() => analysisFromJson(bad)).toThrow(AnalysisError);
    }
  });

  it('read an export made before the keys of a happening existed: the article is matched on its words', async () => {
    const [input] = await readCorpus('corpus/seeds');
    const json = analysisToJson(analyseReport(input));
    delete json.keys;
    expect(Object.values(analysisFromJson(json).keys).flat()).toEqual([]);
  });

  it('read entries stored before the dictionary (the record first, no packing) as they were, and refuse a packing they do not know', async () => {
    const inputs = await readCorpus('corpus/seeds');
    for (const input of inputs) {
      const a = analyseReport(input);
      const features = new TextEncoder().encode(featuresText(a, false));
      const whole = new Uint8Array(a.record.length + 1 + features.length);
      whole.set(a.record);
      whole[a.record.length] = 0x0a;
      whole.set(features, a.record.length + 1);
      const old = { analysis: deflateSync(whole, { level: 6 }), recordLength: a.record.length };
      expect(loadAnalysis(old)).toEqual(a);
      expect(loadRecord(old)).toEqual(a.record);
      // The dictionary saves on every article, the seeds included.
      expect(storeAnalysis(a).analysis.length).toBeLessThan(old.analysis.length);
    }
    const s = storeAnalysis(analyseReport(inputs[0]));
    expect(() => loadRecord({ ...s, packing: 3 })).toThrow(/packing/);
    // Read without the dictionary, a packed entry is damage, said as such.
    expect(() => loadRecord({ ...s, packing: undefined })).toThrow(AnalysisError);
  });

  it('read back an article with a word longer than any word (a broken or hostile page): the word is no term', async () => {
    const text = `Long word\n\nThe page said ${'x'.repeat(3000)} and Police Chief ${'Y'.repeat(300)} said 5 people were hurt.`;
    const a = analyseReport({ id: 'long', article: { title: 'Long word', text, outlet: null, published: null, url: null, byline: null, lang: null } });
    expect(Math.max(...a.terms.map(([t]) => t.length))).toBeLessThanOrEqual(200);
    expect(Object.values(a.keys).flat().every((k) => k.length <= 200)).toBe(true);
    expect(loadAnalysis(storeAnalysis(a))).toEqual(a);
  });
});
