import { describe, expect, it } from 'vitest';
import { loadFigureGold, sameGoldValue } from './figure-gold';

describe('the figure gold', () => {
  it('loads every story, with each figure\'s snippet found in its report and its number inside it', () => {
    const stories = loadFigureGold();
    expect(stories.length).toBeGreaterThanOrEqual(19);
    for (const s of stories) {
      expect(s.reports.length, s.name).toBeGreaterThanOrEqual(2);
      for (const r of s.reports) for (const f of r.figures) expect(f.end, `${s.name} ${r.id} line ${f.line}`).toBeGreaterThan(f.start);
    }
  });
  it('tells values apart by their rounding and units', () => {
    expect(sameGoldValue({ value: 24, qualifier: 'about', unit: 'km', decimals: 0 }, { value: 24.4, qualifier: 'exact', unit: 'km', decimals: 1 })).toBe(true);
    expect(sameGoldValue({ value: 2, qualifier: 'exact', unit: null }, { value: 3, qualifier: 'exact', unit: null })).toBe(false);
  });
});
