import { describe, expect, it } from 'vitest';
import { buildIndex } from './build-index';
import { openIndex, IndexError } from './load-index';
import { splitIndex } from './split-index';
import { compareArticle } from './compare-article';
import { readCorpus } from '../node/corpus';
import background from './background-df.json';

describe('splitIndex', () => {
  it('gives the same answers with records read from shards, reading only the shards needed', async () => {
    const reports = await readCorpus('corpus/seeds', 'corpus/wikiref-dev');
    const bytes = buildIndex(reports, background).bytes;
    const { core, shards } = splitIndex(bytes, 16);
    expect(shards).toHaveLength(Math.ceil(reports.length / 16));
    expect(core.length + shards.reduce((n, s) => n + s.length, 0)).toBeLessThanOrEqual(bytes.length + 100);
    const read: number[] = [];
    const split = openIndex(core, { loadShard: async (k) => (read.push(k), shards[k]) });
    const whole = openIndex(bytes);
    const article = reports.find((r) => r.id.startsWith('003'))!.article;
    const a = await compareArticle(article, whole);
    const b = await compareArticle(article, split);
    expect(b.related).toEqual(a.related);
    expect(b.divergences).toEqual(a.divergences);
    expect(read.length).toBeLessThan(shards.length);
  });

  it('refuses a split index without its shards, and a shard of the wrong size', async () => {
    const reports = await readCorpus('corpus/seeds');
    const { core, shards } = splitIndex(buildIndex(reports, background).bytes, 2);
    expect(() => openIndex(core)).toThrow(IndexError);
    const bad = openIndex(core, { loadShard: async (k) => shards[k].subarray(1) });
    await expect(bad.loadRecords([0])).rejects.toThrow(/corrupt or truncated/);
  });
});
