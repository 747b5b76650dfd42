import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';
import { NO_CLAIMS } from './types';

describe('NO_CLAIMS', () => {
  it('is the empty set of claims, the shape extractClaims gives for a report without any', () => {
    expect(NO_CLAIMS).toEqual({ figures: [], quotes: [], statements: [] });
    expect(NO_CLAIMS).toEqual(extractClaims(''));
  });
  it('cannot be changed by whoever is handed it', () => {
    expect(Object.isFrozen(NO_CLAIMS)).toBe(true);
    expect(() => {
      (NO_CLAIMS as { figures: unknown }).figures = [1];
    }).toThrow(TypeError);
  });
});
