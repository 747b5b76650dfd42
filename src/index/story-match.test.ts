import { beforeAll, describe, expect, it } from 'vitest';
import type { IndexInput } from './build-index';
import { matchFeatures, weighCandidates } from './find-related';
import type { LoadedIndex } from './load-index';
import { FEATURES, sameHappening, STORY_MODEL } from './story-match';
import { indexOf, readCorpus } from '../node/corpus';

let seeds: IndexInput[];
let wikiref: IndexInput[];
let index: LoadedIndex;
const seed = (n: string) => seeds.find((s) => s.id.startsWith(n))!;
const feature = (evidence: Float64Array, name: (typeof FEATURES)[number]) => evidence[FEATURES.indexOf(name)];

beforeAll(async () => {
  seeds = await readCorpus('corpus/seeds');
  wikiref = await readCorpus('corpus/wikiref-dev');
  // The seeds but 003 and 001, which are looked up.
  index = indexOf([...seeds.filter((s) => !/^00[13]/.test(s.id)), ...wikiref.slice(0, 40)]);
});

/** The evidence of each candidate of the article, by report id. */
const weighed = (article: IndexInput['article']) =>
  new Map(weighCandidates(article, matchFeatures(article), index).map((c) => [index.record(c.position).id, c.evidence] as const));

describe('the story model', () => {
  it('is fitted for the features this code computes, with a threshold to show', () => {
    expect(STORY_MODEL.features).toEqual(FEATURES);
    expect(STORY_MODEL.threshold).toBeGreaterThanOrEqual(0.5);
    expect(STORY_MODEL.threshold).toBeLessThan(1);
  });
  it('reads what identifies the happening: 001 shares people and the days of publication with 002', () => {
    const e = weighed(seed('001').article).get(seed('002').id)!;
    expect(feature(e, 'person1')).toBeGreaterThan(0.5);
    expect(feature(e, 'apart0to1')).toBe(1);
    expect(feature(e, 'noDate')).toBe(0);
    expect(feature(e, 'undatedCosine')).toBe(0);
    expect(sameHappening(e)).toBeGreaterThan(STORY_MODEL.threshold);
  });
  it('is far less sure of a report of another story than of a report of the same one', () => {
    const all = weighed(seed('003').article);
    const other = [...all].filter(([id]) => !/^\d{3}_/.test(id)).map(([, e]) => sameHappening(e));
    expect(Math.max(0, ...other)).toBeLessThan(STORY_MODEL.threshold / 2);
  });
  it('without dates, weighs the words again', () => {
    expect(seed('003').article.published).toBeNull();
    const e = weighed(seed('003').article).get(seed('002').id)!;
    expect(feature(e, 'noDate')).toBe(1);
    expect(feature(e, 'undatedCosine')).toBe(feature(e, 'cosine'));
  });
  it('more than 30 days apart, repeats the inputs for far pairs only (a trial months after the shooting weighs otherwise)', () => {
    // 002 (2025-02-24) against 001 (2025-02-25): near, no far inputs.
    const near = weighed(seed('001').article).get(seed('002').id)!;
    for (const name of ['farCosine', 'farTitleCosine', 'farName1', 'farPerson3', 'farDayShared'] as const) expect(feature(near, name), name).toBe(0);
    // 004, dated months before: its far inputs are its inputs.
    const far = weighed({ ...seed('004').article, published: '2024-11-10' }).get(seed('002').id)!;
    expect(feature(far, 'apart31to180')).toBe(1);
    for (const [farName, name] of [['farCosine', 'cosine'], ['farLogCosine', 'logCosine'], ['farTitleCosine', 'titleCosine'], ['farName1', 'name1'], ['farName3', 'name3'], ['farPerson3', 'person3'], ['farPlace1', 'place1'], ['farDayShared', 'dayShared'], ['farAgeShared', 'ageShared']] as const)
      expect(feature(far, farName), farName).toBe(feature(far, name));
    expect(feature(far, 'cosine')).toBeGreaterThan(0);
  });
  it('counts the article out of the frequencies when its own copy is in the index', () => {
    const withSelf = indexOf([...seeds, ...wikiref.slice(0, 40)]);
    const inIndex = weighCandidates(seed('003').article, matchFeatures(seed('003').article), withSelf).find((c) => withSelf.record(c.position).id === seed('002').id)!;
    const outside = weighed(seed('003').article).get(seed('002').id)!;
    expect(feature(inIndex.evidence, 'person1')).toBeCloseTo(feature(outside, 'person1'), 2);
  });
});
