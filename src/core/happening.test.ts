import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDay, happeningKeys, keyStrings } from './happening';

const keys = (text: string, published: string | null = '2014-01-28') => happeningKeys({ text, published });
const day = (iso: string) => epochDay(iso)!;

describe('happeningKeys', () => {
  it('tells people from places, organisations and officials, and leaves bylines out', () => {
    const k = keys(
      'Shooting in Hermitage\n\nBy Cathy Locke\n\nPolice said Kaemon Robinson was playing with a pistol at the Burning Tree Apartments when it struck Kevin Barbee. Chief Steve Anderson said the Metro Nashville Police would investigate.',
    );
    expect(k.people.sort()).toEqual(['kaemon robinson', 'kevin barbee']);
    expect(k.places.sort()).toEqual(['burning tree', 'metro nashville', 'nashville police', 'steve anderson', 'tree apartments']);
  });
  it('takes no names from a headline in title case', () => {
    expect(keys('Teen Killed, Five Others Injured In Austin Shooting\n\nA teen was killed.').people).toEqual([]);
  });
  it('resolves the days a text names against its publication date', () => {
    // 2014-01-28 was a Tuesday.
    const k = keys('It happened on Saturday night. He died yesterday; a vigil is planned tonight. The hearing was on March 20.');
    expect(k.days).toEqual(expect.arrayContaining([day('2014-01-25'), day('2014-01-27'), day('2014-01-28'), day('2013-03-20')]));
    expect(keys('It happened Tuesday.').days).toEqual([day('2014-01-28')]);
    expect(keys('It happened on Saturday.', null).days).toEqual([]);
  });
  it('reads ages, and tolls in digits or words', () => {
    const k = keys('A 17-year-old sophomore shot Kevin Barbee, 15, in the face. Police said a man aged 44 was arrested. One person was killed and four others were injured; 2 dead.');
    expect(k.ages.sort((a, b) => a - b)).toEqual([15, 17, 44]);
    expect(k.tolls).toEqual(expect.arrayContaining(['k 1', 'i 4', 'k 2']));
  });
  it('keeps other numbers, but not years nor the days of dates', () => {
    const k = keys('Shots were fired in the 4500 block of Main Street on March 20, 2014, around 7 p.m.');
    expect(k.numbers.sort((a, b) => a - b)).toEqual([7, 4500]);
  });
  it('never throws, whatever the text and date', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.option(fc.string({ maxLength: 12 })), (text, published) => {
        const k = keyStrings({ text, published, title: '' }, []);
        for (const group of Object.values(k)) for (const key of group) expect(typeof key).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});

describe('keyStrings', () => {
  it('writes every key with a space or a sign, so that none is a word', () => {
    const k = keyStrings({ title: 'Teen charged', text: 'Teen charged\n\nKevin Barbee, 15, was shot at the Burning Tree Apartments on Tuesday; 1 dead.', published: '2014-01-28' }, ['barbee']);
    expect(k.names).toEqual(['barbee']);
    expect(k.title).toEqual(['teen', 'charged']);
    expect(k.people).toContain('kevin barbee');
    expect(k.places).toContain('~ burning tree');
    expect(k.days).toEqual([`@ ${day('2014-01-28')}`]);
    expect(k.ages).toEqual(['# 15y']);
    expect(k.tolls).toEqual(['% k 1']);
  });
});
