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
      ['Doe', 'neutral', 'RIA Novosti', true],
    ]);
  });
  it('finds the speaker as real reports write it', () => {
    const text = [
      'Title',
      '“CNN has done an awful job this election,” Barkley said. “They have followed ratings and sound bites this entire cycle.”',
      'In a statement, Brian Fallon, a spokesman for the Clinton campaign, said: “Secretary Clinton has been cooperating all along.”',
      '“Having access to the file is valuable to any campaign,” said Skelly, explaining why.',
      '“October provided a resurgence for her,” said former Obama adviser David Axelrod.',
      '“Trump is the best candidate we have seen in years,” wrote one Sanders supporter on Twitter.',
      'Graham said on MSNBC that the race was over, adding,',
      '“John Kasich has a problem in an outsider year, and nobody wants that.”',
      'Priebus later Thursday told Fox News: “Both men are meeting next week to talk.”',
      '“Voters consistently reject establishment Republicans in the end,” he points out.',
    ].join('\n\n');
    const q = extractClaims(text, { headline: { start: 0, end: 5 } }).quotes;
    expect(q.map((x) => [x.speaker, x.verb])).toEqual([
      ['Barkley', 'said'],
      ['Barkley', 'said'],
      ['Brian Fallon', 'said'],
      ['Skelly', 'said'],
      ['David Axelrod', 'said'],
      ['one Sanders supporter', 'wrote'],
      ['Graham', 'adding'],
      ['Priebus', 'told'],
      ['Priebus', 'points'],
    ]);
    expect(q[1].continued).toBe(true);
    expect(q[8].speakerResolved).toBe(true);
  });
  it('keeps a short quote only when it is attributed', () => {
    const q = quotes('“Denver,” he answered. The so-called “no more” policy failed. “Quiet,” she demanded.');
    expect(q.map((x) => x.span.text)).toEqual(['Denver', 'Quiet']);
  });
  it('classifies reporting verbs', () => {
    const q = quotes('"The deal is done and signed," the minister claimed. "We did receive the letter yesterday," she admitted.');
    expect(q.map((x) => x.verbKind)).toEqual(['distancing', 'confirming']);
  });
});

describe('a quote nested in the same straight marks', () => {
  it('keeps the outer quote whole when the sentence goes on in lower case after the inner one', () => {
    const q = extractClaims('Title\n\nTrump tweeted, "Reporting that Orlando killer shouted "Allah hu Akbar!" as he slaughtered clubgoers. Must be tough."', { headline: { start: 0, end: 5 } }).quotes;
    expect(q.map((x) => [x.span.text, x.speaker])).toEqual([['Reporting that Orlando killer shouted "Allah hu Akbar!" as he slaughtered clubgoers. Must be tough.', 'Trump']]);
    expect(quotes('"They chanted "lock her up" all night long at the rally," Smith said.').map((x) => [x.span.text, x.speaker])).toEqual([['They chanted "lock her up" all night long at the rally', 'Smith']]);
  });
  it('reads a quote nested in the same curly marks too', () => {
    expect(quotes('Title\n\n“Donald Trump’s absurd claim that a peace deal “has to do with Israel and whether or not Israel’s willing to sacrifice certain things” makes clear that Trump doesn’t have a clue,” wrote Morton Klein, president of the Zionist Organization of America.').map((x) => x.speaker)).toEqual(['Morton Klein']);
    expect(quotes('“We will win,“ said Jim Clyburn. “We will go on to the next state now.”').map((x) => x.span.text)).toEqual(['We will win', 'We will go on to the next state now.']);
  });
  it('still reads a stray mark before a quote as stray', () => {
    expect(quotes('The stray "mark here and "We will win," he said, "and we will."').map((x) => x.span.text)).toEqual(['We will win', 'and we will.']);
  });
});
