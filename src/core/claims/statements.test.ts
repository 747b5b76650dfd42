import { describe, expect, it } from 'vitest';
import { sentences, tokenize } from '../text';
import { extractClaims } from './extract-claims';
import { headlineStatement, MAX_STATEMENTS, reportedSpeech } from './statements';
import type { StatementClaim } from './types';

/** The statements of a report whose first paragraph is its headline. */
function statements(text: string): StatementClaim[] {
  const i = text.indexOf('\n\n');
  return extractClaims(text, { headline: i > 0 ? { start: 0, end: i } : null }).statements;
}
const brief = (s: StatementClaim) => ({ text: s.span.text, speaker: s.speaker, verb: s.verb, verbKind: s.verbKind, headline: s.headline, attribution: s.attribution?.text ?? null });
const body = (sentence: string) => statements(`Title\n\n${sentence}`).map(brief);

describe('the headline as a statement', () => {
  it('states a fact when nothing attributes it', () => {
    expect(statements('Russia Secures Evacuation Deal For Kursk Residents\n\nThe residents left.').map(brief)).toEqual([
      { text: 'Russia Secures Evacuation Deal For Kursk Residents', speaker: null, verb: null, verbKind: null, headline: true, attribution: null },
    ]);
  });
  it('is attributed by "X Says …", "…, X claims" and "X: …"', () => {
    expect(brief(statements('Russia Says It Secured Evacuation Deal For Kursk Residents\n\nThe residents left.')[0])).toEqual({
      text: 'It Secured Evacuation Deal For Kursk Residents', speaker: 'Russia', verb: 'Says', verbKind: 'neutral', headline: true, attribution: 'Russia Says',
    });
    expect(brief(statements('Ukraine agrees to evacuate Kursk residents, Russian official claims\n\nThe residents left.')[0])).toEqual({
      text: 'Ukraine agrees to evacuate Kursk residents', speaker: 'Russian official', verb: 'claims', verbKind: 'distancing', headline: true, attribution: 'Russian official claims',
    });
    expect(brief(statements('Obama: We Will Not Back Down Now\n\nThe crowd cheered.')[0])).toMatchObject({ text: 'We Will Not Back Down Now', speaker: 'Obama', verb: null, verbKind: 'neutral' });
  });
  it('is none for a headline of two words', () => {
    const text = 'Kursk evacuation\n\nThe residents left.';
    const ctx = { text, tokens: tokenize(text) };
    expect(headlineStatement(ctx, 0, 16, () => [])).toBeNull();
  });
});

describe('reported speech in the body', () => {
  it('reads "X confirmed that …" with the stance of the verb', () => {
    expect(body('Moskalkova confirmed that the residents would be evacuated through Belarus.')).toEqual([
      { text: 'the residents would be evacuated through Belarus', speaker: 'Moskalkova', verb: 'confirmed', verbKind: 'confirming', headline: false, attribution: 'Moskalkova confirmed' },
    ]);
  });
  it('reads "…, X said Monday" and "…, as reported by X"', () => {
    expect(body("The residents will be evacuated through Belarus next week, Russia's rights commissioner said Monday.")).toEqual([
      { text: 'The residents will be evacuated through Belarus next week', speaker: "Russia's rights commissioner", verb: 'said', verbKind: 'neutral', headline: false, attribution: "Russia's rights commissioner said" },
    ]);
    expect(body('The talks will resume in Istanbul next week, as reported by Interfax on Monday.')[0]).toMatchObject({
      text: 'The talks will resume in Istanbul next week', speaker: 'Interfax', verb: 'reported', attribution: 'as reported by Interfax',
    });
  });
  it('reads "According to X, …" as attributed without a verb', () => {
    expect(body('According to Tatyana Moskalkova, the residents will be evacuated through Belarus.')).toEqual([
      { text: 'the residents will be evacuated through Belarus', speaker: 'Tatyana Moskalkova', verb: null, verbKind: 'neutral', headline: false, attribution: 'According to Tatyana Moskalkova' },
    ]);
  });
  it('reads "X speculated that …"', () => {
    expect(body('Neighbors speculated that the bridge would open in May.')).toEqual([
      { text: 'the bridge would open in May', speaker: 'Neighbors', verb: 'speculated', verbKind: 'neutral', headline: false, attribution: 'Neighbors speculated' },
    ]);
  });
  it('marks a negated verb', () => {
    const [s] = statements('Title\n\nThe Kremlin did not confirm that the residents would be evacuated through Belarus.');
    expect(brief(s)).toMatchObject({ text: 'the residents would be evacuated through Belarus', speaker: 'Kremlin', verb: 'confirm', verbKind: 'confirming' });
    expect(s.negated).toBe(true);
    expect(s.attribution?.text).toBe('Kremlin did not confirm');
  });
  it('skips the hearer of "told"', () => {
    expect(body('Peskov told reporters that the talks would resume in Istanbul next week.')[0]).toMatchObject({ text: 'the talks would resume in Istanbul next week', speaker: 'Peskov', verb: 'told' });
  });
  it('reads each clause of a sentence split at "; however"', () => {
    expect(body('Kyiv denied the report; however, Moskalkova said the residents would leave through Belarus.')).toEqual([
      { text: 'the residents would leave through Belarus', speaker: 'Moskalkova', verb: 'said', verbKind: 'neutral', headline: false, attribution: 'Moskalkova said' },
    ]);
  });
  it('keeps the relay, out of what was said', () => {
    const [s] = statements('Title\n\nMoskalkova said the residents would leave through Belarus, according to RIA Novosti.');
    expect([s.span.text, s.speaker, s.relay, s.relaySpan?.text]).toEqual(['the residents would leave through Belarus', 'Moskalkova', 'RIA Novosti', 'according to RIA Novosti']);
    // A place after "to" is what was said, whatever the relay finder makes of it.
    const [t] = statements('Title\n\nOfficials confirmed four victims were taken to UC Medical Center.');
    expect(t.span.text).toBe('four victims were taken to UC Medical Center');
  });
  it('takes no words before ", said" for a speaker, and reads "X, a spokesman, said …" and "…, said X, a spokesman" the right way round', () => {
    // The words before the comma are what was said ("said six-million people"): they were once the speaker, and a quote
    // two paragraphs on was given to "I guess that settles it".
    expect(body('Oh, okay. I guess that settles it, said six-million people who lost their health insurance.').map((s) => s.speaker)).not.toContain('I guess that settles it');
    expect(body('Brian Fallon, a spokesman for the campaign, said the numbers were wrong.')[0]).toMatchObject({ speaker: 'Brian Fallon', text: 'the numbers were wrong' });
    expect(body('Brian Fallon, a spokesman for the campaign, said on Monday that the numbers were wrong.')[0]).toMatchObject({ speaker: 'Brian Fallon', text: 'the numbers were wrong' });
    expect(body('The numbers were wrong, said Brian Fallon, a spokesman for the campaign.')[0]).toMatchObject({ speaker: 'Brian Fallon', text: 'The numbers were wrong' });
  });
  it('reads real pages: "United States" in a headline, "according to local news reports", a lead-in phrase, a dateline, "argued for years that"', () => {
    expect(statements('United States to Lift Sudan Sanctions\n\nThe sanctions end.').map(brief)[0]).toMatchObject({ speaker: null, verb: null });
    expect(body('Two gunmen died. About 50 other people were wounded, according to local news reports.')[0]).toMatchObject({ speaker: 'local news reports', verb: null, text: 'About 50 other people were wounded' });
    expect(body('In a wide-ranging interview, President Obama also said the talks would go on.')[0]).toMatchObject({ speaker: 'Obama', text: 'the talks would go on' });
    expect(body('LONDON — After nearly 20 years of hostile relations, the government will lift sanctions, officials said.')[0]).toMatchObject({ speaker: 'officials', text: 'After nearly 20 years of hostile relations, the government will lift sanctions' });
    expect(body('WASHINGTON (AP) — Donald Trump said Tuesday that the deal was dead and buried.')[0]).toMatchObject({ speaker: 'Donald Trump' });
    expect(body('RENO, Nev. (AP) — The senator said on Friday that it was a disgrace to the whole nation.')[0]).toMatchObject({ speaker: 'The senator' });
    expect(body('American officials argued for years that it was time to help Sudan out of the hole.')[0]).toMatchObject({ speaker: 'American officials', text: 'it was time to help Sudan out of the hole' });
  });
  it('reads "X said," between commas, and takes no one told and no rest of the sentence for who', () => {
    expect(body('Within months of the acquisition, Forte said, Whole Foods was selling cheaper eggs and beef, prices it said were a result of the deal.')[0]).toMatchObject({ speaker: 'Forte', text: 'Whole Foods was selling cheaper eggs and beef, prices it said were a result of the deal' });
    expect(body('The G40 figures are cabinet ministers who fled to the compound, the source, who said he had spoken to people inside, told Reuters.').map((x) => x.speaker)).not.toContain('Reuters');
  });
  it('gives no speaker cut from a long "according to" with no comma where it ends', () => {
    expect(body('According to data from the National Highway Traffic Safety Administration while 88.5 percent of passenger vehicle occupants buckled up, many did not.').map((x) => x.speaker)).not.toContain('National Highway Traffic Safety');
    expect(body('According to data from the National Highway Traffic Safety Administration, 88.5 percent of occupants buckled up in 2015.')[0]).toMatchObject({ speaker: 'National Highway Traffic Safety Administration', text: '88.5 percent of occupants buckled up in 2015' });
  });
  it('takes a reporting word after an article or a preposition for a noun', () => {
    expect(body('After reports that the talks had stalled, the delegates went home.')).toEqual([]);
    expect(body('The Kremlin dismissed these claims as disinformation spread by Kyiv.')).toEqual([]);
  });
  it('leaves a relay after the verb for no content', () => {
    expect(body('Moskalkova said, according to RIA Novosti, that the residents would leave.')).toEqual([]);
  });
  it('skips sentences that hold a direct quote', () => {
    expect(body('"We are ready to talk about it now," Peskov said. Peskov said the talks would resume.')).toEqual([
      { text: 'the talks would resume', speaker: 'Peskov', verb: 'said', verbKind: 'neutral', headline: false, attribution: 'Peskov said' },
    ]);
  });
  it('is what a quote right after it in the same paragraph goes on with, and only there', () => {
    const q = (text: string) => extractClaims(text, { headline: { start: 0, end: 5 } }).quotes.map((x) => x.speaker);
    expect(q('Title\n\nMark Jones said the bridge would open in May. “It will carry ten thousand cars a day.”')).toEqual(['Mark Jones']);
    // Another sentence between, or another paragraph that is no quote alone, is no continuation.
    expect(q('Title\n\nMark Jones said the bridge would open in May. Rain fell. “It will carry ten thousand cars a day.”')).toEqual([null]);
  });
  it('keeps the lede first and stops at the limit', () => {
    const sentence = (i: number) => `Official ${String.fromCharCode(65 + i)}son said the talks would resume in round ${i}.`;
    const text = Array.from({ length: 20 }, (_, i) => sentence(i)).join(' ');
    const ctx = { text, tokens: tokenize(text) };
    const out = reportedSpeech(ctx, sentences(text), 0, () => false, () => [], MAX_STATEMENTS);
    expect(out).toHaveLength(MAX_STATEMENTS);
    expect(out[0].speaker).toBe('Official Ason');
    expect(out.at(-1)?.speaker).toBe(`Official ${String.fromCharCode(65 + MAX_STATEMENTS - 1)}son`);
  });
  it('gives spans that slice the text exactly', () => {
    const text = 'Russia Says It Secured Evacuation Deal\n\nMoskalkova said the residents would leave through Belarus, according to RIA Novosti. According to Tatyana Moskalkova, the residents will be evacuated soon.';
    const ss = statements(text);
    expect(ss).toHaveLength(3);
    for (const s of ss) {
      for (const span of [s.span, s.context, s.attribution, s.relaySpan]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});

describe('reported speech in a "who" clause', () => {
  it('takes no sentence for a speaker ("President Obama passionately rebuked critics who say …")', () => {
    expect(body('President Obama passionately rebuked critics who say he should condemn terrorists as radical Islamists.').map((s) => s.speaker)).not.toContain('President Obama passionately rebuked critics');
    expect(body('The party offered fresh ammunition to Republicans who say the law is a money pit.')[0]).toMatchObject({ speaker: 'Republicans' });
  });
});

describe('reported speech by a verb joined to the subject’s first one', () => {
  it('reads "X seemed taken aback and mentioned that …" and "X repeatedly invoked Obama and suggested that …"', () => {
    expect(body('Quintanilla seemed taken aback and mentioned that Carson’s picture had been on the company’s Web site.')[0]).toMatchObject({ speaker: 'Quintanilla', verb: 'mentioned', text: 'Carson’s picture had been on the company’s Web site' });
    expect(body('Clinton repeatedly invoked President Obama and suggested that Sanders’ critiques of her amounted to attacks on Obama.')[0]).toMatchObject({ speaker: 'Clinton', verb: 'suggested' });
  });
});

describe('reported speech by a subject set apart by an aside', () => {
  it('reads the name before an age, a "who" clause or a party and state, and a name between commas after a noun for someone', () => {
    expect(body('Jane Doe, 45, a teacher from Ohio, said that the party was united.').map((s) => [s.speaker, s.text])).toEqual([['Jane Doe', 'the party was united']]);
    expect(body('Doe, who voted for Obama twice, said that the party was united.').map((s) => s.speaker)).toEqual(['Doe']);
    expect(body('Rep. Jane Doe, D-Calif., said that the party was united.').map((s) => s.speaker)).toEqual(['Jane Doe']);
    expect(body('The campaign’s spokesman, Brian Fallon, said that the party was united.').map((s) => s.speaker)).toEqual(['Brian Fallon']);
    // A word that describes the name between commas: "Clinton’s husband, former President Bill Clinton, said".
    expect(body('Clinton’s husband, former President Bill Clinton, said that the party was united.').map((s) => s.speaker)).toEqual(['Bill Clinton']);
  });
  it('takes the pronoun that ends a subject for who, not the words before it ("late Saturday he announced")', () => {
    expect(body('But late Saturday he announced that he supported legislation to repeal the ban.').map((s) => s.speaker)).toEqual(['he']);
    expect(body('Senate Democrats blocked the bill because they said the language was an untenable poison pill.').map((s) => s.speaker)).toEqual(['they']);
  });
  it('takes no clause for who: a verb in -ed after a name, or "That’s …"', () => {
    expect(body('Giles attempted to re-engage the Carson campaign, which said he had prepared a slew of policy papers.').map((s) => s.speaker)).not.toContain('Giles attempted to re-engage the Carson campaign');
    // The description before the verb is the subject (was no statement while the whole clause was read as who).
    expect(body('The Arizona Republican survived 5 years as a prisoner and says such techniques are inhumane.').map((s) => s.speaker)).toEqual(['Arizona Republican']);
  });
  it('reads no name from a list of names', () => {
    expect(body('Obama, Clinton and Sanders said the party was united.')).toEqual([]);
  });
});

describe('reported speech with its attribution at the end', () => {
  it('reads "…, said X, executive director of Y" with a title that has no article, and no adverb for one', () => {
    expect(body('The plan is the first of its kind, said Robert Egge, executive director of the group.').map((s) => [s.speaker, s.text])).toEqual([['Robert Egge', 'The plan is the first of its kind']]);
    expect(body('His enemies within the circle, led by the ousted manager Corey Lewandowski, never thought so.')).toEqual([]);
  });
});

describe('reported speech after an opening adverb', () => {
  it('reads no "Regardless," or "Nevertheless," as who speaks', () => {
    expect(body('Regardless, the State Department said it found no evidence that the document was ever sent.').map((s) => s.speaker)).toEqual(['State Department']);
    expect(body('Nevertheless, Jones said the plan would cost more than a billion dollars.').map((s) => s.speaker)).toEqual(['Jones']);
  });
});
