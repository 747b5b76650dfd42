import { describe, expect, it } from 'vitest';
import { packClaims, unpackClaims } from './pack-claims';
import { extractReportClaims } from '../core/report-claims';
import { readCorpus } from '../node/corpus';

describe('packClaims', () => {
  it('round-trips the claims of real reports exactly, and stores each sentence once', async () => {
    const reports = await readCorpus('corpus/seeds', 'corpus/wikiref-dev');
    let raw = 0;
    let packed = 0;
    for (const r of reports) {
      const claims = extractReportClaims(r.article);
      const p = packClaims(claims);
      expect(unpackClaims(JSON.parse(JSON.stringify(p))), r.id).toEqual(claims);
      raw += JSON.stringify(claims).length;
      packed += JSON.stringify(p).length;
    }
    expect(packed).toBeLessThan(raw * 0.7);
  });

  it('gives a span that is a whole piece by the piece alone', () => {
    const text = 'Officials said 500 people were evacuated.';
    const claims = { figures: [], quotes: [], statements: [{ span: { start: 7, end: 7 + text.length, text }, context: { start: 7, end: 7 + text.length, text } }] } as never;
    const packed = packClaims(claims);
    expect(JSON.stringify(packed.c)).toBe('{"figures":[],"quotes":[],"statements":[{"span":{"$":[0]},"context":{"$":[0]}}]}');
    expect(unpackClaims(packed)).toEqual(claims);
    // Records written before (index version 4) give every span as three numbers.
    expect(unpackClaims({ p: [[7, text]], c: { figures: [], quotes: [], statements: [{ span: { $: [0, 0, text.length] } }] } })).toEqual({ figures: [], quotes: [], statements: [{ span: { start: 7, end: 7 + text.length, text } }] });
  });

  it('keeps a span whose text is not its slice whole', () => {
    const odd = { figures: [], quotes: [], statements: [{ span: { start: 0, end: 3, text: 'abcdef' } }] } as never;
    expect(unpackClaims(packClaims(odd))).toEqual(odd);
  });
});
