import { describe, expect, it } from 'vitest';
import { DIVERGENCE_SUBTYPES, SCHEMA_VERSION } from './types';
import { isDivergence } from './validate-divergence';

describe('DIVERGENCE_SUBTYPES', () => {
  it('lists every kind with its subtypes, once', () => {
    expect(DIVERGENCE_SUBTYPES).toEqual({
      figure: ['conflict', 'compatible', 'changed-over-time', 'contested'],
      quote: ['reworded', 'minor', 'paraphrased'],
      attribution: ['speaker', 'relay', 'verb-kind', 'fact-vs-attributed'],
    });
  });
  it('is what the validator accepts', () => {
    const attribution = { speaker: null, verb: null, verbKind: null, relay: null };
    const figure = { value: 1, qualifier: 'exact', unit: null, measure: 'dead', subject: null, counted: null, source: null };
    for (const [kind, subtypes] of Object.entries(DIVERGENCE_SUBTYPES)) {
      for (const subtype of [...subtypes, 'other']) {
        const d = { kind, subtype, start: 0, end: 1, text: 'x', facts: kind === 'figure' ? figure : attribution, others: [], diff: [], changed: 0 };
        expect(isDivergence(d), `${kind}/${subtype}`).toBe(subtype !== 'other');
      }
    }
  });
});

describe('SCHEMA_VERSION', () => {
  it('is the version of the shapes printed by the CLI', () => {
    expect(SCHEMA_VERSION).toBe(2);
  });
});
