import { describe, expect, it } from 'vitest';
import { tokenize } from '../text';
import { decimalComma, parseDigits, readNumber, type NumberRead } from './numbers';

/** The number read at the first token of `text` that starts `at` (a word or digits as written). */
function read(text: string, at: string, options: { english?: boolean; lang?: string } = {}): NumberRead | null {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.raw === at);
  if (i < 0) throw new Error(`no token "${at}" in ${text}`);
  return readNumber(text, tokens, i, options.english ?? true, decimalComma(options.lang));
}

/** Value, upper end and the text the number covers. */
function brief(text: string, at: string, options?: { english?: boolean; lang?: string }) {
  const n = read(text, at, options);
  return n && { value: n.value, high: n.high, text: text.slice(n.start, n.end) };
}

describe('decimalComma', () => {
  it('is true for languages that write 3.000 for three thousand, by their primary subtag', () => {
    expect(['fr', 'de-DE', 'pt_BR', 'RU', 'uk'].map(decimalComma)).toEqual([true, true, true, true, true]);
    expect(['en', 'en-GB', 'ja', 'zh-Hans', '', null, undefined].map(decimalComma)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('parseDigits', () => {
  it('reads English separators', () => {
    expect(parseDigits('3,000', false)).toBe(3000);
    expect(parseDigits('1,234,567.5', false)).toBe(1234567.5);
    expect(parseDigits('3.5', false)).toBe(3.5);
    expect(parseDigits('130', false)).toBe(130);
  });
  it('reads separators of a decimal-comma language', () => {
    expect(parseDigits('3.000', true)).toBe(3000);
    expect(parseDigits('1.234.567,5', true)).toBe(1234567.5);
    expect(parseDigits('3,5', true)).toBe(3.5);
    expect(parseDigits('26,95', true)).toBe(26.95);
    expect(parseDigits('130', true)).toBe(130);
  });
  it('leaves out what could be read either way on a decimal-comma page', () => {
    // "3,000" could be three (an English copy) or three thousand; "3.5" likewise.
    expect(parseDigits('3,000', true)).toBeNull();
    expect(parseDigits('3.5', true)).toBeNull();
  });
  it('leaves out malformed digits and absurd lengths', () => {
    expect(parseDigits('3,00', false)).toBeNull();
    expect(parseDigits('1,2,3', false)).toBeNull();
    expect(parseDigits('3.000.000', false)).toBeNull();
    expect(parseDigits('9'.repeat(25), false)).toBeNull();
    expect(parseDigits('9'.repeat(16), false)).toBeNull(); // beyond any real figure
  });
});

describe('readNumber, digits', () => {
  it('reads "3.000" by the language of the page', () => {
    expect(brief('3.000 personnes ont disparu.', '3.000', { lang: 'fr', english: false })).toEqual({ value: 3000, high: undefined, text: '3.000' });
    expect(read('3.000 people are missing.', '3.000')).toMatchObject({ value: 3 });
    expect(read('3,000 personnes ont disparu.', '3,000', { lang: 'fr', english: false })).toBeNull();
  });
  it('takes a scale word after the digits into the number', () => {
    expect(brief('Some 1.2 million people fled.', '1.2')).toEqual({ value: 1.2e6, high: undefined, text: '1.2 million' });
    expect(brief('A bailout of 5 billion was agreed.', '5')).toEqual({ value: 5e9, high: undefined, text: '5 billion' });
    expect(read('Some 1.2 million people fled.', '1.2')?.digits).toBeNull();
  });
  it('reads a scale glued to the digits, and marks those that need a currency', () => {
    expect(read('The bailout is $5bn.', '5bn')).toMatchObject({ value: 5e9, needsCurrency: false });
    // "5m" is five million only after a currency sign; alone it may be five metres.
    expect(read('The fine was £5m.', '5m')).toMatchObject({ value: 5e6, needsCurrency: true });
  });
  it('reads ranges written in one token, with their unit', () => {
    expect(read('Officials said 200-300 bodies were found.', '200-300')).toMatchObject({ value: 200, high: 300, digits: null });
    expect(read('He is 6-7ft tall.', '6-7ft')).toMatchObject({ value: 6, high: 7, suffix: 'ft' });
  });
  it('keeps a unit glued to the digits and a tail after a hyphen', () => {
    expect(read('about 400km north-east of Tokyo', '400km')).toMatchObject({ value: 400, suffix: 'km' });
    expect(read('an 8.9-magnitude quake', '8.9-magnitude')).toMatchObject({ value: 8.9, tail: 'magnitude', digits: '8.9' });
    expect(read('A 25-year-old man was held.', '25-year-old')).toMatchObject({ value: 25, tail: 'year-old' });
  });
  it('reads decades as a range that is never a count', () => {
    expect(read('A woman in her 20s died.', '20s')).toMatchObject({ value: 20, high: 29, decade: true });
    expect(read("It was built in the 1990's.", "1990's")).toMatchObject({ value: 1990, high: 1999, decade: true });
  });
  it('leaves out ordinals and labels', () => {
    expect(read('The 4th attempt failed.', '4th')).toBeNull();
    expect(read('The 5G network is down.', '5G')).toBeNull();
  });
  it('keeps the digits as written, to tell years apart', () => {
    expect(read('In August 2024 the army crossed.', '2024')).toMatchObject({ value: 2024, digits: '2024' });
  });
});

describe('readNumber, words', () => {
  it('reads numbers in words, and only in English', () => {
    expect(brief('Forty-six civilians returned.', 'Forty-six')).toEqual({ value: 46, high: undefined, text: 'Forty-six' });
    expect(brief('twenty five people died', 'twenty')).toEqual({ value: 25, high: undefined, text: 'twenty five' });
    expect(brief('three hundred and five people died', 'three')).toEqual({ value: 305, high: undefined, text: 'three hundred and five' });
    expect(brief('two thousand people marched', 'two')).toEqual({ value: 2000, high: undefined, text: 'two thousand' });
    expect(brief('A dozen children were evacuated.', 'A')).toEqual({ value: 12, high: undefined, text: 'A dozen' });
    expect(brief('a half-dozen officers', 'a')).toEqual({ value: 6, high: undefined, text: 'a half-dozen' });
    expect(read('Forty-six civilians returned.', 'Forty-six', { english: false })).toBeNull();
  });
  it('does not run two numbers in words together', () => {
    expect(brief('two three times', 'two')).toEqual({ value: 2, high: undefined, text: 'two' });
  });
  it('gives back an "and" that leads nowhere', () => {
    const text = 'two hundred and counting';
    const n = read(text, 'two');
    expect(n && text.slice(n.start, n.end)).toBe('two hundred');
    expect(n?.next).toBe(2);
  });
  it('marks "one" and "a" as weak, counted only when a state follows', () => {
    expect(read('One officer was killed.', 'One')).toMatchObject({ value: 1, weakOne: true });
    expect(read('It took about an hour.', 'an')).toMatchObject({ value: 1, weakOne: true });
    expect(read('half a mile away', 'half')).toMatchObject({ value: 0.5 });
  });
  it('splits a number word from its tail', () => {
    expect(read('a thirty-year-old man', 'thirty-year-old')).toMatchObject({ value: 30, tail: 'year-old' });
    expect(read('a six-year sentence', 'six-year')).toMatchObject({ value: 6, tail: 'year' });
  });
  it('reads no number from a word that starts none', () => {
    expect(read('Police said nothing.', 'Police')).toBeNull();
    expect(read('a car was found', 'a')).toBeNull();
  });
});

describe('readNumber: two near values joined by "or"', () => {
  it('reads "10 or 11" and "two or three" as one range, and leaves far or unlike values apart (gva-dev 503983)', () => {
    expect(brief('He was 10 or 11 years old.', '10')).toEqual({ value: 10, high: 11, text: '10 or 11' });
    expect(brief('Two or three men fired.', 'Two')).toEqual({ value: 2, high: 3, text: 'Two or three' });
    expect(brief('He fired 5 or 50 times.', '5')).toEqual({ value: 5, high: undefined, text: '5' });
    expect(brief('He fired 5 or six times.', '5')).toEqual({ value: 5, high: undefined, text: '5' });
    expect(brief('There were 200 or more.', '200')).toEqual({ value: 200, high: undefined, text: '200' });
  });
});
