import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';

const quotes = (text: string) => extractClaims(text).quotes;

describe('quotes', () => {
  it('finds quotes in every common mark, and tells apostrophes apart', () => {
    const q = quotes(`“We will not leave today,” she said. «Nous restons ici ce soir», il a dit. „Wir bleiben hier heute“, sagte er. ‘It’s not over yet,’ he said. He said 'we don't give up now' again.`);
    expect(q.map((x) => x.span.text)).toEqual([
      'We will not leave today',
      'Nous restons ici ce soir',
      'Wir bleiben hier heute',
      'It’s not over yet',
      "we don't give up now",
    ]);
  });
  it('finds the speaker in its usual places', () => {
    const text = [
      'Title',
      '"We are ready to talk now," Foreign Minister Jane Doe said on Monday.',
      '"The talks have not started yet," said John Smith, a spokesman, to AFP.',
      'Alexei Smirnov, a local governor, also praised the return.',
      '"The negotiations have brought results," he said on Telegram.',
      '"Nothing is agreed until everything is agreed,"',
      'Doe said, according to the state-run RIA Novosti news agency.',
      '"Both sides must agree on the details first."',
    ].join('\n\n');
    const q = extractClaims(text, { headline: { start: 0, end: 5 } }).quotes;
    expect(q.map((x) => [x.speaker, x.verbKind, x.relay, x.continued ?? false])).toEqual([
      ['Jane Doe', 'neutral', null, false],
      ['John Smith', 'neutral', 'AFP', false],
      ['Alexei Smirnov', 'neutral', 'Telegram', false],
      ['Doe', 'neutral', 'RIA Novosti', false],
      ['Doe', null, null, true],
    ]);
  });
  it('classifies reporting verbs', () => {
    const q = quotes('"The deal is done and signed," the minister claimed. "We did receive the letter yesterday," she admitted.');
    expect(q.map((x) => x.verbKind)).toEqual(['distancing', 'confirming']);
  });
});
