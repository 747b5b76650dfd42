import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/extract-claims';
import { compareWording, matchParaphrase, matchQuote, stemsOf } from './align-quotes';

const claims = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } });
const quotes = (body: string) => claims(body).quotes;
const statements = (body: string) => claims(body).statements;

const EVACUATED = quotes('"They will be evacuated through Belarus to other regions of the country," Tatyana Moskalkova said.')[0];

describe('matchQuote', () => {
  it('pairs a quote with the most alike quote of the other report', () => {
    const others = quotes('"We have agreed on nothing with the Ukrainian side yet," Peskov said. "They will be taken through Belarus to other regions," Moskalkova said.');
    const m = matchQuote(EVACUATED, others);
    expect(m?.other).toBe(others[1]);
    expect(m?.score).toBeCloseTo(0.6687, 3);
  });
  it('prefers the very same words', () => {
    const others = quotes('"They will be evacuated through Belarus," Moskalkova said. "They will be evacuated through Belarus to other regions of the country," she added.');
    expect(matchQuote(EVACUATED, others)?.other.span.text).toBe('They will be evacuated through Belarus to other regions of the country');
  });
  it('pairs nothing with a quote that only shares a word or two', () => {
    expect(matchQuote(EVACUATED, quotes('"The weather in Belarus was cold for the whole of the country," a resident said.'))).toBeNull();
    expect(matchQuote(EVACUATED, [])).toBeNull();
  });
});

describe('compareWording', () => {
  it('finds nothing in case, punctuation or quote marks', () => {
    expect(compareWording('They will be evacuated', 'They will be evacuated')).toEqual({ kind: 'same' });
    expect(compareWording('They will be evacuated.', 'they will be evacuated!')).toEqual({ kind: 'same' });
  });
  it('finds a bracketed insertion minor', () => {
    expect(compareWording('They will be evacuated', 'They [the residents] will be evacuated')).toEqual({
      kind: 'minor', diff: [[0, 'They '], [1, '[the residents] '], [0, 'will be evacuated']], changed: 0.2,
    });
  });
  it('finds nothing in one report quoting more of the same words (gva-dev 628570, 455142)', () => {
    expect(compareWording('We had a horrible night last night', 'We had a horrible night last night. Nine shootings, five homicides.')).toEqual({ kind: 'same' });
    expect(compareWording('That the young boy had been shot by an older brother.', 'They determined that no one had fled, that the young boy had been shot by an older brother')).toEqual({ kind: 'same' });
    expect(compareWording('She was always willing to help', 'She was always ready to help. She was a great big sister.').kind).toBe('reworded');
  });
  it('finds a word swapped reworded', () => {
    expect(compareWording('They will be evacuated', 'They will be moved')).toEqual({
      kind: 'reworded', diff: [[0, 'They will be '], [-1, 'evacuated'], [1, 'moved']], changed: 0.25,
    });
  });
});

describe('matchParaphrase', () => {
  const q = quotes('"The residents of Kursk will be evacuated through Belarus to other regions of Russia next week," Tatyana Moskalkova said.')[0];
  const reported = (speaker: string) => statements(`${speaker} said that the residents of Kursk will be evacuated through Belarus to other regions of Russia next week.`);
  it('finds the same words given as reported speech by the same speaker', () => {
    expect(matchParaphrase(q, reported('Tatyana Moskalkova'))?.speaker).toBe('Tatyana Moskalkova');
    expect(matchParaphrase(q, reported('She'))?.speaker).toBe('She');
  });
  it('does not give them to another speaker, or to a headline', () => {
    expect(matchParaphrase(q, reported('Peskov'))).toBeNull();
    const headline = extractClaims('The residents of Kursk will be evacuated through Belarus to other regions of Russia next week\n\nBody.', { headline: { start: 0, end: 92 } }).statements;
    expect(headline.map((s) => s.headline)).toEqual([true]);
    expect(matchParaphrase(q, headline)).toBeNull();
  });
  it('needs a quote with enough to say', () => {
    const short = quotes('"We will leave Kursk soon," Moskalkova said.')[0];
    expect(stemsOf(short).size).toBeLessThan(6);
    expect(matchParaphrase(short, statements('Moskalkova said they will leave Kursk soon.'))).toBeNull();
  });
});
