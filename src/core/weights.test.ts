import { describe, expect, it } from 'vitest';
import { textFeatures } from './features';
import { cosine, idf, NAME_BOOST, termVector, type TermStats } from './weights';

/** Frequencies over 1,000 documents: "said" in most, "kursk" in few. */
const stats: TermStats = { docCount: 1000, df: (term) => ({ said: 900, people: 400, kursk: 3, moskalkova: 1 })[term] ?? 10 };
const norm = (v: Array<[string, number]>) => Math.sqrt(v.reduce((s, [, w]) => s + w * w, 0));

describe('idf', () => {
  it('weighs a rare word more than a common one, and a word never seen the most', () => {
    expect(idf(stats, 'kursk')).toBeGreaterThan(idf(stats, 'people'));
    expect(idf(stats, 'people')).toBeGreaterThan(idf(stats, 'said'));
    expect(idf({ docCount: 1000, df: () => 0 }, 'new')).toBeGreaterThan(idf(stats, 'moskalkova'));
    expect(idf(stats, 'said')).toBeGreaterThan(1);
  });
});

describe('termVector', () => {
  const text = 'Officials said people in the region of Kursk were told to leave, and people said they would. Tatyana Moskalkova said so.';
  const features = textFeatures(text);

  it('is of unit length, heaviest terms first', () => {
    const v = termVector(features, stats);
    expect(norm(v)).toBeCloseTo(1, 10);
    const weights = v.map(([, w]) => w);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(v[0][0]).toBe('moskalkova');
  });

  it('weighs a name more than the same word written in lower case', () => {
    const asName = termVector(textFeatures('They met in the city of Tver today.'), stats);
    const asWord = termVector(textFeatures('They met in the city of tver today.'), stats);
    const weight = (v: Array<[string, number]>) => v.find(([t]) => t === 'tver')![1] / norm(v.filter(([t]) => t !== 'tver'));
    expect(weight(asName) / weight(asWord)).toBeCloseTo(NAME_BOOST, 1);
  });

  it('keeps the norm of the whole vector when cut, so that a cut vector never scores higher', () => {
    const full = termVector(features, stats);
    const cut = termVector(features, stats, 3);
    expect(cut).toEqual(full.slice(0, 3));
    expect(norm(cut)).toBeLessThan(1);
  });
});

describe('cosine', () => {
  it('is 1 for a vector with itself, 0 for vectors without a shared term, and symmetric', () => {
    const a = termVector(textFeatures('Kursk residents evacuated with the Red Cross.'), stats);
    const b = termVector(textFeatures('Residents of Kursk left under the Red Cross flag.'), stats);
    const c = termVector(textFeatures('The football season opened on television.'), stats);
    expect(cosine(a, new Map(a))).toBeCloseTo(1, 10);
    expect(cosine(a, new Map(c))).toBe(0);
    expect(cosine(a, new Map(b))).toBeCloseTo(cosine(b, new Map(a)), 10);
    expect(cosine(a, new Map(b))).toBeGreaterThan(0.3);
  });
});
