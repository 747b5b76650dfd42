import { describe, expect, it } from 'vitest';
import { containment, contentStems, entityClass, eventStems, sameSpeaker, shared, stem } from './similarity';

describe('stem', () => {
  it('maps the synonyms rewrites swap to one stem', () => {
    expect(['deal', 'agreement', 'accord', 'pact'].map(stem)).toEqual(['deal', 'deal', 'deal', 'deal']);
    expect(['residents', 'civilians', 'locals'].map(stem)).toEqual(['people', 'people', 'people']);
    expect(['killed', 'deaths', 'died'].map(stem)).toEqual(['kill', 'kill', 'kill']);
    expect(['gunfire', 'shooting', 'shots'].map(stem)).toEqual(['shoot', 'shoot', 'shoot']);
    expect(['earthquake', 'tremor', 'temblor'].map(stem)).toEqual(['quake', 'quake', 'quake']);
  });
  it('cuts endings and keeps six letters', () => {
    expect(['evacuated', 'evacuation', 'evacuations'].map(stem)).toEqual(['evacua', 'evacua', 'evacua']);
    expect(['countries', 'talking', 'talks', 'Press', 'bus'].map(stem)).toEqual(['countr', 'talk', 'talk', 'press', 'bus']);
  });
});

describe('contentStems and eventStems', () => {
  it('keep content words as stems and numbers without separators', () => {
    expect([...contentStems('Russian officials claim 3,000 residents are missing in Kursk.')]).toEqual(['russia', 'offici', 'claim', '3000', 'people', 'miss', 'kursk']);
  });
  it('leave out names and reporting verbs from what a statement says happened', () => {
    expect([...eventStems('Moskalkova said the residents would be evacuated through Belarus', ['moskalkova', 'belarus'])]).toEqual(['people', 'evacua']);
    expect([...eventStems('Officials said 500 were missing')]).toEqual(['offici', 'miss']);
  });
});

describe('shared and containment', () => {
  const a = new Set(['deal', 'people', 'evacua', 'kursk']);
  const b = new Set(['deal', 'people', 'belarus']);
  it('count what two sets share, over the smaller one', () => {
    expect(shared(a, b)).toBe(2);
    expect(containment(a, b)).toBeCloseTo(2 / 3, 10);
    expect(containment(new Set(['deal']), a)).toBe(1);
    expect(containment(new Set(), a)).toBe(0);
  });
});

describe('entityClass', () => {
  it('puts nouns for the same people in one class and stems the rest', () => {
    expect(['individuals', 'residents', 'troops', 'policemen', 'tanks'].map(entityClass)).toEqual(['people', 'people', 'soldiers', 'officers', 'tank']);
  });
});

describe('sameSpeaker', () => {
  it('is true for the same person however named', () => {
    expect(sameSpeaker('Tatyana Moskalkova', 'Moskalkova')).toBe(true);
    expect(sameSpeaker('Russian rights commissioner Tatyana Moskalkova', 'Ms Moskalkova')).toBe(true);
  });
  it('is false for two people named', () => {
    expect(sameSpeaker('Russian President Vladimir Putin', 'Dmitry Peskov')).toBe(false);
  });
  it('cannot tell for a pronoun, a description, titles alone or a missing speaker', () => {
    expect(sameSpeaker('he', 'Putin')).toBeNull();
    expect(sameSpeaker('the ministry', 'Moskalkova')).toBeNull();
    expect(sameSpeaker('President Putin', 'Russian President')).toBeNull();
    expect(sameSpeaker(null, 'Putin')).toBeNull();
    expect(sameSpeaker('Putin', undefined)).toBeNull();
  });
});
