/**
 * The reader's index over IndexedDB (fake-indexeddb): what is remembered is
 * found by the next report of the story; tiers merge without losing
 * anything; forgetting leaves matching at once and the segment later;
 * retention drops the oldest; pages added before it existed move in; a
 * damaged entry or segment is reported, not fatal; a lookup reads its
 * records in one transaction.
 */
import 'fake-indexeddb/auto';
import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../core/article';
import { textFeatures } from '../core/features';
import { readCorpus } from '../node/corpus';
import type { IndexInput } from '../index/build-index';

let reports: IndexInput[];
beforeAll(async () => {
  reports = await readCorpus('corpus/wikiref-dev');
});

type Modules = {
  reader: typeof import('./reader-index');
  db: typeof import('../shared/user-reports-db');
  related: typeof import('../index/find-related');
};
let m: Modules;
let limits = { keepDays: 90, keepArticles: 10_000 };

beforeEach(async () => {
  // A fresh database and fresh modules (the database connection is kept per module).
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  m = { reader: await import('./reader-index'), db: await import('../shared/user-reports-db'), related: await import('../index/find-related') };
  limits = { keepDays: 90, keepArticles: 10_000 };
});

const newIndex = () => new m.reader.ReaderIndex(async () => limits);

/** Another outlet's copy of a report: its first paragraph dropped, a line of its own added. */
function otherOutlet(a: Article): Article {
  const paragraphs = a.text.split('\n\n');
  return { ...a, url: 'https://other.example/copy', text: [...paragraphs.slice(0, 1), ...paragraphs.slice(2), 'Reporting by our own staff.'].join('\n\n') };
}
const withUrl = (r: IndexInput, i: number): Article => ({ ...r.article, url: `https://news${i % 3}.example/${r.id}` });

async function relatedIds(index: InstanceType<Modules['reader']['ReaderIndex']>, article: Article): Promise<string[]> {
  const match = await m.related.findRelatedIn(article, textFeatures(article.text), await index.indexes());
  return match.related.map((r) => r.report.id);
}

describe('the reader’s index', () => {
  it('remembers an article once, and the next outlet’s report of it finds it, also after the background starts again', async () => {
    const index = newIndex();
    const a = withUrl(reports[0], 0);
    const first = await index.remember(a, 'read');
    expect(first).toMatchObject({ status: 'remembered', id: `mine:${a.url}` });
    expect((await index.remember(a, 'read')).status).toBe('already');
    expect(await relatedIds(index, otherOutlet(a))).toEqual([`mine:${a.url}`]);
    // A new background: the same stores, read again.
    expect(await relatedIds(newIndex(), otherOutlet(a))).toEqual([`mine:${a.url}`]);
    // Its claims come back from the stored record.
    const match = await m.related.findRelatedIn(otherOutlet(a), textFeatures(otherOutlet(a).text), await newIndex().indexes());
    expect(match.related[0].report.title).toBe(a.title);
    expect(match.related[0].report.claims.figures.length + match.related[0].report.claims.quotes.length).toBeGreaterThan(0);
  });

  it('stores no text and no HTML for what it read: the analysis only; an added page keeps its article', async () => {
    const index = newIndex();
    const read = withUrl(reports[1], 1);
    const added = withUrl(reports[2], 2);
    await index.remember(read, 'read');
    await index.remember(added, 'added');
    const entries = (await m.db.articlesBy('id', `mine:${read.url}`)).concat(await m.db.articlesBy('id', `mine:${added.url}`));
    expect(entries.map((e) => [e.how, 'article' in e])).toEqual([
      ['read', false],
      ['added', true],
    ]);
    expect(entries[0]).not.toHaveProperty('text');
  });

  it('the tail kept between two articles is the tail built again from the entries (after a restart)', async () => {
    const articles = reports.slice(20, 26).map(withUrl);
    const at = (i: number) => 1_000_000 + i * 1000;
    const continuous = newIndex();
    for (const [i, a] of articles.entries()) await continuous.remember(a, 'read', at(i));
    const one = (await m.db.readerSnapshot()).segments.find((s) => s.tier === 'tail')!;
    globalThis.indexedDB = new IDBFactory();
    vi.resetModules();
    m = { reader: await import('./reader-index'), db: await import('../shared/user-reports-db'), related: await import('../index/find-related') };
    const first = newIndex();
    for (const [i, a] of articles.slice(0, 3).entries()) await first.remember(a, 'read', at(i));
    const restarted = newIndex();
    for (const [i, a] of articles.slice(3).entries()) await restarted.remember(a, 'read', at(i + 3));
    const two = (await m.db.readerSnapshot()).segments.find((s) => s.tier === 'tail')!;
    expect(two.core).toEqual(one.core);
    expect(two.recordLengths).toEqual(one.recordLengths);
  });

  it('merges a full tail into recent and a full recent into main, and still finds every article', async () => {
    m.reader.TIER_MAX.tail = 3;
    m.reader.TIER_MAX.recent = 7;
    const index = newIndex();
    const articles = reports.slice(0, 20).map(withUrl);
    for (const a of articles) {
      await index.remember(a, 'read');
      await index.settled();
    }
    const status = await index.status();
    expect(status.articles).toBe(20);
    expect(status.segments.map((s) => s.tier)).toEqual(expect.arrayContaining(['main']));
    expect(status.segments.length).toBeLessThanOrEqual(3);
    expect(status.segments.reduce((n, s) => n + s.articles, 0)).toBe(20);
    for (const a of [articles[0], articles[9], articles[19]]) expect(await relatedIds(newIndex(), otherOutlet(a))).toContain(`mine:${a.url}`);
    // Every segment is stored compact (format.ts): no postings, a front-coded vocabulary.
    const { segments } = await m.db.readerSnapshot();
    for (const segment of segments) {
      const view = new DataView(segment.core.buffer, segment.core.byteOffset, segment.core.byteLength);
      const header = JSON.parse(new TextDecoder().decode(segment.core.subarray(12, 12 + view.getUint32(8, true)))) as { compact?: boolean; sections: Record<string, [number, number]> };
      expect(header.compact, segment.tier).toBe(true);
      expect(header.sections.postings[1], segment.tier).toBe(0);
    }
  });

  it('reads the records a lookup needs from all its segments in one transaction', async () => {
    m.reader.TIER_MAX.tail = 2;
    const index = newIndex();
    const a = withUrl(reports[0], 0);
    await index.remember(a, 'read');
    await index.remember(withUrl(reports[5], 5), 'read');
    await index.settled(); // a is in `recent` now
    const copy = otherOutlet(a);
    await index.remember(copy, 'read'); // in the tail
    const tiers = (await index.status()).segments.map((s) => s.tier);
    expect(tiers).toEqual(expect.arrayContaining(['recent', 'tail']));
    const reads = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const third = { ...copy, url: 'https://third.example/copy', text: `${copy.text}\n\nA third outlet's line.` };
    expect(await relatedIds(index, third)).toEqual(expect.arrayContaining([`mine:${a.url}`, `mine:${copy.url}`]));
    expect(reads.mock.calls.filter(([stores]) => stores === 'articles' || (Array.isArray(stores) && stores.includes('articles')))).toHaveLength(1);
    reads.mockRestore();
  });

  it('forgetting leaves matching at once, and the segment soon after', async () => {
    const index = newIndex();
    const [a, b] = [withUrl(reports[3], 3), withUrl(reports[4], 4)];
    await index.remember(a, 'read');
    await index.remember(b, 'read');
    expect(await index.forgetId(`mine:${a.url}`)).toBe(1);
    // At once, before the segment is rebuilt: its record is gone already.
    expect(await relatedIds(index, otherOutlet(a))).toEqual([]);
    expect(await m.db.articlesBy('id', `mine:${a.url}`)).toEqual([]);
    await index.settled();
    const { segments, forgotten } = await m.db.readerSnapshot();
    expect(forgotten.size).toBe(0);
    expect(segments.flatMap((s) => s.members)).toHaveLength(1);
    expect(await relatedIds(newIndex(), otherOutlet(b))).toEqual([`mine:${b.url}`]);
  });

  it('forgets a site and everything', async () => {
    const index = newIndex();
    const articles = reports.slice(5, 11).map(withUrl);
    for (const a of articles) await index.remember(a, 'read');
    expect(await index.forgetSite('news0.example')).toBe(2);
    expect((await index.status()).articles).toBe(4);
    await index.forgetAll();
    expect((await index.status()).articles).toBe(0);
    expect(await relatedIds(newIndex(), otherOutlet(articles[1]))).toEqual([]);
  });

  it('the retention limits drop the oldest read articles, never added pages', async () => {
    limits.keepArticles = 2;
    const index = newIndex();
    const articles = reports.slice(11, 15).map(withUrl);
    await index.remember(articles[0], 'added', 1000);
    await index.remember(articles[1], 'read', 2000);
    await index.remember(articles[2], 'read', 3000);
    const last = await index.remember(articles[3], 'read', 4000);
    expect(last.dropped).toBe(1);
    expect(await relatedIds(index, otherOutlet(articles[1]))).toEqual([]);
    for (const a of [articles[0], articles[2], articles[3]]) expect(await relatedIds(index, otherOutlet(a))).toEqual([`mine:${a.url}`]);
    // By age: what was read more than keepDays ago goes, when the index is tidied.
    limits = { keepDays: 1, keepArticles: 10 };
    const fresh = newIndex();
    await fresh.maintain();
    expect(await relatedIds(fresh, otherOutlet(articles[2]))).toEqual([]);
    expect(await relatedIds(fresh, otherOutlet(articles[0]))).toEqual([`mine:${articles[0].url}`]);
  });

  it('the same page read again with another text replaces what was kept of it', async () => {
    const index = newIndex();
    const a = withUrl(reports[15], 15);
    await index.remember(a, 'read');
    const updated = { ...a, text: `${a.text}\n\nUpdate: this story was updated with a new paragraph about the events.` };
    expect((await index.remember(updated, 'read')).status).toBe('remembered');
    expect(await m.db.articlesBy('id', `mine:${a.url}`)).toHaveLength(1);
    expect(await relatedIds(index, otherOutlet(a))).toEqual([`mine:${a.url}`]);
  });

  it('moves pages added before the reader’s index existed into it, nothing lost', async () => {
    const a = withUrl(reports[16], 16);
    const { buildCollectionBytes } = await import('../shared/user-reports');
    // A page added before version 2: a collection of its own, with the article.
    const articles = [{ id: `mine:${a.url}`, article: a }];
    await m.db.putCollections([{ id: `page:${a.url}`, kind: 'page', name: a.title, url: a.url, addedAt: new Date(0).toISOString(), analysisVersion: 3, articles, ...buildCollectionBytes(articles) }]);
    const index = newIndex();
    await index.maintain();
    expect((await m.db.allCollections()).filter((c) => c.kind === 'page')).toEqual([]);
    const [entry] = await m.db.articlesBy('id', `mine:${a.url}`);
    expect(entry).toMatchObject({ how: 'added', article: a });
    expect(await relatedIds(index, otherOutlet(a))).toEqual([`mine:${a.url}`]);
  });

  it('an entry that cannot be read is marked and left out; a damaged segment is reported and rebuilt from its articles', async () => {
    const index = newIndex();
    const articles = reports.slice(17, 20).map(withUrl);
    for (const a of articles) await index.remember(a, 'read');
    const [broken] = await m.db.articlesBy('id', `mine:${articles[0].url}`);
    await m.db.commitReader({ putArticles: [{ ...broken, analysis: new Uint8Array([1, 2, 3]) }] });
    const { segments } = await m.db.readerSnapshot();
    await m.db.commitReader({ putSegments: [{ ...segments[0], core: segments[0].core.slice(0, 100) }] });
    const restarted = newIndex();
    const status = await restarted.status();
    expect(status.segments[0].problem).toMatch(/corrupt or truncated/);
    expect(await relatedIds(restarted, otherOutlet(articles[1]))).toEqual([]);
    await restarted.rebuildSegment('tail');
    expect((await restarted.status()).segments[0].problem).toBeNull();
    expect(await relatedIds(restarted, otherOutlet(articles[1]))).toEqual([`mine:${articles[1].url}`]);
    expect((await m.db.brokenArticles()).map((e) => e.id)).toEqual([`mine:${articles[0].url}`]);
  });
});
