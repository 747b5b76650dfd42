import { beforeAll, describe, expect, it } from 'vitest';
import type { IndexInput } from './build-index';
import type { LoadedIndex } from './load-index';
import { compareArticle, withinBudget } from './compare-article';
import { indexOf, readCorpus } from '../node/corpus';

let seeds: IndexInput[];
let wikiref: IndexInput[];
const seed = (n: string) => seeds.find((s) => s.id.startsWith(n))!;
/** Every seed but `n`: the article is then not in the index. */
const othersThan = (n: string): LoadedIndex => indexOf(seeds.filter((s) => !s.id.startsWith(n)));

beforeAll(async () => {
  seeds = await readCorpus('corpus/seeds');
  wikiref = await readCorpus('corpus/wikiref-dev');
});

describe('compareArticle', () => {
  it('seed 003 against the other four: related reports best first, divergences with spans into its text', async () => {
    const article = seed('003').article;
    const c = await compareArticle(article, othersThan('003'));
    expect(c.self).toBeNull();
    expect(c.related[0]).toMatchObject({ id: seed('002').id, relation: 'rewrite', outlet: 'The Moscow Times' });
    expect(c.related.map((r) => r.id.slice(0, 3)).sort()).toEqual(['000', '001', '002', '004']);
    expect(c.divergences.length).toBeGreaterThan(0);
    for (const d of c.divergences) {
      expect(article.text.slice(d.start, d.end)).toBe(d.text);
      expect(d.others.length).toBeGreaterThan(0);
    }
    expect(c.skipped).toBeUndefined();
  });

  it('compares copies of one text once, the fuller copy speaking for them', async () => {
    const c = await compareArticle(seed('003').article, othersThan('003'));
    expect(c.related.find((r) => r.id === seed('000').id)?.copies).toEqual([seed('001').id]);
    expect(c.related.find((r) => r.id === seed('001').id)?.copies).toEqual([seed('000').id]);
    const speakers = new Set(c.divergences.flatMap((d) => d.others.map((o) => o.reportId)));
    // 001 is 000 with the web page's headline and byline around it: it says more, so it stands for both.
    expect(speakers.has(seed('000').id)).toBe(false);
    expect(c.divergences.some((d) => d.others.some((o) => o.reportId === seed('001').id && o.copies.includes(seed('000').id)))).toBe(true);
  });

  it('names the index’s own copy of the page, and finds the related reports across several indexes', async () => {
    const article = seed('003').article;
    const inOne = await compareArticle(article, indexOf(seeds));
    expect(inOne.self?.id).toBe(seed('003').id);
    // The bundled index and the reader's own reports: the same story split between them.
    const bundled = indexOf(seeds.filter((s) => ['000', '001'].some((n) => s.id.startsWith(n))));
    const own = indexOf(seeds.filter((s) => ['002', '003', '004'].some((n) => s.id.startsWith(n))));
    const inTwo = await compareArticle(article, [bundled, own]);
    expect(inTwo.self?.id).toBe(seed('003').id);
    // Each index weighs words by its own frequencies, so scores (and a relation near a threshold) may differ; the reports found do not.
    expect(inTwo.related.map((r) => r.id).sort()).toEqual(inOne.related.map((r) => r.id).sort());
    expect(inTwo.related[0].id).toBe(seed('002').id);
    const speaking = new Set(inTwo.divergences.flatMap((d) => d.others.map((o) => o.reportId.slice(0, 3))));
    expect(speaking.has('001') && speaking.has('002')).toBe(true);
  });

  it('finds no divergence where nothing is related', async () => {
    const c = await compareArticle(wikiref[0].article, indexOf(seeds));
    expect(c.related).toEqual([]);
    expect(c.divergences).toEqual([]);
  });

  it('times matching and comparing apart, with the clock it is given', async () => {
    let t = 0;
    const c = await compareArticle(seed('003').article, othersThan('003'), () => (t += 10));
    expect(c.timing).toEqual({ matchMs: 10, compareMs: 10 });
  });

  it('keeps at most the budget’s divergences and counts the rest', async () => {
    const all = await compareArticle(seed('003').article, othersThan('003'));
    expect(all.divergences.length).toBeGreaterThan(2);
    const cut = await compareArticle(seed('003').article, othersThan('003'), undefined, { maxChars: 200_000, maxDivergences: 2 });
    expect(cut.divergences).toEqual(all.divergences.slice(0, 2));
    expect(cut.skipped).toEqual({ analysedChars: seed('003').article.text.length, totalChars: seed('003').article.text.length, divergences: all.divergences.length - 2 });
  });
});

describe('withinBudget', () => {
  it('cuts at a paragraph, else a sentence, else a word, past half the budget', () => {
    expect(withinBudget('First paragraph here.\n\nSecond one, longer than the budget.', 40)).toBe('First paragraph here.');
    expect(withinBudget('One sentence ends here. Another sentence runs on and on', 40)).toBe('One sentence ends here.');
    expect(withinBudget('words and words and words and words and words', 20)).toBe('words and words and');
    // A boundary too early would throw away most of the budget: the text is cut where the budget ends.
    expect(withinBudget('A.\n\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 20)).toBe('A.\n\nbbbbbbbbbbbbbbbb');
  });
});
