/** The export file's lines: what is written is read back, and anything else is refused with a reason. */
import { describe, expect, it } from 'vitest';
import { analyseReport, buildIndex } from '../index/build-index';
import { readCorpus } from '../node/corpus';
import background from '../index/background-df.json';
import { articleLine, collectionLine, headerLine, parseHeader, parseItem } from './export-file';
import { entryOf } from './remembered';

describe('export file', () => {
  it('reads back what it writes: articles (with an added page’s article) and collections', async () => {
    const [a, b] = await readCorpus('corpus/seeds');
    const read = entryOf(analyseReport(a), { how: 'read', rememberedAt: 1000 });
    const added = entryOf(analyseReport(b), { how: 'added', rememberedAt: 2000, article: b.article });
    const back = parseItem(articleLine(read));
    expect(back).toMatchObject({ type: 'article', entry: { id: read.id, how: 'read', rememberedAt: 1000, hash: read.hash, recordLength: read.recordLength } });
    expect(parseItem(articleLine(added))).toMatchObject({ type: 'article', entry: { how: 'added', article: b.article } });
    const { bytes, reports } = buildIndex([a, b], background);
    const collection = { id: 'files:1', kind: 'files' as const, name: 'two.ndjson', url: null, addedAt: new Date(0).toISOString(), reportCount: reports, analysisVersion: 3, bytes, articles: [a, b] };
    const item = parseItem(collectionLine(collection));
    expect(item).toEqual({ type: 'collection', collection });
    expect(parseHeader(headerLine({ articles: 2, collections: 1 }))).toMatchObject({ format: 'crossread-reports', version: 1, articles: 2 });
  });

  it('refuses what is not its own, with a reason', async () => {
    const [a] = await readCorpus('corpus/seeds');
    const line = JSON.parse(articleLine(entryOf(analyseReport(a), { how: 'read', rememberedAt: 1 })));
    expect(() => parseHeader('{"format":"other"}')).toThrow(/not a Crossread export/);
    expect(() => parseHeader('{"format":"crossread-reports","version":9}')).toThrow(/version 9/);
    expect(() => parseItem('{')).toThrow(/not valid JSON/);
    expect(() => parseItem(JSON.stringify({ ...line, how: 'stolen' }))).toThrow(/"how"/);
    expect(() => parseItem(JSON.stringify({ ...line, article: { title: 1 } }))).toThrow(/article is damaged/);
    expect(() => parseItem(JSON.stringify({ type: 'collection', id: 'x', kind: 'index', name: 'n', addedAt: 'd', bytes: btoa('CRIX') }))).toThrow(/index/i);
    expect(() => parseItem(JSON.stringify({ type: 'something' }))).toThrow(/neither/);
  });
});
