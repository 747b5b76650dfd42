import { describe, expect, it } from 'vitest';
import { stepIndex } from './keyboard';

const base = { tops: [-50, 100, 900], bottoms: [-30, 120, 920], viewportHeight: 800 };

describe('stepIndex', () => {
  it('starts from the first highlight in view going forward, the last one in view going back', () => {
    expect(stepIndex({ ...base, current: null, direction: 1 })).toBe(1);
    expect(stepIndex({ ...base, current: null, direction: -1 })).toBe(1);
  });
  it('moves from the current one and wraps around', () => {
    expect(stepIndex({ ...base, current: 1, direction: 1 })).toBe(2);
    expect(stepIndex({ ...base, current: 2, direction: 1 })).toBe(0);
    expect(stepIndex({ ...base, current: 0, direction: -1 })).toBe(2);
  });
  it('falls back to the ends when none is in view', () => {
    expect(stepIndex({ tops: [-900, -500], bottoms: [-880, -480], viewportHeight: 800, current: null, direction: 1 })).toBe(0);
    expect(stepIndex({ tops: [900, 1500], bottoms: [920, 1520], viewportHeight: 800, current: null, direction: -1 })).toBe(1);
  });
  it('has nothing to step to without highlights', () => {
    expect(stepIndex({ tops: [], bottoms: [], viewportHeight: 800, current: null, direction: 1 })).toBeNull();
  });
});
