import { describe, expect, it } from 'vitest';
import {
  CURRENCY_WORDS, DECIMAL_COMMA_LANGS, ENTITY_CLASSES, MEASURE_UNITS, QUALIFIERS, QUOTE_ONLY_VERBS, REPORTING_VERBS,
  SMALL_NUMBERS, SOURCE_GROUPS, SPEECH_VERBS, STATES, TENS, TIME_UNITS, UNIT_SECONDS, UNITS_WORDS,
} from './lexicon';

describe('reporting verbs', () => {
  it('take the stance of their kind', () => {
    expect(['said', 'told', 'warned', 'claimed', 'alleged', 'insisted', 'confirmed', 'admitted', 'conceded'].map((w) => REPORTING_VERBS.get(w))).toEqual([
      'neutral', 'neutral', 'neutral', 'distancing', 'distancing', 'distancing', 'confirming', 'confirming', 'confirming',
    ]);
  });
  it('keep verbs that only attribute a quote out of prose verbs', () => {
    expect(QUOTE_ONLY_VERBS.get('shouted')).toBe('neutral');
    expect(QUOTE_ONLY_VERBS.get('accused')).toBe('distancing');
    expect(REPORTING_VERBS.has('continued')).toBe(false);
    expect(REPORTING_VERBS.has('reads')).toBe(false);
  });
  it('introduce speech, but not belief or estimate', () => {
    expect(['said', 'claimed', 'shouted', 'quipped'].every((w) => SPEECH_VERBS.has(w))).toBe(true);
    expect(['believe', 'believed', 'estimated', 'thinks', 'recorded', 'indicated'].some((w) => SPEECH_VERBS.has(w))).toBe(false);
  });
});

describe('qualifiers', () => {
  it('are matched longest first: none is a later one\'s ending', () => {
    // The figure reader takes the first qualifier whose words end right before the number,
    // so "a little more than" must be tried before "more than", "just before" before "before".
    QUALIFIERS.forEach(([words], i) => {
      for (const [later] of QUALIFIERS.slice(i + 1)) {
        const ending = later.length > words.length && later.slice(-words.length).join(' ') === words.join(' ');
        expect(ending, `"${later.join(' ')}" comes after "${words.join(' ')}"`).toBe(false);
      }
    });
  });
  it('say which way a figure is bounded', () => {
    const of = (w: string) => QUALIFIERS.find(([words]) => words.join(' ') === w)?.[1];
    expect(['at least', 'no fewer than', 'more than', 'up to', 'fewer than', 'around', 'closer to', 'almost', 'only'].map(of)).toEqual([
      'at-least', 'at-least', 'more-than', 'up-to', 'less-than', 'about', 'about', 'nearly', 'only',
    ]);
  });
});

describe('numbers and units', () => {
  it('give the values of number words and scales', () => {
    expect([SMALL_NUMBERS.get('two'), SMALL_NUMBERS.get('nineteen'), TENS.get('forty'), TENS.get('ninety')]).toEqual([2, 19, 40, 90]);
    expect([UNITS_WORDS.get('thousand'), UNITS_WORDS.get('million'), UNITS_WORDS.get('bn'), UNITS_WORDS.get('tn')]).toEqual([1e3, 1e6, 1e9, 1e12]);
    expect(CURRENCY_WORDS.get('euros')).toBe('€');
  });
  it('know every unit of time they name in seconds', () => {
    for (const [word, [unit, n]] of TIME_UNITS) {
      expect(UNIT_SECONDS[unit], word).toBeGreaterThan(0);
      expect(n).toBeGreaterThan(0);
    }
    expect(TIME_UNITS.get('decade')).toEqual(['y', 10]);
    expect(TIME_UNITS.get('fortnight')).toEqual(['w', 2]);
    expect(UNIT_SECONDS.h).toBe(3600);
  });
  it('give lengths, areas, speeds and weights in their base unit', () => {
    expect(MEASURE_UNITS.get('km')).toEqual(['distance', 'km', 1000]);
    expect(MEASURE_UNITS.get('miles')).toEqual(['distance', 'mi', 1609.344]);
    expect(MEASURE_UNITS.get('hectares')).toEqual(['area', 'ha', 10000]);
    expect(MEASURE_UNITS.get('mph')).toEqual(['speed', 'mph', 0.44704]);
    expect(MEASURE_UNITS.get('tonnes')).toEqual(['weight', 't', 1000]);
  });
});

describe('what figures count, and who gives them', () => {
  it('map words to the state they count', () => {
    expect(['killed', 'toll', 'bodies', 'wounded', 'unaccounted', 'fled', 'repatriated', 'jailed', 'freed'].map((w) => STATES.get(w))).toEqual([
      'dead', 'dead', 'dead', 'injured', 'missing', 'displaced', 'returned', 'detained', 'released',
    ]);
  });
  it('put nouns for people in one class, so that a rewrite\'s synonym still agrees', () => {
    expect(['residents', 'individuals', 'civilians', 'villagers'].map((w) => ENTITY_CLASSES.get(w))).toEqual(['people', 'people', 'people', 'people']);
    expect(['troops', 'policemen', 'gunmen'].map((w) => ENTITY_CLASSES.get(w))).toEqual(['soldiers', 'officers', 'attackers']);
  });
  it('tell official sources from local ones', () => {
    expect(['officials', 'kremlin', 'police', 'residents', 'locals', 'witnesses'].map((w) => SOURCE_GROUPS.get(w))).toEqual([
      'official', 'official', 'official', 'local', 'local', 'local',
    ]);
  });
  it('know which languages write a decimal comma', () => {
    expect(['fr', 'de', 'ru', 'uk', 'pt'].every((l) => DECIMAL_COMMA_LANGS.has(l))).toBe(true);
    expect(['en', 'ja', 'zh', 'ko'].some((l) => DECIMAL_COMMA_LANGS.has(l))).toBe(false);
  });
});
