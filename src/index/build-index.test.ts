/**
 * `addAnalysis`: a report added from its analysis, without its text, makes the
 * same index as the text itself (the reader's index merges its segments so).
 */
import { describe, expect, it } from 'vitest';
import { analyseReport, IndexBuilder } from './build-index';
import { readCorpus } from '../node/corpus';
import background from './background-df.json';

describe('IndexBuilder.addAnalysis', () => {
  it('adds a report from its analysis exactly as add() does from its text', async () => {
    const inputs = await readCorpus('corpus/seeds', 'corpus/wikiref-dev');
    const now = new Date(0);
    const fromText = new IndexBuilder(background);
    const fromAnalysis = new IndexBuilder(background);
    for (const input of inputs) {
      const a = fromText.add(input);
      const b = fromAnalysis.addAnalysis(analyseReport(input));
      expect(b).toEqual(a);
    }
    expect(fromAnalysis.size).toBe(fromText.size);
    expect(fromAnalysis.finish(now)).toEqual(fromText.finish(now));
  });

  it('makes the same analysis from features and claims worked out before', async () => {
    const { textFeatures } = await import('../core/features');
    const { extractReportClaims } = await import('../core/report-claims');
    for (const input of await readCorpus('corpus/seeds')) {
      const known = { features: textFeatures(input.article.text), claims: extractReportClaims(input.article) };
      expect(analyseReport(input, undefined, known)).toEqual(analyseReport(input));
    }
  });

  it('drops a repeated id and a duplicate text, as add() does', async () => {
    const [first, second] = await readCorpus('corpus/seeds');
    const builder = new IndexBuilder(background);
    expect(builder.addAnalysis(analyseReport(first))).toEqual({ added: true });
    expect(builder.addAnalysis(analyseReport({ ...second, id: first.id }))).toEqual({ added: false, reason: 'repeated-id' });
    expect(builder.addAnalysis(analyseReport({ ...first, id: 'another' }))).toEqual({ added: false, reason: 'duplicate', duplicateOf: first.id });
  });
});
