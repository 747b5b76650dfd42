import { describe, expect, it } from 'vitest';
import { containmentOf, fnv1a, isContentWord, sampleContainment, SAMPLE_SIZE, SHINGLE_SIZE, shingleSample, textFeatures } from './features';

const story =
  'Russia has reached an agreement with Ukraine and the Red Cross to evacuate residents of the Kursk region, ' +
  'the Russian rights commissioner Tatyana Moskalkova said on Monday. She said 500 people were missing and that ' +
  'talks with Kyiv would continue through the Red Cross in Geneva for as long as residents remained near the front line. ' +
  'Officials in Moscow gave no date for the evacuation, and Ukraine did not confirm the agreement on Monday evening.';

describe('isContentWord', () => {
  it('keeps the words a story is about, not function words, bare numbers or single letters', () => {
    expect(['kursk', 'evacuate', 'residents', "don't-care"].map(isContentWord)).toEqual([true, true, true, true]);
    expect(['the', 'would', '500', '3,000', '1.5', 'x'].map(isContentWord)).toEqual([false, false, false, false, false, false]);
  });
});

describe('fnv1a', () => {
  it('is the 32-bit FNV-1a hash', () => {
    // Reference values of the FNV-1a specification.
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('textFeatures', () => {
  const f = textFeatures(story);

  it('counts content words and tells names from words capitalised at a sentence start', () => {
    expect(f.termCounts.get('agreement')).toBe(2);
    expect(f.termCounts.has('the')).toBe(false);
    expect(f.termCounts.has('500')).toBe(false);
    expect(f.names.has('ukraine')).toBe(true);
    expect(f.names.has('moskalkova')).toBe(true);
    // "Officials" only opens a sentence, and "Russia" the text.
    expect(f.names.has('officials')).toBe(false);
    expect(f.names.has('russia')).toBe(false);
  });

  it('hashes every run of five words, punctuation and case set aside', () => {
    expect(f.wordCount).toBeGreaterThan(60);
    expect(f.shingles.size).toBeLessThanOrEqual(f.wordCount - SHINGLE_SIZE + 1);
    expect(f.shingles.size).toBeGreaterThan(f.wordCount - SHINGLE_SIZE + 1 - 5);
    const same = textFeatures(story.toUpperCase().replaceAll(',', ' ;'));
    expect([...same.shingles].sort()).toEqual([...f.shingles].sort());
  });

  it('has no shingle for a text shorter than one', () => {
    const short = textFeatures('Four words only here');
    expect(short.shingles.size).toBe(0);
    expect(short.wordCount).toBe(4);
  });
});

describe('shingle samples', () => {
  const a = textFeatures(story).shingles;

  it('keep the smallest hashes, ascending', () => {
    const sample = shingleSample(a);
    expect(sample).toHaveLength(Math.min(SAMPLE_SIZE, a.size));
    expect(sample).toEqual([...a].sort((x, y) => x - y).slice(0, SAMPLE_SIZE));
    expect(shingleSample(a, 3)).toEqual(sample.slice(0, 3));
  });

  it('estimate how much of one text another holds: all of a copy inside a larger page, none of another text', () => {
    const page = textFeatures(`Menu Home World Sport Weather. ${story} Read more: the ten most read stories of the week, and the weather for the weekend ahead.`).shingles;
    const other = textFeatures('The league announced its new television rights deal with a network that will show every match live from next season on.').shingles;
    expect(containmentOf(shingleSample(a), page)).toBe(1);
    expect(containmentOf(shingleSample(other), page)).toBe(0);
    expect(containmentOf([], page)).toBe(0);

    const sample = (s: Set<number>) => Uint32Array.from(shingleSample(s));
    expect(sampleContainment(sample(a), a.size, sample(a), a.size)).toBe(1);
    expect(sampleContainment(sample(a), a.size, sample(page), page.size)).toBeGreaterThan(0.8);
    expect(sampleContainment(sample(a), a.size, sample(other), other.size)).toBe(0);
    expect(sampleContainment(new Uint32Array(0), 0, sample(a), a.size)).toBe(0);
  });
});
