import { describe, expect, it } from 'vitest';
import { looseWords, sameWordsInOrder, wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('gives a reworded quote as whole words, with the share changed', () => {
    expect(wordDiff('they will be evacuated through Belarus to Russia', 'they will be taken out through Belarus to Russia')).toEqual({
      pieces: [[0, 'they will be '], [-1, 'evacuated'], [1, 'taken out'], [0, ' through Belarus to Russia']],
      // 1 word removed and 2 added, over 8 + 9 words.
      changed: 3 / 17,
    });
  });
  it('trims what only one side has at either end: a longer or shorter excerpt of one quote', () => {
    expect(wordDiff('There are people who are already in Sumy today. And there is an agreement', 'And there is an agreement')).toEqual({ pieces: [[0, 'And there is an agreement']], changed: 0 });
    expect(wordDiff('There is an agreement with the Red Cross', 'There is an agreement with the Red Cross and the Ukrainian side')).toEqual({ pieces: [[0, 'There is an agreement with the Red Cross']], changed: 0 });
  });
  it('keeps a change at an end when both sides changed there', () => {
    expect(wordDiff('the toll rose to 129', 'the toll rose to 130').pieces).toEqual([[0, 'the toll rose to '], [-1, '129'], [1, '130']]);
  });
  it('reads curly and straight quote marks as the same', () => {
    expect(wordDiff('We will “not” leave', 'We will "not" leave')).toEqual({ pieces: [[0, 'We will "not" leave']], changed: 0 });
  });
  it('maps back every word of a quote with more distinct words than the surrogate range leaves codes below it', () => {
    const words = Array.from({ length: 0xd800 + 500 }, (_, i) => `w${i}`);
    const a = words.join(' ');
    const b = [...words.slice(0, -1), 'changed'].join(' ');
    const d = wordDiff(a, b);
    expect(d.pieces.map((p) => p[0])).toEqual([0, -1, 1]);
    expect(d.pieces[0][1]).toBe(words.slice(0, -1).join(' ') + ' ');
    expect(d.pieces.slice(1)).toEqual([[-1, words.at(-1)], [1, 'changed']]);
  });
});

describe('looseWords', () => {
  it('drops case, punctuation, ellipses and apostrophes, and brackets only when asked', () => {
    expect(looseWords('They will be evacuated [to Russia] through… Belarus (Oblast)!', true)).toBe('they will be evacuated through belarus');
    expect(looseWords("They'll be evacuated [to Russia] through... Belarus", false)).toBe('theyll be evacuated to russia through belarus');
  });
});

describe('sameWordsInOrder', () => {
  it('is true for one quote with words moved in or out', () => {
    expect(sameWordsInOrder('There is an agreement with the Red Cross and the Ukrainian side', 'There is an agreement, said the Red Cross, with the Ukrainian side')).toBe(true);
  });
  it('is false for two quotes that share words out of order, and for fewer than three words', () => {
    expect(sameWordsInOrder('We will win the war this year', 'The year of the war is over')).toBe(false);
    expect(sameWordsInOrder('a b', 'a b')).toBe(false);
  });
});
