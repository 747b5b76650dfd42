import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type IndexInput } from './build-index';
import { openIndex, IndexError, type LoadedIndex } from './load-index';
import { decodeIndex, encodeIndex } from './format';
import { joinChunks } from './bytes';
import { findRelated, dateFactor, copiesOfRelated, type Candidate } from './find-related';
import { compareArticle, copyGroups } from './compare-article';
import { textFeatures } from '../core/features';
import { indexOf, readCorpus } from '../node/corpus';
import background from './background-df.json';

let seeds: IndexInput[];
let wikiref: IndexInput[];
let seedIndex: LoadedIndex;
const seed = (n: string) => seeds.find((s) => s.id.startsWith(n))!;

beforeAll(async () => {
  seeds = await readCorpus('corpus/seeds');
  wikiref = await readCorpus('corpus/wikiref-dev');
  seedIndex = indexOf(seeds);
});

const related = (input: IndexInput, index = seedIndex) => {
  const r = findRelated(input.article, textFeatures(input.article.text), index);
  return { self: r.self?.report.id ?? null, related: r.related.map((x) => [x.report.id.slice(0, 3), x.relation]) };
};

describe('findRelated on the seeds', () => {
  it('003: itself is the article, 002 first as a rewrite, 000 and 001 related', () => {
    const r = related(seed('003'));
    expect(r.self).toBe(seed('003').id);
    expect(r.related[0]).toEqual(['002', 'rewrite']);
    expect(r.related.map(([id]) => id)).toEqual(expect.arrayContaining(['000', '001']));
  });
  it('001: 000 is the same text (contained in the page with much around it), and the reverse', () => {
    expect(related(seed('001')).related).toContainEqual(['000', 'same']);
    expect(related(seed('000')).related).toContainEqual(['001', 'same']);
  });
  it('a reworded copy of an undated report is found in an index of that one report (a page the reader added)', () => {
    // A bug: in an index of one report every shared name had rarity 0, and the model took copies for page furniture.
    const original = wikiref.find((r) => r.id === 'premier.league.22')!;
    let n = 0;
    const body = original.article.text.split('\n\n').slice(2).join('\n\n').replace(/\p{Ll}{5,}/gu, (w) => (++n % 6 === 0 ? 'reportedly' : w));
    const text = `Reworded: ${original.article.title}\n\n${body}`;
    const rewrite = { id: 'rewrite', article: { ...original.article, title: `Reworded: ${original.article.title}`, text, url: null, outlet: 'The Rewording Gazette' } };
    expect(related(rewrite, indexOf([original])).related).toEqual([['pre', 'same']]);
  });
  it('with the article absent from the index, 002 still finds 003 as a rewrite', () => {
    const others = indexOf(seeds.filter((s) => s !== seed('002')));
    expect(related(seed('002'), others).related[0]).toEqual(['003', 'rewrite']);
  });
  it('finds nothing for reports of other stories', () => {
    for (const w of wikiref) expect(related(w).related, w.id).toEqual([]);
  });
  it('a copy of a related report is related, however much unrelated text surrounds it', () => {
    // 001 (000 inside a web page) with two other stories' reports appended still holds 000.
    const padded = { ...seed('001'), article: { ...seed('001').article, text: `${seed('001').article.text}\n\n${wikiref[0].article.text}\n\n${wikiref[1].article.text}` } };
    const index = indexOf([seed('000'), padded, seed('002'), seed('004')]);
    const at = (id: string) => [...Array(index.reportCount).keys()].find((p) => index.record(p).id === id)!;
    const related: Candidate = { position: at(seed('000').id), relation: 'story', isSelf: false, score: 0.9, containment: 0 };
    const nearMiss: Candidate = { position: at(seed('001').id), relation: null, isSelf: false, score: 0.4, containment: 0 };
    const other: Candidate = { position: at(seed('002').id), relation: null, isSelf: false, score: 0.4, containment: 0 };
    expect(copiesOfRelated(index, [related], [nearMiss, other])).toEqual([{ ...nearMiss, relation: 'story' }]);
    // And in a lookup, 003 finds it.
    expect(findRelated(seed('003').article, textFeatures(seed('003').article.text), index).related.map((r) => r.report.id)).toContain(seed('001').id);
  });
  it('004, an earlier chapter of the story, is related to each of the others', () => {
    for (const n of ['000', '001', '002', '003']) expect(related(seed(n)).related.map(([id]) => id), n).toContain('004');
  });
  it('every seed dated, as a reader\'s pages mostly are: the same relations, 004 an earlier chapter months before', () => {
    // Boosted trees for dated pairs, tried, lost 004 here: a model fitted on thousands of dated local reports must still
    // work on a reader's first few dated pages.
    const dates: Record<string, string> = { '003': '2025-02-25', '004': '2024-11-10' };
    const dated = seeds.map((s) => ({ ...s, article: { ...s.article, published: s.article.published ?? dates[s.id.slice(0, 3)] } }));
    const index = indexOf(dated);
    const of = (n: string) => dated.find((s) => s.id.startsWith(n))!;
    expect(related(of('003'), index).related[0]).toEqual(['002', 'rewrite']);
    expect(related(of('001'), index).related).toContainEqual(['000', 'same']);
    for (const n of ['000', '001', '002', '003']) expect(related(of(n), index).related.map(([id]) => id), n).toContain('004');
    for (const w of wikiref) expect(related(w, index).related, w.id).toEqual([]);
  });
});

describe('findRelated in an index without keys (version 3)', () => {
  // A bug: such an index opened, but the model weighs keys, so nothing in it was ever related.
  /** The seeds' index as version 3 wrote it (with the background frequencies): the same sections without keys. */
  const keyless = () => {
    const s = decodeIndex(buildIndex(seeds, background).bytes);
    return openIndex(joinChunks(encodeIndex({ ...s, keys: null, keyOffsets: null, records: [s.records] }).chunks));
  };
  it('matches on words and dates alone: 003 finds 002 first as a rewrite, and the story', () => {
    const r = related(seed('003'), keyless());
    expect(r.self).toBe(seed('003').id);
    expect(r.related[0]).toEqual(['002', 'rewrite']);
    expect(r.related.map(([id]) => id)).toEqual(expect.arrayContaining(['000', '001', '004']));
    expect(related(seed('001'), keyless()).related).toContainEqual(['000', 'same']);
  });
  it('the seeds fixture that the last version 3 Crossread wrote: 002 and 003 find each other', () => {
    // Built without background frequencies, so the words all seeds share weigh little and only the closest pair clears the bar.
    const v3 = openIndex(new Uint8Array(readFileSync('src/index/fixtures/seeds-v3.crix')));
    expect(related(seed('003'), v3).related[0][0]).toBe('002');
    expect(related(seed('002'), v3).related[0][0]).toBe('003');
  });
  it('still finds nothing for reports of other stories', () => {
    const index = keyless();
    for (const w of wikiref) expect(related(w, index).related, w.id).toEqual([]);
  });
});

describe('findRelated on wikiref-dev and the seeds together', () => {
  const topicOf = (id: string) => (/^\d{3}_/.test(id) ? 'seeds' : id.replace(/\.\d+$/, ''));
  it('never shows a report of another topic (the thresholds\' first duty; npm run calibrate shows more)', () => {
    const all = [...wikiref, ...seeds];
    const index = indexOf(all);
    let shown = 0;
    for (const a of all) {
      for (const r of findRelated(a.article, textFeatures(a.article.text), index).related) {
        expect(topicOf(r.report.id), `${a.id} → ${r.report.id}`).toBe(topicOf(a.id));
        shown++;
      }
    }
    // Not by showing nothing: same-event pairs of wikiref-dev are shown (npm run eval:related has the figures).
    expect(shown).toBeGreaterThan(20);
  });
});

describe('stored term vectors', () => {
  it('have unit length over the words each report keeps, however long the report', () => {
    const index = indexOf(wikiref.slice(0, 20));
    for (let r = 0; r < index.reportCount; r++) {
      let sum = 0;
      for (const t of index.termsOf(r)) sum += (index.scores([[t, 1]]).get(r) ?? 0) ** 2;
      expect(sum).toBeGreaterThan(0.95);
      expect(sum).toBeLessThan(1.05);
    }
  });
});

describe('copyGroups', () => {
  it('folds 000 and 001 (copies of one text) into one group for seed 003', () => {
    const match = findRelated(seed('003').article, textFeatures(seed('003').article.text), seedIndex);
    const groups = copyGroups(match.related).map((g) => g.map((r) => r.report.id.slice(0, 3)).sort());
    expect(groups).toContainEqual(['000', '001']);
  });
});

describe('compareArticle', () => {
  it('reports related reports with copies and timings', async () => {
    const c = await compareArticle(seed('003').article, seedIndex);
    const r000 = c.related.find((r) => r.id.startsWith('000'))!;
    expect(r000.copies).toEqual([seed('001').id]);
    expect(c.timing.matchMs).toBeGreaterThanOrEqual(0);
  });
});

describe('dateFactor', () => {
  it('costs nothing within two weeks or with a date unknown, and at most half', () => {
    expect(dateFactor('2025-02-24', '2025-03-01')).toBe(1);
    expect(dateFactor(null, '2025-03-01')).toBe(1);
    expect(dateFactor('2020-01-01', '2025-03-01')).toBe(0.5);
    expect(dateFactor('2025-01-01', '2025-03-01')).toBeLessThan(1);
  });
});

describe('openIndex', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('refuses what is not a current index, with a message', () => {
    expect(() => openIndex(enc('{"format":"crossread-index","version":1}'))).toThrow(/older Crossread \(JSON\)/);
    expect(() => openIndex(enc('hello world, not an index'))).toThrow(/not a Crossread index/);
    const bytes = buildIndex(seeds, background).bytes;
    const other = bytes.slice();
    other[4] = 9;
    expect(() => openIndex(other)).toThrow(/version 9 is not supported/);
    expect(() => openIndex(bytes.slice(0, bytes.length - 100))).toThrow(IndexError);
    expect(() => openIndex(bytes.slice(0, 40))).toThrow(/corrupt or truncated/);
  });
  it('round-trips reports: records, numbers and claims', () => {
    const index = indexOf(seeds);
    expect(index.reportCount).toBe(5);
    const r = index.record(2);
    expect(r.id).toBe(seeds[2].id);
    expect(r.outlet).toBe('The Moscow Times');
    expect(index.published(2)).toBe('2025-02-24');
    expect(index.sampleOf(2).length).toBeGreaterThan(0);
  });
  it('drops exact duplicates and repeated ids when building', () => {
    const one = seeds[0];
    const result = buildIndex([one, { ...one, id: 'copy' }, { ...seeds[1], id: one.id }], background);
    expect(result.reports).toBe(1);
    expect(result.duplicates).toEqual([{ id: 'copy', duplicateOf: one.id }]);
    expect(result.repeatedIds).toEqual([one.id]);
  });
});
