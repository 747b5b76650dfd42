import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/extract-claims';
import type { ReportClaims } from '../claims/types';
import type { Relation } from '../relation';
import { findDivergences } from './find-divergences';
import type { ComparedReport, Divergence } from './types';

/** Claims of a report whose first paragraph is its headline, as the index stores them. */
function claimsOf(text: string): ReportClaims {
  const i = text.indexOf('\n\n');
  return extractClaims(text, { headline: i > 0 ? { start: 0, end: i } : null });
}

function report(id: string, text: string, options: { published?: string; relation?: Relation; copies?: string[] } = {}): ComparedReport {
  return {
    id, title: text.slice(0, text.indexOf('\n\n')), outlet: `${id} News`, published: options.published ?? null, url: `https://example.org/${id}`,
    relation: options.relation ?? 'story', claims: claimsOf(text), copies: options.copies ?? [],
  };
}

function divergences(article: string, others: ComparedReport[], published: string | null = null): Divergence[] {
  return findDivergences({ text: article, published, claims: claimsOf(article) }, others);
}

/** Kind, subtype, the article's text and each other's text. */
const brief = (ds: Divergence[]) => ds.map((d) => [`${d.kind}/${d.subtype}`, d.text, d.others.map((o) => o.text)]);

describe('figures', () => {
  it('counts those killed with "others" shot against a report of all shot, and not with others injured (gva-dev 485821, 390774)', () => {
    const a = 'Man accused\n\nHe is accused of killing one person and shooting four others.';
    expect(divergences(a, [report('b', 'Williston shooting\n\nFive people were shot, one fatally, on Saturday.')]).filter((d) => d.kind === 'figure')).toEqual([]);
    const c = 'Blytheville shooting\n\nA shooting killed 1 woman and injured 11 others Saturday.';
    expect(divergences(c, [report('d', 'Blytheville shooting\n\nPolice found a total of 12 injured victims.')]).filter((d) => d.kind === 'figure').map((d) => d.subtype)).toEqual(['conflict']);
  });
  it('does not set an age against a later report\'s that is older by no more than the years between them (gva-dev 281039)', () => {
    const a = 'Suspects named\n\nAdrian Perkins, 24, is one of three suspected gunmen in the shooting.';
    const older = report('b', 'Perkins sentenced\n\nAdrian Perkins, 26, was handed 35 years in prison.', { published: '2016-06-01' });
    expect(divergences(a, [older], '2014-03-01').filter((d) => d.kind === 'figure')).toEqual([]);
    const younger = report('b', 'Perkins sentenced\n\nAdrian Perkins, 22, was handed 35 years in prison.', { published: '2016-06-01' });
    expect(divergences(a, [younger], '2014-03-01').filter((d) => d.kind === 'figure').map((d) => d.subtype)).toEqual(['conflict']);
  });
  it('sets a baby\'s age in months against a report\'s four days later, not against one two months later older by two months (gold gva-675009)', () => {
    const a = 'Baby hurt\n\nHe gravely wounded his girlfriend and 9-month-old daughter Thursday.';
    const soon = report('b', 'Baby dies\n\nThe Sheriff said 14-month-old Eva Zamora died on Sunday.', { published: '2016-10-17' });
    expect(divergences(a, [soon], '2016-10-13').filter((d) => d.kind === 'figure').map((d) => d.subtype)).toEqual(['conflict']);
    const later = report('b', 'Baby dies\n\nThe Sheriff said 11-month-old Eva Zamora died on Sunday.', { published: '2016-12-15' });
    expect(divergences(a, [later], '2016-10-13').filter((d) => d.kind === 'figure')).toEqual([]);
  });
  it('does not set one report\'s count of people against another\'s that it gives too (gva-567614: the dead with and without the gunman)', () => {
    const a = 'Two dead, six injured in shooting rampage\n\nA gunman opened fire on Sunday morning, leaving one person dead, two police officers wounded and three others injured.';
    const b = report('b', 'Police identify suspect\n\nIn total, two people were killed, including the suspect, and six others were injured.');
    expect(brief(divergences(a, [b]).filter((d) => d.kind === 'figure'))).toEqual([]);
    // A count that neither report gives twice is still set against the other's.
    // (Four, not three: a toll with the suspect one more than another is no conflict, gva-dev 138282.)
    const c = report('c', 'Police identify suspect\n\nIn total, four people were killed, including the suspect, and six others were injured.');
    expect(brief(divergences(a, [c]).filter((d) => d.kind === 'figure')).map(([, text, others]) => [text, others])).toEqual([['Two', ['four']], ['one', ['four']]]);
  });
  it('does not set a venue\'s toll against the attacks\' total', () => {
    const a = 'Paris attacks\n\nGunmen stormed the Bataclan concert hall on Friday night. 89 people were killed at the Bataclan.';
    const b = report('b', 'Paris attacks\n\nGunmen opened fire across Paris on Friday night. In all, the attacks killed 130 people.');
    expect(divergences(a, [b])).toEqual([]);
  });
  it('does not set the toll of a report about one venue against a whole count that says nothing of its sites (a Paris-attacks sketch)', () => {
    const a = 'Survivors of the Bataclan recall the horror\n\nEighty-nine people were killed at the Bataclan concert hall when three gunmen opened fire during a concert.';
    const b = report('b', 'Paris mourns its dead\n\nFrance observed a minute of silence for the 130 people who were killed in Paris.');
    expect(divergences(a, [b])).toEqual([]);
  });
  it('does not set a toll or a siege "there" against the whole (a Paris-attacks sketch)', () => {
    const a = 'Paris attacks\n\nAt the Stade de France, three explosions were heard. One person was killed there. The siege there lasted nearly three hours.';
    const b = report('b', 'Raid\n\nThe attacks on November 13 killed 130 people. The siege lasted nearly an hour.');
    expect(divergences(a, [b])).toEqual([]);
  });
  it('sets the toll and the gunmen of a venue attacked, or "there", against another report\'s at that venue, and the time of the assault (a Paris-attacks sketch)', () => {
    const a = 'Paris attacks\n\nAt the Bataclan concert hall, three gunmen opened fire on the crowd. Police stormed the building shortly after midnight. About 80 people were killed there, officials said.';
    const b = report('b', 'Paris attacks\n\nFour gunmen stormed the Bataclan concert hall, where 89 people died. The siege lasted nearly three hours before police assaulted the building at 00:20.');
    expect(brief(divergences(a, [b]).filter((d) => d.kind === 'figure'))).toEqual([
      ['figure/conflict', 'three', ['Four']],
      ['figure/compatible', 'shortly after midnight', ['00:20']],
      ['figure/compatible', 'About 80', ['89']],
    ]);
    // The first of several places attacked is no venue of the toll: the whole is not set against the Bataclan's.
    const c = report('c', 'Paris attacks\n\nGunmen attacked the Bataclan, the Stade de France and restaurants, killing 129 people.');
    expect(divergences(a, [c]).filter((d) => d.kind === 'figure')).toEqual([]);
  });
  it('sets the time of a night\'s first explosion against another report\'s, and not the times of two venues (a Paris-attacks sketch)', () => {
    const a = 'Paris attacks: how the night unfolded\n\nThe first explosion was heard at 9:20 p.m. outside the Stade de France. At 9:25 p.m., gunmen opened fire on the terraces of Le Carillon bar, killing 15 people.';
    const b = report('b', 'Timeline of terror\n\nAt 9:17 p.m., a suicide bomber blew himself up outside the Stade de France. At 9:36 p.m., gunmen opened fire at La Belle Equipe, killing 19.');
    expect(brief(divergences(a, [b]).filter((d) => d.kind === 'figure'))).toEqual([['figure/conflict', '9:20 p.m.', ['9:17 p.m.']]]);
  });
  it('sets a search area that changed, and how long a plane flew, against another report\'s (a missing-airliner sketch)', () => {
    const a = 'MH370 search moves south\n\nThe search for Flight 370 shifted to an area of 319,000 square kilometres in the southern Indian Ocean. The plane flew for about seven hours after it vanished from radar.';
    const b = report('b', 'MH370: search area narrowed\n\nOfficials said the search had been narrowed to 120,000 sq km. Satellite data show the Boeing 777 flew for more than six hours after its last contact.');
    expect(brief(divergences(a, [b]).filter((d) => d.kind === 'figure'))).toEqual([
      ['figure/conflict', '319,000 square kilometres', ['120,000 sq km']],
      ['figure/compatible', 'about seven hours', ['more than six hours']],
    ]);
  });
  it('sets the hurt at a venue against a report set at that venue, named by its attack (a Manchester sketch)', () => {
    const a = 'Manchester attack: 22 killed at concert\n\nA suicide bomber killed 22 people and injured 59 at the Manchester Arena on Monday night.';
    const b = report('b', 'Manchester bombing: 116 injured, police say\n\nThe number of people injured in the Manchester Arena bombing has risen to 116, the NHS said.');
    expect(brief(divergences(a, [b]).filter((d) => d.kind === 'figure'))).toEqual([['figure/changed-over-time', '59', ['116']]]);
  });
  it('finds a conflict in the same suspect\'s age', () => {
    const a = 'Suspect named\n\nPolice named the suspect as Ahmed Khan, 27, who was arrested on Monday.';
    const b = report('b', 'Suspect named\n\nPolice named the suspect as Ahmed Khan, 28, who was arrested on Monday.');
    const [d, ...rest] = divergences(a, [b]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ kind: 'figure', subtype: 'conflict', text: '27', facts: { value: 27, measure: 'age', subject: 'Ahmed Khan' } });
    expect(d.others).toEqual([
      {
        reportId: 'b', start: b.claims.figures[0].span.start, end: b.claims.figures[0].span.end, text: '28',
        context: 'Police named the suspect as Ahmed Khan, 28, who was arrested on Monday.',
        outlet: 'b News', published: null, url: 'https://example.org/b', copies: [],
        facts: { value: 28, qualifier: 'exact', unit: null, measure: 'age', subject: 'Ahmed Khan', role: 'suspect', counted: null, source: null },
      },
    ]);
    expect(a.slice(d.start, d.end)).toBe('27');
  });
  it('does not give an age told by a surname alone to one of two of that surname another report names (gva-dev 519541)', () => {
    const a = 'Suspect arrested\n\nDetectives say Powell, 24, was the apparent target of the shooting.';
    const b = report('b', 'Victims named\n\nThe victims were Brittany Powell, 27, and her sister Chanetta Powell, 25.');
    expect(divergences(a, [b])).toEqual([]);
    // One of that surname: the same person.
    const c = report('c', 'Victim named\n\nThe victim was Lamont Powell, 25, of Homewood.');
    expect(brief(divergences(a, [c]))).toEqual([['figure/conflict', '24', ['25']]]);
  });
  it('finds one person\'s age though reports spell the first name two ways, not two of one family (gva-704555)', () => {
    const a = 'Boy killed\n\nJavon Wilson, 14, was inside his home when two people broke in.';
    const b = report('b', 'Boy killed\n\nJovan Wilson, 15, died Friday night at the scene.');
    expect(brief(divergences(a, [b]))).toEqual([['figure/conflict', '14', ['15']]]);
    // A report that names two of that surname: two people, however near their names.
    const c = report('c', 'Boys killed\n\nJovan Wilson, 15, and his brother Jaden Wilson, 12, died Friday night at the scene.');
    expect(divergences(a, [c])).toEqual([]);
  });
  it('does not set a toll against another one apart when either report says the gunman died (gva-480358, gva-dev 484333, 138282; gva-511436, read after its first measure)', () => {
    const dead = (a: string, b: string) => brief(divergences(`Shooting\n\n${a}`, [report('b', `Shooting\n\n${b}`)])).filter(([kind]) => kind === 'figure/conflict').length > 0;
    const cases: Array<[string, string, boolean]> = [
      ['The gunman killed three people and then himself.', 'Four people are dead after the shootings.', false],
      ['The gunman killed three people and then himself.', 'Five people are dead after the shootings.', true],
      ['Four people were killed by a man on a rampage before he was shot and killed by police.', 'The shooting left five dead in Federal Way.', false],
      ['Four people were killed before officers fatally shot the gunman.', 'The shooting left five dead in Federal Way.', false],
      ['Four people were killed before he was shot by police.', 'The shooting left five dead in Federal Way.', true],
      ['He had killed six people.', 'The shooting left seven people dead including the suspected shooter.', false],
      ['He had killed six people.', 'The shooting left seven people dead.', true],
      ['He had killed three people.', 'Four were killed including himself, the shooter.', false],
      // Said in another sentence of the report ("… before police killed him"), not by the toll.
      ['The three people killed in the shooting were identified Friday. Ford killed three people and injured 14 others before police killed him.', 'Four dead, 14 wounded in the shooting, officials said.', false],
      ['The three people killed in the shooting were identified Friday.', 'Four dead, 14 wounded in the shooting, officials said.', true],
    ];
    expect(cases.map(([a, b]) => dead(a, b))).toEqual(cases.map(([, , flagged]) => flagged));
  });
  it('compares those shot with those hurt where neither report tells of a death, not others than some (gva-dev 663789, 679290)', () => {
    const a = 'Shooting leaves 4 kids injured in Humble\n\nDeputies are looking for the shooter.';
    const b = report('b', 'Two children shot\n\nTwo children were shot while playing street soccer on Monday evening.');
    expect(brief(divergences(a, [b])).map(([kind]) => kind)).toContain('figure/conflict');
    // A death told: the shot may count the dead.
    const c = report('c', 'Two children shot\n\nTwo children were shot while playing street soccer on Monday evening; one of them died.');
    expect(brief(divergences(a, [c])).filter(([kind]) => kind === 'figure/conflict')).toEqual([]);
    // Some hurt otherwise (gva-dev 663789: "another 15-year-old boy was injured by flying glass"): the hurt are more than the shot.
    const g = report('g', 'Two children shot\n\nTwo children were shot while playing street soccer. Another 15-year-old boy was injured by flying glass.');
    expect(brief(divergences(a, [g])).filter(([kind]) => kind === 'figure/conflict')).toEqual([]);
    // Others than some are a part.
    const d = report('d', 'Cookout shooting\n\nPolice said four other people were injured at the cookout.');
    expect(brief(divergences('Cookout shooting\n\nFive people were shot at a cookout on Monday.', [d])).filter(([kind]) => kind === 'figure/conflict')).toEqual([]);
  });
  it('does not give an age told by a first name alone to one of two of that first name another report names (gva-dev 288421: a father and son)', () => {
    const a = 'Family found dead\n\nDeputies believe Coleton, Amanda Tarpley and their two children, Charlie, 9, and Coleton, 6, died in a murder-suicide.';
    const b = report('b', 'Family identified\n\nDeputies identified the parents as Coleton Lee Tarpley, 36, and Amanda Tarpley. The boys were Coleton Tarpley, 9, and Charlie Tarpley, 6.');
    expect(brief(divergences(a, [b])).filter(([, text]) => text === '6')).toEqual([]);
    // One of that first name there: the same person.
    const c = report('c', 'Family identified\n\nThe boys were Coleton Tarpley, 5, and Charlie Tarpley, 9.');
    expect(brief(divergences(a, [c])).filter(([, text]) => text === '6').map(([kind]) => kind)).toEqual(['figure/conflict']);
  });
  it('finds "at least 80" and 89 compatible, not in conflict', () => {
    const a = 'Quake\n\nAt least 80 people were killed in the earthquake that struck the region, officials said.';
    const b = report('b', 'Quake\n\n89 people were killed in the earthquake that struck the region, officials said.');
    expect(brief(divergences(a, [b]))).toEqual([['figure/compatible', 'At least 80', ['89']]]);
  });
  it('finds a toll that rose between reports of different days changed over time', () => {
    const a = 'Quake\n\n45 people were killed in the earthquake that struck the region, officials said.';
    const b = report('b', 'Quake\n\nThe toll rose to 89 people killed in the earthquake that struck the region, officials said.', { published: '2025-03-02' });
    expect(brief(divergences(a, [b], '2025-03-01'))).toEqual([['figure/changed-over-time', '45', ['89']]]);
    // The same two tolls, said on the same day, with no word of a rise: a conflict.
    const c = report('c', 'Quake\n\n89 people were killed in the earthquake that struck the region, officials said.', { published: '2025-03-01' });
    expect(brief(divergences(a, [c], '2025-03-01'))).toEqual([['figure/conflict', '45', ['89']]]);
    // A toll both can be right about, a day apart ("at least 45" and 89): given differently, not changed (gva-634787's "two shooters" and "at least two").
    const d = report('d', 'Quake\n\nAt least 45 people were killed in the earthquake that struck the region, officials said.', { published: '2025-03-01' });
    expect(brief(divergences('Quake\n\n89 people were killed in the earthquake that struck the region, officials said.', [d], '2025-03-02'))).toEqual([['figure/compatible', '89', ['At least 45']]]);
  });
  it('finds officials\' 500 against residents\' 3,000 contested, with the rival figure', () => {
    const a = 'Kursk\n\nRussian officials claim 500 people are missing, but many locals believe the true number is closer to 3,000.';
    const b = report('b', 'Kursk\n\nAround 500 people are missing in Kursk, Russian officials say.');
    const ds = divergences(a, [b]);
    expect(brief(ds)).toEqual([
      ['attribution/verb-kind', 'Russian officials claim', ['Russian officials say']],
      ['figure/contested', '500', ['Around 500']],
    ]);
    expect(ds[1].facts).toMatchObject({ value: 500, source: 'Russian officials', contestedBy: { value: 3000, source: 'many locals', text: 'closer to 3,000' } });
    expect(ds[0].facts).toEqual({ speaker: 'Russian officials', verb: 'claim', verbKind: 'distancing', relay: null });
  });
  it('finds the other side of a contest there, when this report gives one figure', () => {
    const a = 'Kursk\n\nAround 500 people are missing in Kursk, Russian officials say.';
    const b = report('b', 'Kursk\n\nRussian officials say 500 people are missing, but many locals believe the true number is closer to 3,000.');
    const ds = divergences(a, [b]);
    expect(brief(ds)).toEqual([['figure/contested', 'Around 500', ['500']]]);
    const other = ds[0].others[0].facts as { contestedBy?: { value: number } };
    expect(other.contestedBy?.value).toBe(3000);
  });
});

describe('quotes and attributions', () => {
  const said = (words: string, attribution = 'Tatyana Moskalkova said on Monday') => `Evacuation\n\n"${words}," ${attribution}.`;
  const WORDS = 'They will be evacuated through Belarus to other regions of the country';

  it('gives a reworded quote with its word diff', () => {
    const a = said('There is an agreement with the Red Cross and the Ukrainian side that they will be evacuated through Belarus');
    const b = report('b', said('There is an agreement with the Red Cross and the Ukrainian side that they will be taken out through Belarus'), { relation: 'rewrite' });
    const [d, ...rest] = divergences(a, [b]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      kind: 'quote', subtype: 'reworded', changed: 0.08,
      diff: [[0, 'There is an agreement with the Red Cross and the Ukrainian side that they will be '], [-1, 'evacuated'], [1, 'taken out'], [0, ' through Belarus']],
      facts: { speaker: 'Tatyana Moskalkova', verb: 'said', verbKind: 'neutral', relay: null },
    });
  });
  it('finds a bracketed insertion minor', () => {
    const b = report('b', said('They will be evacuated through Belarus [to Russia] to other regions of the country'), { relation: 'rewrite' });
    const ds = divergences(said(WORDS), [b]);
    expect(ds.map((d) => [d.kind, d.subtype, 'diff' in d ? d.diff : null])).toEqual([
      ['quote', 'minor', [[0, 'They will be evacuated through Belarus '], [1, '[to Russia] '], [0, 'to other regions of the country']]],
    ]);
  });
  it('finds nothing for the same quote with other quote marks and case', () => {
    const b = report('b', `Evacuation\n\n“${WORDS.toLowerCase()},” Tatyana Moskalkova said on Monday.`, { relation: 'rewrite' });
    expect(divergences(said(WORDS), [b])).toEqual([]);
  });
  it('finds the same words given to another speaker', () => {
    const b = report('b', said(WORDS, 'Dmitry Peskov said on Monday'), { relation: 'rewrite' });
    expect(brief(divergences(said(WORDS), [b]))).toEqual([['attribution/speaker', 'Tatyana Moskalkova said', ['Dmitry Peskov said']]]);
  });
  it('finds a relay one report gives and the other does not', () => {
    const b = report('b', said(WORDS, 'Tatyana Moskalkova said, according to the state-run RIA Novosti news agency'), { relation: 'rewrite' });
    const ds = divergences(said(WORDS), [b]);
    expect(brief(ds)).toEqual([['attribution/relay', 'Tatyana Moskalkova said', ['according to the state-run RIA Novosti news agency']]]);
    expect(ds[0].others[0].facts).toMatchObject({ relay: 'RIA Novosti' });
  });
  it('finds a reporting verb of another stance', () => {
    const b = report('b', said(WORDS, 'Tatyana Moskalkova claimed on Monday'), { relation: 'rewrite' });
    expect(brief(divergences(said(WORDS), [b]))).toEqual([['attribution/verb-kind', 'Tatyana Moskalkova said', ['Tatyana Moskalkova claimed']]]);
  });
  it('does not set a pronoun resolved by the extractor against another one or a name (on gva-dev, such flags were all wrong)', () => {
    // Title-case headlines end in a capital: the name resolved is the body's, not run on from the headline.
    const she = 'Evacuation From Kursk\n\nTatyana Moskalkova, the rights commissioner, spoke in Moscow.\n\n"They will be evacuated through Belarus to other regions of the country," she said.';
    const he = 'Evacuation From Kursk\n\nDmitry Peskov, the Kremlin spokesman, spoke in Moscow.\n\n"They will be evacuated through Belarus to other regions of the country," he said.';
    expect(claimsOf(she).quotes.map((q) => [q.speaker, q.speakerResolved])).toEqual([['Tatyana Moskalkova', true]]);
    expect(divergences(she, [report('b', he, { relation: 'rewrite' })])).toEqual([]);
    const named = report('c', said(WORDS, 'Dmitry Peskov said'), { relation: 'rewrite' });
    expect(divergences(she, [named])).toEqual([]);
    // Two written out: another speaker.
    const moskalkova = said(WORDS, 'Tatyana Moskalkova said');
    expect(brief(divergences(moskalkova, [named]))).toEqual([['attribution/speaker', 'Tatyana Moskalkova said', ['Dmitry Peskov said']]]);
  });
  it('finds no other stance in "said" against "confirmed", only against a distancing verb', () => {
    const b = report('b', said(WORDS, 'Tatyana Moskalkova confirmed on Monday'), { relation: 'rewrite' });
    expect(divergences(said(WORDS), [b])).toEqual([]);
  });
  it('finds a quote another report gives as reported speech', () => {
    const a = said('The residents of Kursk will be evacuated through Belarus to other regions of Russia next week');
    const b = report('b', 'Evacuation\n\nTatyana Moskalkova said that the residents of Kursk will be evacuated through Belarus to other regions of Russia next week.');
    const ds = divergences(a, [b]);
    expect(brief(ds)).toEqual([['quote/paraphrased', 'The residents of Kursk will be evacuated through Belarus to other regions of Russia next week', ['the residents of Kursk will be evacuated through Belarus to other regions of Russia next week']]]);
    expect(ds[0].others[0].facts).toEqual({ speaker: 'Tatyana Moskalkova', verb: 'said', verbKind: 'neutral', relay: null, headline: false });
  });
  it('finds a headline that states as fact what another headline attributes, both ways', () => {
    const fact = 'Russia Secures Evacuation Deal For Kursk Residents\n\nResidents of Kursk will leave through Belarus.';
    const attributed = 'Russia Says It Secured Evacuation Deal For Kursk Residents\n\nResidents of Kursk will leave through Belarus.';
    const ds = divergences(fact, [report('b', attributed)]);
    expect(brief(ds)).toEqual([['attribution/fact-vs-attributed', 'Russia Secures Evacuation Deal For Kursk Residents', ['Russia Says It Secured Evacuation Deal For Kursk Residents']]]);
    expect(ds[0].facts).toEqual({ speaker: null, verb: null, verbKind: null, relay: null, headline: true, attributedInBody: null });
    const back = divergences(attributed, [report('a', fact)]);
    expect(brief(back)).toEqual([['attribution/fact-vs-attributed', 'Russia Says It Secured Evacuation Deal For Kursk Residents', ['Russia Secures Evacuation Deal For Kursk Residents']]]);
  });
});

describe('findDivergences over several reports', () => {
  const a = 'Suspect named\n\nPolice named the suspect as Ahmed Khan, 27, who was arrested on Monday.';
  const b28 = 'Suspect named\n\nPolice named the suspect as Ahmed Khan, 28, who was arrested on Monday.';

  it('gives one finding per place with every report that gives it, and their copies', () => {
    const ds = divergences(a, [report('b', b28, { copies: ['b-copy'] }), report('c', b28), report('b', b28)]);
    expect(ds).toHaveLength(1);
    expect(ds[0].others.map((o) => [o.reportId, o.copies])).toEqual([['b', ['b-copy']], ['c', []]]);
  });
  it('sorts findings by their place in the article, with exact spans', () => {
    const text = `${a} "They will be evacuated through Belarus to other regions of the country," Tatyana Moskalkova said on Monday.`;
    const other = `${b28} "They will be evacuated through Belarus to other regions of the country," Dmitry Peskov said on Monday.`;
    const ds = divergences(text, [report('b', other, { relation: 'rewrite' })]);
    expect(ds.map((d) => `${d.kind}/${d.subtype}`)).toEqual(['figure/conflict', 'attribution/speaker']);
    for (const d of ds) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
  it('drops a finding whose span does not match the article\'s text', () => {
    const claims = claimsOf(a);
    const shifted: ReportClaims = { ...claims, figures: claims.figures.map((f) => ({ ...f, span: { ...f.span, start: f.span.start + 1, end: f.span.end + 1 } })) };
    expect(findDivergences({ text: a, published: null, claims: shifted }, [report('b', b28)])).toEqual([]);
  });
  it('survives reports that are not reports', () => {
    const broken = [null, { id: 7 }, { ...report('b', b28), claims: { figures: 'x' } }] as unknown as ComparedReport[];
    expect(divergences(a, broken)).toEqual([]);
  });
});
