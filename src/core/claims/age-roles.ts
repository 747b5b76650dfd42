/**
 * Whose age an unnamed age is, by the part the person plays: the one killed,
 * the one hurt, or the suspect. Early reports of a shooting give "a woman in
 * her 20s died at the scene" and "the suspect is described as a man in his
 * 20s"; later ones name them ("Teqnika Moultrie, 30", "McCray, 24, is accused
 * of …"). Two ages of one part are one person's only when each report has one
 * person in that part: a report that counts two dead, or gives the ages of two
 * named suspects, gives no part to any of its ages.
 *
 * The part is read from the cue word nearest the age in its sentence ("died",
 * "accused", "described as"); for a named person with no cue there, from the
 * sentences that name them again. Bounded: a few tokens around each age, and
 * one pass over the tokens for the surnames.
 */
import type { Span, Token } from '../text';
import { sentenceAt } from '../text';
import { genderOf } from './lexicon';
import { tokenAt } from './spans';
import type { AgeRole, FigureClaim } from './types';

const CUES: ReadonlyMap<string, AgeRole> = new Map<string, AgeRole>([
  ...['suspect', 'suspects', 'suspected', 'gunman', 'shooter', 'accused', 'charged', 'arrested', 'wanted', 'warrant', 'booked', 'jailed',
    'custody', 'allegedly', 'arraigned', 'indicted', 'fugitive', 'manhunt', 'sentenced', 'convicted', 'pleaded', 'pleads'].map((w) => [w, 'suspect'] as const),
  ...['died', 'dies', 'killed', 'killing', 'dead', 'slain', 'fatally', 'deceased', 'murdered'].map((w) => [w, 'dead'] as const),
  ...['injured', 'wounded', 'wounding', 'hospitalized', 'hospitalised', 'survived'].map((w) => [w, 'injured'] as const),
]);

/**
 * Words right before an age that make its person the one acted on ("killing a 6-year-old boy", "critically
 * wounding his 25-year-old father", "accused of shooting his 11-year-old brother"): the part is the verb's, and
 * no cue further off is read (the "accused" there is the shooter's). Null: acted on, part unknown.
 */
const ACTED_ON: ReadonlyMap<string, AgeRole | null> = new Map<string, AgeRole | null>([
  ...['killing', 'killed', 'murdering', 'murdered', 'slaying', 'slew'].map((w) => [w, 'dead'] as const),
  ...['wounding', 'wounded', 'injuring', 'injured', 'hurting'].map((w) => [w, 'injured'] as const),
  ...['shooting', 'shot', 'striking', 'struck', 'hitting', 'hit', 'stabbing', 'stabbed', 'attacking', 'attacked', 'abusing', 'abused',
    'assaulting', 'assaulted', 'against', 'found', 'described', 'by', 'robbing', 'robbed', 'threatening', 'threatened', 'kidnapping',
    'kidnapped', 'with'].map((w) => [w, null] as const),
]);
/** Nouns before "of" that make the person after it the one killed ("the murder of 19-year-old …"). */
const DEATH_OF = /^(?:murder|death|killing|slaying|loss|homicide)$/;
const BEFORE_AGE_SKIP = /^(?:a|an|the|his|her|their|its|both|another)$/;

/** How far from the age (or the name) a cue is read, in tokens. */
const WINDOW = 14;
const PLURAL = /^(?:men|women|males|females|boys|girls|people|persons|teens|teenagers|victims|suspects|children|kids|adults)$/;
const NAMED = /^\p{Lu}/u;

export interface AgeRoleInput {
  /** The text, to read whether the dead counted include the gunman. */
  text?: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
}

/** The gunman killed or dead ("the gunman was shot and killed by police", "killing the suspect", "including the gunman"). */
const SHOOTER_DEAD = /\b(?:gunman|shooter|suspect|attacker)\s+(?:\w+\s+){0,3}?(?:was|is|were|also)\s+(?:\w+\s+){0,2}?(?:killed|dead|died)\b|\b(?:killed|killing|fatally shot|shot and killed)\s+(?:the\s+)?(?:gunman|shooter|suspect|attacker)\b|\b(?:dead|killed|died),?\s+including\s+the\s+(?:gunman|shooter|suspect|attacker)\b/i;

/** Verbs right after "Name, 62," that make the person a witness or a speaker. */
const TELLING = /^(?:said|says|told|tells|recalled|recalls|added|explained|saw|heard|watched|remembered|wrote|testified)$/;
/** "asked", a question told, but not "asked to see the gun", a request that may be part of what happened. */
const telling = (tokens: AgeRoleInput['tokens'], k: number) =>
  TELLING.test(tokens[k]?.norm ?? '') || (/^ask(?:ed|s)$/.test(tokens[k]?.norm ?? '') && !/^(?:to|for|if)$/.test(tokens[k + 1]?.norm ?? ''));
const KIN = /^(?:son|daughter|brother|sister|mother|father|wife|husband|girlfriend|boyfriend|cousin|nephew|niece|grandson|granddaughter|child|stepson|stepdaughter|friend)$/;
const PASSIVE = /^(?:was|were|is|are|be|been|being|got|gets)$/;
const REFLEXIVE = /^(?:himself|herself|themselves)$/;

/**
 * The part named by the cue nearest token `at` within its sentence, or null when none is, or two parts are
 * equally near. A killing verb after the person without a passive ("a 17-year-old who they say killed another",
 * "An 18-year-old man fatally shot his friend") makes them the one who killed, unless they killed themselves.
 */
function nearestCue(input: AgeRoleInput, at: number): AgeRole | null {
  const { tokens } = input;
  const sent = sentenceAt(input.sentences as Span[], tokens[at].start);
  const cue = nearestCueAt(input, at, sent);
  // "The suspect took a six-year-old girl to a neighbor": a suspect who acts on the person of the age is someone else.
  if (cue && cue.role === 'suspect' && cue.k < at - 1 && SUSPECT_NOUN.test(tokens[cue.k].norm)) {
    const verb = tokens[cue.k + 1];
    if (/^\p{Ll}+$/u.test(verb.raw) && !NOT_ACTING.test(verb.norm)) return null;
  }
  if (!cue || cue.role !== 'dead' || cue.k < at || !/^(?:killed|killing|fatally|murdered|slain)$/.test(tokens[cue.k].norm)) return cue?.role ?? null;
  for (let j = at + 1; j < cue.k; j++) if (PASSIVE.test(tokens[j].norm)) return 'dead';
  // Active only with an object after the verb: "A 2-year-old boy shot and killed near his home" is the one killed.
  const object = tokens[cue.k].norm === 'fatally' ? tokens[cue.k + 2] : tokens[cue.k + 1];
  if (!object || REFLEXIVE.test(object.norm) || object.start > sent.end) return 'dead';
  return /^(?:a|an|the|his|her|their|another|him|them|two|three|four|five|six|\d+)$/.test(object.norm) || NAMED.test(object.raw) ? 'suspect' : 'dead';
}

const OTHER_CLAUSE = /^(?:while|whereas)$/;
const SUSPECT_NOUN = /^(?:suspect|suspects|gunman|shooter)$/;
/** Words right after "the suspect" that leave a later age the suspect's ("the suspect is described as a …"). */
const NOT_ACTING = /^(?:a|an|is|was|has|had|been|described|identified|believed|named|later|now|also|only|still|who|in|from|of|appeared|faces|remains|remained)$/;

function nearestCueAt(input: AgeRoleInput, at: number, sent: Span): { role: AgeRole; k: number } | null {
  const { tokens } = input;
  // "Two men were shot and killed, while a 30-year-old man … suffered gunshot wounds": a cue across "while" is another's.
  let before = true;
  let after = true;
  for (let d = 1; d <= WINDOW; d++) {
    const found = new Map<AgeRole, number>();
    if (before && OTHER_CLAUSE.test(tokens[at - d]?.norm ?? '')) before = false;
    if (after && OTHER_CLAUSE.test(tokens[at + d]?.norm ?? '')) after = false;
    for (const k of [...(before ? [at - d] : []), ...(after ? [at + d] : [])]) {
      const role = cueAt(tokens, k, sent);
      if (role) found.set(role, k);
    }
    if (found.size === 1) {
      const [[role, k]] = found;
      return { role, k };
    }
    if (found.size > 1) return null;
  }
  return null;
}

/** The part named by the cue word at token `k`, if it is one and lies within `sent`. */
function cueAt(tokens: readonly Token[], k: number, sent: Span): AgeRole | undefined {
  const t = tokens[k];
  if (!t || t.start < sent.start || t.end > sent.end) return undefined;
  const next = tokens[k + 1]?.norm ?? '';
  // "described as a man in his 20s", not "she described 16-year-old Monica as fun-loving"
  if (t.norm === 'described') return next === 'as' || next === 'in' ? 'suspect' : undefined;
  // "is fighting for his life"
  if (t.norm === 'fighting') return next === 'for' ? 'injured' : undefined;
  // "a person of interest"
  if (t.norm === 'interest') return tokens[k - 1]?.norm === 'of' && tokens[k - 2]?.norm === 'person' ? 'suspect' : undefined;
  // "the shooter's live-in girlfriend": someone of the shooter's, not the shooter.
  if (/['’]s$/.test(t.raw) && CUES.get(t.norm) === 'suspect') return undefined;
  return CUES.get(t.norm);
}

/** The part of the people a count counts, for one of them after "including". */
const COUNT_ROLE: ReadonlyMap<string, AgeRole> = new Map<string, AgeRole>([['dead', 'dead'], ['injured', 'injured'], ['shot', 'injured'], ['arrested', 'suspect'], ['charged', 'suspect']]);

/** The part of a person acted on by the word before its age at token `first`; null when acted on in no known part, undefined when not acted on. */
function actedOn(input: AgeRoleInput, first: number, counts?: readonly FigureClaim[]): AgeRole | null | undefined {
  const { tokens } = input;
  const sent = sentenceAt(input.sentences as Span[], tokens[first].start);
  let k = first - 1;
  while (k >= 0 && tokens[k].start >= sent.start && (BEFORE_AGE_SKIP.test(tokens[k].norm) || /^\p{Ll}+ly$/u.test(tokens[k].raw) || /['’]s$/.test(tokens[k].raw)) && first - k < 4) k--;
  // "shooting both the driver and the 10-year-old": the verb before the first of the two.
  if (tokens[k] && (tokens[k].norm === 'and' || tokens[k].norm === 'or')) {
    for (let j = k - 1; j >= 0 && k - j <= 5 && tokens[j].start >= sent.start; j--) {
      if (ACTED_ON.has(tokens[j].raw)) return ACTED_ON.get(tokens[j].raw)!;
    }
    return undefined;
  }
  const t = tokens[k];
  if (!t || t.start < sent.start) return undefined;
  if (t.norm === 'of') return tokens[k - 1] && DEATH_OF.test(tokens[k - 1].norm) ? 'dead' : null;
  // "opened fire on 17-year-old Laquan McDonald", "fired at a 20-year-old": the one fired on.
  if ((t.norm === 'on' || t.norm === 'at') && /^(?:fire|fired|firing|shots)$/.test(tokens[k - 1]?.norm ?? '')) return null;
  // "killed 22 people, including an 8-year-old girl, and wounded 59", "five others, including a 4-year-old, were
  // injured": one of those the count right before counts, in its part.
  if (t.norm === 'including' && counts) {
    const count = counts.find((c) => c.span.end <= t.start && c.span.end >= (tokens[k - 3]?.start ?? 0) && c.span.start >= sent.start);
    return count ? (COUNT_ROLE.get(count.measure) ?? undefined) : undefined;
  }
  return ACTED_ON.has(t.raw) ? ACTED_ON.get(t.raw)! : undefined;
}

/** A name's last word, lower-cased, without a possessive: "Endicott McCray's" → "mccray". */
export const surname = (name: string): string => {
  const words = name.trim().split(/\s+/);
  // "Dennis Clark III", "Ronnie Smith Jr.": the family name is before the generation.
  while (words.length > 1 && /^(?:jr|sr|ii|iii|iv)\.?$/i.test(words[words.length - 1])) words.pop();
  const last = words[words.length - 1].toLowerCase().replace(/['’]s$/, '');
  // "Jason Van Dyke", "Van Dyke": a particle belongs to the family name.
  return words.length > 1 && SURNAME_PARTICLE.test(words[words.length - 2]) ? `${words[words.length - 2].toLowerCase()} ${last}` : last;
};
/** Words that begin a family name of two ("Van Dyke", "de la Cruz", "Al Hassan"). */
export const SURNAME_PARTICLE = /^(?:van|von|de|del|della|der|den|di|da|du|la|le|st\.?|bin|ibn|al|el|ter|ten|mac)$/i;

/** Sets `role` on the ages of `figures` whose part in the story can be read and is one person's. */
export function markAgeRoles(input: AgeRoleInput, figures: FigureClaim[]): void {
  const ages = figures.filter((f) => f.measure === 'age');
  if (ages.length === 0) return;
  const { tokens } = input;
  const roles = new Map<FigureClaim, AgeRole>();
  const unread: FigureClaim[] = [];
  for (const f of ages) {
    const first = tokenAt(tokens, f.span.start);
    if (first >= tokens.length) continue;
    if (f.subject && PLURAL.test(f.subject)) continue;
    if (tokens[first - 1]?.norm === 'their') continue;
    // "Richard Martinez told reporters that his 20-year-old son Christopher … was killed": someone's kin, told of by
    // another; the sentence's cues are as often the other's.
    // "Smith's 3 year old daughter" the same.
    if ((/^(?:his|her)$/.test(tokens[first - 1]?.norm ?? '') || /^\p{Lu}\p{L}*['’]s$/u.test(tokens[first - 1]?.raw ?? '')) && KIN.test(f.subject ?? '')) continue;
    // "Schwartz, 62, said they saw a shirtless man … one of the gunmen": one who tells what happened, in no part of it.
    if (f.subject && NAMED.test(f.subject) && telling(tokens, first + 1) && tokens[first + 1].start - f.span.end <= 3) continue;
    // "a 67-year-old woman asked Stokes' uncle": the same, unnamed.
    if (f.subject && !NAMED.test(f.subject) && tokens[first + 1]?.norm === f.subject.toLowerCase() && telling(tokens, first + 2)) continue;
    const acted = actedOn(input, first, figures);
    if (acted !== undefined) {
      if (acted) roles.set(f, acted);
      continue;
    }
    const role = nearestCue(input, first);
    if (role) roles.set(f, role);
    else if (f.subject && NAMED.test(f.subject)) unread.push(f);
  }
  // A named person with no cue by the age: the cues by the other mentions of the name.
  if (unread.length > 0) {
    const wanted = new Map<string, Map<AgeRole, number>>();
    // Read by the family name's last word ("Van Dyke" by "Dyke").
    const lastWord = (name: string) => surname(name).split(' ').pop()!;
    for (const f of unread) wanted.set(lastWord(f.subject!), new Map());
    for (let k = 0; k < tokens.length; k++) {
      const votes = wanted.get(tokens[k].norm);
      if (!votes || !NAMED.test(tokens[k].raw)) continue;
      const role = nearestCue(input, k);
      if (role) votes.set(role, (votes.get(role) ?? 0) + 1);
    }
    for (const f of unread) {
      const votes = [...wanted.get(lastWord(f.subject!))!].sort((a, b) => b[1] - a[1]);
      if (votes.length > 0 && (votes.length === 1 || votes[0][1] > votes[1][1])) roles.set(f, votes[0][0]);
    }
  }
  // A part counted as more than one person ("two people were killed", "three suspects arrested") is no one person's;
  // "Two dead" where the gunman was killed as well is one victim and the gunman.
  const many = new Set<AgeRole>();
  // A part of more than a handful ("130 killed"): a report names one of them among many others it does not name, and
  // the one woman it gives an age to need not be another report's one woman.
  const crowd = new Set<AgeRole>();
  // Read only when a toll of two asks it: a pass over the whole text.
  let shooterDead: boolean | undefined;
  const gunmanDied = () => (shooterDead ??= !!input.text && SHOOTER_DEAD.test(input.text));
  for (const f of figures) {
    if (f.value < 2 || f.scope?.forecast || f.scope?.many || f.scope?.day?.startsWith('last ')) continue;
    if (f.measure === 'dead' && (f.value > 2 || !gunmanDied())) many.add('dead');
    if (f.measure === 'injured' || f.measure === 'shot') many.add('injured');
    if (f.value > MAX_FEW && (f.measure === 'dead' || f.measure === 'injured' || f.measure === 'shot')) crowd.add(f.measure === 'dead' ? 'dead' : 'injured');
    if (f.measure === 'arrested' || f.measure === 'charged' || f.measure === 'detained' || (f.counted && /\b(?:suspects|gunmen|shooters|attackers)\b/.test(f.counted))) many.add('suspect');
  }
  const byRole = new Map<AgeRole, FigureClaim[]>();
  // Where a part is several people's ("a 2-year-old boy and a man in his 20s were killed"), the one boy or the one
  // man in it may still be one person: "dead m minor", "dead m adult".
  const byRoleAndSex = new Map<string, FigureClaim[]>();
  // An age at an earlier time ("who was 17 at the time") is the person's then, not now: no part, and no second age.
  for (const [f, role] of roles) {
    if (f.scope?.day === 'before') continue;
    if (!many.has(role)) byRole.set(role, [...(byRole.get(role) ?? []), f]);
    const sex = f.subject ? genderOf(f.subject) : null;
    const key = `${role} ${sex ?? '?'} ${ageBand(f)}`;
    byRoleAndSex.set(key, [...(byRoleAndSex.get(key) ?? []), f]);
  }
  for (const [role, held] of byRole) if (onePerson(held)) for (const f of held) f.role = role;
  for (const [key, held] of byRoleAndSex) {
    // Not where the report gives ages of the part whose person's sex it does not say: one may be another woman.
    if (key.includes('?') || byRoleAndSex.has(key.replace(/ [fm] /, ' ? ')) || crowd.has(key.split(' ')[0] as AgeRole) || !onePerson(held)) continue;
    for (const f of held) f.roleAndSex = key;
  }
  // (Not among many dead or hurt: the one girl of 22 dead a report gives an age to need not be another's.)
  if (crowd.size === 0) markTheOneChild(ages);
}

/**
 * Nouns for a young child, whose sex some of them say (a "male" or "female" of 12 or less too). Not a son or
 * daughter: "his 4-year-old daughter" in one report and "his five-year-old daughter" in another are as often two
 * sisters (gva-dev 541769, 548991).
 */
const CHILD = /^(?:girl|boy|toddler|child|baby|infant|kid|male|female)$/;
const YOUNG = 12;

/**
 * "Girl, 2, shot in argument" and "the shooting of a 3-year-old girl": where a report gives the age of one young girl
 * (or one boy) and of no other child of that sex, named or not, she is the story's one girl of that age, whatever part
 * the words give her ("child f"): an early report's wrong age is then set against a later one's. Not where a child of
 * unknown sex of another age is there too (one may be another girl).
 */
function markTheOneChild(ages: readonly FigureClaim[]): void {
  markTheOneBaby(ages);
  const young = ages.filter((f) => inYears(f) <= YOUNG && f.high === undefined && f.subject && f.scope?.day !== 'before' && !f.roleAndSex && (CHILD.test(f.subject.split(' ').pop()!.toLowerCase()) || NAMED.test(f.subject)));
  if (young.length === 0) return;
  const sexOf = new Map<FigureClaim, 'f' | 'm' | null>();
  for (const f of young) sexOf.set(f, genderOf(f.subject!) ?? (NAMED.test(f.subject!) ? pronounSex(f) : null));
  // A named child of unknown sex takes the sex of the unnamed one of the same age ("a 3-year-old girl … 3-year-old Makanzee Oldham").
  for (const f of young) {
    if (sexOf.get(f) || !NAMED.test(f.subject!) || CHILD.test(f.subject!.split(' ').pop()!.toLowerCase())) continue;
    const sexes = new Set(young.filter((g) => g !== f && inYears(g) === inYears(f) && sexOf.get(g)).map((g) => sexOf.get(g)));
    if (sexes.size === 1) sexOf.set(f, [...sexes][0]!);
  }
  for (const sex of ['f', 'm'] as const) {
    const held = young.filter((f) => sexOf.get(f) === sex);
    if (held.length === 0 || !onePerson(held)) continue;
    // Another child, of unknown sex, given another age.
    if (young.some((g) => !sexOf.get(g) && !held.some((f) => inYears(f) === inYears(g)))) continue;
    for (const f of held) f.roleAndSex = `child ${sex}`;
  }
}

/**
 * The sex the pronouns after a named child's age say, when they say one ("Makanzee Selena Oldham, 2, after her funeral
 * service"), or null.
 */
function pronounSex(f: FigureClaim): 'f' | 'm' | null {
  const after = f.context.text.slice(Math.max(0, f.span.end - f.context.start));
  const female = /\b(?:she|her|hers|herself)\b/i.test(after);
  const male = /\b(?:he|him|his|himself)\b/i.test(after);
  return female === male ? null : female ? 'f' : 'm';
}

/** The years an age spans, written in years or in months ("9-month-old" is 0.75), its range's end too. */
export function ageYears(f: FigureClaim): [number, number] {
  const k = f.unit === 'mo' ? 1 / 12 : 1;
  return [f.value * k, (f.high ?? f.value) * k];
}
export const inYears = (f: FigureClaim): number => ageYears(f)[0];

/**
 * "his 9-month-old daughter", "the 9-month-old infant", "a 1-year-old baby", "14-month-old Eva Zamora": where the ages a
 * report gives under two years old are of one baby (one name at most, within six months), she is the story's
 * baby ("child baby"), whatever her sex and whatever part the words give her. An age in months is a baby's; in years,
 * only with a word for one.
 */
function markTheOneBaby(ages: readonly FigureClaim[]): void {
  const small = ages.filter((f) => f.high === undefined && inYears(f) < 2 && f.scope?.day !== 'before');
  const babies = small.filter((f) => !!f.subject && (f.unit === 'mo' ? true : /^(?:baby|infant|newborn)$/.test(f.subject.split(' ').pop()!.toLowerCase())));
  if (babies.length === 0 || babies.length !== small.length) return;
  const names = new Set(babies.filter((f) => NAMED.test(f.subject!)).map((f) => surname(f.subject!)));
  const years = babies.map(inYears);
  if (names.size > 1 || Math.max(...years) - Math.min(...years) > 0.5) return;
  for (const f of babies) f.roleAndSex = 'child baby';
}

/** The most people of a part for whom its one woman or one man is told apart ("two killed", not "22 killed"). */
const MAX_FEW = 5;
/** A child or an adult, by the age: a 1-year-old and his 21-year-old uncle killed are two males of the dead. */
const ageBand = (f: FigureClaim) => (ageYears(f)[1] < 18 ? 'minor' : 'adult');

/** The ages of one part fit one person: one name at most, and values that agree ("in her 20s" and "30" are two people, or a mistake). */
function onePerson(held: readonly FigureClaim[]): boolean {
  const names = new Set(held.filter((f) => f.subject && NAMED.test(f.subject)).map((f) => surname(f.subject!)));
  if (names.size > 1) return false;
  const lo = Math.max(...held.map(inYears));
  const hi = Math.min(...held.map((f) => ageYears(f)[1]));
  return lo <= hi;
}
