import { describe, expect, it } from 'vitest';
import { RELATION_ORDER, type Relation } from './relation';

describe('RELATION_ORDER', () => {
  it('names every relation once, the closest first', () => {
    const every: Record<Relation, true> = { same: true, rewrite: true, story: true };
    expect([...RELATION_ORDER].sort()).toEqual(Object.keys(every).sort());
    expect(RELATION_ORDER[0]).toBe('same');
    expect(RELATION_ORDER.at(-1)).toBe('story');
  });
});
