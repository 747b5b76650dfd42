import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';
import { surname } from './age-roles';

const roles = (text: string) => extractClaims(text).figures.filter((f) => f.measure === 'age').map((f) => [f.span.text, f.subject, f.role ?? null]);

describe('age roles: whose age an unnamed age is, by the part the person plays', () => {
  it('reads the part from the cue nearest the age (gva-617607)', () => {
    expect(roles('He is described as a black or Hispanic male with light skin and in his 20\'s. One woman in her 20\'s died at the scene and three other women in their 30\'s were transported to a hospital.')).toEqual([
      ["20's", null, 'suspect'],
      ["20's", 'woman', 'dead'],
      ["30's", 'women', null], // several people: no one's part
    ]);
    expect(roles('McCray, 24, is accused of fatally shooting a woman. Teqnika Moultrie, a 30-year-old bus driver from San Carlos, was killed.')).toEqual([
      ['24', 'McCray', 'suspect'],
      ['30-year-old', 'Teqnika Moultrie', 'dead'],
    ]);
  });
  it('gives the one acted on the part of the verb, not of a cue further off', () => {
    expect(roles('The officers are accused of fatally shooting Mardis and critically wounding his 25-year-old father Christopher Few.')).toEqual([['25-year-old', 'Christopher Few', 'injured']]);
    expect(roles('A teenager accused of shooting his 11-year-old brother told police he did not believe the gun would fire.')).toEqual([['11-year-old', 'brother', null]]);
    expect(roles('Emanuel Marrero was arrested for allegedly shooting and killing a 19-year-old man during a party.')).toEqual([['19-year-old', 'man', 'dead']]);
    expect(roles('The shooter walked up to the car, shooting both the driver and the 10-year-old.')).toEqual([['10-year-old', null, null]]);
    expect(roles('She described 16-year-old Monica as fun-loving.')).toEqual([['16-year-old', 'Monica', null]]);
  });
  it('makes the one who killed, with an object, the suspect; the one killed or who killed himself stays dead', () => {
    expect(roles('Police are searching for a 17-year-old who they say killed another teenager.')).toEqual([['17-year-old', null, 'suspect']]);
    expect(roles('An 18-year-old man fatally shot his friend over the weekend.')).toEqual([['18-year-old', 'man', 'suspect']]);
    expect(roles('A 2-year-old boy shot and killed near his home has the city grieving.')).toEqual([['2-year-old', 'boy', 'dead']]);
    expect(roles('A 6-year-old boy fatally shot himself in his home.')).toEqual([['6-year-old', 'boy', 'dead']]);
  });
  it('reads the hurt from "fighting for his life", nearer than a toll further on (gva-dev 572987)', () => {
    expect(roles('A three-year-old is fighting for his life after a triple shooting that left one man dead on Monday.')).toEqual([['three-year-old', null, 'injured']]);
    expect(roles('Police are searching for a 17-year-old who they say killed another 17-year-old.')).toEqual([
      ['17-year-old', null, 'suspect'],
      ['17-year-old', null, 'dead'],
    ]);
  });
  it('reads a named person\'s part from the other sentences that name them', () => {
    expect(roles('Police say 25-year-old Endicott McCray of Pflugerville got into an argument. McCray was arrested in Atlanta.')).toEqual([['25-year-old', 'Endicott McCray', 'suspect']]);
  });
  it('gives no part that more than one person holds in the report', () => {
    expect(roles('Two people were killed. A 24-year-old man died at the scene.')).toEqual([['24-year-old', 'man', null]]);
    expect(roles('Aaron Dunnings, 23, was arrested. Police said Mark Lindsey, 31, was charged.')).toEqual([
      ['23', 'Aaron Dunnings', null],
      ['31', 'Mark Lindsey', null],
    ]);
    // One report's two ages for the part do not fit one person.
    expect(roles('A woman in her 20s died at the scene. Teqnika Moultrie, 30, was killed, her family said.')).toEqual([
      ['20s', 'woman', null],
      ['30', 'Teqnika Moultrie', null],
    ]);
  });
  it('counts a gunman killed among the dead as the gunman, not a second victim (gva-567614)', () => {
    expect(roles('Two dead, six injured in shooting rampage. A man in his 50s died at the scene. The gunman was shot and killed by police.')).toEqual([['50s', 'man', 'dead']]);
    expect(roles('Two dead, six injured in shooting rampage. A man in his 50s died at the scene.')).toEqual([['50s', 'man', null]]);
  });
  it('gives the one accused his part though a report names his generation, his age then, and the shooter\'s girlfriend (gva-484333, read after its first measure)', () => {
    const text = 'Dennis Clark III, 27, fatally shot his girlfriend. The medical examiner identified the shooter\'s live-in girlfriend as Justine E. Baez, 24. In 2003, assault charges were filed against Dennis Clark, who was age 17 at the time, for allegedly shooting a girl.';
    expect(roles(text)).toEqual([['27', 'Dennis Clark III', 'suspect'], ['24', 'Justine E. Baez', null], ['17', 'Dennis Clark', null]]);
    expect(surname('Dennis Clark III')).toBe('clark');
    expect(surname('Ronnie Smith Jr.')).toBe('smith');
  });
  it('reads a sentence or a plea as the part of one accused (a sketch of a sentencing)', () => {
    expect(roles('A 24-year-old man was sentenced Tuesday to 45 years in prison.')).toEqual([['24-year-old', 'man', 'suspect']]);
    expect(roles('Darnell Hayes, 25, pleaded guilty to murder.')).toEqual([['25', 'Darnell Hayes', 'suspect']]);
  });
  it('gives no part to a witness who tells what happened (gva-567614: "Schwartz, 62, said they saw … one of the gunmen")', () => {
    expect(roles('Schwartz, 62, said they saw a shirtless man with tattoos, who he later realized was one of the gunmen.')).toEqual([['62', 'Schwartz', null]]);
    // gva-dev 812386: unnamed, and asking.
    expect(roles('"Someone died?" a 67-year-old woman asked Stokes\' uncle.')).toEqual([['67-year-old', 'woman', null]]);
    // gva-dev 138282: someone's kin, told of by another, in a sentence whose cues are the gunman's.
    expect(roles('Richard Martinez told reporters that his 20-year-old son Christopher was among those the gunman killed.')).toEqual([['20-year-old', 'son', null]]);
    // gva-dev 762778: asking for something is no telling.
    expect(roles('Joey Maddox, 19, asked to see the gun and then shot and killed his friend.')[0][2]).not.toBeNull();
  });
  it('gives the one boy or man of a part several people play his part and sex (gold gva-692315)', () => {
    const ages = (text: string) => extractClaims(text).figures.filter((f) => f.measure === 'age').map((f) => [f.span.text, f.role ?? null, f.roleAndSex ?? null]);
    expect(ages('A 2-year-old boy and a man in his 20s were killed in a shooting, prosecutors said. Two lives were lost.')).toEqual([
      ['2-year-old', null, 'dead m minor'],
      ['20s', null, 'dead m adult'],
    ]);
    // Not where an age of the part does not say whose it is: the 24-year-old may be another man.
    expect(ages('Two men were killed: a 46-year-old man and a 24-year-old.').map((a) => a[2])).toEqual([null, null]);
  });
  it('gives one "including" a part of the count right before it (a Manchester Arena sketch; gva-dev 699033)', () => {
    const ages = (text: string) => extractClaims(text).figures.filter((f) => f.measure === 'age').map((f) => [f.span.text, f.roleAndSex ?? null]);
    expect(ages('A gunman killed four people, including an 8-year-old girl, and wounded 59 at a concert.')).toEqual([['8-year-old', 'dead f minor']]);
    // Of 22 dead, the one girl a report gives an age to need not be another report's one girl.
    expect(ages('A suicide bomber killed 22 people, including an 8-year-old girl, and wounded 59 at a concert.')).toEqual([['8-year-old', null]]);
    expect(roles('A woman was killed and five others, including a 4-year-old boy, were injured.')).toEqual([['4-year-old', 'boy', null]]);
    expect(extractClaims('A woman was killed and five others, including a 4-year-old boy, were injured.').figures.find((f) => f.measure === 'age')!.roleAndSex).toBe('injured m minor');
  });
  it('gives no part to one fired on (a sketch of a police shooting)', () => {
    expect(roles('Officer Jason Van Dyke, 37, opened fire on 17-year-old Laquan McDonald, who was charged with nothing.')[1]).toEqual(['17-year-old', 'Laquan McDonald', null]);
  });
  it('reads no cue across "while", and a first name after a title (gva-dev 346725; gold gva-480358)', () => {
    expect(roles('Two men were shot and killed, while a 30-year-old man suffered gunshot wounds to the leg.')).toEqual([['30-year-old', 'man', null]]);
    const ages = (text: string) => extractClaims(text).figures.filter((f) => f.measure === 'age').map((f) => [f.span.text, f.roleAndSex ?? null]);
    expect(ages('Three people were killed. Courtney Aoki, 20, was shot and killed. Victim Melvin Edwards, 69, was killed. Jeremy Lewis, 26, was killed.')).toEqual([
      ['20', 'dead f adult'],
      ['69', null], // two men among the dead
      ['26', null],
    ]);
  });
  it('gives no part of the suspect to one the suspect acts on, nor to someone\'s kin (gva-dev 485811)', () => {
    expect(roles('The suspect took a six-year-old girl to a neighbor.')).toEqual([['six-year-old', 'girl', null]]);
    expect(roles('One suspect, a 19-year-old male, was in custody.')).toEqual([['19-year-old', 'male', 'suspect']]);
    expect(roles('The office facilitated an exchange of custody between Smith’s 3 year old daughter and her mother.')).toEqual([['3 year old', 'daughter', null]]);
  });
  it('makes the one young girl or boy of a report the story\'s, named or not; not beside another child of another age, a daughter, or among many dead (gva-566168, read after its first measure)', () => {
    const ages = (text: string) => extractClaims(text).figures.filter((f) => f.measure === 'age').map((f) => [f.span.text, f.subject, f.roleAndSex ?? null]);
    expect(ages('Girl, 2, shot in argument\n\nThe 2-year-old girl was declared brain-dead. Separately, an autopsy was completed on 2-year-old Aaron Minor.')).toEqual([
      ['2', 'girl', 'child f'], ['2-year-old', 'girl', 'child f'], ['2-year-old', 'Aaron Minor', 'child m'],
    ]);
    expect(ages('Three charged in shooting of 3-year-old girl\n\nPolice say he opened fire on a car, hitting 3-year-old Makanzee Oldham.').map((x) => x[2])).toEqual(['child f', 'child f']);
    expect(ages('Two hurt\n\nA 7-year-old girl and a 4-year-old child were shot.').map((x) => x[2])).toEqual([null, null]);
    expect(ages('A father shot his 4-year-old daughter.').map((x) => x[2])).toEqual([null]);
    expect(ages('A suicide bomber killed 22 people, including an 8-year-old girl.').map((x) => x[2])).toEqual([null]);
  });
  it('takes a young "male" or "female" for a boy or a girl (gold gva-741697, after its first measure)', () => {
    const ages = (text: string) => extractClaims(text).figures.filter((f) => f.measure === 'age').map((f) => f.roleAndSex ?? null);
    expect(ages('Girl killed\n\nDeputies found an un-named 12 yr. old female and an un-named 11 yr. old male.')).toEqual(['child f', 'child m']);
  });
  it('makes the one baby of a report the story\'s, in months or in years, whatever its sex; not two babies, nor beside another small child (gold gva-675009, after its first measure)', () => {
    const ages = (text: string) => extractClaims(text).figures.filter((f) => f.measure === 'age').map((f) => f.roleAndSex ?? null);
    expect(ages('Man shot girlfriend\n\nHe gravely wounded his girlfriend and 9-month-old daughter. Deputies found the 9-month-old infant hurt.')).toEqual(['child baby', 'child baby']);
    expect(ages('Baby dies\n\nThe Sheriff said 14-month-old Eva Zamora died on Sunday.')).toEqual(['child baby']);
    expect(ages('Party shooting\n\nA fight at a house party left a 1-year-old baby and a mother hurt.')).toEqual(['child baby']);
    expect(ages('Two babies hurt\n\nA 3-month-old baby and 20-month-old Jordan Ruiz were hurt.')).toEqual([null, null]);
  });
  it('reads a named child\'s sex from the pronouns after the age when the name does not say it (gold gva-566168, read)', () => {
    const ages = (text: string) => extractClaims(text).figures.filter((f) => f.measure === 'age').map((f) => f.roleAndSex ?? null);
    expect(ages('Funeral held\n\nA carriage carries the casket of Makanzee Selena Oldham, 2, after her funeral service.')).toEqual(['child f']);
    expect(ages('Funeral held\n\nMourners said farewell to Jaylen Oduya, 3, and his family.')).toEqual(['child m']);
    expect(ages('Funeral held\n\nMourners said farewell to Jaylen Oduya, 3, as he and her mother wept.')).toEqual([null]);
  });
  it('keeps the one child among those fired at, or beside a tally of many happenings (gold gva-566168, read)', () => {
    const ages = (text: string) => extractClaims(text).figures.filter((f) => f.measure === 'age').map((f) => f.roleAndSex ?? null);
    expect(ages('Girl, 2, shot in argument\n\nThe 2-year-old girl was declared brain-dead. Smelley shot at seven people in a car.')).toEqual(['child f', 'child f']);
    expect(ages('Girl, 2, shot in argument\n\nThe 2-year-old girl was declared brain-dead. In the past two months, eight youths have been injured or killed by gunfire.')).toEqual(['child f', 'child f']);
  });
});
