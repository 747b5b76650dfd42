import { describe, expect, it } from 'vitest';
import { tokenize } from '../text';
import { extractClaims } from './extract-claims';
import { genderOf } from './lexicon';
import { attributionAfter, attributionBefore, findRelay, speakerOf, verbKindOf, type Ctx, type Found } from './speakers';

const ctxOf = (text: string): Ctx => ({ text, tokens: tokenize(text) });

/** What an attribution says, with its spans read back from the text. */
function brief(text: string, f: Found | null) {
  if (!f) return null;
  return {
    speaker: f.speaker,
    verb: f.verb,
    verbKind: f.verbKind,
    relay: f.relay,
    written: text.slice(f.start, f.end),
    relayWritten: f.relayStart >= 0 ? text.slice(f.relayStart, f.relayEnd) : null,
  };
}

/** The attribution in the trailer after a sentence's closing quote mark. */
function trailer(text: string) {
  const close = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'));
  return brief(text, attributionAfter(ctxOf(text), close + 1, text.length));
}

/** The attribution in the lead-in before a sentence's opening quote mark. */
function leadIn(text: string) {
  const open = text.search(/[“"]/);
  return brief(text, attributionBefore(ctxOf(text), 0, open));
}

describe('verbKindOf', () => {
  it('classifies reporting verbs as written, apostrophes and case aside', () => {
    expect(['said', 'Claimed', 'admitted', 'shouted', 'accused', 'walked'].map(verbKindOf)).toEqual(['neutral', 'distancing', 'confirming', 'neutral', 'distancing', null]);
  });
});

describe('attributionAfter: the trailer of a quote', () => {
  it('reads "X said" with the name out of its title', () => {
    expect(trailer('“We are ready to talk now,” Foreign Minister Jane Doe said on Monday.')).toEqual({
      speaker: 'Jane Doe', verb: 'said', verbKind: 'neutral', relay: null, written: 'Jane Doe said', relayWritten: null,
    });
  });
  it('reads "said X" and a description before the name', () => {
    expect(trailer('“October provided a resurgence for her,” said former Obama adviser David Axelrod.')).toMatchObject({
      speaker: 'David Axelrod', verb: 'said', written: 'said former Obama adviser David Axelrod',
    });
  });
  it('skips an appositive and a bracket after the name', () => {
    expect(trailer('“It is over,” Will Estrada, the chairman of the group, said.')).toMatchObject({ speaker: 'Will Estrada', written: 'Will Estrada, the chairman of the group, said' });
    expect(trailer('“We will win,” Rep. Jim McDermott (D-Wash.) said.')).toMatchObject({ speaker: 'Jim McDermott', written: 'Jim McDermott (D-Wash.) said' });
  });
  it('reads the name after a description past "when asked …," before the verb, which "asked" is not', () => {
    expect(trailer('“We will win,” Her rival, Bob Smith, when asked about the polls, said.')).toMatchObject({ speaker: 'Bob Smith', verb: 'said' });
    expect(trailer('“We will win,” Clinton’s running mate, Sen. Tim Kaine (D-Va.), when asked about the polls, told reporters.')).toMatchObject({ speaker: 'Tim Kaine', verb: 'told' });
  });
  it('skips a long appositive after a name when a comma closes it right before the verb', () => {
    expect(trailer('“Very good reporter,” Trump, the 2016 GOP presidential frontrunner nationally and current polling leader in South Carolina by a wide margin after winning the New Hampshire primaries, said when Boyle asked him a question.')).toMatchObject({ speaker: 'Trump', verb: 'said' });
    // No verb far on in a sentence that no comma sets apart.
    expect(trailer('“Very good reporter,” Trump, the 2016 GOP presidential frontrunner nationally and current polling leader in South Carolina by a wide margin after winning the New Hampshire primaries said when Boyle asked.')).toBeNull();
  });
  it('keeps a description or a pronoun as the speaker, with the stance of the verb', () => {
    expect(trailer('“The deal is done and signed,” the minister claimed.')).toMatchObject({ speaker: 'the minister', verb: 'claimed', verbKind: 'distancing' });
    expect(trailer('“We did receive the letter yesterday,” she admitted.')).toMatchObject({ speaker: 'she', verb: 'admitted', verbKind: 'confirming' });
  });
  it('finds the name after the rest of the sentence', () => {
    expect(trailer('“We are frustrated” by the mass shooting in the city, Nefzi said.')).toMatchObject({ speaker: 'Nefzi', verb: 'said' });
  });
  it('finds the relay: an agency, a platform, an outlet spoken to', () => {
    expect(trailer('“Nothing is agreed until everything is agreed,” Doe said, according to the state-run RIA Novosti news agency.')).toMatchObject({
      speaker: 'Doe', relay: 'RIA Novosti', written: 'Doe said', relayWritten: 'according to the state-run RIA Novosti news agency',
    });
    expect(trailer('“The negotiations have brought results,” he said on Telegram.')).toMatchObject({ speaker: 'he', relay: 'Telegram', relayWritten: 'on Telegram' });
    expect(trailer('“The talks have not started yet,” said John Smith, a spokesman, to AFP.')).toMatchObject({ speaker: 'John Smith', relay: 'AFP', relayWritten: 'to AFP' });
    expect(trailer('“The talks have not started yet,” John Smith told AFP.')).toMatchObject({ speaker: 'John Smith', verb: 'told', relay: 'AFP' });
    // gva-dev 604967: a press conference is where it was said, no outlet.
    expect(trailer('“We will find them,” Assistant Police Chief William Jessup told a press conference.')).toMatchObject({ speaker: 'Assistant Police Chief William Jessup', relay: null });
  });
  it('reads "X, however, said" and a weekly that wrote', () => {
    expect(leadIn('Jones, however, said that the bridge “will open in May.”')).toMatchObject({ speaker: 'Jones', verb: 'said' });
    expect(trailer('“The bridge will open in May,” Jones, meanwhile, told reporters.')).toMatchObject({ speaker: 'Jones', verb: 'told' });
    expect(trailer('“The bridge will open in May,” the conservative British weekly wrote.')).toMatchObject({ speaker: 'the conservative British weekly' });
  });
  it('reads "said a …" with a participle after the description', () => {
    expect(trailer('“The bridge will open in May,” said a tired shop owner walking through his store.')).toMatchObject({ speaker: 'a tired shop owner', verb: 'said' });
  });
  it('reads two named people with their titles before the verb', () => {
    expect(trailer('“The bridge will open in May,” state Senate leader Jane Doe and House Speaker John Roe, both Democrats, said in a statement.')).toMatchObject({ speaker: 'Jane Doe and House Speaker John Roe', verb: 'said' });
  });
  it('reads a name written with combining accents whole', () => {
    expect(trailer('“The bridge will open in May,” Sarukha\u0301n added.')).toMatchObject({ speaker: 'Sarukha\u0301n', verb: 'added' });
  });
  it('reads the name set apart after a description of someone', () => {
    expect(trailer('“The bridge will open in May,” the mayor’s spokesman, Mark Jones, said.')).toMatchObject({ speaker: 'Mark Jones', verb: 'said' });
    expect(trailer('“The bridge will open in May,” said the mayor’s spokesman, Mark Jones.')).toMatchObject({ speaker: 'Mark Jones', verb: 'said' });
    expect(trailer('“The bridge will open in May,” the victim’s mother, Mary Smith, told WXYZ.')).toMatchObject({ speaker: 'Mary Smith', relay: 'WXYZ' });
    // A name first keeps the name; a description alone stays the speaker.
    expect(trailer('“The bridge will open in May,” Mark Jones, the mayor’s spokesman, said.')).toMatchObject({ speaker: 'Mark Jones' });
    expect(trailer('“The bridge will open in May,” the mayor’s spokesman said.')).toMatchObject({ speaker: 'the mayor’s spokesman' });
  });
  it('gives a quote to who disagreed, objected or interrupted in the sentence before it', () => {
    const text = 'Title\n\n“The bridge will open in May,” Jones said.\n\nSmith disagreed. “It will not open before the winter.”';
    expect(extractClaims(text, { headline: { start: 0, end: 5 } }).quotes.map((q) => q.speaker)).toEqual(['Jones', 'Smith']);
    expect(trailer('“It will not open before the winter,” Smith objected.')).toMatchObject({ speaker: 'Smith', verb: 'objected' });
  });
  it('reads the less common verbs of speech next to a quote, and "went on"', () => {
    expect(['affirmed', 'observed', 'laughs', 'remembers'].map((v) => trailer(`“The bridge will open in May,” Jones ${v}.`)?.verb)).toEqual(['affirmed', 'observed', 'laughs', 'remembers']);
    expect(trailer('“The bridge will open in May,” Jones went on.')).toMatchObject({ speaker: 'Jones', verb: 'went' });
    expect(leadIn('Jones went on: “The bridge will open in May.”')).toMatchObject({ speaker: 'Jones', verb: 'went' });
    // Going on with something else is no speech.
    expect(leadIn('The talks went on for hours, and “the bridge will open in May.”')).toBeNull();
  });
  it('gives nothing when the trailer has no subject of its own', () => {
    expect(trailer('“We will win,” adding that the vote was close.')).toBeNull();
    expect(trailer('“We will win,” the crowd at the rally in the park.')).toBeNull();
  });
});

describe('attributionBefore: the lead-in of a quote', () => {
  it('gives words quoted as what a named subject calls something to that subject (PolNeAR train), weakly', () => {
    expect(leadIn('Ohio Gov. John Kasich has also broadly called for “boots on the ground.”')).toMatchObject({ speaker: 'Ohio Gov. John Kasich', verb: 'called' });
    expect(leadIn('Trump subsequently defended the incident, calling the protester “a very obnoxious guy.”')).toMatchObject({ speaker: 'Trump', verb: 'calling' });
    expect(leadIn('Democratic candidate Hillary Clinton called the agreement “an historic step forward.”')).toMatchObject({ speaker: 'Hillary Clinton', verb: 'called' });
    const f = attributionBefore(ctxOf('Trump called the system “rigged.”'), 0, 'Trump called the system '.length);
    expect(f?.weak).toBe(true);
    // A noun, a passive, a pronoun: no one's words.
    expect(leadIn('Protesters denounced Trump’s call for “a total and complete shutdown.”')).toBeNull();
    expect(leadIn('He sent what has been described as a “political army.”')).toBeNull();
    // "what he calls": the pronoun, resolved later.
    expect(leadIn('Cruz has railed against what he calls the “Washington cartel.”')).toMatchObject({ speaker: 'he', verb: 'calls' });
  });
  it('reads such a subject past a long appositive that closes right before the verb', () => {
    expect(leadIn('Ted Nordhaus, co-founder of the Breakthrough Institute and advocate of an Apollo Project-type effort to cultivate new technologies, welcomed “the recognition that we do not have all the technology.”')).toMatchObject({ speaker: 'Ted Nordhaus', verb: 'welcomed' });
    expect(leadIn('Yang Shu, director of the Institute of Central Asian Studies at Lanzhou University, calls Horgos “a mistake.”')).toMatchObject({ speaker: 'Yang Shu', verb: 'calls' });
    // And the subject of reported speech, whom "he" is: "X, a … considered one of …, recalled in 2008 that".
    expect(extractClaims('Joe Madison, a D.C.-based talk radio host considered one of the most influential in the black community, recalled in 2008 that before Iowa, Obama was not treated as credibly.\n\n“I hate to put it that way,” he said.').quotes.map((q) => [q.speaker, q.verb])[0]).toEqual(['Joe Madison', 'said']);
  });
  it('leaves the writer’s ", and I quote," out of the attribution', () => {
    expect(leadIn('No wonder Trump said, and I quote, “We love the poorly educated.”')).toMatchObject({ speaker: 'Trump', verb: 'said' });
  });
  it('gives a verb in the infinitive to the sentence subject, not to a name after a preposition', () => {
    expect(leadIn('Sanders took to Twitter on Monday to declare: “It is not a good story.”')).toMatchObject({ speaker: 'Sanders', verb: 'declare' });
    expect(leadIn('Sanders took to Twitter to say, “It is not a good story.”')).toMatchObject({ speaker: 'Sanders', verb: 'say' });
    expect(leadIn('A paper from the left-leaning Brookings Institution had this to say: “It is not a good story.”')).toMatchObject({ speaker: 'A paper' });
    expect(leadIn('Jane Doe, 45, a teacher from Ohio, took to Twitter on Monday to say: “It is not a good story.”')).toMatchObject({ speaker: 'Jane Doe', verb: 'say' });
    expect(leadIn('The editor I was talking to, Tim Grieve, interrupted me in mid-sentence to announce, “And there goes the franchise.”')).toMatchObject({ speaker: 'Tim Grieve', verb: 'announce' });
    // Whom a verb asks or drives to speak is who speaks, not the verb's subject.
    expect(leadIn('Trump asked Christie on Monday to say: “It is not a good story.”')?.speaker).not.toBe('Trump');
  });
  it('reads the name before an aside that closes right before the verb ("Trump, when asked about Doe, said:")', () => {
    expect(leadIn('Trump, when asked about Doe, said: “We are going to win.”')).toMatchObject({ speaker: 'Trump', verb: 'said' });
    expect(leadIn('Ted Cruz, when asked specifically what about Trump’s vision is wrong, responded that the businessman “is right about the problems.”')).toMatchObject({ speaker: 'Ted Cruz', verb: 'responded' });
  });
  it('reads the name past asides of several kinds before "when asked …," and the verb', () => {
    expect(leadIn('Sanders, the Vermont senator, when asked about the polls, said: “We will win.”')).toMatchObject({ speaker: 'Sanders' });
    expect(leadIn('Maria Lopez, 62, of Phoenix, when asked about the polls, told reporters: “We will win.”')).toMatchObject({ speaker: 'Maria Lopez' });
    expect(leadIn('Kellyanne Conway, Trump’s campaign manager, when asked about the polls, said: “We will win.”')).toMatchObject({ speaker: 'Kellyanne Conway' });
    expect(leadIn('Doe, who voted for Obama twice, when asked about the polls, said: “We will win.”')).toMatchObject({ speaker: 'Doe' });
    expect(leadIn('Rep. Jane Doe, D-Calif., when asked about the polls, later said: “We will win.”')).toMatchObject({ speaker: 'Jane Doe' });
    expect(leadIn('Lopez, a retired nurse who plans to vote for Trump, when asked about the polls, later said: “We will win.”')).toMatchObject({ speaker: 'Lopez' });
    expect(leadIn('It is what it is (Raphael Lemkin, who coined the word genocide, once said, “It happened so many times.”')).toMatchObject({ speaker: 'Raphael Lemkin' });
    // And the name before a long description with a "who" clause, in reported speech that holds a short quote.
    expect(extractClaims('Title\n\nGeoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC, said the primaries have reinforced perceptions of her as “strong, smart and resilient” and as a candidate.').quotes[0].speaker).toBe('Geoff Garin');
  });
  it('reads "an official with X", a noun with a hyphen or a name with "former" after a description, "said people close to …"', () => {
    expect(leadIn('An official with the Department of Homeland Security said: “We will win.”')).toMatchObject({ speaker: 'An official with the Department of Homeland Security' });
    expect(trailer('“We will win,” the Democratic front-runner, Hillary Clinton, said.')).toMatchObject({ speaker: 'Hillary Clinton' });
    expect(leadIn('Clinton’s husband, former President Bill Clinton, told reporters: “We will win.”')).toMatchObject({ speaker: 'Bill Clinton', verb: 'told' });
    expect(leadIn('Clinton’s husband, former President Bill Clinton, later said: “We will win.”')).toMatchObject({ speaker: 'Bill Clinton' });
    expect(trailer('“We will win,” Clinton’s husband, former President Bill Clinton, said.')).toMatchObject({ speaker: 'Bill Clinton' });
    expect(trailer('“We will win,” said people close to the campaign.')).toMatchObject({ speaker: 'people' });
    expect(leadIn('Clinton, speaking in Iowa, when asked about the polls, said: “We will win.”')).toMatchObject({ speaker: 'Clinton' });
  });
  it('gives the second part of a quote split by its attribution to that attribution, not to the next sentence', () => {
    const qs = extractClaims('Title\n\n“We are going to win,” Trump said, “and we will win it big.” Clinton disagreed. “No, we will win,” she said.').quotes;
    expect(qs.map((q) => q.speaker)).toEqual(['Trump', 'Trump', 'Clinton']);
  });
  it('leaves out of who speaks a word that opens the sentence or a clause, and a verb before a sign', () => {
    expect(leadIn('Now Donald Trump is promising “a big spectacle.”')).toMatchObject({ speaker: 'Donald Trump' });
    expect(extractClaims('Title\n\n“We will win,” he said. If I had said, ‘We will lose,’ I would be wrong, said Jane Doe.').quotes.map((q) => q.speaker)).not.toContain('If I');
    expect(leadIn('Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose, saying, “At some point, she is going to have to come clean.”')?.speaker).toBe('a top GOP strategist');
    expect(leadIn('In a riff on his famous campaign line, they will hold banners proclaiming: “Yes we can!”')).toMatchObject({ speaker: 'banners' });
  });
  it('takes a pronoun that ends the words before the verb for who, not those words', () => {
    expect(speakerOf(ctxOf('he made clear he'), 0, 4)).toMatchObject({ name: 'he' });
    expect(speakerOf(ctxOf('That’s seven hours after the police'), 0, 6)).toBeNull();
    expect(speakerOf(ctxOf('elitist and out-of-touch for'), 0, 4)).toBeNull();
    expect(extractClaims('Title\n\nSen. Lindsey Graham spoke in Iowa. Graham assures his audience he will not tell them “bigots” are wrong.').quotes[0]?.speaker).toBe('Graham');
  });
  it('keeps a capitalised particle that opens a surname ("De Blasio", "Le Pen", "La Stampa")', () => {
    expect(leadIn('De Blasio, speaking on WOR710, called Trump a “blowhard.”')).toMatchObject({ speaker: 'De Blasio' });
    expect(trailer('“We will win,” Le Pen told CNN.')).toMatchObject({ speaker: 'Le Pen', relay: 'CNN' });
    expect(trailer('“We will win,” said Sen. Chris Van Hollen.')).toMatchObject({ speaker: 'Chris Van Hollen' });
  });
  it('reads a name with a particle and a hyphen ("Abu Bakr al-Baghdadi") whole', () => {
    expect(trailer('“We will win,” Abu Bakr al-Baghdadi said.')).toMatchObject({ speaker: 'Abu Bakr al-Baghdadi' });
    expect(leadIn('Abu Bakr al-Baghdadi said: “We will win.”')).toMatchObject({ speaker: 'Abu Bakr al-Baghdadi' });
  });
  it('takes no clause that opens with a verb in -es for a description of who speaks', () => {
    expect(extractClaims('Title\n\nThat record prompted the Atlas of U.S. Presidential Elections, which examines bellwether states and counties, to state, “Vigo County is the most prominent bellwether of elections in the country.”').quotes[0].speaker).toBeNull();
    expect(speakerOf(ctxOf('examines bellwether'), 0, 2)).toBeNull();
  });
  it('leaves a word that opens the sentence out of the name ("But Sanders, the Vermont senator, said")', () => {
    expect(leadIn('But Sanders, the Vermont senator, said, “It is not a good story.”')).toMatchObject({ speaker: 'Sanders' });
    expect(leadIn('But Sanders, the Vermont senator, went on CNN on Sunday to say, “It is not a good story.”')).toMatchObject({ speaker: 'Sanders', verb: 'say' });
  });
  it('reads words quoted as what a subject supports, opposes, endorses, proposes or found', () => {
    expect(leadIn('Clinton supports “appropriate pay raises.”')).toMatchObject({ speaker: 'Clinton', verb: 'supports' });
    expect(leadIn('In 2014, Pew found that “about twice as many Democrats said it was more important.”')).toMatchObject({ speaker: 'Pew', verb: 'found' });
    expect(leadIn('On Tuesday, Gov. Jerry Brown endorsed her, citing her “firm grasp of the issues.”')).toMatchObject({ speaker: 'Jerry Brown' });
    // Not what was found of someone: a passive.
    expect(leadIn('He was found “not guilty.”')).toBeNull();
    // What a subject cites, invokes, backs or wants.
    expect(leadIn('At least a half-dozen times, Trump cited “Obama-Clinton” policies.')).toMatchObject({ speaker: 'Trump', verb: 'cited' });
    expect(leadIn('Former Arkansas Gov. Mike Huckabee rounded out the list, citing “Bill Maher” as his guilty pleasure.')).toMatchObject({ speaker: 'Former Arkansas Gov. Mike Huckabee', verb: 'citing' });
  });
  it('reads words quoted as what a subject dismisses, blasts, slams or hails something as', () => {
    expect(leadIn('Jones dismissed the report as “fake news from a failing paper.”')).toMatchObject({ speaker: 'Jones', verb: 'dismissed' });
    expect(leadIn('Jones slammed Smith for “failing the people of this state.”')).toMatchObject({ speaker: 'Jones', verb: 'slammed' });
    expect(leadIn('Jones hailed the deal as “a historic step.”')).toMatchObject({ speaker: 'Jones', verb: 'hailed' });
    // A passive is someone else's words.
    expect(leadIn('The report was dismissed as “fake news from a failing paper.”')).toBeNull();
  });
  it('lets no later quote continue such an attribution', () => {
    const text = 'Trump called the system “rigged.”\n\n“We will appeal,” Smith said. “It is wrong, and we will say so in court.”';
    expect(extractClaims(text).quotes.map((q) => q.speaker)).toEqual(['Trump', 'Smith', 'Smith']);
    const alone = 'Beck called Palin a “clown.”\n\n“She has nothing to say about it, nothing at all.”';
    expect(extractClaims(alone).quotes.map((q) => q.speaker)).toEqual(['Beck', null]);
  });
  it('reads "X, a …, said:"', () => {
    expect(leadIn('In a statement, Brian Fallon, a spokesman for the Clinton campaign, said: “Secretary Clinton has been cooperating.”')).toMatchObject({
      speaker: 'Brian Fallon', verb: 'said', written: 'Brian Fallon, a spokesman for the Clinton campaign, said',
    });
  });
  it('leaves a time out of the name, and reads the outlet spoken to as the relay', () => {
    expect(leadIn('Priebus later Thursday told Fox News: “Both men are meeting next week.”')).toMatchObject({ speaker: 'Priebus', verb: 'told', relay: 'Fox News', relayWritten: 'told Fox News' });
    expect(leadIn('Smith told AFP that “both men are meeting next week.”')).toMatchObject({ speaker: 'Smith', relay: 'AFP' });
    // An audience is no relay.
    expect(leadIn('Smith told reporters: “Both men are meeting next week.”')).toMatchObject({ speaker: 'Smith', relay: null });
  });
  it('reads "According to X,"', () => {
    expect(leadIn('According to Tatyana Moskalkova, “they will be evacuated through Belarus.”')).toMatchObject({
      speaker: 'Tatyana Moskalkova', verb: null, written: 'According to Tatyana Moskalkova',
    });
  });
  it('reads words between the subject and its verb', () => {
    expect(leadIn('Clinton, exasperated, famously responded: “What difference does it make?”')).toMatchObject({ speaker: 'Clinton', verb: 'responded' });
  });
  it('reads the verb before the name', () => {
    expect(leadIn('Stated Stone: “I am innocent of these charges.”')).toMatchObject({ speaker: 'Stone', verb: 'Stated' });
    expect(leadIn('Said Comey, “We found no evidence of any crime.”')).toMatchObject({ speaker: 'Comey', verb: 'Said', written: 'Said Comey' });
  });
  it('reads a name, or the subject of a short lead-in, before a colon', () => {
    expect(leadIn('Republican pollster Daron Shaw: “The race is tied.”')).toMatchObject({ speaker: 'Daron Shaw', verb: null });
    expect(leadIn('Trump went even further: “We will build it.”')).toMatchObject({ speaker: 'Trump', verb: null });
  });
  it('reads "he" or "she" as the subject of a lead-in, after an opening phrase too', () => {
    expect(leadIn('She followed that by saying, “The bridge will open in May.”')).toMatchObject({ speaker: 'She', verb: 'saying' });
    expect(leadIn('Along with the photo, he had posted: “The bridge will open in May.”')).toMatchObject({ speaker: 'he', verb: 'posted' });
    expect(leadIn('But back home, he returned to his familiar lines: “The bridge will open in May.”')).toMatchObject({ speaker: 'he', verb: null });
    // Resolved to the one who spoke last.
    const text = '“We have the votes,” Jane Doe said.\n\nShe followed that by saying, “The bridge will open in May.”';
    expect(extractClaims(text).quotes.map((q) => q.speaker)).toEqual(['Jane Doe', 'Jane Doe']);
  });
  it('reads the subject of a colon lead-in through a phrase after its noun, a body named with "of", and a noun after "a blunt"', () => {
    expect(leadIn('A footnote in the report makes that clear: “The bridge will open in May.”')).toMatchObject({ speaker: 'A footnote in the report', verb: null });
    // A name of several words in the phrase: "A spokeswoman for the House Armed Services Committee".
    expect(leadIn('A spokeswoman for the House Armed Services Committee emailed reporters with the text of the law, arguing, “The bridge will open in May.”')).toMatchObject({ speaker: 'A spokeswoman for the House Armed Services Committee', verb: 'arguing' });
    expect(leadIn('The Ohio Board of Elections was clear in its findings: “The bridge will open in May.”')).toMatchObject({ speaker: 'Ohio Board of Elections' });
    // After a short opening phrase set apart by a comma, the subject with its article.
    expect(leadIn('As if addressing the mayor directly, the Ohio Board of Elections was clear in its findings: “The bridge will open in May.”')).toMatchObject({ speaker: 'Ohio Board of Elections' });
    expect(leadIn('The Department of Transport issued a blunt warning: “The bridge will open in May.”')).toMatchObject({ speaker: 'Department of Transport', verb: null });
    // A verb in -s after the noun is still a verb.
    expect(leadIn('The warrant notes that the bridge “will open in May.”')).toMatchObject({ speaker: 'The warrant', verb: 'notes' });
  });
  it('reads a subject after an opening phrase of time, through a possessive and a noun like "chief of staff"', () => {
    expect(leadIn('Last week, the governor’s chief of staff, Jane Doe, reached out to donors, writing: “The bridge will open in May.”')).toMatchObject({ speaker: 'Jane Doe', verb: 'writing' });
    expect(leadIn('The governor’s spokesman, Jane Doe, wrote to donors, saying: “The bridge will open in May.”')).toMatchObject({ speaker: 'Jane Doe', verb: 'saying' });
    expect(leadIn('The director of communications told reporters: “The bridge will open in May.”')).toMatchObject({ speaker: 'The director of communications', verb: 'told' });
  });
  it('reads "In the words of X," and "In X’s words,", not "In other words,"', () => {
    expect(leadIn('In the words of Jane Doe, “the bridge will open in May.”')).toMatchObject({ speaker: 'Jane Doe', verb: null });
    expect(leadIn('In Doe’s words, “the bridge will open in May.”')).toMatchObject({ speaker: 'Doe' });
    expect(leadIn('In Forbes’ words, “the bridge will open in May.”')).toMatchObject({ speaker: 'Forbes' });
    expect(leadIn('In other words, “the bridge will open in May.”')).toBeNull();
  });
  it('reads who a statement before a colon is from', () => {
    expect(leadIn('Here is the full statement from Jane Doe: “The bridge will open in May.”')).toMatchObject({ speaker: 'Jane Doe', verb: null });
    expect(leadIn('The following is a statement from Chief Jane Doe: “The bridge will open in May.”')).toMatchObject({ speaker: 'Jane Doe' });
    // Calling in from a place is no statement from it.
    expect(leadIn('He called in from Iowa: “The bridge will open in May.”')?.speaker ?? null).not.toBe('Iowa');
  });
  it('gives nothing for a lead-in that names no one', () => {
    expect(leadIn('The weather was cold: “We will build it.”')).toBeNull();
    expect(leadIn('It was late when the doors opened and “the show began.”')).toBeNull();
    // A label before a colon is no verb before a name (from a real report, gva-dev).
    expect(leadIn('READ: When is an “accidental” shooting really a crime?')).toBeNull();
  });
});

describe('speakerOf', () => {
  const speaker = (text: string) => {
    const ctx = ctxOf(text);
    return speakerOf(ctx, 0, ctx.tokens.length)?.name ?? null;
  };
  it('gives the last run of capitalised words, without titles', () => {
    expect(speaker('Russian rights commissioner Tatyana Moskalkova')).toBe('Tatyana Moskalkova');
    expect(speaker('a statement by the Red Cross (ICRC)')).toBe('Red Cross (ICRC)');
    expect(speaker('Prime Minister Keir Starmer')).toBe('Keir Starmer');
  });
  it('gives the full name before "of" and a body, not the body; a body named with "of" stays whole', () => {
    expect(speaker('Mark Jones of the Heritage Foundation')).toBe('Mark Jones');
    expect(speaker('Sgt. Dave Walker of Tulsa Police')).toBe('Dave Walker');
    // A rank is a title like any other: "Rev. Jesse Jackson" is Jesse Jackson.
    expect(speaker('Rev. Jesse Jackson')).toBe('Jesse Jackson');
    expect(speaker('Bank of America')).toBe('Bank of America');
    expect(speaker('the Illinois Board of Elections')).toBe('Illinois Board of Elections');
  });
  it('takes a title’s "of" for an office: the person is the name after it', () => {
    expect(speaker('Secretary of State John Kerry')).toBe('John Kerry');
    expect(speaker('Minister of Foreign Affairs Jane Doe')).toBe('Jane Doe');
  });
  it('ends a description at a participle after its noun for someone, not a clause or a noun in -ing', () => {
    expect(speaker('a tired shop owner walking through his store')).toBe('a tired shop owner');
    expect(speaker('the retired teacher standing outside the school')).toBe('the retired teacher');
    expect(speaker('a court filing by the attorneys')).not.toBe('a court');
    expect(speaker('the attorney released a statement saying')).not.toBe('the attorney released a statement');
    // Seed 002: an -ing word before a noun is an adjective.
    expect(speaker('An official missing persons list compiled by Russian authorities')).not.toBe('An official');
  });
  it('keeps a description that names someone, and refuses one that names no one', () => {
    expect(speaker('a Red Cross spokesperson')).toBe('a Red Cross spokesperson');
    expect(speaker('one well-connected Republican')).toBe('one well-connected Republican');
    expect(speaker('misogynist rhetoric')).toBeNull();
  });
  it('takes a noun for someone ending in -ly for no adverb', () => {
    expect(speaker('his family')).toBe('his family');
    expect(speaker('the influential US daily')).toBe('the influential US daily');
    expect(speaker('the minister reportedly')).toBe('the minister');
    expect(speaker('lived by the family')).toBeNull();
  });
  it('stops at a place, and refuses a day or an adverb alone', () => {
    expect(speaker('the mission in Ukraine')).toBe('the mission');
    expect(speaker('Thursday')).toBeNull();
  });
});

describe('findRelay', () => {
  const relay = (text: string, speakerFound = true) => {
    const ctx = ctxOf(text);
    const r = findRelay(ctx, 0, ctx.tokens.length, speakerFound);
    return r && [r.relay, text.slice(r.start, r.end)];
  };
  it('finds agencies, platforms and outlets, as written', () => {
    expect(relay('as reported by the Interfax news agency')).toEqual(['Interfax', 'as reported by the Interfax news agency']);
    expect(relay('in a post on Telegram')).toEqual(['Telegram', 'in a post on Telegram']);
    expect(relay('in an interview with the BBC')).toEqual(['BBC', 'interview with the BBC']);
  });
  it('reads "according to" as a relay only once a speaker is found', () => {
    expect(relay('according to Russia’s state-run RIA Novosti news agency')).toEqual(['RIA Novosti', 'according to Russia’s state-run RIA Novosti news agency']);
    expect(relay('according to Russia’s state-run RIA Novosti news agency', false)).toBeNull();
  });
  it('does not take a day or a place for a relay', () => {
    expect(relay('on Monday in Moscow')).toBeNull();
  });
});

describe('attributions as extractClaims reads them in a report', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb, q.relay]);
  it('give a family or a newspaper its words', () => {
    expect(quotes('“He was a kind and gentle man who loved his job,” his family said in a statement.')).toEqual([['his family', 'said', null]]);
    expect(quotes('“The government has lost control of the situation,” the influential US daily wrote.')).toEqual([['the influential US daily', 'wrote', null]]);
  });
  it('read a verb before the name at the start of a sentence, and an outlet spoken to before the quote', () => {
    expect(quotes('The director spoke on Tuesday. Said Comey, “We found no evidence of any crime here.”')).toEqual([['Comey', 'Said', null]]);
    expect(quotes('Priebus later Thursday told Fox News: “Both men are meeting next week to talk.”')).toEqual([['Priebus', 'told', 'Fox News']]);
  });
});

/** Patterns read one by one among the misses on PolNeAR train (issue 11); the sentences are shortened from train articles. */
describe('attributions on real election coverage (PolNeAR train)', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('takes no sentence after a quote for its attribution when it introduces the next quote or says something else', () => {
    expect(quotes('Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, “You look cute.”')[0][0]).not.toBe('Mills');
    expect(quotes('Hayek confirmed she had been and said, “America has a very severe problem with discrimination.” The star then recalled an incident at a movie theater.')[0]).toEqual(['Hayek', 'said']);
    expect(quotes('“Did you know it was Mussolini?” Todd asked the real estate mogul.')[0]).toEqual(['Todd', 'asked']);
  });
  it('gives a quote joined to the one before by "and" the same attribution', () => {
    expect(quotes('Trump took a risk, telling the crowd, “I’m a negotiator like you, folks,” and, “Is there anyone in this room who doesn’t negotiate?”')).toEqual([['Trump', 'telling'], ['Trump', 'telling']]);
  });
  it('reads a name that is also a verb, "another" after the verb, and a name with "himself"', () => {
    expect(quotes('“On the political risk, we’ve assessed this deal looking at the present,” Read said.')[0]).toEqual(['Read', 'said']);
    expect(quotes('“Better watch out for illegal conduct by Grimes,” tweeted another.')[0]).toEqual(['another', 'tweeted']);
    expect(quotes('Sanders himself acknowledged in an MSNBC forum Monday night “it will be very hard for us to win” if he loses.')[0]).toEqual(['Sanders', 'acknowledged']);
  });
  it('finds the subject of a lead-in after a dateline, an article, or a phrase between commas', () => {
    expect(quotes('WASHINGTON, Dec. 8 (UPI) — In response to Donald Trump’s proposal, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”')[0]).toEqual(['Hillary Clinton’s right-hand woman', 'saying']);
    expect(quotes('The Republican candidate appeared to assert his leadership plans by saying, “I am trying to save lives and prevent the next attack.”')[0]).toEqual(['The Republican candidate', 'saying']);
    expect(quotes('The Clinton campaign, in a Q&A on the e-mail controversy, worded it even more carefully: “Clinton’s practice was to email officials on their accounts.”')[0][0]).toBe('The Clinton campaign');
    expect(quotes('Republican presidential candidate Donald Trump quickly took to Twitter, writing: “Another horrific attack, this time in Nice, France.”')[0]).toEqual(['Donald Trump', 'writing']);
  });
  it('knows "proclaimed" and "questioned" for reporting verbs', () => {
    expect(quotes('After the scandal broke, Clinton emphatically proclaimed at a press conference, “I did not email any classified material to anyone.”')[0]).toEqual(['Clinton', 'proclaimed']);
    expect(quotes('“What was the massive pivot point to make him change so fundamentally?” Beck questioned.')[0]).toEqual(['Beck', 'questioned']);
  });
  it('reads the name next to the verb after a description of what was said, and a long subject by its name before "of"', () => {
    expect(quotes('“[The situation] is reminiscent of the 1960s, going into the 1970s,” the dawn of the modern conservative movement, Bozell says.')[0]).toEqual(['Bozell', 'says']);
    expect(quotes('“Building a staged thermonuclear weapon is a technical problem.” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.')[0]).toEqual(['Jeffrey Lewis', 'wrote']);
    expect(quotes('“What if Donald Trump had elocution lessons?” the 43-year-old asked in the video’s description.')[0]).toEqual(['the 43-year-old', 'asked']);
  });
  it('reads "said X" or "X wrote" after the rest of the sentence', () => {
    expect(quotes('"He can assert it, but it seems extremely unlikely" that Sanders can catch up, said Steve Elmendorf, a Democratic strategist.')[0]).toEqual(['Steve Elmendorf', 'said']);
    expect(quotes('"If State obtains additional records, it intends to search them for records" that would respond to requests from Judicial Watch, Justice Department senior trial counsel Caroline Lewis Wolverton wrote in a court filing.')[0]).toEqual(['Caroline Lewis Wolverton', 'wrote']);
  });
  it('reads "As X put it", "More from X:", and a name set apart before a colon', () => {
    expect(quotes('As John Cornyn, the No. 2 in the GOP leadership, put it: "This person will not be confirmed, so there is no reason to go through it."')[0]).toEqual(['John Cornyn', 'put']);
    expect(quotes('As The Post’s Dana Milbank puts it, "Senate Republicans are unmoved, and liberal activists are uninspired."')[0][0]).toBe('Dana Milbank');
    expect(quotes('Signs of momentum were there all along - More from Blumenthal and Cohen: “Data collected by our firm helps confirm that both issues mattered.”')[0][0]).toBe('Blumenthal and Cohen');
    expect(quotes('Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: keep on contacting voters.”')[0][0]).toBe('Carl Bialik');
    expect(quotes('The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Historically, lesser-known candidates beating establishment candidates is common.”')[0][0]).toBe('Daron Shaw');
  });
  it('reads the subject of a verb joined by "but", a phrase after a comma that starts with a preposition, and a "who" clause', () => {
    expect(quotes('At NLD headquarters, Suu Kyi, 70, said it was too early to congratulate winners but added, "I think you all have an idea of the results."')[0]).toEqual(['Suu Kyi', 'added']);
    expect(quotes('Washington Post columnist Margaret Sullivan, in an attempt to draw attention to the lack of press conferences, wrote, “The candidate answered a grand total of seven questions.”')[0]).toEqual(['Margaret Sullivan', 'wrote']);
    expect(quotes('Of the talks, a White House official who spoke anonymously to discuss internal strategy said Wednesday, "Certainly there are discussions between the two teams."')[0]).toEqual(['a White House official', 'said']);
  });
  it('reads a sentence before the quote that ends with its verb and a medium, and a paragraph that signs the quote', () => {
    expect(quotes('Sam Lau, the communications director for the Iowa Democratic Party said in a statement. “There are no paper ballots to recount.”')[0][0]).toBe('the communications director for the Iowa Democratic Party');
    expect(quotes('"[Americans are] worried about the future of their kids, and yet almost nothing is done."\n\n- Bernie Sanders.\n\nThe senator is relying on an outdated statistic.')[0][0]).toBe('Bernie Sanders');
  });
  it('reads a rank with an ordinal, a document after the rest of the sentence, a transcript "as follows" and a statement issued', () => {
    expect(quotes('“I really don’t understand how a better candidate didn’t jump into the race,” said Air Force 1st Lt. Tyler Livingston.')[0][0]).toBe('Tyler Livingston');
    expect(quotes('"We\'ve built first-rate organizations in each state and we feel very good about our prospects" there and in states that vote in March, the memo stated.')[0]).toEqual(['the memo', 'stated']);
    expect(quotes('Partial transcript as follows:\n\n"RAMOS: Secretary Clinton, on the night of the attacks in Benghazi, you were there."')[0][0]).toBe('Partial transcript');
    expect(quotes('In the wake of the tragic loss of life, Republican presidential nominee Donald Trump issued the following statement:\n\n“Our prayers are with all those affected by the horrible attacks in Munich.”')[0][0]).toBe('Donald Trump');
  });
  it('takes no relative clause or thing ending in -er for a speaker', () => {
    expect(quotes('At least a half-dozen times, Trump cited "Obama-Clinton policies of the past eight years", which he said had harmed the economy.')[0][0]).not.toBe('policies, which he');
    expect(quotes('This prompted the tabloid to do a cover saying "Don’t be a Bum, Hil, debate him!"')[0][0]).not.toBe('prompted the tabloid to do a cover');
  });
  it('gives a quote followed only by "according to X" to X, and reads "Another tweeted," and "X issued a statement,"', () => {
    expect(quotes('“FBI officials overseeing the probe now expect to complete their work in the coming weeks” according to CNN.')[0][0]).toBe('CNN');
    expect(quotes('Another tweeted, “Clinton thinks she’s above rules and the law, and it shows.”')[0]).toEqual(['Another', 'tweeted']);
    expect(quotes('Immediately after the attacks, Trump issued a statement, “Last night, our nation was attacked by a radical Islamic terrorist.”')[0][0]).toBe('Trump');
    expect(quotes('Democrats were asked how likely Clinton was to win, to which 21 percent said “not too likely at all really.”')[0][0]).toBe('21 percent');
  });
  it('reads a party and state in brackets, titles with a dot, a name between commas after a noun for someone, and signs and messages "saying"', () => {
    expect(quotes('In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “It should shock the conscience of every decent American.”')[0]).toEqual(['Hakeem Jeffries', 'saying']);
    expect(quotes('Asked about Sullivan, Senate Democrat Dianne Feinstein (D-Calif.) said “I have never heard it before.”')[0][0]).toBe('Senate Democrat Dianne Feinstein');
    expect(quotes('That changed the night Obama won Iowa. “It was a moment,” said Rev. Kyev Tatum, then senior pastor at Servant House Baptist Church.')[0][0]).toBe('Kyev Tatum');
    expect(quotes('In October, Trump’s Virginia state director, Mike Rubino, reached out to rVotes, writing in an email: “We are very interested.”')[0]).toEqual(['Mike Rubino', 'writing']);
    expect(quotes("Hundreds of HP workers had amassed at the center, calling for Fiorina's firing and carrying signs saying, “Fire Carly.” Many wore green.")[0][0]).toBe('signs');
    expect(quotes('On Tuesday night, his campaign sent out a text message to supporters saying: “We won.”')[0][0]).toBe('his campaign');
    expect(quotes('Lori Bernstein held up a sign saying “Never again.” The 57-year-old scientist says she doesn’t take Holocaust comparisons lightly at all.')[0][0]).toBe('a sign');
  });
  it('reads "is labeling" after an aside, a memo titled, a statement condemning, a video that said, and hundreds of demonstrators chanting', () => {
    expect(quotes('Former Arkansas Gov. Mike Huckabee, for his part, is labeling Obama’s actions “an unconstitutional power grab.”')[0]).toEqual(['Former Arkansas Gov. Mike Huckabee', 'labeling']);
    expect(quotes('On Monday night, Clinton campaign manager Robby Mook released a memo titled “The Path to the Nomination.”')[0]).toEqual(['Robby Mook', 'titled']);
    expect(quotes('In Washington, President Obama released a statement Thursday night condemning “an outrageous attempt to terrorize innocent civilians.” He said he had directed his team to get in touch with French officials.')[0]).toEqual(['Obama', 'condemning']);
    expect(quotes('In selling the courses, Trump released a marketing video that said, “I can turn anyone into a successful real estate investor.”')[0]).toEqual(['Trump', 'said']);
    expect(quotes('Hundreds of pro-Sanders demonstrators marched through Center City on Monday, chanting “Hell no, DNC, we won’t vote for Hillary,” raising questions.')[0][0]).toBe('Hundreds of pro-Sanders demonstrators');
    expect(quotes('The proposal has been called “a disaster.”')[0]?.[0] ?? null).toBeNull();
  });
  it('reads ", remarking," and other -ing verbs of speech after a clause', () => {
    expect(quotes('Jones ended his speech with a reference to the film, remarking, “The bridge will open in May.”')[0]).toEqual(['Jones', 'remarking']);
    expect(quotes('Jones closed the meeting, vowing, “The bridge will open in May.”')[0]).toEqual(['Jones', 'vowing']);
  });
  it('resolves no pronoun to words that name no one', () => {
    const text = 'Protest.\n\n“The bridge will open in May,” Mark Jones said. Protesters will hold banners proclaiming: “Stop the bridge now, stop it today!”\n\n“It is a good bridge,” he said.';
    expect(quotes(text).map((q) => q[0])).toEqual(['Mark Jones', 'banners', 'Mark Jones']);
  });
  it('reads a signature after a dash on the quote’s own line, not a dash that goes on with the sentence', () => {
    expect(quotes('“We will not be defined by this act of terror.” — Mayor Jane Doe\n\nThe city mourned.')[0][0]).toBe('Jane Doe');
    expect(quotes('The plan was simple: “Build the bridge, then open it to traffic” — and it worked.')[0]?.[0] ?? null).toBeNull();
    // A signature that ends its sentence with a period.
    expect(quotes('“We will not be defined by this act of terror” — Mitch McConnell, in a tweet on Monday.\n\nThe city mourned.')[0][0]).toBe('Mitch McConnell');
  });
  it('continues a chain of quotes past a few words that name no one else', () => {
    const text = '"The bridge is late," said Jane Doe, a spokeswoman for the group. "It was due in May," which Doe thinks will cost jobs. "And it will cost more."';
    expect(quotes(text).map((q) => q[0])).toEqual(['Jane Doe', 'Jane Doe', 'Jane Doe']);
    // Another name between the quotes ends the chain.
    const other = '"The bridge is late," said Jane Doe, a spokeswoman for the group. "It was due in May," which Smith thinks will cost jobs. "And it will cost more."';
    expect(quotes(other).map((q) => q[0])).toEqual(['Jane Doe', 'Jane Doe', null]);
  });
  it('takes one capitalised word after an outlet’s possessive for a show, so the quote after it continues the one before', () => {
    const text = '“The bridge will open in May,” Jones told NBC’s “Today” on Monday. “It will carry ten thousand cars a day.”';
    expect(quotes(text)).toEqual([['Jones', 'told'], ['Jones', 'told']]);
    expect(quotes('“The bridge will open in May,” an angry Jones retaliated.')[0]).toEqual(['an angry Jones', 'retaliated']);
  });
  it('gives no quote to a possessive: the speaker of a quote kept earlier in the sentence, or the possessor', () => {
    expect(quotes('Gore insisted it was “premature” to back Clinton’s campaign while adding on climate matters, “Her heart is in the right place.”')[1]).toEqual(['Gore', 'adding']);
    expect(quotes('Mark Hughes’s reply was short: “We will get a Sheffield United goal.”')[0][0]).toBe('Mark Hughes');
  });
  it('takes a title in quotes for no quote, and resolves "he" to a person, not to an outlet', () => {
    const text = 'Sanders to release records.\n\n“Of course we’re going to release our medical records,” Sanders said during an interview on CNN’s “State of the Union” Sunday. “Thank God, I am very healthy. It is not a problem.”\n\nPolitico reported Saturday that David Brock was planning to call on the senator to release his records.\n\n“Sure it is. I would not have run if I was not blessed,” he said.';
    expect(quotes(text)).toEqual([['Sanders', 'said'], ['Sanders', 'said'], ['Sanders', 'said']]);
  });
  it('resolves "he" or "she" to a name set apart after a noun for someone, and not to the police', () => {
    const text = 'Fire at the market.\n\n“The fire was set on purpose,” Police said. A co-owner of the market, Wayne Artist, was there on Monday.\n\n“I am a little disappointed with the neighborhood here,” he said.';
    expect(quotes(text)).toEqual([['Police', 'said'], ['Wayne Artist', 'said']]);
  });
  it('reads a party and state between commas, no one spoken to before a colon, a -ing verb after "while", and the subject of a "when" clause', () => {
    expect(quotes('Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: “Stop attacking people and start talking about the issues.”')[0][0]).toBe('Senate Majority Leader Mitch McConnell');
    expect(quotes('Gore backed the plan on Monday while adding, “I think she will be a strong candidate.”')[0]).toEqual(['Gore', 'adding']);
    expect(quotes('The message coincides with what others are saying.\n\nEd Krayewski may have said it best when he blogged: “Democrats have a problem with their bench.” He mentioned a long list of candidates.')[0]).toEqual(['Ed Krayewski', 'blogged']);
  });
  it('continues a quote in the next sentence of its paragraph when no one else speaks before it', () => {
    const text = 'Biden spoke.\n\n“We thought only Trump was an insensitive guy,” said Aida, who recently published a book on the Trump phenomenon. Biden “kind of misspoke. This is not something he should talk openly about in public.”';
    expect(quotes(text)).toEqual([['Aida', 'said'], ['Aida', 'said']]);
    const other = 'Biden spoke.\n\n“We thought only Trump was an insensitive guy,” said Aida, who recently published a book. Biden told reporters “I kind of misspoke, and I should not talk openly about it.”';
    expect(quotes(other)[1][0]).toBe('Biden');
  });
  it('gives one sentence’s attribution to each quote in it, and continues a paragraph’s speaker past sentences about them', () => {
    expect(quotes('ReganBooks announced a memoir.\n\n"All that Glitters is Not Gold" was to be a "cautionary tale," said Susan Crawford, then the literary agent.').map((q) => q[0])).toEqual(['Susan Crawford', 'Susan Crawford']);
    const text = 'Bill is back.\n\n"You can\'t blame Hillary Clinton for what Bill Clinton did," said Sara Walker, 44, a home-care aide from Nashua. An immigrant from Uganda who became a U.S. citizen in 2013, she plans to cast her first ballot in the primary next month. "All she went through and to make her a victim -- it\'s not fair."';
    expect(quotes(text).map((q) => q[0])).toEqual(['Sara Walker', 'Sara Walker']);
  });
  it('takes "counter" after a noun and "notes" after "according to" for nouns, not reporting verbs', () => {
    expect(quotes('At the seafood counter in the Whole Foods store on Westlake, a sign advertised “First of the Season Fresh Alaskan Halibut” and more.')[0]?.[0] ?? null).not.toBe('the seafood');
    expect(quotes('There would be a code including — according to the explanatory notes of the British Bill — “provision to protect the public interest in the confidentiality of sources”.')[0][0] ?? '').not.toMatch(/according/);
    expect(quotes('Critics counter, “The plan will cost far more than anyone admits.”')[0]).toEqual(['Critics', 'counter']);
  });
  it('takes "charged after" and "responded to reports" for no reporting verbs (real local news, gva-dev)', () => {
    expect(quotes('“I just killed my cousin on accident:” Man charged after fatal shooting near 28th Street')[0]?.[0] ?? null).toBeNull();
    expect(quotes('Miami Police responded to reports of a shooting at the “El Romance Restaurant & Nightclub,” located downtown.')[0]?.[0] ?? null).toBeNull();
    expect(quotes('“You’ve called women you don’t like fat pigs, dogs, slobs and disgusting animals,” Kelly charged in her now-infamous assault.')[0]).toEqual(['Kelly', 'charged']);
  });
});

describe('pronoun agreement', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('resolves "she" and "he" to no one the text names as of the other gender, nor to people in the plural', () => {
    const text = 'Debate.\n\n“We will win this state,” Hillary Clinton said. Sen. Bernie Sanders, a rival, disagreed on Monday.\n\n“It is a good plan for the country,” she said.';
    expect(quotes(text).map((q) => q[0])).toEqual(['Hillary Clinton', 'Hillary Clinton']);
    const him = 'Debate.\n\n“We will win this state,” Bernie Sanders said. The actress, a supporter, cheered on Monday.\n\n“It is a good plan for the country,” he said.';
    expect(quotes(him).map((q) => q[0])).toEqual(['Bernie Sanders', 'Bernie Sanders']);
    const plural = 'Debate.\n\n“We will win this state,” said Mark Jones. Sanders’ aides said the plan was a good one.\n\n“It is a good plan for the country,” he said.';
    expect(quotes(plural).map((q) => q[0])).toEqual(['Mark Jones', 'Mark Jones']);
  });
  it('falls back on the last person named when no one agrees with the pronoun', () => {
    expect(quotes('“We will win this state,” said Mark Jones.\n\n“It is a good plan for the country,” she said.').map((q) => q[0])).toEqual(['Mark Jones', 'Mark Jones']);
  });
  it('resolves "she" to a surname that reported speech gives, and not to many people or to someone’s', () => {
    const text = 'Clinton, the Democratic front-runner, argued that the party was united.\n\n“We are going to win this election and win it big,” she said.';
    expect(quotes(text).map((q) => q[0])).toEqual(['Clinton']);
    const many = '“We will win this state,” said Mark Jones. Officials said that the party was united.\n\n“We are going to win this election and win it big,” he said.';
    expect(quotes(many).map((q) => q[0])).toEqual(['Mark Jones', 'Mark Jones']);
  });
  it('tells a woman’s or a man’s name by its first name, title or noun, and a surname alone not at all', () => {
    expect(['Hillary Clinton', 'Sen. Bernie Sanders', 'Mrs. Jones', 'the actress', 'spokesman Josh Earnest', 'Said Dorothy Poynter', 'Clinton', 'Jordan Smith'].map(genderOf)).toEqual(['f', 'm', 'f', 'f', 'm', 'f', null, null]);
  });
});

describe('a quote alone in its paragraph', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('is said by whom the paragraph before is about, when they are named after the last attribution', () => {
    const text = '“We will win this state,” said Mark Jones.\n\nCalderon also noted that immigration from Mexico is in decline.\n\n“It is a good plan for the country and for Mexico.”';
    expect(quotes(text).map((q) => q[0])).toEqual(['Mark Jones', 'Calderon']);
    // A paragraph that asks, or is about no one named, leaves the speaker before.
    const asks = '“We will win this state,” said Mark Jones.\n\nWas immigration from Mexico in decline?\n\n“It is a good plan for the country and for Mexico.”';
    expect(quotes(asks).map((q) => q[0])).toEqual(['Mark Jones', 'Mark Jones']);
    // The subject must open the sentence: "The state has voted Democratic since 1992." is about no "Democratic".
    const inside = '“We will win this state,” said Mark Jones.\n\nThe state has voted Democratic since 1992.\n\n“It is a good plan for the country and for Mexico.”';
    expect(quotes(inside).map((q) => q[0])).toEqual(['Mark Jones', 'Mark Jones']);
    // A description is no name of someone the quote is by: "The crowd cheered."
    const crowd = '“We will win this state,” said Mark Jones.\n\nThe crowd cheered loudly at that.\n\n“It is a good plan for the country and for Mexico.”';
    expect(quotes(crowd).map((q) => q[0])).toEqual(['Mark Jones', 'Mark Jones']);
  });
});

describe('a speaker written with an aside (AP style)', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  const Q = '“We are going to win this election and win it big.”';
  it('reads the name before a party and state or an age, not the aside', () => {
    expect(quotes(`Rep. Jane Doe, D-Calif., said: ${Q}`)[0]).toEqual(['Jane Doe', 'said']);
    expect(quotes(`Rep. Jane Doe, D-Calif., told reporters, ${Q}`)[0]).toEqual(['Jane Doe', 'told']);
    expect(quotes(`Jane Doe, 45, a teacher from Ohio, said: ${Q}`)[0]).toEqual(['Jane Doe', 'said']);
  });
  it('reads a name between commas after a noun for someone before an adverb and the verb', () => {
    expect(quotes(`The campaign’s spokesman, Brian Fallon, later said: ${Q}`)[0]).toEqual(['Brian Fallon', 'said']);
  });
  it('reads the name past adverbs, a bracket, a home town and a possessive in s’', () => {
    expect(quotes(`Clinton’s running mate, Sen. Tim Kaine (D-Va.), also said: ${Q}`)[0]).toEqual(['Tim Kaine', 'said']);
    expect(quotes(`Maria Lopez, 62, of Phoenix, said: ${Q}`)[0]).toEqual(['Maria Lopez', 'said']);
    expect(quotes(`Jeff Weaver, Sanders’ campaign manager, said: ${Q}`)[0]).toEqual(['Jeff Weaver', 'said']);
    expect(quotes(`“We will win this election and we will win it big,” the White House press secretary, Josh Earnest, also said.`)[0]).toEqual(['Josh Earnest', 'said']);
  });
  it('reads a name with a party and state in brackets after a description, and "she" for a description of someone', () => {
    expect(quotes(`“We will win this election and we will win it big,” Clinton’s running mate, Sen. Tim Kaine (D-Va.), said.`)[0]).toEqual(['Tim Kaine', 'said']);
    expect(quotes(`Clinton’s running mate, Sen. Tim Kaine (D-Va.), said that the party was united.\n\n${Q}`)[0][0]).toBe('Tim Kaine');
    expect(quotes(`A spokeswoman for the campaign said that the party was united.\n\n“We will win this election and we will win it big,” she said.`)[0][0]).toBe('A spokeswoman for the campaign');
  });
  it('takes no place after "said on" for a speaker', () => {
    expect(quotes(`Robby Mook, Clinton’s campaign manager, said on Fox News Sunday that the party was united. ${Q}`)[0][0]).toBe('Robby Mook');
  });
  it('reads a rival named between commas before a colon', () => {
    expect(quotes(`“We will win this state and more,” Jane Doe said. Her rival, Bob Smith, was less sure: “We are going to lose this election badly.”`).map((q) => q[0])).toEqual(['Jane Doe', 'Bob Smith']);
  });
  it('reads people named by a plural noun after the verb', () => {
    expect(quotes(`“We will win this election and we will win it big,” said officials.`)[0]).toEqual(['officials', 'said']);
    expect(quotes(`“We will win this election and we will win it big,” said two officials who spoke on condition of anonymity.`)[0]).toEqual(['two officials', 'said']);
    expect(quotes(`“We will win this election and we will win it big,” said today.`)[0][0]).toBeNull();
  });
  it('takes no sentence after a quote that reports speech to someone as its attribution', () => {
    expect(quotes('Axelrod emailed her, addressing her as “Hillary” and telling her, “you are an all-star player and we need you!” She replied to him that it was an honor to serve.')[0][0]).toBe('Axelrod');
  });
  it('reads two descriptions of one speaker joined by "and"', () => {
    expect(quotes('“North Korea is a paranoid, isolated nation,” the independent Vermont senator and Democratic presidential candidate told ABC.')[0][0]).toBe('the independent Vermont senator and Democratic presidential candidate');
  });
  it('reads two named experts before "of" and a long name of their institute', () => {
    expect(quotes('“Tritium would enable weapons designs with a greater yield,” nuclear experts David Albright and Serena Kelleher-Vergantini of Washington’s Institute for Science and International Security wrote in September.')[0]).toEqual(['David Albright and Serena Kelleher-Vergantini', 'wrote']);
  });
  it('reads the subject of a lead-in past the party and state in brackets after the name', () => {
    expect(quotes('Sen. Bernie Sanders (I-Vt.) visited NBC’s “Today” to discuss his remarks about Hillary Clinton, saying “on her worst day” she would be a better president.')[0]).toEqual(['Bernie Sanders', 'saying']);
    expect(quotes('But Sen. Pat Toomey (R-Pa.) refused to entertain the possibility, responding that he’s “not going to go into what my campaign is doing.”')[0][0]).toBe('Pat Toomey');
  });
  it('reads an attribution after a quote past a short quote inside it', () => {
    expect(quotes('“We have had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly.')[0]).toEqual(['Bill Eastland', 'said']);
  });
  it('reads the name someone is known as after the verb', () => {
    expect(quotes('“There never was a stand-down order,” said the base chief known as Bob, speaking publicly for the first time.')[0]).toEqual(['Bob', 'said']);
  });
  it('gives a question to who asks it, not to the one who was asked', () => {
    expect(quotes('Blumenthal was asked, “If you had known she had a personal server, would you have told her?”')[0]).toEqual([null, 'asked']);
    expect(quotes('Sanders was asked by host Bill Maher, “Now, you famously said that you were tired of hearing about the emails, has it not?”')[0]).toEqual(['Bill Maher', 'asked']);
  });
  it('reads who can be heard or is seen saying words after the quote', () => {
    expect(quotes('“Should there be a database system that tracks the Muslims here?” a reporter can be heard asking Trump after an event in Iowa.')[0]).toEqual(['a reporter', 'asking']);
    expect(quotes('“We are going to build a wall and Mexico will pay for it,” Trump is seen saying in the video.')[0]).toEqual(['Trump', 'saying']);
  });
  it('reads "More from X:" after a dash however it is spaced', () => {
    expect(quotes('Signs of momentum were there all along -More from Blumenthal and Cohen: “Data collected by our firm helps confirm that both issues mattered.”')[0][0]).toBe('Blumenthal and Cohen');
    expect(quotes('Signs of momentum were there all along—More from Blumenthal and Cohen: “Data collected by our firm helps confirm that both issues mattered.”')[0][0]).toBe('Blumenthal and Cohen');
  });
  it('reads a lead-in past a show’s title of four words before the colon', () => {
    expect(quotes('Sanders told Jake Tapper on CNN’s “State of the Union”: “We will not back down from this fight.”')[0]).toEqual(['Sanders', 'told']);
  });
  it('resolves "she" to a woman named before a "whose" clause, or to who a statement names after "said"', () => {
    expect(quotes('Mary Jones, whose son was killed in the attack, was defiant. “We will not back down from this fight,” she said.')[0][0]).toBe('Mary Jones');
    expect(quotes('The plan is the first of its kind, said Robert Egge, executive director of the group. “It makes this a national conversation,” he said.')[0][0]).toBe('Robert Egge');
  });
  it('reads verbs of a loud or a quiet voice, of boasting and of breaking in, after a quote', () => {
    expect(['boomed', 'thundered', 'riffed', 'bragged', 'murmured', 'crowed', 'maintained', 'hit back', 'chimed in'].map((v) => quotes(`“We will not back down from this fight,” Trump ${v}.`)[0][0])).toEqual(Array(9).fill('Trump'));
    expect(quotes('“Tell her I promised you a picture,” Ebeling said, and her husband cut in. “Don’t forget Tom, I have been friends with her since college.”')[1][0]).toBe('her husband');
  });
  it('reads who speaks after "According to X," in a lead-in, with X as the relay', () => {
    const q = extractClaims('Title\n\nAccording to the Times, Earnest said: “We will not back down from this fight.”', { headline: { start: 0, end: 5 } }).quotes[0];
    expect([q.speaker, q.verb, q.relay]).toEqual(['Earnest', 'said', 'Times']);
    expect(quotes('According to Earnest, “We will not back down from this fight.”')[0][0]).toBe('Earnest');
  });
  it('gives a quote alone in its paragraph to the described name that opens the paragraph before', () => {
    expect(quotes('Clinton spokesman Brian Fallon responded quickly.\n\n“We will not back down from this fight.”')[0][0]).toBe('Brian Fallon');
    expect(quotes('The state has voted Democratic since 1992.\n\n“We will not back down from this fight.”')[0][0]).toBeNull();
  });
  it('resolves "he" to a person introduced with an age, and to who reported speech gives past the statements kept', () => {
    expect(quotes('“We will not back down from this fight,” Mary Smith said.\n\nJimmy Ghazal, 39, a Lebanese man visiting Nice, was watching the fireworks.\n\n“The kids thought it was part of the fireworks,” he said.')[1][0]).toBe('Jimmy Ghazal');
    const many = Array.from({ length: 20 }, (_, i) => `Officer Number${i} said that the road was closed for the day.`).join(' ');
    expect(quotes(`${many}\n\nZeynep Akar told CNN that the truck drove into crowds outside her home.\n\n“I suddenly heard the crash and people shouting,” she said.`)[0][0]).toBe('Zeynep Akar');
  });
  it('resolves "he" to the subject of a short sentence that only reports speech', () => {
    expect(quotes('“We will not back down from this fight,” Clinton said.\n\nSanders disagreed.\n\n“We will win this fight,” he said.')[1][0]).toBe('Sanders');
  });
  it('reads no verb in "Western states" or "swing states", and keeps a nickname no quote', () => {
    expect(quotes('His campaign was represented by Gov. C.L. “Butch” Otter (R-Idaho), an early endorser, who spent more time talking about the needs of Western states.')).toEqual([]);
    expect(extractClaims('Title\n\nClinton is on track to clinch the nomination after contests in California, New Jersey and four other states on June 7.', { headline: { start: 0, end: 5 } }).statements).toEqual([]);
  });
  it('reads the subject of a short lead-in with a colon after a long opening phrase', () => {
    expect(quotes('At his news conference in Turkey on Monday after the Group of 20 conference, Obama’s first five questioners ranged from skeptical to hostile: “Is it time for your strategy to change?”')[0][0]).toBe('Obama’s first five questioners');
    expect(quotes('After a long meeting with the president and his aides in the Oval Office on Tuesday, Smith was blunt: “We will not back down from this fight.”')[0][0]).toBe('Smith');
  });
  it('resolves "he" or "she" with no one named before to the named subject of the sentence before', () => {
    expect(quotes('Sanders spoke for nearly an hour to a crowd that organizers estimated at 20,000. “We will not back down from this fight,” he said.')[0][0]).toBe('Sanders');
    expect(quotes('None has offered specific plans. “We will not back down from this fight,” he said.')[0][0]).toBeNull();
    expect(quotes('Bernie Sanders spoke for nearly an hour. “We will not back down from this fight,” she said.')[0][0]).toBeNull();
  });
  it('reads words quoted as what a name after "what" or "which" calls or describes', () => {
    expect(quotes('As America prepares for what Newt Gingrich called “the loudest, most contentious election in modern history,” the former House Speaker is intrigued.')[0]).toEqual(['Newt Gingrich', 'called']);
    expect(quotes('Cleveland sought the convention in the hopes of shedding what Gilbert called “a perception problem.”')[0][0]).toBe('Gilbert');
    expect(quotes('Bidding was to begin on what Zimmerman described as a “piece of history.”')[0][0]).toBe('Zimmerman');
    expect(quotes('Clinton said that the race was over. She congratulated Sanders on what she called “an extraordinary campaign for the nomination.”')[0]).toEqual(['Clinton', 'called']);
  });
  it('keeps someone’s aide the aide', () => {
    expect(quotes(`“We will win this election and we will win it big,” an aide to Sen. Marco Rubio said.`)[0]).toEqual(['an aide to Sen. Marco Rubio', 'said']);
  });
  it('continues after reported speech with an adverb before its verb, and not with a word of its subject', () => {
    expect(quotes(`Rep. Jane Doe, D-Calif., later said that the party was united.\n\n${Q}`)[0][0]).toBe('Jane Doe');
    expect(quotes(`The Republican front-runner said that the party was united.\n\n${Q}`)[0][0]).toBe('The Republican front-runner');
  });
});

describe('attributions read on PolNeAR train, half B (stop 25)', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('keeps the lead-in when the sentence after the quote reports speech of its own ("He said Clinton would …")', () => {
    expect(quotes('She said that her proposals were strong, to which O’Malley interjected: “It’s just not true.” He said Clinton would not go far enough.')[0]).toEqual(['O’Malley', 'interjected']);
    // With no lead-in, that sentence is still the best attribution; a day after the verb is no clause.
    expect(quotes('Jones was there. “It is just not true.” Jones said Clinton would not go far enough.')[0]).toEqual(['Jones', 'said']);
    expect(quotes('She said her plans were strong. “It is just not true.” Jones said Tuesday in an interview with reporters.')[0]).toEqual(['Jones', 'said']);
  });
  it('ends a subject at a dash, and reads the name before an aside set apart by dashes', () => {
    expect(quotes('As Mitchell raised the attacks on Hillary Clinton — especially where rhetoric from Donald Trump is concerned — Sanders responded with a phrase: “Do not moan to me about her problems.”')[0]).toEqual(['Sanders', 'responded']);
    expect(quotes('Jane Doe — a teacher from Ohio — said: “We are here to stay.”')[0]).toEqual(['Jane Doe', 'said']);
    expect(quotes('Jane Doe—a teacher—later said, “We are here to stay.”')[0]).toEqual(['Jane Doe', 'said']);
    expect(quotes('The senator -- who has called for calm -- said: “We are here to stay.”')[0]).toEqual(['The senator', 'said']);
  });
  it('reads who follows "Here’s" (one token) and "Here is" before a colon', () => {
    expect(quotes('Here’s Clinton in December 1992: “Our new direction must rest on an understanding of the new realities.”')[0][0]).toBe('Clinton');
    expect(quotes('Here is Clinton in December 1992: “Our new direction must rest on an understanding of the new realities.”')[0][0]).toBe('Clinton');
    expect(quotes('Here’s the thing: “Our new direction must rest on an understanding of the new realities.”')[0]?.[0] ?? null).toBeNull();
  });
  it('takes no verb of a later clause with its own pronoun subject for the trailer’s ("… the news they read")', () => {
    expect(quotes('At a rally, Aubrey Pelletier hoisted a sign that read “15 percent.” Her father, Brad, 39, worried that too many voters limit the news they read.')[0][0]).toBe('a sign');
    expect(trailer('“We will win,” Her father, Brad, 39, worried that too many voters limit the news they read.')).toBeNull();
    expect(trailer('“We will win,” Jane Doe, who runs the shop, said.')).toMatchObject({ speaker: 'Jane Doe', verb: 'said' });
  });
  it('leaves "But", "When" … out of a name that opens a sentence ("But Fiorina, who had moved …")', () => {
    const text = 'Carly Fiorina ran HP.\n\nBut Fiorina, who had moved a year earlier from Lucent, tossed “cold water on the idea immediately,” she wrote in her memoir.';
    expect(quotes(text)[0][0]).toBe('Carly Fiorina');
  });
  it('reads no garbage for "Recently she announced", "she sent an email saying" or "The two" as "he"', () => {
    expect(leadIn('Recently she announced on her Facebook page, in all capital letters, “I am boarding the Trump train!”')).toMatchObject({ speaker: 'she', verb: 'announced' });
    expect(leadIn('Minutes later, she sent an email saying, “done.”')).toMatchObject({ speaker: 'she', verb: 'saying' });
    expect(quotes('Sanders is in Massachusetts and Vermont instead. The two states hold primaries on March 1.\n\n“If somebody yelled at me, I would vote against them,” he joked with reporters.')[0][0]).not.toBe('The two');
  });
  it('reads a first name after a title such as "Pastor" or "Attorney General"', () => {
    expect(['Pastor Darrell Scott', 'Attorney General Loretta Lynch'].map(genderOf)).toEqual(['m', 'f']);
  });
  it('reads a pronoun and its verb that end the sentence after the rest of it (`“…” grieving families …, he said.`)', () => {
    expect(trailer('“I held and hugged” grieving family members before laying flowers at a makeshift memorial for the victims of the massacre at a nightclub in Orlando, Florida, he said.')).toMatchObject({ speaker: 'he', verb: 'said' });
    expect(quotes('Obama spoke on Sunday. “I held and hugged” grieving family members before laying flowers at a memorial, he said. Police killed the gunman.')[0]).toEqual(['Obama', 'said']);
    // Not a verb of a clause inside the rest: "that he said".
    expect(trailer('“I held and hugged” the families that he said were grieving.')).toBeNull();
  });
  it('takes a name set apart by ", one of …" for someone "he" or "she" can be', () => {
    expect(quotes('Trump said he would win. Earlier, Sheriff Joe Arpaio, one of the most polarizing figures in the debate, vouched for the proposal.\n\nHe said, “Donald Trump will build the wall.”')[0]).toEqual(['Sheriff Joe Arpaio', 'said']);
  });
  it('reads the attribution after a later comma when a quote closes with no punctuation and the sentence goes on', () => {
    expect(trailer('“We are going to win” the election in November, Jane Doe, 45, a teacher from Ohio, said.')).toMatchObject({ speaker: 'Jane Doe', verb: 'said' });
    expect(trailer('“We are going to win” the election in November, Clinton campaign chairman John Podesta told CNN’s Jake Tapper.')).toMatchObject({ speaker: 'John Podesta', verb: 'told' });
    expect(trailer('“We are going to win” the election in November, Rep. Jane Doe, D-Calif., said.')).toMatchObject({ speaker: 'Jane Doe' });
    // The sentence's own subject after a comma, a party and state, or a verb with an object are no attribution.
    expect(trailer('“received millions” from corporations, foreign sources, and other groups, the Washington Post reported ten days ago.')).toMatchObject({ speaker: 'Washington Post' });
    expect(trailer('“Uber everything”) and active citizens can fix the country, he tells one joke about Trump.')?.speaker ?? null).toBeNull();
  });
  it('takes a pronoun right before the lead-in’s verb, or before a verb joined to it by "and", for its subject', () => {
    expect(leadIn('The move was the result of three years of preparation — an investment he concludes has constituted a “head start.”')).toMatchObject({ speaker: 'he' });
    expect(leadIn('Email has helped her stay in touch, although at the mention of email she laughed and admitted “it can be a curse.”')).toMatchObject({ speaker: 'she', verb: 'admitted' });
  });
  it('reads "But an aide to X later said" as the aide, and a number of people before "who"', () => {
    expect(leadIn('But an aide to Sen. Marco Rubio later said, “We will win.”')).toMatchObject({ speaker: 'an aide to Sen. Marco Rubio' });
    expect(leadIn('In an interview on Tuesday, two officials who spoke on condition of anonymity said: “We will win.”')).toMatchObject({ speaker: 'two officials' });
  });
  it('reads the name after a description in "According to …," and before a party and state that close the trailer', () => {
    expect(leadIn('According to the campaign’s spokesman, Brian Fallon, “We will win.”')).toMatchObject({ speaker: 'Brian Fallon' });
    expect(leadIn('According to Clinton’s running mate, Sen. Tim Kaine (D-Va.), “We will win.”')).toMatchObject({ speaker: 'Tim Kaine' });
    expect(trailer('“We will win,” said Clinton’s running mate, Sen. Tim Kaine (D-Va.).')).toMatchObject({ speaker: 'Tim Kaine' });
  });
  it('keeps no words before a pronoun that ends a subject, no participle or relative, and no possessive for who speaks', () => {
    expect(quotes('“We will see,” Sen. John McCain said. The longtime senator said he rarely asks surrogates to stump for him, “except for people I am very close to.”')[1]).toEqual(['John McCain', 'asks']);
    expect(quotes('The paper called him naive “on Spanish-language television,” echoing some far-right commentators who have suggested that Rubio is soft.')[0]?.[0] ?? null).toBeNull();
    expect(quotes('Hillary Clinton’s claim drew fire.\n\n“He is becoming the best recruiter for them,” she said.')[0][0]).toBe('Hillary Clinton');
  });
  it('resolves "he" or "she" to no place, armed group, alliance or headline words', () => {
    expect(quotes('The Islamic State claimed the attacks.\n\n“We are not at war with Islam,” she said.')[0][0]).toBeNull();
    expect(quotes('The BlueGreen Alliance, a group of unions, backs him.\n\n“It will last,” he says.')[0][0]).toBeNull();
  });
});

describe('datelines before a lead-in', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('reads the subject after "CITY, Date (AGENCY) —" and takes no dash before the lead-in for a name set apart', () => {
    expect(quotes('PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement on Monday, offering “a deep and sincere apology” to Sanders.')[0]).toEqual(['Democratic National Committee', 'offering']);
    expect(quotes('PHILADELPHIA (Reuters) - The committee said on Monday: “We apologise to the senator and his supporters.”')[0]).toEqual(['The committee', 'said']);
    expect(quotes('RENO, Nev. (AP) — The senator said on Friday: “It was a disgrace to the whole nation.”')[0]).toEqual(['The senator', 'said']);
    // Capitals that are no place at a line's start are no dateline.
    expect(quotes('FBI Director James Comey — who spoke for an hour — said: “We found no evidence of intent.”')[0][0]).toBe('FBI Director James Comey');
  });
});

describe('a long description after "said"', () => {
  it('cuts no name before its "of" ("said undecided Republican voter Stephanie Hooton of Derry, N.H.")', () => {
    expect(trailer('“I don’t know exactly where he stands on that,” said undecided Republican voter Stephanie Hooton of Derry, N.H., before the barn event.')).toMatchObject({ speaker: 'Stephanie Hooton', verb: 'said' });
  });
});

describe('things written as who speaks', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('reads a year and a name of several words before the noun ("A 2014 House Intelligence Committee report found “…”")', () => {
    expect(quotes('The claim was rejected by a series of inquiries. A 2014 House Intelligence Committee report found “no evidence that there was either a stand down order or a denial of air support.”')[0]).toEqual(['A 2014 House Intelligence Committee report', 'found']);
    expect(quotes('The 60 second ad ends with a voice over saying: “Amnesty for illegal immigrants. Big money for himself.”')[0]).toEqual(['The 60 second ad', 'saying']);
  });
  it('resolves "he" or "she" to no report, complaint or sign', () => {
    expect(quotes('The complaint, which was filed in federal court, alleged that the DNC “failed to implement reasonable data security measures.”\n\nWhen pressed by the moderators, Sanders did apologize to Clinton.\n\n“This is not the type of campaign that we run,” he said.')[1]).toEqual(['Sanders', 'said']);
  });
});

describe('whose words or view, in a phrase', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('reads "in X’s words," after a lead-in’s last comma and "in X’s view", "as X put it" after the quote', () => {
    expect(quotes('The summit was held in Jerusalem because, in Forbes’ words, “they are the most entrepreneurial places on the planet.”')[0]).toEqual(['Forbes', null]);
    expect(quotes('Bolton did not hold back. “This is not a circumstance where you can identify one thing — it’s an across-the-board failure” from diplomacy to the defense budget, in Bolton’s view.')[0]).toEqual(['Bolton', null]);
    expect(quotes('“We will never back down from this fight,” as Trump put it.')[0]).toEqual(['Trump', 'put']);
    expect(quotes('“We will never back down from this fight,” in the words of Jane Doe.')[0]).toEqual(['Jane Doe', null]);
    // A phrase of time with "in" is no one's words.
    expect(quotes('The data came in, and in the end, “we will never back down from this fight.”')[0][0]).toBeNull();
  });
});

describe('printed things as who speaks', () => {
  it('reads a card, a mailer or a flyer after a name as the head of the phrase ("said the printed Cruz slate card")', () => {
    expect(trailer('“Senator Cruz appreciates all of his supporters at the convention,” said the printed Cruz slate card.')).toMatchObject({ speaker: 'the printed Cruz slate card', verb: 'said' });
    expect(trailer('“Vote for change on Tuesday,” said a Clinton campaign flyer.')).toMatchObject({ speaker: 'a Clinton campaign flyer' });
  });
});

describe('a part of a text named by its number', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('reads "Article 33 affirms:" and "Article 5 states that" with the number in the name', () => {
    expect(quotes('The principle was enshrined in the convention. Article 33 affirms: “No Contracting State shall expel or return a refugee in any manner whatsoever.”')[0]).toEqual(['Article 33', 'affirms']);
    expect(quotes('Article 5 states that “an armed attack against one or more of them shall be considered an attack against them all.”')[0]).toEqual(['Article 5', 'states']);
  });
});

describe('a long colon lead-in that opens with whom it follows', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('reads "As X reported, …:" before a quote in the next paragraph', () => {
    expect(quotes('As Breitbart News reported, even on Friday morning, the Obama White House was refusing to call the San Bernardino Christmas party slaughter as terrorism:\n\n“The Obama administration is still reluctant to call the attack in California an act of terrorism.”')[0]).toEqual(['Breitbart News', 'reported']);
  });
});

describe('a relative clause without "that" before the quote', () => {
  it('takes the phrase after the second article for who ("the only Amendment the Founding Fathers wrote “…”")', () => {
    expect(leadIn('We should rethink bringing them, rather than infringing on the only Amendment the Founding Fathers wrote “shall not be infringed.”')).toMatchObject({ speaker: 'Founding Fathers', verb: 'wrote' });
    expect(leadIn('These are the words the senator said “with a straight face to the whole committee.”')).toMatchObject({ speaker: 'the senator', verb: 'said' });
  });
});

describe('a quote after reported speech by a verb joined with "and"', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('goes on with its speaker ("Quintanilla seemed taken aback and mentioned that …. “…?”")', () => {
    expect(quotes('“That is total propaganda,” Carson replied.\n\nQuintanilla seemed taken aback and mentioned that Carson’s picture had been on the company’s Web site. “Does that not speak to your vetting process or judgment in any way?”\n\nThe crowd booed.')[1][0]).toBe('Quintanilla');
  });
});

describe('a past participle after the noun for something written', () => {
  const first = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes[0]?.speaker ?? null;
  it('ends the phrase ("according to a memo obtained by Politico"), unless it names who wrote it', () => {
    expect(first('“We will win this fight and we will win it big,” according to a memo obtained by Politico.')).toBe('a memo');
    expect(first('“We will win this fight and we will win it big,” according to documents reviewed by The Washington Post.')).toBe('documents');
    expect(first('“We will win this fight and we will win it big,” according to a statement issued Thursday.')).toBe('a statement');
    expect(leadIn('A memo obtained by Politico reads: “We will win this fight and we will win it big.”')).toMatchObject({ speaker: 'A memo', verb: 'reads' });
    expect(leadIn('An email obtained by CNN shows Podesta writing: “We will win this fight and we will win it big.”')).toMatchObject({ speaker: 'Podesta' });
    expect(speakerOf(ctxOf('the average of recent polls compiled by Real Clear Politics'), 0, 10)?.name).toBe('Real Clear Politics');
  });
});

describe('descriptions before the lead-in’s verb', () => {
  it('reads a noun for someone in -ly as no adverb and a name with its home town between commas', () => {
    expect(leadIn('The influential US daily wrote in an editorial: “We will win this fight and we will win it big.”')).toMatchObject({ speaker: 'The influential US daily', verb: 'wrote' });
    expect(leadIn('Another supporter, Jane Doe of Des Moines, said: “We will win this fight and we will win it big.”')).toMatchObject({ speaker: 'Jane Doe', verb: 'said' });
  });
});

describe('a quote between a possessive and a noun for words said', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.span.text, q.speaker]);
  it('is the possessor’s ("Obama’s “…” promise", "Mitt Romney’s “47 percent” comment")', () => {
    expect(quotes('It is the persistent pull of Obama\'s "if you like your plan, you can keep it" promise: many of them negotiated plans.')).toEqual([['if you like your plan, you can keep it', 'Obama']]);
    expect(quotes('Mitt Romney’s “47 percent” comment was nearly as dismissive as that.')).toEqual([['47 percent', 'Mitt Romney']]);
    // No possessive, no speaker.
    expect(quotes('The “47 percent” comment was nearly as dismissive as that.').map((q) => q[1])).not.toContain('Mitt Romney');
  });
});

describe('"was asked by X, who …,"', () => {
  it('reads who asks before a long "who" clause', () => {
    expect(leadIn('Sanders was asked by host Bill Maher, who is supporting Sanders, but has previously dismissed the story about Clinton’s emails, “Has that changed?”')).toMatchObject({ speaker: 'Bill Maher', verb: 'asked' });
  });
});

describe('plural nouns for things written', () => {
  it('reads "Criminal complaints obtained by The Gazette indicate" as the complaints, and "Republican claims of" as no verb', () => {
    expect(speakerOf(ctxOf('Criminal complaints obtained by The Gazette'), 0, 6)?.name).toBe('Criminal complaints');
    expect(leadIn('Democrats plan to release a slew of interview transcripts to disprove Republican claims of “significant breakthroughs in the investigation.”')?.speaker ?? null).toBeNull();
  });
});

describe('more reporting verbs, and a name that is a modal', () => {
  it('reads "sniffed", "deadpanned", "texted", "emailed" and "columnist George Will argued"', () => {
    expect(['sniffed', 'deadpanned', 'roared', 'advised', 'texted', 'emailed', 'groused'].map((v) => trailer(`“We will win this fight,” Sanders ${v}.`)?.speaker ?? null)).toEqual(Array(7).fill('Sanders'));
    expect(leadIn('Writing in The Washington Post, columnist George Will argued: “We will win this fight and we will win it big.”')).toMatchObject({ speaker: 'George Will', verb: 'argued' });
  });
});

describe('a verb in -ed after a description', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('ends it ("The Vermont senator emailed supporters saying:"), but not "named" or a name at the end', () => {
    expect(quotes('Yet it was unclear whether Sanders was ready. The Vermont senator emailed supporters saying: “The struggle continues, and we will go on to the convention.”')[0]).toEqual(['The Vermont senator', 'saying']);
    expect(quotes('The town released a statement Wednesday saying Trump’s comments “are based on his opinion, not actual facts about the city.”')[0][0]).toBe('The town');
    expect(speakerOf(ctxOf('A woman named Kelly'), 0, 4)?.name).toBe('A woman named Kelly');
  });
});

describe('a party’s word inside a description', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('is no speaker: "a successful Republican presidential nominee:", "The Democratic presidential front-runner and former secretary of state said"', () => {
    expect(quotes('“I have decided to endorse Ted Cruz,” Blackwell wrote.\n\nHe then listed the qualities necessary in a successful Republican presidential nominee in 2016:\n\n“Has the candidate a record of personal and political courage in the face of opposition?”')[1][0]).toBe('Blackwell');
    expect(leadIn('The Democratic presidential front-runner and former secretary of state said the U.S. “clearly” needed a more robust air campaign.')).toMatchObject({ speaker: 'The Democratic presidential front-runner and former secretary of state' });
  });
});

describe('"as X said" after a quote, and "secretary of state" before a name', () => {
  it('reads whom the words follow and the name after the title', () => {
    expect(trailer('“We will win this fight and we will win it big,” as Trump said.')).toMatchObject({ speaker: 'Trump', verb: 'said' });
    expect(trailer('Still, the fact that the race “is a dead heat right now,” as Cruz said on Glenn Beck’s radio show, matters.')).toMatchObject({ speaker: 'Cruz', verb: 'said' });
    expect(trailer('“The first line of defense is within the community,” said former secretary of state Hillary Clinton, who praised them.')).toMatchObject({ speaker: 'Hillary Clinton' });
  });
});

describe('"he" or "she" opening a sentence with a naming verb', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('is resolved as any pronoun ("She called his executive actions “…”"), and "Nobody" is no one it stands for', () => {
    expect(quotes('Clinton tweeted her thanks to the president. She called his executive actions “a crucial step forward on gun safety.”')[0]).toEqual(['Clinton', 'called']);
    expect(quotes('A defensive Obama said his critics were wrong. Nobody asked about the refugee rhetoric, so Obama brought it up himself. He called it “shameful” and called on leaders to stop.')[0]).toEqual(['Obama', 'called']);
  });
});

describe('local news: a sheriff’s office and a station’s dateline', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('keeps a possessive inside a body’s name and reads "(WRIC) —" after the state as a dateline', () => {
    expect(quotes('“We are heartbroken for the family and the whole community,” the Maricopa County Sheriff\'s Office said.')[0]).toEqual(['Maricopa County Sheriff\'s Office', 'said']);
    expect(quotes('LUNENBURG, Va. (WRIC) — The sheriff said on Friday: “We are heartbroken for the family and the whole community.”')[0]).toEqual(['The sheriff', 'said']);
  });
});

describe('a possessive before a noun for someone', () => {
  it('stays with the speaker ("his wife whispered to him:")', () => {
    expect(leadIn('As the crowd cheered, his wife whispered to him: “They are still with you and they will be there.”')).toMatchObject({ speaker: 'his wife', verb: 'whispered' });
  });
});

describe('a short colon lead-in with "was" and how someone was', () => {
  it('reads its subject ("The senator was blunt in his assessment:", "Trump, for his part, was unrepentant:", "This is how Sanders put it:")', () => {
    expect(leadIn('The senator was blunt in his assessment: “We will win this fight and we will win it big.”')).toMatchObject({ speaker: 'The senator' });
    expect(leadIn('Trump, for his part, was unrepentant: “We will win this fight and we will win it big.”')).toMatchObject({ speaker: 'Trump' });
    expect(leadIn('This is how Sanders put it: “We will win this fight and we will win it big.”')).toMatchObject({ speaker: 'Sanders', verb: 'put' });
    // No one: a thing that was so.
    expect(leadIn('The result was clear: “We will win this fight and we will win it big.”')?.speaker ?? null).toBeNull();
  });
});

describe('an abbreviated rank before a name', () => {
  it('ends no trailer at its dot ("Cpl. Jake Smith said", "Det. Ana Ruiz said", "Ofc. Lee Park said")', () => {
    expect(trailer('“We are still looking for the second car,” Cpl. Jake Smith said.')).toMatchObject({ speaker: 'Jake Smith', verb: 'said' });
    expect(trailer('“We are still looking for the second car,” said Det. Ana Ruiz.')).toMatchObject({ speaker: 'Ana Ruiz', verb: 'said' });
    expect(trailer('“We are still looking for the second car,” Ofc. Lee Park said.')).toMatchObject({ speaker: 'Lee Park', verb: 'said' });
  });
});

describe('a relative named by kin', () => {
  it('speaks as a noun for someone ("Jane Doe’s aunt said", "the boy’s great-uncle, Tom Reyes, said")', () => {
    expect(trailer('“She would have started college in the fall,” Jane Doe’s aunt said.')).toMatchObject({ speaker: 'Jane Doe’s aunt', verb: 'said' });
    expect(trailer('“She would have started college in the fall,” the boy’s great-uncle, Tom Reyes, said.')).toMatchObject({ speaker: 'Tom Reyes', verb: 'said' });
    expect(trailer('“She would have started college in the fall,” said his cousin, Ana Ruiz.')).toMatchObject({ speaker: 'Ana Ruiz', verb: 'said' });
  });
});

describe('reported speech by "he" or "she" before a quote', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => q.speaker);
  it('goes on into the quote that opens the next sentence, as the pronoun resolves', () => {
    expect(quotes('“We never saw it coming,” Dana Whitfield said of the storm. She said the town had no warning at all. “The sirens stayed quiet the whole night.”')).toEqual(['Dana Whitfield', 'Dana Whitfield']);
  });
  it('is no one the plural noun of a lead-in stands for ("Witnesses said …" ⏎ “…,” he said.)', () => {
    expect(quotes('Witnesses said the car sped away before anyone could read its plate.\n\n“I only heard the tires on the gravel,” he said.')).toEqual([null]);
  });
});

describe('a long body’s name, some of those named, a bare noun set apart', () => {
  it('reads "the UN Office for the Coordination of Humanitarian Affairs said" whole', () => {
    expect(trailer('“Aid convoys cannot reach the valley,” the UN Office for the Coordination of Humanitarian Affairs said.')).toMatchObject({ speaker: 'UN Office for the Coordination of Humanitarian Affairs' });
    expect(trailer('“Aid convoys cannot reach the valley,” a spokesman for the Church of the Nazarene said.')).toMatchObject({ speaker: 'a spokesman for the Church of the Nazarene' });
  });
  it('reads "One of them told", "said one of them"', () => {
    expect(leadIn('One of them told a deputy, “The man in the red car did it.”')).toMatchObject({ speaker: 'One of them', verb: 'told' });
    expect(trailer('“The man in the red car did it,” said one of them.')).toMatchObject({ speaker: 'one of them', verb: 'said' });
  });
  it('reads the name after "said neighbor,"', () => {
    expect(trailer('“The kids play on this street every day,” said neighbor, Rosa Lind.')).toMatchObject({ speaker: 'Rosa Lind', verb: 'said' });
  });
});

describe('a relative clause and an auxiliary in a lead-in', () => {
  it('gives the relative clause’s verb to what it is of ("…, who told the paper,", "…’s website, which said:")', () => {
    expect(leadIn('The article closed with a line from Omar Reyes, who told the paper, “We will rebuild the bakery by spring.”')).toMatchObject({ speaker: 'Omar Reyes', verb: 'told' });
    expect(leadIn('The transfer was first announced on Ajax’s website, which said in a statement: “The club thanks him for six seasons.”')).toMatchObject({ speaker: 'Ajax’s website', verb: 'said' });
    expect(leadIn('The alarm was raised by a neighbor, who told the dispatcher, “There is smoke coming from the roof.”')).toMatchObject({ speaker: 'a neighbor', verb: 'told' });
  });
  it('reads "he" before an auxiliary and a bare verb ("He did reveal …, adding:")', () => {
    expect(leadIn('He did reveal that the band will tour again next year, adding: “We are not finished yet.”')).toMatchObject({ speaker: 'He', verb: 'adding' });
  });
});

describe('"said witness Jane Doe" and a sentence after the quote with reported speech of its own', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => q.speaker);
  it('reads "witness" (a noun in -ss) as no plural before the name', () => {
    expect(trailer('“It sounded like fireworks at first,” said witness Jamal Reddy.')).toMatchObject({ speaker: 'Jamal Reddy', verb: 'said' });
  });
  it('keeps the lead-in over a next sentence whose verb takes a clause ("He said footage shows …")', () => {
    expect(quotes('Fire Marshal Dana Kirk said at a briefing the blaze “started in the kitchen and spread fast.” He said footage shows the family leaving the house.')).toEqual(['Fire Marshal Dana Kirk']);
  });
});

describe('two quotes after two verbs of one subject', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('gives the second the subject of the first, with its own verb ("supports “…,” opposes “…”", "and labeled him “…”")', () => {
    expect(quotes('The mayor backs “a modest rise in the budget,” opposes “any cut at all to the parks” and left early.')).toEqual([['The mayor', 'backs'], ['The mayor', 'opposes']]);
    expect(quotes('Ruiz called the plan “a gift to developers” and labeled the council “a club of yes-men.”')).toEqual([['Ruiz', 'called'], ['Ruiz', 'labeled']]);
  });
});

describe('a reporting verb far before the quote', () => {
  const quotes = (body: string) => extractClaims(`Title\n\n${body}`, { headline: { start: 0, end: 5 } }).quotes.map((q) => [q.speaker, q.verb]);
  it('is read across where, when and about what ("said on Facebook on Friday, in a message to …,", "told X that during …,")', () => {
    expect(quotes('Okafor, 41, the coach of the county’s youngest team, said on Facebook on Friday, in a message to parents worried about the long drives to games in the spring, “We will play every game at home.”')[0]).toEqual(['Okafor', 'said']);
    expect(quotes('Lindqvist told the radio host that during the eleven winters she spent at the research station on the ice shelf, “I never once saw the sun in June.”')[0]).toEqual(['Lindqvist', 'told']);
  });
});
