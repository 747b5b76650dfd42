/**
 * Figures in a report: each a typed quantity with a scope. Its value, unit and
 * qualifier; what it measures (a count of the killed, injured, arrested …, an
 * age, a duration, a time of day, a distance, an area, a sum of money, a
 * share); whom or what it is said of (what is counted, whose age, whose
 * share); and where or when it holds (a venue or region, the whole, a day).
 * Years, calendar dates, ordinals, addresses and labels ("Interstate 35",
 * "Glock 19") are not figures. Work per number is bounded by a few tokens
 * either side, so the whole pass is linear in the text.
 */
import type { Span, Token } from '../text';
import { sentenceAt } from '../text';
import { STOPWORDS } from '../stopwords';
import {
  CURRENCY_SYMBOLS, CURRENCY_WORDS, ENTITY_CLASSES, FIGURE_REFERENCES, MEASURE_UNITS, MONTHS, NOT_COUNTED_AFTER,
  NOT_COUNTED_BEFORE, QUALIFIERS, REPORTING_VERBS, STATES, TIME_UNITS, UNIT_SECONDS, WEEKDAYS,
} from './lexicon';
import { markAgeRoles } from './age-roles';
import { readNumber, type NumberRead } from './numbers';
import { contextSpan, isCap, makeSpan, tokenAt } from './spans';
import type { FigureClaim, FigureMeasure, FigureQualifier, FigureScope } from './types';

/** Enough for any real report; bounds what a pathological page can store. */
/** French, German and Spanish function words: after a number they are no noun of what is counted. */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `et ou contre pour par sur sous avec sans dans de du des la le les un une au aux en entre vers chez selon dont que qui
   und oder gegen für mit ohne von vom zum zur der die das den dem des ein eine im am auf aus bei nach über unter
   y o contra para por con sin sobre entre del al el los las un una en que`.split(/\s+/),
);

const MAX_FIGURES = 120;

const AUX = new Set(
  `are were is was be been being have has had will would could can may might remain remained remains
   still now also reportedly believed thought feared`.split(/\s+/),
);
/** Whether the number at token `i` is one of a list of ages: "ages 5 and 7", "ages 16, 17 and 19". */
function afterAges(tokens: readonly Token[], i: number, from: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k < 8 && tokens[k].start >= from && (/^\d{1,3}$/.test(tokens[k].raw) || /^(?:and|or)$/.test(tokens[k].norm))) k--;
  return tokens[k]?.norm === 'ages';
}

/** A value in another unit, without the float's dust (50 nautical miles are 92.6 km, not 92.60000000000001). */
const scaled = (v: number, factor: number): number => (factor === 1 ? v : Math.round(v * factor * 1e6) / 1e6);

/** A word for people of a country: "Chinese", "Malaysians", "Australian", "Pakistani", "British", "French". */
const NATIONALITY = /^(?:\p{Lu}\p{Ll}+(?:ese|ians?|ans?|ish|is?)|French|Dutch|Swiss|Greeks?|Turks?|Britons?|Poles?|Danes?|Swedes?)$/u;

const ROADS = /^(?:freeway|highway|expressway|parkway|turnpike|route|road|street|avenue|boulevard|interstate)$/;

/** Verbs of a change before "by": "upped the reward by $20,000", "rose by 3". */
const CHANGED_BY = /^(?:up|upped|ups|raised|raises|increased|increases|boosted|rose|rises|grew|jumped|climbed|fell|falls|dropped|drops|cut|cuts|reduced|reduces|decreased|lowered|added)$/;
const CLAUSE_BREAKS = new Set(['but', 'however', 'while', 'whereas', 'although', 'though', 'yet']);
/** States said of people; a figure of them with no noun counts people. */
const HUMAN_STATES = new Set([
  'dead', 'missing', 'injured', 'shot', 'casualties', 'evacuated', 'displaced', 'returned', 'relocated', 'detained', 'arrested',
  'charged', 'hostages', 'rescued', 'aboard', 'released', 'executed', 'unemployed',
]);
/** Right after what is counted, words that say they were shot: "were struck by gunshots", "suffering gunshot wounds", "four from gunshots". */
const HIT_BY_GUNFIRE = /^\s+(?:(?:were|was|had been|have been|got)\s+)?(?:(?:struck|hit)\s+by\s+(?:gunfire|gunshots?|bullets?|a bullet|(?:stray\s+)?rounds)|from\s+(?:gunfire|gunshots|gunshot\s+wounds)|(?:suffering|suffered|sustained|with)\s+(?:a\s+)?(?:gunshot|bullet)\s+wounds?)\b(?!\s+(?:injuries|or)\b)/i;
const CALIBER = /^\d[\d.,]*(?:\s?mm)?[\s-]?(?:caliber|calibre|cal(?=\.)|gauge|mm[\s-]+(?:handgun|pistol|gun|rifle|semi-automatic|semiautomatic|rounds?|bullets?|shells?|casings?|ammunition|weapon))\b/i;
/** Whether `word` is written after a lower-case word or a comma somewhere in the text ("won by Syriza"); once per word and text. */
const midSentenceSeen = new WeakMap<object, Map<string, boolean>>();
function midSentence(input: FigureInput, word: string): boolean {
  const { text } = input;
  let seen = midSentenceSeen.get(input);
  if (!seen) midSentenceSeen.set(input, (seen = new Map()));
  let found = seen.get(word);
  if (found === undefined) {
    found = false;
    for (let at = text.indexOf(word); at > 1; at = text.indexOf(word, at + word.length)) {
      if (text[at - 1] === ' ' && /[\p{Ll},]/u.test(text[at - 2]) && !/\p{L}/u.test(text[at + word.length] ?? '')) {
        found = true;
        break;
      }
    }
    seen.set(word, found);
  }
  return found;
}

/** A sentence that opens on the latest or an earlier one of a list of happenings, not the story's. */
const RECENT_OTHER = /^(?:the )?(?:most recent|latest|previous|last|earlier) (?:one )?(?:was|came|happened|occurred)\b/i;
/** Places counted ("15 countries"), which are not what is dead or hurt, nor what is held or rescued. */
const PLACE_NOUNS = /^(?:countries|nations|states|cities|towns|villages|provinces|regions|nationalities|continents|counties)$/;
const HARM_STATES = new Set(['dead', 'injured', 'shot', 'missing', 'casualties', 'arrested', 'charged', 'detained', 'hostages', 'rescued']);
/** Those who do the shooting, whose count a verb after them does not make a count of its victims. */
const PERPETRATOR = /^(?:shooters?|gunm[ae]n|attackers?|assailants?)$/;
/** The first word of a verb's object: a number, a determiner, "people". */
const OBJECT_START = /^(?:\d|the\b|a\b|an\b|his\b|her\b|their\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|several\b|people\b|one\b)/i;

/**
 * Verbs in the present tense of headlines, with the state they put those counted in ("Police arrest eight"), read
 * only right before a number: in `STATES`, read anywhere, "wounds" and "arrest" would be nouns ("five gunshot wounds").
 */
const HEADLINE_VERBS: ReadonlyMap<string, string> = new Map([
  ...['arrest', 'arrests'].map((w) => [w, 'arrested'] as const),
  ...['kill', 'kills'].map((w) => [w, 'dead'] as const),
  ...['wound', 'wounds', 'injure', 'injures'].map((w) => [w, 'injured'] as const),
  ...['evacuate', 'evacuates'].map((w) => [w, 'evacuated'] as const),
  ...['rescue', 'rescues'].map((w) => [w, 'rescued'] as const),
  ...['detain', 'detains'].map((w) => [w, 'detained'] as const),
]);
/** Qualifiers that bound a time of day, not a count ("before 2:30 p.m.", "by 5 a.m."). */
const TIME_QUALIFIERS = new Set(['before', 'after', 'by', 'until']);
/** What stands for a person before or after an age ("Officer Omar Cannon", "Sgt. Michael Smith"). */
const PERSON_TITLES = /^(?:officer|sgt|sergeant|cpl|corporal|senior|deputy|detective|lt|lieutenant|capt|captain|chief|dr|mr|mrs|ms|miss|gov|governor|sen|senator|rep|president|judge|bailiff|trooper|pastor|rev|father|sister|brother|coach|prof|professor|private|pvt|spc|specialist)$/;
/** Nouns a sum of money is said of. */
const MONEY_NOUNS = /^(?:bond|bail|reward|fine|fines|bailout|loan|loans|aid|budget|damage|damages|funds|fund|salary|ransom|donation|donations|deal|package|settlement|cost|costs|debt|deficit|contract|payment|payments|grant|grants|tax|taxes|spending|investment|sale|sales|revenue|profit|profits|price|fee|fees|bill|rescue|relief|compensation|stimulus)$/;
/** Words after a share that say what it is a share of ("of the vote", "unemployment rate"). */
const ZONES = new Set(['gmt', 'utc', 'bst', 'est', 'edt', 'cet', 'cst', 'cdt', 'pst', 'pdt', 'mst', 'mdt', 'jst', 'ist']);

export interface FigureInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  english: boolean;
  commaDecimal: boolean;
  /**
   * Lower-cased names of the story's setting (places the headline and first sentence put it in):
   * "Dallas officers" and "officers" count the same people when Dallas is where the story is.
   */
  setting?: ReadonlySet<string>;
  /** Words the text writes in lower case somewhere: a capitalised one of them at a sentence's start is no name. */
  lowercase?: ReadonlySet<string>;
  /** "pounds" are a weight, not money: the page sums in dollars and never in sterling. */
  poundsWeigh?: boolean;
}

function spaceOnly(text: string, from: number, to: number, allow = ''): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\u00a0' && !allow.includes(c)) return false;
  }
  return true;
}

function isWordToken(t: Token | undefined): t is Token {
  return t !== undefined && /^[\p{L}'’-]+$/u.test(t.raw);
}

const isCapital = isCap;

/** Longest qualifier ending just before token `i`: its first token index, or null. */
function qualifierBefore(input: FigureInput, i: number, time: boolean): { first: number; q: FigureQualifier } | null {
  const { tokens, text } = input;
  for (const [words, q] of QUALIFIERS) {
    const first = i - words.length;
    if (first < 0) continue;
    if (words.length === 1 && TIME_QUALIFIERS.has(words[0]) && !time) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const tok = tokens[first + k];
      ok = tok.norm === words[k] && spaceOnly(text, tok.end, k + 1 < words.length ? tokens[first + k + 1].start : tokens[i].start, '$€£¥');
    }
    if (ok) return { first, q };
  }
  return null;
}

function stateOf(norm: string): string | null {
  return STATES.get(norm) ?? null;
}

interface Counted {
  /** What is counted, as written (the noun phrase's head: "officers"), or null. */
  entity: string | null;
  /** Capitalised and other modifiers of the noun ("El Centro" in "El Centro officers"), lower-cased. */
  modifiers: string[];
  state: string | null;
  /** Token index after what was read as part of the figure's noun phrase. */
  next: number;
  refersBack: boolean;
  /** No noun was written: "people" stands in for those in a human state ("7 hurt"). */
  implicit?: boolean;
  /** "Four other children", "4 other victims": others than some already named. */
  other?: boolean;
  /** "shot at seven people": those fired at, not those hit. */
  firedAt?: boolean;
}

/** Verbs a toll is given with ("rose to", "has risen to", "stands at", "is"), and the nouns of a toll. */
const TOLL_VERBS = /^(?:rose|risen|rises|climbed|climbs|jumped|increased|grew|reached|reaches|stands|stood|is|was|hit|hits|fell|fallen|revised|raised)$/;
const TOLL_NOUNS = /^(?:toll|tally|dead|deaths|casualties|injured|wounded)$/;

/** What the figure counts: its noun, and the state said of it nearby ("people … missing"). */
function countedOf(input: FigureInput, first: number, after: number, sent: Span): Counted {
  const { tokens, text } = input;
  const np: Token[] = [];
  let other = false;
  let j = after;
  while (j < tokens.length && np.length < 4) {
    const t = tokens[j];
    const prevEnd = j === after ? tokens[after - 1].end : tokens[j - 1].end;
    if (t.start >= sent.end || !spaceOnly(text, prevEnd, t.start, j === after ? '%' : '-')) break;
    // "three other officers", "two more people"
    if (np.length === 0 && /^(?:other|more|additional|further|fellow|remaining)$/.test(t.norm) && tokens[j + 1] && isWordToken(tokens[j + 1]) && !STOPWORDS.has(tokens[j + 1].norm)) {
      if (t.norm === 'other') other = true;
      j++;
      continue;
    }
    // "three AK-47 rifles", "two AR-15s": a model's name is a word of the noun, digits and all.
    const model = /^\p{Lu}{1,2}-?\d{1,3}s?$/u.test(t.raw);
    if (!(model || isWordToken(t)) || STOPWORDS.has(t.norm) || AUX.has(t.norm) || REPORTING_VERBS.has(t.norm)) break;
    // "four or five shooting suspects", "the five shooting scenes": the shooting's suspects or scenes, no one shot.
    if (t.norm === 'shooting' && /^(?:suspects?|shooters?|gunmen|gunman|scenes?|sites?|locations?|incidents?|sprees?|deaths?|investigations?|cases?)$/.test(tokens[j + 1]?.norm ?? '')) {
      j++;
      continue;
    }
    // ("352 injured, 99 critically": how badly, not what is counted.)
    if (NOT_COUNTED_AFTER.has(t.norm) || MONTHS.has(t.norm) || WEEKDAYS.has(t.norm) || /^(?:critically|seriously|gravely)$/.test(t.norm)) break;
    // "Two children ages 5 and 7": their ages follow, not more of the noun; "arrested 235 people overnight": when.
    if (np.length > 0 && /^(?:ages|aged|overnight|today|yesterday|tonight|earlier|later|again|nationwide|statewide|citywide)$/.test(t.norm)) break;
    // "four others including a police officer", "the four others taken to the hospital": a participle is no noun.
    if (np.length > 0 && (/^(?:including|includes|excluding|among|like)$/.test(t.norm) || (/(?:ed|taken|given|driven|seen|shown|known|held|brought|found)$/.test(t.norm) && !stateOf(t.norm) && !ENTITY_CLASSES.has(t.norm)))) break;
    // "four people suffering gunshot wounds": a present participle after the noun begins what is said of it.
    if (np.length > 0 && /^(?:suffering|sustaining|nursing|fighting|recovering|facing|wearing|carrying|holding)$/.test(t.norm)) break;
    const last = np[np.length - 1];
    // "Three suicide bombers blew themselves up", "Two families grieve victims": after a plural noun, a word that is
    // neither plural, a state nor a class of what is counted begins what is said of it.
    if (input.english && last && /^\p{Ll}/u.test(last.raw) && /[^s]s$/.test(last.norm) && /^\p{Ll}+$/u.test(t.raw) && !/s$/.test(t.norm) && !stateOf(t.norm) && !ENTITY_CLASSES.has(t.norm) && !stateOf(last.norm)) break;
    // "10 to 12 shots ring out": a plural noun, then a verb with its particle.
    if (last && /[^s]s$/.test(last.norm) && /^(?:out|up|off|down|away|back|over)$/.test(tokens[j + 1]?.norm ?? '') && !/s$/.test(t.norm)) break;
    // "More than one shooter hurt 15 people": the verb after those who did it, with its object.
    if (last && PERPETRATOR.test(last.norm) && stateOf(t.norm) && OBJECT_START.test(tokens[j + 1]?.raw ?? '')) break;
    np.push(t);
    j++;
    if (stateOf(t.norm) && !ENTITY_CLASSES.has(t.norm)) break;
  }
  if (!input.english) {
    // "438 contre 86 et 42 abstentions": a function word is counted by nothing.
    const entity = np.length > 0 && !FOREIGN_FUNCTION_WORDS.has(np[np.length - 1].norm) ? np[np.length - 1].norm : null;
    return { entity, modifiers: [], state: null, next: j, refersBack: false };
  }
  let state: string | null = null;
  let head: Token | null = null;
  const modifiers: string[] = [];
  for (const t of np) {
    const s = stateOf(t.norm);
    if (s && !state && !(ENTITY_CLASSES.has(t.norm) && s === 'displaced')) state = s;
    if (!s || ENTITY_CLASSES.has(t.norm)) {
      // Only names narrow what is counted ("El Centro officers"); "police officers" are officers.
      if (head && isCapital(head) && !PERSON_TITLES.test(head.norm) && !/\d/.test(head.raw)) modifiers.push(head.norm);
      head = t;
    }
  }
  // A single letter or an abbreviation is an address or a label ("946 N. Mills Ave."), not a noun.
  if (head && (head.norm.length < 2 || (isCapital(head) && text[head.end] === '.' && head.norm.length <= 4))) {
    head = null;
    modifiers.length = 0;
  }
  // The verb right before the figure says it first: "killed five officers and injured seven others".
  if (!state) {
    for (let k = first - 1; k >= 0 && k >= first - 1; k--) {
      const t = tokens[k];
      if (t.end <= sent.start || !spaceOnly(text, t.end, tokens[k + 1].start)) break;
      // "police arrest eight as death toll stands at 22": a headline's present tense says it as well.
      const s = stateOf(t.norm) ?? HEADLINE_VERBS.get(t.norm) ?? null;
      if (s && (/(?:ed|ing|wounded|hurt|shot)$/.test(t.norm) || HEADLINE_VERBS.has(t.norm))) {
        state = s;
        break;
      }
    }
  }
  // A magnitude is said right next to its figure ("magnitude 9.0", "9.0 magnitude"); "seven earthquakes over magnitude eight" counts quakes.
  if (state === 'magnitude' && np[0]?.norm !== 'magnitude') state = null;
  if (!state && tokens[first - 1]?.norm === 'magnitude') state = 'magnitude';
  // "Four people were struck by gunshots", "four people suffering gunshot wounds": shot, in other words (and a state
  // further on, "and a fifth person injured by flying glass", is another's).
  if (!state && j > 0 && HIT_BY_GUNFIRE.test(text.slice(tokens[j - 1].end, Math.min(sent.end, tokens[j - 1].end + 60)))) state = 'shot';
  // A state said a little after: "46 residents of the Kursk region returned", "one woman is dead".
  if (!state) {
    for (let k = j, n = 0; k < tokens.length && n < 8; k++, n++) {
      let t = tokens[k];
      // "Five children – ages 11 to 15 – were shot": the aside between dashes is skipped.
      if (/^\s+[–—]\s+$/.test(text.slice(tokens[k - 1].end, t.start))) {
        let c = k + 1;
        while (c < tokens.length && c - k < 8 && tokens[c].start < sent.end && !/^\s+[–—]\s+$/.test(text.slice(tokens[c - 1].end, tokens[c].start))) c++;
        if (c < tokens.length && c - k < 8 && tokens[c].start < sent.end) {
          k = c;
          t = tokens[k];
        } else break;
      }
      // "three others, including one police officer, were injured": the aside between commas is skipped.
      if (/^\s*,\s*$/.test(text.slice(tokens[k - 1].end, t.start)) && /^(?:including|among|excluding|mostly|many|most|some|all|both)$/.test(t.norm)) {
        let c = k + 1;
        while (c < tokens.length && c - k < 8 && tokens[c].start < sent.end && !/[,;:!?()]/.test(text.slice(tokens[c - 1].end, tokens[c].start))) c++;
        if (c < tokens.length && c - k < 8 && /^\s*,\s*$/.test(text.slice(tokens[c - 1].end, tokens[c].start))) {
          k = c;
          t = tokens[k];
        } else break;
      } else if (t.start >= sent.end || /[,;:!?()]/.test(text.slice(tokens[k - 1].end, t.start))) break;
      // "two weapons and shot at responding officers": a verb after "and" is another clause's; "One DART officer and
      // four Dallas police officers were killed" goes on.
      if ((t.norm === 'and' || t.norm === 'or') && tokens[k + 1] && /^\p{Ll}+$/u.test(tokens[k + 1].raw) && (stateOf(tokens[k + 1].norm) || /(?:ed|ing)$/.test(tokens[k + 1].norm))) break;
      // "fired at least 20 bullets before fleeing": what follows a conjunction of time is another clause, and so is
      // what follows "without" ("scattered 300 people in under two minutes without firing a shot").
      if (/^\d/.test(t.raw) || CLAUSE_BREAKS.has(t.norm) || /^(?:before|after|until|when|then|since|without)$/.test(t.norm)) break;
      // "the shooting that sent five people to the hospital has died": where they were sent ends what is said of them.
      if (t.norm === 'to' && /^\s*(?:the\s+)?hospitals?\b/i.test(text.slice(t.end, t.end + 16))) break;
      const s = stateOf(t.norm);
      // "More than one shooter hurt 15 people": shooters who hurt others are counted as shooters, not as hurt.
      if (s && k === j && head && PERPETRATOR.test(head.norm) && OBJECT_START.test(tokens[k + 1]?.raw ?? '')) break;
      // "three people were seen running from the shooting scene": after an article it is the event, a noun.
      if (s && s !== 'magnitude' && !/^(?:the|a|an|this|that)$/.test(tokens[k - 1]?.norm ?? '')) {
        state = s;
        break;
      }
    }
  }
  // Or a little before: "forcibly relocating over 1,000", "the death toll rose to 130", "killed five".
  let refersBack = false;
  let firedAt = false;
  for (let k = first - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    const t = tokens[k];
    if (t.end <= sent.start || /[,;:.!?()]/.test(text.slice(t.end, tokens[k + 1].start))) break;
    // "one woman died at the scene and three other women were transported": the state before "and" is the other's;
    // "a woman was shot by two men": before "by", it is said of another than those counted.
    // "89 people were killed when three gunmen opened fire", "Search for missing jet widens as 40 ships join hunt": a
    // conjunction of time begins another clause.
    if (/^\d/.test(t.raw) || CLAUSE_BREAKS.has(t.norm) || /^(?:and|or|by|when|after|before|while|because|until|once|as)$/.test(t.norm)) break;
    // "who shot at seven people in a car": those fired at, not those hit.
    if (/^(?:shot|shoot|shoots|shooting)$/.test(t.norm) && k + 1 < first && /^(?:at|toward|towards|into)$/.test(tokens[k + 1].norm)) {
      firedAt = !state;
      break;
    }
    if (!state) {
      const s = stateOf(t.norm);
      // "The shooting happened after two men showed up": after an article the state is the event, a noun, unless its
      // "of" says whom it befell ("the deaths of four people").
      const event = /(?:ing|tion)$/.test(t.norm) && /^(?:the|a|an|this|that)$/.test(tokens[k - 1]?.norm ?? '') && tokens[k + 1]?.norm !== 'of';
      if (s && (s !== 'magnitude' || k === first - 1) && !event) state = s;
    }
    if (np.length === 0 && FIGURE_REFERENCES.has(t.norm)) refersBack = true;
  }
  // "The death toll from last Friday's attacks has risen to 130", "The number of dead in the attacks stands at 129": a
  // toll's verb just before the figure, and its noun further back, past what the toll is of.
  if (!state && first >= 2) {
    let v = first - 1;
    if (/^(?:to|at)$/.test(tokens[v].norm)) v--;
    if (v >= 0 && TOLL_VERBS.test(tokens[v].norm) && tokens[v].start >= sent.start) {
      for (let k = v - 1; k >= 0 && v - k <= 10 && tokens[k].start >= sent.start; k--) {
        if (/[;:!?()]/.test(text.slice(tokens[k].end, tokens[k + 1].start)) || /^\d/.test(tokens[k].raw)) break;
        if (TOLL_NOUNS.test(tokens[k].norm)) {
          state = stateOf(tokens[k].norm);
          break;
        }
      }
    }
  }
  // "bringing the total injured by gunfire to 17", "raising the number of dead to 130": the toll the figure is, its
  // state right after its noun.
  if (!state && first >= 3 && tokens[first - 1].norm === 'to') {
    for (let k = first - 2; k > 0 && first - k <= 7 && tokens[k].start >= sent.start; k--) {
      if (/[;:!?()]/.test(text.slice(tokens[k].end, tokens[k + 1].start)) || /^\d/.test(tokens[k].raw)) break;
      if (!/^(?:total|number|count)$/.test(tokens[k].norm) || tokens[k - 1].norm !== 'the' || !/^(?:bringing|brings|brought|raising|raises|raised|pushing|pushed|putting|taking|took)$/.test(tokens[k - 2]?.norm ?? '')) continue;
      const of = tokens[k + 1]?.norm === 'of' ? tokens[k + 2] : tokens[k + 1];
      const s = of ? stateOf(of.norm) : null;
      if (s && HUMAN_STATES.has(s)) state = s;
      break;
    }
  }
  // "Three people were found shot to death", "shot dead", "shot and killed": the state is the death.
  if (state === 'shot') {
    for (let k = first + 1; k < tokens.length && k - first < 12 && tokens[k].start < sent.end; k++) {
      if (tokens[k].norm !== 'shot') continue;
      if ((tokens[k + 1]?.norm === 'to' && tokens[k + 2]?.norm === 'death') || tokens[k + 1]?.norm === 'dead' || (tokens[k + 1]?.norm === 'and' && tokens[k + 2]?.norm === 'killed')) state = 'dead';
      break;
    }
  }
  // "79 executions", "a thousand shelters": the state noun is also what is counted.
  const last = np[np.length - 1];
  let entity = head?.norm ?? null;
  if (!head && last && stateOf(last.norm) && /s$/.test(last.norm) && !/(?:ed|ing)$/.test(last.norm)) entity = last.norm;
  // "23 of the dead were foreign nationals from 15 countries": places are not what is dead or hurt.
  if (entity && state && PLACE_NOUNS.test(entity) && HARM_STATES.has(state)) state = null;
  const implicit = !entity && !!state && HUMAN_STATES.has(state);
  if (implicit) entity = 'people';
  return { entity, modifiers, state, next: j, refersBack, implicit, other, firedAt };
}

interface Source {
  source: string | null;
  verb: string | null;
  start: number;
  end: number;
}

/** Who gives the figure: the subject of a reporting verb earlier in its clause, or "according to X". */
function sourceOf(input: FigureInput, first: number, sent: Span): Source | null {
  const { tokens, text } = input;
  let clauseStart = first;
  let verbIdx = -1;
  for (let k = first - 1, n = 0; k >= 0 && n < 30; k--, n++) {
    const t = tokens[k];
    if (t.start < sent.start) break;
    if (CLAUSE_BREAKS.has(t.norm)) {
      clauseStart = k + 1;
      break;
    }
    if (/;/.test(text.slice(t.end, tokens[k + 1].start))) {
      clauseStart = k + 1;
      break;
    }
    clauseStart = k;
    // "in an alleged drive-by shooting": a participle after an article describes, it reports nothing.
    if (verbIdx < 0 && REPORTING_VERBS.has(t.norm) && !/^(?:a|an|the|this|that|his|her|their)$/.test(tokens[k - 1]?.norm ?? '')) verbIdx = k;
    if (t.norm === 'to' && tokens[k - 1]?.norm === 'according') {
      return subjectAfter(input, k + 1, first);
    }
  }
  if (verbIdx < 0) return null;
  let from = clauseStart;
  for (let k = verbIdx - 1; k >= clauseStart; k--) {
    if (tokens[k].norm === 'by') {
      from = k + 1;
      break;
    }
  }
  let to = verbIdx;
  // Drop connectives, determiners and adverbs at the edges ("however, the", "initially").
  while (from < to && (STOPWORDS.has(tokens[from].norm) || /ly$/.test(tokens[from].norm))) from++;
  while (to > from && (/ly$/.test(tokens[to - 1].norm) || AUX.has(tokens[to - 1].norm))) to--;
  for (let k = from + 1; k < to; k++) {
    if (/^(?:in|at|from|on|near)$/.test(tokens[k].norm)) {
      to = k;
      break;
    }
  }
  if (to <= from || to - from > 8) return null;
  return { source: text.slice(tokens[from].start, tokens[to - 1].end), verb: tokens[verbIdx].raw, start: tokens[from].start, end: tokens[verbIdx].end };
}

function subjectAfter(input: FigureInput, k: number, limit: number): Source | null {
  const { tokens, text } = input;
  let end = k;
  while (end < limit && end - k < 8 && spaceOnly(text, tokens[end - 1].end, tokens[end].start)) end++;
  let from = k;
  while (from < end && STOPWORDS.has(tokens[from].norm)) from++;
  if (end <= from) return null;
  return { source: text.slice(tokens[from].start, tokens[end - 1].end), verb: null, start: tokens[k - 2].start, end: tokens[end - 1].end };
}

/** A run of capitalised tokens ending at token `e - 1` (inclusive), titles dropped: a person's name. */
function nameBefore(input: FigureInput, e: number, min: number): string | null {
  const { tokens, text } = input;
  let s = e;
  // A full stop joins an initial or an abbreviation to the name ("Elliseo O. Cantu"), not the end of a sentence
  // ("near Cactus Road. Jason Acosta-Ramos, 18,").
  const joined = (k: number) => {
    const gap = s < e ? tokens[s].start : tokens[k].end;
    // A nickname in quotes is part of it: "Cheron “C-Wiz” Shelton", "Mark “Cornbread” Cormier".
    return spaceOnly(text, tokens[k].end, gap, '“”"') || (tokens[k].raw.length <= 3 && !STREET_ABBREVIATIONS.test(tokens[k].norm) && spaceOnly(text, tokens[k].end, gap, '.'));
  };
  while (s > min && isCapital(tokens[s - 1]) && s > e - 5 && joined(s - 1)) s--;
  // "The Rev. John Smith": a capitalised article or preposition opens no name.
  while (s < e && (PERSON_TITLES.test(tokens[s].norm) || STOPWORDS.has(tokens[s].norm))) s++;
  if (s >= e) return null;
  // "In August, a 23-year-old was gunned down": a time, not a name; but "April Trent, 43," is a first name.
  for (let k = s; k < e; k++) if ((MONTHS.has(tokens[k].norm) && !(FIRST_NAME_MONTHS.test(tokens[k].raw) && k < e - 1)) || WEEKDAYS.has(tokens[k].norm)) return null;
  return text.slice(tokens[s].start, tokens[e - 1].end);
}

/** Months that are also first names, written in full, before a surname. */
const FIRST_NAME_MONTHS = /^(?:April|May|June|August)$/;

/** "289 Lynn St. Brandon Devin, 19": a street's abbreviation ends an address, not a name's initial. */
const STREET_ABBREVIATIONS = /^(?:st|ave|rd|blvd|ln|ct|hwy|pl|ter|pkwy)$/;

/** Who a place describes, as written: a noun for a person among the next three lower-case words ("high school student"). */
const DESCRIBED = /^(?:man|woman|boy|girl|teen|teenager|student|senior|junior|sophomore|freshman|graduate|resident|native|mother|father|son|daughter|couple|driver|officer|deputy|trooper|motorist|pedestrian|veteran|rapper|grandmother|grandfather)$/;
function describedFrom(input: FigureInput, k: number, sentEnd: number): string | null {
  const { tokens, text } = input;
  for (let j = k; j < k + 3 && j < tokens.length && tokens[j].start < sentEnd && spaceOnly(text, tokens[j - 1].end, tokens[j].start, '-'); j++) {
    if (isCapital(tokens[j]) || !isWordToken(tokens[j]) || STOPWORDS.has(tokens[j].norm)) return null;
    if (DESCRIBED.test(tokens[j].norm)) return tokens[j].norm;
  }
  return null;
}

/** A run of capitalised tokens starting at token `k`, titles dropped. */
function nameAfter(input: FigureInput, k: number, sentEnd: number): string | null {
  const { tokens, text } = input;
  let s = k;
  while (s < tokens.length && PERSON_TITLES.test(tokens[s].norm) && isCapital(tokens[s])) s++;
  let e = s;
  while (e < tokens.length && e - s < 4 && tokens[e].start < sentEnd && isCapital(tokens[e]) && (e === s || spaceOnly(text, tokens[e - 1].end, tokens[e].start, '.'))) e++;
  if (e <= s) return null;
  return text.slice(tokens[s].start, tokens[e - 1].end);
}

/**
 * The content words nearest the figure in its clause: what a time, duration or sum is said of. A sentence's
 * first word is capitalised: "Gunfire rang out" is of gunfire, not of a name.
 */
function eventWords(input: FigureInput, first: number, next: number, sent: Span, skip: ReadonlySet<string> = new Set(), window = 4): string | null {
  const { tokens, text } = input;
  const out: Array<[number, string]> = [];
  const ok = (t: Token) =>
    isWordToken(t) && (!isCapital(t) || (t.start === sent.start && HAPPENING_WORDS.test(t.norm))) && !STOPWORDS.has(t.norm) && !AUX.has(t.norm) && !skip.has(t.norm) && !MONTHS.has(t.norm) && !WEEKDAYS.has(t.norm) &&
    !QUALIFIER_WORDS.has(t.norm) && !TIME_UNITS.has(t.norm) && !/^(?:a\.m|p\.m|am|pm|said|says|police|officials?|according|local|time|night|morning|afternoon|evening|today|yesterday|tonight|ago|about|around|approximately|high|long|wide|deep|tall|since|last|past|next|first|more|other)$/.test(t.norm);
  for (let k = first - 1, n = 0; k >= 0 && n < window && out.length < 2; k--, n++) {
    const t = tokens[k];
    if (t.end <= sent.start || /[;:!?()"“”]/.test(text.slice(t.end, tokens[k + 1].start))) break;
    if (ok(t)) out.push([k, t.norm]);
  }
  for (let k = next, n = 0; k < tokens.length && n < window && out.length < 4; k++, n++) {
    const t = tokens[k];
    if (t.start >= sent.end || /[;:!?()"“”]/.test(text.slice(tokens[k - 1].end, t.start))) break;
    // "began charging admission at about 10 p.m. and a fight soon erupted": another clause, another happening.
    if (t.norm === 'and' && /^(?:a|an|the)$/.test(tokens[k + 1]?.norm ?? '') && out.length > 0) break;
    if (ok(t)) out.push([k, t.norm]);
  }
  if (out.length === 0) return null;
  return out.sort((a, b) => a[0] - b[0]).map((x) => x[1]).join(' ');
}

/** Whether a scope's place names where something happened, not a part of those counted ("there", "including", "one ward", "from Trotwood", "of them"). */
const namesAPlace = (place: string) => !/^(?:there|including)$|^(?:of|one|from|hurt) /.test(place);

/** Nouns for a venue after its name ("the Bataclan concert hall", "the Cameo nightclub"). */
const VENUE_KINDS = /^(?:concert|hall|nightclub|club|bar|cafe|café|restaurant|stadium|theatre|theater|hotel|mall|church|mosque|synagogue|school|supermarket|market|arena)$/;

/** Words for a bomb going off. */
const BANGS = /^(?:explosion|explosions|blast|blasts|bomb|bombs|bombing)$/;

/** Verbs of the police going in: their time is the assault's. */
const ASSAULTED = /^(?:stormed|assaulted|raided|breached)$/;

/** Words for the happening a story is about: the one a time of day in its clause most often belongs to. */
const HAPPENING_WORDS = /^(?:shooting|shootings|shot|shots|gunfire|gunshots?|fired|firing|stabbing|stabbed|explosion|blast|crash|collision)$/;

/**
 * What a time of day is said of: the words next to it, and, when there are none, the nearest word for the
 * happening earlier in its clause ("a person in a vehicle fired into a crowd outside the party in the
 * area of 12400 N. 25th Ave. at about 3:30 a.m."; "Gunfire rang out after 3 a.m.").
 */
function timeEventWords(input: FigureInput, first: number, next: number, sent: Span): string | null {
  const { tokens, text } = input;
  // "About 11:50 a.m., Murray police were dispatched": a time that opens its sentence is the time of its clause,
  // whose verb may come after a name and an auxiliary.
  let opens = true;
  for (let k = first - 1; k >= 0 && tokens[k].end > sent.start; k--) if (!/^(?:at|about|around|shortly|just|by)$/.test(tokens[k].norm)) opens = false;
  const near = eventWords(input, first, next, sent, undefined, 3) ?? (opens ? eventWords(input, first, next, sent, undefined, 6) : null);
  // Words by the time that say something else ("pronounced dead at 6:15 p.m.") are what it is of; "a carjacking and
  // shots fired report at about 5:10 a.m." is the call's time, one moment of what happened.
  if (near && /\b(?:fired|shooting|shots?|gunfire)\s+(?:reports?|calls?)\b/.test(near)) return 'call';
  // "they received a call about a woman being shot around 9:30 p.m.": the call's time, told of the shooting.
  for (let k = first - 1; k > 0 && first - k <= 10 && tokens[k - 1].start >= sent.start; k--) {
    if (/[;:!?()"“”]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    if (/^(?:about|of|reporting)$/.test(tokens[k].norm) && /^(?:call|calls)$/.test(tokens[k - 1].norm)) return 'call';
  }
  // "after being shot in the head at about 11:30 p.m.", "the shooting in Brownsville occurred before midnight": the
  // happening a few words further back in the clause is what the time is of, with the words by it.
  // (Not when the words by it are a call's or a report's: "the shooting was called into EMS at 7:23 p.m.")
  if (near && !near.split(' ').some((w) => HAPPENING_WORDS.test(w) || CALLED.test(w))) {
    for (let k = first - 1; k >= 0 && first - k <= 7 && tokens[k].start >= sent.start; k--) {
      if (/[;:!?()"“”,]/.test(text.slice(tokens[k].end, tokens[k + 1].start)) || CLAUSE_BREAKS.has(tokens[k].norm) || tokens[k].norm === 'and' || CALLED.test(tokens[k].norm)) break;
      if (HAPPENING_WORDS.test(tokens[k].norm) && !toldOf(tokens, k) && (!isCapital(tokens[k]) || tokens[k].start === sent.start)) {
        if (!near.split(' ').includes(tokens[k].norm)) return timeOf(input, first, `${tokens[k].norm} ${near}`, sent);
        break;
      }
    }
  }
  return timeOf(input, first, near, sent);
}

/** Words of a call or a report, whose time is theirs and not the happening's they tell of. */
const CALLED = /^(?:call|calls|called|report|reports|reported)$/;

/** The happening at `k` is told of ("reports of a shooting", "the scene of the shooting"), not said to happen. */
const toldOf = (tokens: readonly Token[], k: number): boolean =>
  /^(?:of|about)$/.test(tokens[k - 1]?.norm ?? '') || (/^(?:a|an|the)$/.test(tokens[k - 1]?.norm ?? '') && /^(?:of|about)$/.test(tokens[k - 2]?.norm ?? ''));

/** What a time is of from the words by it (a police assault or an explosion just before them said first), or, with none, the nearest happening back in its clause. */
function timeOf(input: FigureInput, first: number, near: string | null, sent: Span): string | null {
  const { tokens, text } = input;
  if (near) {
    // "police assaulted the building at 00:20", "Police stormed the building shortly after midnight": the assault's
    // time, whatever the building is called; "The first explosion was heard at 9:20 p.m.": the explosion's, not the
    // hearing's.
    const words = near.split(' ');
    for (let k = first - 1; k >= 0 && first - k <= 6 && tokens[k].start >= sent.start; k--) {
      if (/[;:!?()"“”]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) break;
      if (ASSAULTED.test(tokens[k].norm) || (BANGS.test(tokens[k].norm) && !words.some((w) => HAPPENING_WORDS.test(w)))) return words.includes(tokens[k].norm) ? near : `${tokens[k].norm} ${near}`;
    }
    return near;
  }
  for (let k = first - 1; k >= 0 && first - k <= 16; k--) {
    const t = tokens[k];
    if (t.end <= sent.start || /[;:!?()"“”]/.test(text.slice(t.end, tokens[k + 1].start))) break;
    if (CLAUSE_BREAKS.has(t.norm) && k < first - 1) break;
    // "was shot in the leg and was driven by a friend to Stamford Hospital about 7:30 p.m.": another clause's verb.
    if (t.norm === 'and' && AUX.has(tokens[k + 1]?.norm ?? '') && k < first - 1) break;
    const happening = HAPPENING_WORDS.test(t.norm) || (t.norm === 'fire' && tokens[k - 1]?.norm === 'opened');
    // "responded to reports of a shooting … around 3:30 a.m.", "the scene of the shooting": the time is the
    // response's, told of the shooting.
    if (happening && toldOf(tokens, k)) return null;
    if (happening && (!isCapital(t) || t.start === sent.start)) return t.norm;
  }
  return null;
}

const QUALIFIER_WORDS = new Set(QUALIFIERS.flatMap(([w]) => w));

/** Nouns for a part of a place: "in a single ward", "in a nearby village". */
const PART_PLACES = /^(?:wards?|districts?|villages?|towns?|neighbou?rhoods?|suburbs?|buildings?|house|homes?|schools?|hospitals?|prisons?|camps?|counties|county|zones?|streets?|rooms?|cars?|vehicles?|bus|buses|trains?|planes?|churche?s?|mosques?|clubs?|bars?|restaurants?|hotels?|motels?|shelters?|apartments?|facilit(?:y|ies)|blocks?|regions?|provinces?|areas?)$/;

const AREA_WIDE = /^(?:citywide|nationwide|statewide|countywide)$/;
const AREAS = /^(?:city|country|nation|state|county|region|area)$/;
const SPANS = /^(?:year|month|summer|weekend|week)$/;
const HAPPENINGS = /^(?:shootings|incidents|attacks)$/;
const OTHER_ONE = /^(?:another|separate|unrelated|earlier|different|previous)$/;
const HAPPENING_NOUNS = /^(?:shooting|incident|attack|homicide|stabbing|killing|robbery)$/;

/**
 * Whether token `k` says a figure counts many happenings: "across the city", "nationwide", "this year", "that
 * weekend", "this past weekend", "since Friday", "since 2005", "in three overnight shootings".
 */
function manyHappenings(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k].norm;
  const n1 = tokens[k + 1]?.norm ?? '';
  const n2 = tokens[k + 2]?.norm ?? '';
  if (AREA_WIDE.test(w)) return true;
  if ((w === 'across' || w === 'throughout') && n1 === 'the' && AREAS.test(n2)) return true;
  if ((w === 'this' || w === 'that' || w === 'so') && (SPANS.test(n1) || (n1 === 'past' && SPANS.test(n2)) || (n1 === 'far' && n2 === 'this') || ((MONTHS.has(n1) || WEEKDAYS.has(n1)) && SPANS.test(n2)))) return true;
  // "In the past two months, eight youths have been injured", "over the last year": a count of months or years,
  // many happenings (not "the past two days", which may be the story's own).
  if ((w === 'past' || w === 'last') && tokens[k - 1]?.norm === 'the' && (/^(?:year|decade)$/.test(n1) || (/^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)$/.test(n1) && /^(?:months|years|decades)$/.test(n2)))) return true;
  if (w === 'since' && (WEEKDAYS.has(n1) || MONTHS.has(n1) || /^(?:19|20)\d\d$/.test(n1) || (n1 === 'the' && /^(?:start|beginning)$/.test(n2)))) return true;
  // "70 people wounded in gun violence over the holiday week" (not "a series of shootings": a spree is one).
  if (w === 'violence' && tokens[k - 1]?.norm === 'gun' && /^(?:in|to|from|by)$/.test(tokens[k - 2]?.norm ?? '')) return true;
  // "three overnight shootings", "four separate shootings": a number of them.
  if (HAPPENINGS.test(w)) {
    const b1 = tokens[k - 1]?.norm ?? '';
    const b2 = tokens[k - 2]?.norm ?? '';
    const counted = (x: string) => /^\d+$/.test(x) || /^(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|separate)$/.test(x);
    return counted(b1) || (/^(?:separate|overnight|different|unrelated|other)$/.test(b1) && counted(b2));
  }
  return false;
}

/** "at Sabado Tarde": a weekday within a place's name, after "at" and before another capitalised word. */
function weekdayInName(tokens: readonly Token[], k: number): boolean {
  const n = tokens[k + 1];
  return tokens[k - 1]?.norm === 'at' && !!n && isCapital(n) && !/^(?:night|morning|afternoon|evening)$/.test(n.norm);
}

const RAID = /^(?:raid|assault|shootout|standoff|stand-off)$/;
/** The words right after a count say it happened in a police assault: "people died in the raid", "killed when officers stormed". */
function inRaid(tokens: readonly Token[], next: number, sentEnd: number): boolean {
  for (let k = next; k < next + 4 && k < tokens.length && tokens[k].start < sentEnd; k++) {
    const w = tokens[k].norm;
    if (w === 'in' || w === 'during') {
      let j = k + 1;
      if (/^(?:the|a|an)$/.test(tokens[j]?.norm ?? '') || /['’]s$/.test(tokens[j]?.raw ?? '')) j++;
      if (tokens[j]?.norm === 'police') j++;
      return RAID.test(tokens[j]?.norm ?? '') && !/^(?:rifles?|weapons?|style)$/.test(tokens[j + 1]?.norm ?? '');
    }
    if (w === 'when') {
      for (let j = k + 1; j < k + 6 && j < tokens.length && tokens[j].start < sentEnd; j++) if (/^(?:stormed|raided)$/.test(tokens[j].norm)) return true;
      return false;
    }
    if (!/^[\p{Ll}-]+$/u.test(tokens[k].raw)) return false;
  }
  return false;
}

/**
 * "from" at `k` names where people come from: a town after "are from" or after the happening they were in ("victims in
 * the shooting from Trotwood"); not a source ("from police"), a day ("from Friday") or a move ("moved from Detroit"),
 * nor those counted described ("charges against three men from Detroit": all of them).
 */
function hometown(input: FigureInput, k: number): boolean {
  const { tokens } = input;
  const e = nameRunEnd(input, k + 1, Math.min(tokens.length, k + 4));
  if (e === k + 1) return false;
  if (/^(?:police|department|sheriff|officials|authorities|hospital|county|university|news|medical)$/.test(tokens[e - 1].norm) || tokens[e]?.norm === 'police') return false;
  const before = tokens[k - 1].norm;
  return /^(?:are|were|is|was)$/.test(before) || HAPPENING_NOUNS.test(before);
}

/** Where and when a figure holds, read from its clause. */
function scopeOf(input: FigureInput, first: number, next: number, sent: Span): FigureScope | undefined {
  const { tokens, text } = input;
  const scope: FigureScope = {};
  let from = first;
  // "revealed in a press conference that one person is dead": the clause of the figure begins after "that".
  while (from > 0 && first - from < 12 && tokens[from - 1].start >= sent.start && !/;/.test(text.slice(tokens[from - 1].end, tokens[from].start)) && !CLAUSE_BREAKS.has(tokens[from - 1].norm) && tokens[from - 1].norm !== 'that' &&
    !(tokens[from - 1].norm === 'and' && from > 1 && /,/.test(text.slice(tokens[from - 2].end, tokens[from - 1].start)))) from--;
  let to = next;
  // "Seven people have been arrested in Belgium, and two of them were charged on Monday": ", and" begins another clause.
  // "Of the 129 people killed, at least 89 died at the Bataclan": the whole before the comma, the part after it.
  const ofThe = first >= 2 && tokens[first - 1].norm === 'the' && tokens[first - 2].norm === 'of' && tokens[first - 2].start === sent.start;
  while (to < tokens.length && to - next < 14 && tokens[to].start < sent.end && !/;/.test(text.slice(tokens[to - 1].end, tokens[to].start)) && !CLAUSE_BREAKS.has(tokens[to].norm) &&
    !(tokens[to].norm === 'and' && /,/.test(text.slice(tokens[to - 1].end, tokens[to].start))) && !(ofThe && /,/.test(text.slice(tokens[to - 1].end, tokens[to].start)))) to++;
  // "he could form a government with New Democracy, which gained 129 seats": a relative clause has its own mood.
  let relative = from;
  for (let k = first - 1; k > from; k--) {
    if (/^(?:which|who)$/.test(tokens[k].norm) && /,/.test(text.slice(tokens[k - 1].end, tokens[k].start))) {
      relative = k;
      break;
    }
  }
  // "three overnight shootings that happened within five hours, leaving five people injured": the sentence counts
  // many happenings, whatever its clauses.
  for (let k = first - 1; k >= 0 && first - k <= 30 && tokens[k].start >= sent.start && !scope.many; k--) if (HAPPENINGS.test(tokens[k].norm) && manyHappenings(tokens, k)) scope.many = true;
  // "another shooting happened around 4 a.m.", "An unrelated shooting at a club in Orlando on Sunday killed two and
  // injured 10": another happening than the story's, wherever before the figure its sentence says so.
  for (let k = first - 1; k >= 0 && first - k <= 30 && tokens[k].start >= sent.start; k--) {
    if (!OTHER_ONE.test(tokens[k].norm)) continue;
    const noun = [tokens[k + 1], tokens[k + 2]].find((x) => x && x.start < sent.end && HAPPENING_NOUNS.test(x.norm));
    if (noun) {
      scope.day = `another ${noun.norm}`;
      break;
    }
  }
  // "The most recent was February 28, when six people were shot at an apartment building": one of a list of others.
  if (!scope.day?.startsWith('another ') && RECENT_OTHER.test(text.slice(sent.start, Math.min(sent.end, sent.start + 40)))) scope.day = 'another shooting';
  // "129 seats …, including a bonus 50 seats", "killed 12, including two children": a part of the figure before.
  for (let k = first - 1; k >= 0 && first - k <= 3 && tokens[k].start >= sent.start; k--) {
    if (tokens[k].norm === 'including') {
      scope.place = 'including';
      scope.partial = true;
      break;
    }
    if (!/^(?:a|an|the|some|bonus|extra|additional|another)$/.test(tokens[k].norm)) break;
  }
  // "the Bataclan concert hall, where 89 people died", "Survivors of the Bataclan, where 90 were killed": the place
  // "where" stands for; not a region ("in Texas, where …").
  const whereAt = tokens.slice(Math.max(0, first - 6), first).findIndex((t) => t.norm === 'where');
  if (whereAt >= 0) {
    const k = Math.max(0, first - 6) + whereAt;
    if (k > 0 && tokens[k].start > sent.start && /,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) {
      const venue = venueBefore(input, k - 1, sent);
      if (venue && !input.setting?.has(venue)) {
        scope.place = venue;
        scope.partial = true;
      }
    }
  }
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (k >= first && k < next) continue;
    const w = t.norm;
    // "…, Batts said on Tuesday": the day it was said, not the figure's.
    const saidOn = REPORTING_VERBS.has(tokens[k - 1]?.norm ?? '') || (tokens[k - 1]?.norm === 'on' && REPORTING_VERBS.has(tokens[k - 2]?.norm ?? ''));
    if (WEEKDAYS.has(w) && !scope.day && !weekdayInName(tokens, k) && !saidOn) scope.day = w;
    // "On 26 February", "in 2004": another day or year than the story's.
    if (!scope.day && /^\d{1,2}$/.test(t.raw) && MONTHS.has(tokens[k + 1]?.norm ?? '') && k + 1 < to) scope.day = `${Number(t.raw)} ${tokens[k + 1].norm.slice(0, 3)}`;
    if (!scope.day && MONTHS.has(w) && /^\d{1,2}$/.test(tokens[k + 1]?.raw ?? '') && k + 1 < to && w !== 'may') scope.day = `${Number(tokens[k + 1].raw)} ${w.slice(0, 3)}`;
    // (Not an address: "at 1903 Desire St.")
    const address = isCapital(tokens[k + 1]) && /^(?:st|street|ave|avenue|road|rd|blvd|boulevard|drive|dr|lane|ln|way|court|ct|place|pl|highway|hwy)$/.test(tokens[k + 2]?.norm ?? '');
    if (!scope.day && /^(?:19|20)\d{2}$/.test(t.raw) && !/^(?:since|from|until|before)$/.test(tokens[k - 1]?.norm ?? '') && !address) scope.day = t.raw;
    // ("in May" is the month.)
    if (k < first && k >= relative && /^(?:could|might|may|will|would|should|expected|forecast|predicted|projected|likely|feared|fear|warn|warned|threatens|threatened)$/.test(w) && t.raw !== 'May') scope.forecast = true;
    // "Last summer, one man was killed": another time than the story's.
    if (!scope.day && w === 'last' && /^(?:summer|winter|spring|fall|autumn|year|month|week|weekend)$/.test(tokens[k + 1]?.norm ?? '')) scope.day = `last ${tokens[k + 1].norm}`;
    if (!scope.day && (w === 'ago' || w === 'earlier') && /^(?:year|years|month|months)$/.test(tokens[k - 1]?.norm ?? '') && k !== next) scope.day = 'before';

    if (!scope.many && manyHappenings(tokens, k)) scope.many = true;
    if ((w === 'total' || w === 'overall' || w === 'altogether') && !(k > 0 && tokens[k - 1].norm === 'the' && tokens[k + 1]?.norm === 'of')) scope.total = true;
    if (w === 'all' && tokens[k - 1]?.norm === 'in') scope.total = true;
    if (w === 'alone' && k > next) scope.partial = true;
    // "two victims in the nightclub shooting are from Trotwood", "2 victims in Cincinnati nightclub shooting from
    // Trotwood": those of one home town, a part, even of a story set in that town, and whatever place the clause
    // named before ("in Cincinnati").
    if (w === 'from' && k >= next && k + 1 < to && scope.place !== 'including' && hometown(input, k)) {
      scope.place = `from ${tokens[k + 1].norm}`;
      scope.partial = true;
      continue;
    }
    if (scope.place) continue;
    // "One person was killed there", "The siege there lasted nearly three hours": a place told of before, a part of
    // the story; not "there were …".
    if (w === 'there' && !/^(?:is|are|was|were|have|has|had|will|would|may|might|could|can|must|should|seem|seems|seemed|appear|appears|appeared|remain|remains|remained|be|been)$/.test(tokens[k + 1]?.norm ?? '') && tokens[k - 1]?.norm !== 'out') {
      scope.place = 'there';
      scope.partial = true;
      continue;
    }
    // "Four gunmen stormed the Bataclan", "the Bataclan concert hall, where 89 people died": the one venue
    // attacked is the figure's place, as "at the Bataclan" is; not a list ("attacked the Bataclan, the stadium and …").
    // "The Bataclan massacre left 89 dead", "In the Bataclan attack, 89 people died": the attack named by its venue.
    if (w === 'the' && k + 2 < to) {
      const e = nameRunEnd(input, k + 1, to);
      if (e > k + 1 && e < to && /^(?:attack|massacre|siege|bombing|raid|hostage-taking)$/.test(tokens[e].norm) && spaceOnly(text, tokens[e - 1].end, tokens[e].start)) {
        const name = text.slice(tokens[k + 1].start, tokens[e - 1].end).toLowerCase();
        // (Where the headline or the first sentences set the story there, "in the Manchester Arena bombing" is the
        // story's whole, still named: another report's "59 … at the Manchester Arena" is of the same place.)
        scope.place = name;
        scope.partial = !input.setting?.has(name);
        continue;
      }
    }
    // "opened fire on the terraces of Le Carillon", "the attack on the Bataclan": where they fired.
    const firedOn = w === 'on' && /^(?:fire|fired|firing|attack|attacks|assault|raid)$/.test(tokens[k - 1]?.norm ?? '');
    if ((ENTERED.test(w) || firedOn) && k + 1 < to) {
      const venue = venueAfter(input, k + 1, sent);
      if (venue && !input.setting?.has(venue)) {
        scope.place = venue;
        scope.partial = true;
        continue;
      }
    }
    if ((w === 'at' || w === 'inside' || w === 'in') && k + 1 < to) {
      let s = k + 1;
      if (tokens[s].norm === 'the') s++;
      // "in one ward", "in a single district": part of the whole.
      if (w === 'in' && (tokens[s]?.norm === 'one' || tokens[s]?.norm === 'a' || tokens[s]?.norm === 'an' || tokens[s]?.norm === 'single')) {
        let e = s + 1;
        if (tokens[e]?.norm === 'single') e++;
        // ("in an abandoned Seat car", "in a parked car": the part's noun after a word or two that describe it.)
        if (tokens[s].norm === 'a' || tokens[s].norm === 'an') {
          let j = e;
          while (j < e + 2 && j + 1 < to && isWordToken(tokens[j]) && !STOPWORDS.has(tokens[j].norm) && !PART_PLACES.test(tokens[j].norm)) j++;
          if (PART_PLACES.test(tokens[j]?.norm ?? '')) e = j;
        }
        // "in a random shooting", "in a press conference": an event, not a part of the place; "in a single ward" is.
        if (e < to && isWordToken(tokens[e]) && !STOPWORDS.has(tokens[e].norm) && ((tokens[s].norm !== 'a' && tokens[s].norm !== 'an') || tokens[s + 1]?.norm === 'single' || PART_PLACES.test(tokens[e].norm))) {
          scope.place = `one ${tokens[e].norm}`;
          scope.partial = true;
        }
        continue;
      }
      // "Eighty people were killed at the concert hall": a venue told by its kind, not its name, is a part as well.
      // (Not "inside the club", "at the bar": a local story's one venue, which its other reports leave unsaid.)
      if (w === 'at' && tokens[k + 1]?.norm === 'the' && s < to && /^(?:concert|stadium|theatre|theater)$/.test(tokens[s].norm) && /^\p{Ll}/u.test(tokens[s].raw)) {
        const kind = tokens[s].norm === 'concert' && tokens[s + 1]?.norm === 'hall' ? 'concert hall' : tokens[s].norm;
        scope.place = kind;
        scope.partial = true;
        continue;
      }
      const e = nameRunEnd(input, s, to);
      if (e > s) {
        const name = text.slice(tokens[s].start, tokens[e - 1].end).toLowerCase();
        if (input.setting?.has(name)) continue;
        // "in the Ukrainian-occupied zone" describes a region rather than naming it: another report may name it otherwise.
        const after = tokens[e];
        // ("In Kathmandu alone, 634 people died" names a part.)
        const alone = after?.norm === 'alone';
        // ("in the Bataclan concert hall", "in the Cameo nightclub": a venue by its kind.)
        const venueKind = !!after && VENUE_KINDS.test(after.norm) && tokens[k + 1]?.norm === 'the';
        if (w === 'in' && after && after.start < sent.end && /^\p{Ll}/u.test(after.raw) && !STOPWORDS.has(after.norm) && !alone && !venueKind && spaceOnly(text, tokens[e - 1].end, after.start)) continue;
        scope.place = name;
        // "at the Bataclan" names a venue, part of the story; "in Germany" a region.
        scope.partial = w !== 'in' || alone || venueKind || scope.partial === true;
      }
    }
  }
  return Object.keys(scope).length > 0 ? scope : undefined;
}

/**
 * Where a place's name that starts at token `s` ends (exclusive, before `limit`): up to five capitalised words, an
 * initial's full stop between them, no weekday (unless in a name, "Black Friday Mall") nor month. `s` when none.
 */
function nameRunEnd(input: FigureInput, s: number, limit: number): number {
  const { tokens, text } = input;
  let e = s;
  while (e < limit && e - s < 5 && isCapital(tokens[e]) && (!WEEKDAYS.has(tokens[e].norm) || weekdayInName(tokens, e)) && !MONTHS.has(tokens[e].norm) && (e === s || spaceOnly(text, tokens[e - 1].end, tokens[e].start, '.'))) e++;
  return e;
}

/** Verbs of going into or attacking a place: their object is where what follows happened. */
const ENTERED = /^(?:stormed|attacked|raided|entered|targeted|besieged|invaded)$/;

/**
 * The one named place at token `s` ("the Bataclan concert hall" → "bataclan"), or null: none named, or the first
 * of a list ("the Bataclan, the Stade de France and restaurants").
 */
function venueAfter(input: FigureInput, s: number, sent: Span): string | null {
  const { tokens, text } = input;
  if (tokens[s]?.norm === 'the') s++;
  // ("the terraces of Le Carillon bar")
  if (tokens[s + 1]?.norm === 'of' && /^\p{Ll}+$/u.test(tokens[s]?.raw ?? '') && isCapital(tokens[s + 2])) s += 2;
  if (tokens[s]?.norm === 'the') s++;
  const e = nameRunEnd(input, s, tokenAt(tokens, sent.end));
  if (e === s) return null;
  // ("concert hall", "nightclub": the kind of place after its name.)
  let after = e;
  while (after < e + 2 && tokens[after] && tokens[after].start < sent.end && /^\p{Ll}/u.test(tokens[after].raw) && !STOPWORDS.has(tokens[after].norm) && spaceOnly(text, tokens[after - 1].end, tokens[after].start)) {
    // ("the Russian border region": a description, no venue's name.)
    if (!VENUE_KINDS.test(tokens[after].norm)) return null;
    after++;
  }
  const gap = tokens[after] ? text.slice(tokens[after - 1].end, tokens[after].start) : '';
  const nextWord = tokens[after]?.norm ?? '';
  if (nextWord === 'and' || nextWord === 'or' || (/,/.test(gap) && (nextWord === 'the' || nextWord === 'a' || nextWord === 'and' || (tokens[after] && isCapital(tokens[after]) && !WEEKDAYS.has(nextWord))))) return null;
  return text.slice(tokens[s].start, tokens[e - 1].end).toLowerCase();
}

/**
 * The named place that ends at token `e` ("the Bataclan concert hall" → "bataclan", "the Bataclan" → "bataclan"),
 * after "the", "at" or a verb of going in, or null: none, or a region ("in Texas").
 */
function venueBefore(input: FigureInput, e: number, sent: Span): string | null {
  const { tokens, text } = input;
  // ("concert hall", "nightclub": the kind of place after its name.)
  let last = e;
  while (last > e - 2 && last >= 0 && /^\p{Ll}/u.test(tokens[last].raw) && !STOPWORDS.has(tokens[last].norm) && isWordToken(tokens[last])) last--;
  if (last < 0 || !isCapital(tokens[last]) || WEEKDAYS.has(tokens[last].norm) || MONTHS.has(tokens[last].norm)) return null;
  let s = last;
  while (s > 0 && last - s < 4 && isCapital(tokens[s - 1]) && tokens[s - 1].norm !== 'the' && tokens[s - 1].start >= sent.start && spaceOnly(text, tokens[s - 1].end, tokens[s].start, '.')) s--;
  const before = tokens[s - 1];
  if (!before || before.start < sent.start || !(before.norm === 'the' || before.norm === 'at' || ENTERED.test(before.norm))) return null;
  return text.slice(tokens[s].start, tokens[last].end).toLowerCase();
}

/** "rose to", "climbed to", "upgraded … to": the text says the figure changed. */
function changeBefore(input: FigureInput, first: number, sent: Span): FigureClaim['change'] | undefined {
  const { tokens } = input;
  for (let k = first - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const t = tokens[k];
    if (t.end <= sent.start) break;
    if (/^(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|grew|soared|mounted|reached)$/.test(t.norm)) return 'rose';
    if (/^(?:fell|fallen|falls|dropped|decreased|declined|lowered)$/.test(t.norm)) return 'fell';
    if (/^(?:upgraded|downgraded|revised|raised|corrected|updated)$/.test(t.norm)) return 'revised';
  }
  return undefined;
}

/** A time of day at token `i`: "9 p.m.", "2:25 p.m.", "at 12:57", "1707 GMT", "0546 GMT", "15:00 GMT". */
function timeAt(input: FigureInput, i: number): { value: number; zone?: string; end: number; next: number; midnight?: boolean } | null {
  const { tokens, text } = input;
  const t = tokens[i];
  // "shortly before midnight", "at noon": the words for the two twelves, after a word that makes them a moment.
  if ((t.norm === 'midnight' || t.norm === 'noon') && input.english && /^(?:at|around|about|approximately|before|after|by|until|near|since|past)$/.test(tokens[i - 1]?.norm ?? '')) {
    return t.norm === 'noon' ? { value: 720, end: t.end, next: i + 1 } : { value: 0, end: t.end, next: i + 1, midnight: true };
  }
  // "9.30pm", "9.30 p.m.": the British way, which needs its half of the day to be no decimal.
  const dotted = /^(\d{1,2})\.(\d{2})(am|pm)?$/i.exec(t.raw);
  if (!/^\d{1,4}$/.test(t.raw) && !(dotted && (dotted[3] || /^(?:a\.m|am|p\.m|pm)$/.test(tokens[i + 1]?.norm ?? '')))) return null;
  let h: number;
  let m = 0;
  let next = i + 1;
  let end = t.end;
  let colon = false;
  const after = tokens[i + 1];
  if (dotted) {
    h = Number(dotted[1]);
    m = Number(dotted[2]);
    colon = true;
  } else if (t.raw.length <= 2 && after && text.slice(t.end, after.start) === ':' && /^\d{2}(?:am|pm)?$/i.test(after.raw)) {
    h = Number(t.raw);
    m = Number(after.raw.slice(0, 2));
    colon = true;
    next = i + 2;
    end = after.end;
  } else if (t.raw.length === 4) {
    h = Number(t.raw.slice(0, 2));
    m = Number(t.raw.slice(2));
  } else h = Number(t.raw);
  if (h > 24 || m > 59) return null;
  if (text[t.start - 1] === ':' || /[\d.,]/.test(text[t.start - 1] ?? '')) return null;
  let meridiem = /(am|pm)$/i.exec(tokens[next - 1].raw)?.[1]?.toLowerCase() ?? null;
  const n1 = tokens[next];
  if (!meridiem && n1 && spaceOnly(text, end, n1.start)) {
    if (/^(?:a\.m|am)$/.test(n1.norm)) meridiem = 'am';
    else if (/^(?:p\.m|pm)$/.test(n1.norm)) meridiem = 'pm';
    if (meridiem) {
      end = n1.end + (text[n1.end] === '.' && n1.norm.includes('.') ? 1 : 0);
      next++;
    }
  }
  let zone: string | undefined;
  const z = tokens[next];
  if (z && spaceOnly(text, end, z.start)) {
    if (ZONES.has(z.norm)) zone = z.raw.toUpperCase();
    else if (z.norm === 'local' && tokens[next + 1]?.norm === 'time') zone = 'local';
    if (zone) {
      end = zone === 'local' ? tokens[next + 1].end : z.end;
      next += zone === 'local' ? 2 : 1;
    }
  }
  // A police release's 24-hour time: "at approximately 2239 hours" (not "1000 hours of community service").
  const h24 = tokens[next];
  if (!dotted && t.raw.length === 4 && !zone && !meridiem && h24 && /^(?:hours|hrs)$/.test(h24.norm) && spaceOnly(text, end, h24.start) && h < 24 &&
    /^(?:at|approximately|around|about|by|until|before|after|since)$/.test(tokens[i - 1]?.norm ?? '') && tokens[next + 1]?.norm !== 'of') {
    return { value: h * 60 + m, end: h24.end, next: next + 1 };
  }
  // A four-digit time needs its zone ("1707 GMT"); a bare "9" or "2:25" needs a.m./p.m., or "at" before a colon time.
  if (!dotted && t.raw.length === 4 && !zone) return null;
  if (!dotted && t.raw.length === 3) return null;
  if (!meridiem && !zone) {
    const prev = tokens[i - 1]?.norm;
    if (!(colon && /^(?:at|around|about|by|before|after|until|since|from)$/.test(prev ?? ''))) return null;
    // "about 4:30 Saturday afternoon", "at 11:30 Thursday night": the part of the day says which half.
    for (let k = next; k < tokens.length && k < next + 3 && !/[,;.!?]/.test(text.slice(tokens[k - 1].end, tokens[k].start)); k++) {
      const w = tokens[k].norm;
      if (w === 'morning') meridiem = 'am';
      else if (w === 'afternoon' || w === 'evening') meridiem = 'pm';
      else if (w === 'night' || w === 'tonight') meridiem = h >= 6 && h <= 12 ? 'pm' : 'am';
      if (meridiem) break;
    }
    // A time of day without either, before noon on the clock, is either half ("about 4:30"): no figure.
    // ("at 00:20", "at 09:40": a leading zero is the 24-hour clock.)
    if (!meridiem && h <= 12 && !(colon && t.raw.length === 2 && t.raw[0] === '0')) return null;
  }
  if (meridiem) {
    if (h === 0 || h > 12) return null;
    if (meridiem === 'pm' && h < 12) h += 12;
    if (meridiem === 'am' && h === 12) h = 0;
  }
  return { value: h * 60 + m, zone, end, next };
}

/** A line that points to another story or a gallery ("Related: Police: 5 officers dead, 7 hurt in Dallas …", "PHOTOS: …"). */
const TEASER_LINE = /^\**(?:Related(?: articles?| stor(?:y|ies)| coverage)?|RELATED(?: ARTICLES?| STOR(?:Y|IES))?|MORE|Previous stor(?:y|ies)|Read more|READ MORE|Read More|See also|Also read|PHOTOS|Photos|VIDEOS?|Videos?|WATCH|Watch)\**\s*:[^\n]*/gm;
/** A line that is a page's time stamp and no more ("Published: Saturday, 2/21/2015 - Updated: 2 months ago", "UPDATE @ 4:04 p.m. (Oct. 26):"). */
const STAMP_LINE = /^[* \t]*(?:last )?(?:updated?|posted|published)(?::| at\b| on\b| @)[^\n]{0,60}$/gim;

const STAMP_WORDS = /^(?:last|updated?|posted|published|at|on|by|ago|am|pm|a\.m|p\.m|noon|midnight|est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|et|ct|pt|minutes?|hours?|days?|weeks?|months?|years?|mins?|hrs?|st|nd|rd|th)$/;
/** A time stamp holds dates and times only ("UPDATE: 3 dead in shooting" tells something, and keeps its figure). */
function stampOnly(line: string): boolean {
  for (const w of line.toLowerCase().match(/[\p{L}.]+/gu) ?? []) {
    const word = w.split('.').filter(Boolean).join('.');
    if (word && !STAMP_WORDS.test(word) && !MONTHS.has(word) && !MONTHS.has(word.slice(0, 3)) && !WEEKDAYS.has(word)) return false;
  }
  return true;
}

/** Lines whose figures are not the report's, in order of position. */
function teaserLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const re of [TEASER_LINE, STAMP_LINE]) {
    for (const m of text.matchAll(re)) {
      if (re === STAMP_LINE && !stampOnly(m[0])) continue;
      out.push([m.index, m.index + m[0].length]);
      if (out.length >= 200) break;
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** All figures of the text, in order. */
export function extractFigures(input: FigureInput): FigureClaim[] {
  const { text, tokens } = input;
  const figures: FigureClaim[] = [];
  const teasers = input.english ? teaserLines(text) : [];
  let ti = 0;
  let i = 0;
  while (i < tokens.length && figures.length < MAX_FIGURES) {
    // The figures of a teaser line are another story's, or the story's of another day: not this report's.
    while (ti < teasers.length && teasers[ti][1] <= tokens[i].start) ti++;
    if (ti < teasers.length && teasers[ti][0] <= tokens[i].start) {
      i++;
      continue;
    }
    const time = timeAt(input, i);
    if (time) {
      const fig = timeFigure(input, i, time);
      if (fig) figures.push(fig);
      i = time.next;
      continue;
    }
    const num = readNumber(text, tokens, i, input.english, input.commaDecimal);
    if (!num) {
      const glued = input.english ? gluedMagnitude(input, i) : null;
      if (glued) figures.push(glued);
      i++;
      continue;
    }
    const fig = figureAt(input, i, num, figures);
    if (fig) figures.push(joinedDuration(input, fig, figures) ?? fig.claim);
    i = Math.max(i + 1, fig ? fig.next : num.next);
  }
  markParts(input, figures);
  if (input.english) {
    placeThere(figures);
    respectiveAges(input, figures);
    identifiedAs(input, figures);
    markShooters(figures);
    nameInFull(input, figures);
    markHurtApart(figures);
    markAgeRoles(input, figures);
  }
  return figures;
}

/**
 * "lasted two hours and 40 minutes", "3 years and 6 months": a length told in two units is one length, in the smaller
 * unit; `fig.next` moves past the second part. Null when the figure is no such length.
 */
function joinedDuration(input: FigureInput, fig: { claim: FigureClaim; next: number }, figures: FigureClaim[]): FigureClaim | null {
  const { text, tokens } = input;
  const a = fig.claim;
  if (a.measure !== 'duration' || !a.unit || a.high !== undefined || fig.next + 1 >= tokens.length || tokens[fig.next].norm !== 'and' || !spaceOnly(text, a.span.end, tokens[fig.next].start, ',')) return null;
  const at = fig.next + 1;
  const num = readNumber(text, tokens, at, input.english, input.commaDecimal);
  const b = num ? figureAt(input, at, num, figures) : null;
  const [sa, sb] = [UNIT_SECONDS[a.unit], b?.claim.unit ? UNIT_SECONDS[b.claim.unit] : undefined];
  if (!b || b.claim.measure !== 'duration' || !sa || !sb || sb >= sa || b.claim.qualifier !== 'exact' || b.claim.high !== undefined) return null;
  fig.next = b.next;
  return { ...a, value: (a.value * sa) / sb + b.claim.value, unit: b.claim.unit, span: makeSpan(text, a.span.start, b.claim.span.end) };
}

/** Figures whose own words make them a part of those counted ("of them", "the others", "badly hurt"), whatever their place. */
const PARTS = new WeakSet<FigureClaim>();
/** Makes a figure a part of those counted, named by `label` unless a place names it already. */
function markPart(claim: FigureClaim, label: string): void {
  claim.scope = { ...claim.scope, place: claim.scope?.place ?? label, partial: true };
  PARTS.add(claim);
}

/** "… identified her as Justine Baez", "has been identified as Bradley Fischer": the name given after an age. */
const IDENTIFIED_AS = /\bidentified (?:(?:him|her|the \p{Ll}+) )?as (\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'’-]+){1,2})/u;

/**
 * "Relatives of the 25-year-old female victim identified her as Justine Baez", "The other man, age 47, has been
 * identified as Bradley Fischer": the one unnamed age of a sentence that then names whom it identifies is that person's.
 */
function identifiedAs(input: FigureInput, figures: FigureClaim[]): void {
  const agesIn = new Map<number, number>();
  for (const f of figures) if (f.measure === 'age') agesIn.set(f.context.start, (agesIn.get(f.context.start) ?? 0) + 1);
  for (const f of figures) {
    if (f.measure !== 'age' || (f.subject && /^\p{Lu}/u.test(f.subject)) || agesIn.get(f.context.start)! > 1) continue;
    const m = IDENTIFIED_AS.exec(input.text.slice(f.span.end, f.context.end));
    if (m) f.subject = m[1];
  }
}

/** "Koi and Kaleigh Green -- ages 5 and 4", "Kara Allen and Chadney Allen, ages 17 and 19": two names, then their ages. */
const TWO_NAMES_AGES = /(?:^|\P{L})(\p{Lu}\p{Ll}+)(?: (\p{Lu}[\p{Ll}'’-]+))? and (\p{Lu}\p{Ll}+) (\p{Lu}[\p{Ll}'’-]+) ?(?:[,–—]|--) ?ages $/u;

/** Gives two ages in a row, each to its name, where two people are named just before them in the same order. */
function respectiveAges(input: FigureInput, figures: FigureClaim[]): void {
  for (let i = 1; i < figures.length; i++) {
    const [a, b] = [figures[i - 1], figures[i]];
    if (a.measure !== 'age' || b.measure !== 'age' || a.subject !== 'people' || b.subject !== 'people' || input.text.slice(a.span.end, b.span.start) !== ' and ') continue;
    const m = TWO_NAMES_AGES.exec(input.text.slice(Math.max(0, a.span.start - 80), a.span.start));
    if (!m) continue;
    a.subject = `${m[1]} ${m[2] ?? m[4]}`;
    b.subject = `${m[3]} ${m[4]}`;
  }
}

/**
 * "At the Bataclan, three gunmen opened fire. … About 80 people were killed there": "there" is the venue a figure
 * just before named (within the two sentences before), so the toll is the Bataclan's and can be set against another
 * report's "89 died at the Bataclan". A "there" with no venue named just before stays a place of its own.
 */
function placeThere(figures: FigureClaim[]): void {
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i];
    if (f.scope?.place !== 'there') continue;
    for (let j = i - 1; j >= 0 && f.context.start - figures[j].context.end < 300; j--) {
      const g = figures[j];
      const place = g.scope?.place;
      if (!place || !g.scope?.partial || PARTS.has(g) || !namesAPlace(place)) continue;
      f.scope = { ...f.scope, place };
      break;
    }
  }
}

/**
 * "Five people are dead, six more shot, and nearly 40 injured": where a sentence counts those shot and then, apart,
 * those hurt, the hurt are others (in the rush to flee), not the whole of those wounded another report counts.
 */
function markHurtApart(figures: FigureClaim[]): void {
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i];
    if (f.measure !== 'injured' || PARTS.has(f)) continue;
    const shot = figures.slice(Math.max(0, i - 3), i).find((g) => g.measure === 'shot' && g.context.start === f.context.start && g.value !== f.value);
    if (shot) markPart(f, 'hurt otherwise');
  }
}

/**
 * An age given to a surname alone ("Green, 49, has been charged") is the age of the one person of that surname
 * the report names in full; when it names two ("Faith Green" the victim, "Antonio Green" the accused), whose it is
 * cannot be read, and it is no one's. One pass over the tokens.
 */
function nameInFull(input: FigureInput, figures: FigureClaim[]): void {
  const bare = figures.filter((f) => f.measure === 'age' && f.subject && /^\p{Lu}[\p{L}'’-]+$/u.test(f.subject) && !PERSON_TITLES.test(f.subject.toLowerCase()));
  if (bare.length === 0) return;
  const { tokens, text } = input;
  const firstNames = new Map<string, Set<string>>(bare.map((f) => [f.subject!, new Set<string>()]));
  for (let k = 1; k < tokens.length; k++) {
    const names = firstNames.get(tokens[k].raw);
    if (!names) continue;
    // "Faith Green", "Elliseo O. Cantu": the first name before the surname, past one initial.
    let f = k - 1;
    if (/^\p{Lu}$/u.test(tokens[f].raw) && f > 0 && spaceOnly(text, tokens[f].end, tokens[k].start, '.')) f--;
    const first = tokens[f];
    // (Not a nickname in quotes: "Five-year-old Koi, “Princess Koi,”" is Koi's.)
    if (!isCapital(first) || !/^\p{Lu}\p{Ll}+$/u.test(first.raw) || PERSON_TITLES.test(first.norm) || !spaceOnly(text, first.end, tokens[f + 1].start, first.raw.length <= 3 ? '.' : '') || /["“‘']/.test(text[first.start - 1] ?? '') || WEEKDAYS.has(first.norm) || MONTHS.has(first.norm)) continue;
    if (input.lowercase?.has(first.norm)) continue; // "Police Green", a sentence's first word
    names.add(first.raw);
  }
  // "Mark Short, 40; … and the couple's children: Liana, 8; Mark, 5": a first name alone that is the first name of
  // someone else of another age in the report is another person (a son named for his father), no one's to match.
  const fullNames = figures.filter((f) => f.measure === 'age' && f.subject && /^\p{Lu}\S*\s+\p{Lu}/u.test(f.subject));
  for (const f of bare) {
    const names = firstNames.get(f.subject!)!;
    if (names.size === 1) f.subject = `${[...names][0]} ${f.subject}`;
    else if (names.size > 1) f.subject = null;
    else if (fullNames.some((g) => g.subject!.split(/\s+/)[0] === f.subject && g.value !== f.value)) f.subject = null;
  }
}

/**
 * "One DART officer and four Dallas police officers were killed": two figures of one measure
 * and kind of subject in one clause, told apart by names, are parts of a whole, not the whole.
 */
function markParts(input: FigureInput, figures: FigureClaim[]): void {
  for (let k = 1; k < figures.length; k++) {
    const a = figures[k - 1];
    const b = figures[k];
    // Ages are each a person's own ("44-year-old Officer Omar Cannon, 32-year-old Officer Misty McBride and …"): no parts.
    if (a.context.start !== b.context.start || a.measure !== b.measure || a.measure === 'age' || !a.subject || !b.subject) continue;
    if (ENTITY_CLASSES.get(a.subject) !== ENTITY_CLASSES.get(b.subject) && a.subject !== b.subject) continue;
    const between = input.text.slice(a.span.end, b.span.start);
    if (between.length > 80 || !/\band\b/.test(between) || /[;.]/.test(between)) continue;
    for (const f of [a, b]) {
      const named = namesIn(input, f);
      // "153 Chinese and 38 Malaysians": each already a count of its own nationality.
      if (named && named.replace(/\.$/, '').replace(/s$/, '') !== f.subject) f.scope = { ...f.scope, place: named, partial: true };
    }
  }
}

/**
 * Shots counted as one person's ("Thomas fired 18 shots", "Shelton peppered the crowd with 30 shots") in a report
 * that names two who fired are each one's, a part of the shooting's, not all of it.
 */
function markShooters(figures: FigureClaim[]): void {
  const shots = figures.filter((f) => f.measure === 'count' && f.subject && ENTITY_CLASSES.get(f.subject) === 'shots');
  const firers = new Map<FigureClaim, string>();
  for (const f of shots) {
    const before = f.context.text.slice(0, f.span.start - f.context.start);
    // The last one named before the shots in their clause: "Thomas fired 18 shots and Shelton fired 30".
    let name: string | null = null;
    for (const m of before.matchAll(FIRER)) if (!/[.;]/.test(before.slice(m.index + m[0].length))) name = m[1];
    if (name && !NOT_FIRERS.has(name.toLowerCase())) firers.set(f, name.toLowerCase());
  }
  if (new Set(firers.values()).size < 2) return;
  for (const [f, name] of firers) f.scope = { ...f.scope, place: `fired by ${name}`, partial: true };
}
const FIRER = /(\p{Lu}\p{Ll}+)\s+(?:allegedly\s+|also\s+|then\s+)?(?:fired|fires|firing|peppered|shot)\b/gu;
const NOT_FIRERS = new Set(['he', 'she', 'they', 'it', 'we', 'someone', 'police', 'officers', 'gunman', 'suspect', 'shooter', 'who', 'then', 'and', 'allegedly']);

/** The capitalised words of a figure's noun phrase ("Dallas police officers" → "dallas"). */
function namesIn(input: FigureInput, f: FigureClaim): string | null {
  // Within the sentence: "38 Malaysian.\n\nAt least 40 ships" names no one "Malaysian At".
  const after = input.text.slice(f.span.end, Math.min(f.span.end + 40, f.context.end)) + ' ';
  const m = /^\s+((?:\p{Lu}[\p{L}.]*\s+){1,3})/u.exec(after);
  return m ? m[1].trim().toLowerCase() : null;
}

function timeFigure(input: FigureInput, i: number, time: { value: number; zone?: string; end: number; next: number; midnight?: boolean }): FigureClaim | null {
  const { text, tokens } = input;
  const sent = sentenceAt(input.sentences as Span[], tokens[i].start);
  let start = tokens[i].start;
  let first = i;
  let qualifier: FigureQualifier = 'exact';
  const q = qualifierBefore(input, i, true);
  if (q) {
    qualifier = q.q;
    first = q.first;
    start = tokens[q.first].start;
  }
  // "between 8 and 8:30 p.m.": the hour before "and" is the range's start, in the same half of the day.
  let low: number | null = null;
  const h0 = tokens[i - 2];
  if (tokens[i - 1]?.norm === 'and' && h0 && /^\d{1,2}$/.test(h0.raw) && tokens[i - 3]?.norm === 'between' && Number(h0.raw) >= 1 && Number(h0.raw) <= 12) {
    const offset = Math.floor(time.value / 60) >= 12 && Number(h0.raw) < 12 ? 12 : 0;
    const candidate = (Number(h0.raw) + offset) * 60;
    if (candidate < time.value) {
      low = candidate;
      first = i - 3;
      start = tokens[i - 3].start;
      qualifier = 'exact';
    }
  }
  // Midnight ends the day it closes ("shortly before midnight" is 23:45 or so) and starts the next ("just after").
  const value = time.midnight && !/^(?:after|at-least|more-than)$/.test(qualifier) ? 1440 : time.value;
  const claim: FigureClaim = {
    span: makeSpan(text, start, time.end),
    context: contextSpan(text, sent.start, sent.end, start, time.end),
    value: low ?? value,
    qualifier,
    unit: 'time',
    measure: 'time',
    subject: input.english ? timeEventWords(input, first, time.next, sent) : null,
    counted: null,
    source: null,
  };
  if (low !== null) claim.high = time.value;
  // "The shooting spree in Bristol began around 2:20 a.m.", "The shooting … took place around 2 a.m.": a verb that says
  // only that something happened takes its subject, the noun that opens the sentence.
  if (input.english && (!claim.subject || claim.subject.split(' ').every((w) => /^(?:began|begun|begin|begins|started|starts|start|happened|happens|occurred|occurs|took|place|came|unfolded|erupted|early|late|ended|ends)$/.test(w)))) {
    let k = tokenAt(tokens, sent.start);
    while (k < first && (STOPWORDS.has(tokens[k].norm) || isCapital(tokens[k])) && k - tokenAt(tokens, sent.start) < 3) k++;
    const head: string[] = [];
    while (k < first && head.length < 2 && isWordToken(tokens[k]) && !isCapital(tokens[k]) && !STOPWORDS.has(tokens[k].norm) && !AUX.has(tokens[k].norm)) head.push(tokens[k++].norm);
    if (head.length > 0 && /(?:ing|ings|attack|attacks|blast|explosion|crash|fire|raid|quake|earthquake|spree|standoff|siege)$/.test(head[0])) claim.subject = [head.join(' '), claim.subject].filter(Boolean).join(' ');
  }
  if (input.english && claim.subject) {
    const before = text.slice(Math.max(sent.start, start - 60), start);
    // "served … about 90 minutes before the first shooting, about 3:30 p.m.": the time of something else than the
    // happening it names; "arrested without incident just after 8 p.m.": no incident.
    // ("The siege lasted three hours before police assaulted the building at 00:20": the assault's time, nothing between.)
    if (/\b(?:minutes|hours|an hour|a minute)\s+(?:before|after|earlier|later)\b[^.;,]*,[^.;]*$/i.test(before)) claim.subject = null;
    else if (/\bwithout incident\b/i.test(text.slice(Math.max(sent.start, start - 40), Math.min(sent.end, time.end + 40)))) claim.subject = claim.subject.split(' ').filter((w) => w !== 'incident').join(' ') || null;
  }
  if (time.zone) claim.zone = time.zone;
  const scope = input.english ? scopeOf(input, first, time.next, sent) : undefined;
  // The venue a time is at ("At 9:25 p.m., gunmen opened fire on Le Carillon") tells two moments of a night apart; kept
  // for that only (align-figures): a report that gives no place can still give the same moment.
  const venue = scope?.partial && scope.place && namesAPlace(scope.place) ? scope.place : undefined;
  if (scope?.day || venue) claim.scope = { ...(scope?.day ? { day: scope.day } : {}), ...(venue ? { place: venue, partial: true } : {}) };
  return claim;
}

/** "A magnitude-7.8 earthquake": the word and the number in one token. */
function gluedMagnitude(input: FigureInput, i: number): FigureClaim | null {
  const { text, tokens } = input;
  const m = /^magnitude[-‐‑](\d{1,2}(?:\.\d{1,2})?)$/i.exec(tokens[i].raw);
  if (!m) return null;
  const sent = sentenceAt(input.sentences as Span[], tokens[i].start);
  const start = tokens[i].end - m[1].length;
  return {
    span: makeSpan(text, start, tokens[i].end),
    context: contextSpan(text, sent.start, sent.end, start, tokens[i].end),
    value: Number(m[1]),
    qualifier: 'exact',
    unit: null,
    measure: 'magnitude',
    subject: tokens[i + 1] && isWordToken(tokens[i + 1]) && tokens[i + 1].start < sent.end ? tokens[i + 1].norm : null,
    counted: 'magnitude',
    source: null,
  };
}

interface Kind {
  measure: FigureMeasure;
  unit: string | null;
  /** Multiplies the value read ("two decades" is 20 years). */
  factor: number;
  /** Token index after the unit, when the unit was read as a word. */
  next: number;
  /** Where the figure's span ends. */
  end: number;
}

/** What kind of quantity a number is, from the unit glued to it, the words after it, or its form. */
function kindOf(input: FigureInput, i: number, num: NumberRead, end: number, next: number): Kind | null {
  const { text, tokens } = input;
  const tail = num.tail;
  if (tail) {
    const parts = tail.split(/[-‐‑–—]/);
    if (/^(?:year|years|yr)-(?:year-)?old$/.test(tail) || (parts[1] === 'old' && TIME_UNITS.has(parts[0]))) {
      // An age in months or weeks is a baby's, often then ("Willow, then 5 months old"): left out, as in ageAt.
      if ((TIME_UNITS.get(parts[0])?.[0] ?? 'y') !== 'y') return null;
      return { measure: 'age', unit: null, factor: 1, next, end };
    }
    const tu = TIME_UNITS.get(parts[0]);
    if (tu && parts.length === 1) return { measure: 'duration', unit: tu[0], factor: tu[1], next, end };
    if (parts[0] === 'square' && MEASURE_UNITS.get(parts[1] ?? '')?.[0] === 'distance') {
      const mu = MEASURE_UNITS.get(parts[1])!;
      return { measure: 'area', unit: `${mu[1]}2`, factor: 1, next, end };
    }
    const mu = MEASURE_UNITS.get(parts[0]);
    if (mu && parts.length === 1) return { measure: mu[0] as FigureMeasure, unit: mu[1], factor: 1, next, end };
    if (/^(?:third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)$/.test(tail)) {
      const d = tail.startsWith('third') ? 3 : tail.startsWith('quarter') ? 4 : tail.startsWith('fifth') ? 5 : 10;
      return { measure: 'share', unit: '%', factor: 100 / d, next, end };
    }
    return null;
  }
  if (num.suffix) {
    const tu = TIME_UNITS.get(num.suffix);
    if (tu) return { measure: 'duration', unit: tu[0], factor: tu[1], next, end };
    if (num.suffix === 'kmh' || num.suffix === 'mph') return { measure: 'speed', unit: num.suffix === 'kmh' ? 'km/h' : 'mph', factor: 1, next, end };
    const mu = MEASURE_UNITS.get(num.suffix);
    if (mu) {
      // "800km/h"
      if (mu[1] === 'km' && text[end] === '/' && tokens[next]?.norm === 'h' && tokens[next].start === end + 1) return { measure: 'speed', unit: 'km/h', factor: 1, next: next + 1, end: tokens[next].end };
      return { measure: mu[0] as FigureMeasure, unit: mu[1], factor: 1, next, end };
    }
  }
  const after = tokens[next];
  if (!after || !spaceOnly(text, end, after.start, '-')) return null;
  // "half a mile", "a half hour": skip the article.
  let k = next;
  if ((after.norm === 'a' || after.norm === 'an') && num.value === 0.5) k++;
  const w = tokens[k]?.norm ?? '';
  const tu = TIME_UNITS.get(w);
  // "for a second time": an ordinal, not a length of time.
  if (tu && w === 'second' && /^(?:time|round|term|day|half|place|straight|consecutive)$/.test(tokens[k + 1]?.norm ?? '')) return null;
  if (tu) {
    // "27 years old": an age.
    // (An age in months never comes here: figureAt leaves it out.)
    if (tokens[k + 1]?.norm === 'old' && spaceOnly(text, tokens[k].end, tokens[k + 1].start)) {
      return { measure: 'age', unit: null, factor: 1, next: k + 2, end: tokens[k + 1].end };
    }
    return { measure: 'duration', unit: tu[0], factor: tu[1], next: k + 1, end: tokens[k].end };
  }
  // "27,000 square nautical miles": an area at sea, held in square kilometres.
  if ((w === 'square' || w === 'sq') && tokens[k + 1]?.norm === 'nautical' && /^miles?$/.test(tokens[k + 2]?.norm ?? '')) return { measure: 'area', unit: 'km2', factor: 1.852 * 1.852, next: k + 3, end: tokens[k + 2].end };
  if ((w === 'square' || w === 'sq') && MEASURE_UNITS.get(tokens[k + 1]?.norm ?? '')?.[0] === 'distance') {
    const mu = MEASURE_UNITS.get(tokens[k + 1].norm)!;
    return { measure: 'area', unit: `${mu[1]}2`, factor: 1, next: k + 2, end: tokens[k + 1].end };
  }
  // "120 nautical miles": a distance at sea, held in kilometres (a nautical mile is 1.852 km).
  if (w === 'nautical' && /^miles?$/.test(tokens[k + 1]?.norm ?? '')) return { measure: 'distance', unit: 'km', factor: 1.852, next: k + 2, end: tokens[k + 1].end };
  const mu = MEASURE_UNITS.get(w);
  if (mu && !(mu[1] === 'm' && w === 'm')) {
    // "miles per hour"
    if (mu[0] === 'distance' && tokens[k + 1]?.norm === 'per' && tokens[k + 2]?.norm === 'hour') {
      return { measure: 'speed', unit: mu[1] === 'km' ? 'km/h' : 'mph', factor: 1, next: k + 3, end: tokens[k + 2].end };
    }
    // "130 pounds" is a weight only where the sentence weighs something; else a sum of money.
    return { measure: mu[0] as FigureMeasure, unit: mu[1], factor: 1, next: k + 1, end: tokens[k].end };
  }
  return null;
}

function figureAt(
  input: FigureInput,
  i: number,
  num: NumberRead,
  previous: readonly FigureClaim[],
): { claim: FigureClaim; next: number } | null {
  const { text, tokens } = input;
  const t = tokens[i];
  // Numbers glued to other digits or letters, parts of times, dates and addresses ("7/8", "No. 5").
  if (text[num.start - 1] === ':' || text[num.end] === ':' || /[\p{L}\d_/#@]/u.test(text[num.start - 1] ?? '')) return null;
  if (/[\p{L}/@]/u.test(text[num.end] ?? '') && !(num.suffix && text[num.end] === '/')) return null;
  const prev = tokens[i - 1];
  const nextTok = tokens[num.next];
  // Dates: "July 8", "8 July", "Sept. 11".
  if (prev && MONTHS.has(prev.norm) && spaceOnly(text, prev.end, num.start, '.')) return null;
  // ("43-year-old April Trent": an age, and a first name.)
  if (nextTok && MONTHS.has(nextTok.norm) && spaceOnly(text, num.end, nextTok.start) && !/^(?:year|yr)s?-old$/.test(num.tail ?? '')) return null;
  if (num.digits !== null && /^\d{4}$/.test(num.digits) && num.value >= 1800 && num.value <= 2100 && !num.tail && !num.suffix) return null;
  if (prev && NOT_COUNTED_BEFORE.has(prev.norm) && spaceOnly(text, prev.end, num.start, '.#')) return null;
  // A gallery's counter: "Image 1 of 9", "Photo 3 of 44", "1 / 4 Back to Gallery".
  if (prev && /^(?:image|photo|slide|picture)s?$/.test(prev.norm)) return null;
  if (prev?.norm === 'of' && tokens[i - 2] && /^\d+$/.test(tokens[i - 2].raw) && /^(?:image|photo|slide|picture)s?$/.test(tokens[i - 3]?.norm ?? '')) return null;
  // A counter with no word before it, followed by a capitalised caption ("The Enquirer/Carrie Cochran 1 of 15 CLOSE Skip").
  if (prev?.norm === 'of' && num.digits !== null && tokens[i - 2] && /^\d+$/.test(tokens[i - 2].raw) && Number(tokens[i - 2].raw) <= num.value && nextTok && /^\p{Lu}{2,}$/u.test(nextTok.raw)) return null;
  if (num.digits !== null && nextTok?.norm === 'of' && /^\d+$/.test(tokens[num.next + 1]?.raw ?? '') && num.value <= Number(tokens[num.next + 1].raw) && /^\p{Lu}{2,}$/u.test(tokens[num.next + 2]?.raw ?? '')) return null;
  if (/\d\s*\/\s*$/.test(text.slice(Math.max(0, num.start - 6), num.start)) || /^\s*\/\s*\d/.test(text.slice(num.end, num.end + 6))) return null;
  // "then 5 months old": a baby's age in months is left out (as in ageAt), and is no count either.
  const unitAfter = TIME_UNITS.get(tokens[num.next]?.norm ?? '');
  if (unitAfter && unitAfter[0] !== 'y' && tokens[num.next + 1]?.norm === 'old') return null;
  // "a 1 1/2-story home": a whole number and a fraction, a size.
  if (/^\s\d+\/\d/.test(text.slice(num.end, num.end + 4))) return null;
  // "[9]": a reference mark of a copied encyclopaedia page.
  if (text[num.start - 1] === '[' && text[num.end] === ']') return null;
  // "5 feet 4 inches tall", "5 feet 3 to 5 feet 5": a height is read whole or not at all.
  if (tokens[num.next]?.norm === 'feet' && /^\d/.test(tokens[num.next + 1]?.raw ?? '')) return null;
  if (/^inch(?:es)?$/.test(tokens[num.next]?.norm ?? '') && tokens[i - 1]?.norm === 'feet') return null;
  // A calibre or a gauge: "7.62 mm-caliber rounds", "a 9mm handgun", "12-gauge shells", "a .22 rifle".
  if (CALIBER.test(text.slice(num.start, num.end + 40))) return null;
  // "Several people called 911": the emergency number.
  if (num.digits === '911' && !num.tail && !num.suffix) return null;
  if (num.high !== undefined && !(num.high > num.value)) return null; // a score, not a range
  // An address: "19 Plymouth St.", "1627 Pacific Avenue", "208 East 6th St.".
  if (!num.isWord && isAddress(input, num.next)) return null;
  // "all but five of the victims had been released": the five are those not released.
  if (prev?.norm === 'but' && tokens[i - 2]?.norm === 'all') return null;
  const sent = sentenceAt(input.sentences as Span[], num.start);

  let unit: string | null = null;
  let measure: FigureMeasure | null = null;
  let factor = 1;
  let start = num.start;
  let end = num.end;
  let next = num.next;
  let subject: string | null = null;
  const sym = text[num.start - 1];
  if (sym && CURRENCY_SYMBOLS.includes(sym)) {
    unit = sym;
    measure = 'money';
    start = num.start - 1;
    if (text.slice(start - 2, start) === 'US') start -= 2;
  }

  // Ages: "45-year-old", "27 years old", "aged 30", "Cowan, 63,", "in his 20s".
  const age = !unit ? ageAt(input, i, num, sent) : null;
  if (age) {
    if (age.skip) return null;
    measure = 'age';
    subject = age.subject;
    end = age.end;
    next = age.next;
    if (age.start !== undefined) start = age.start;
    if (age.months) unit = 'mo';
  }
  if (num.decade && !age) return null;
  let value = num.value;
  if (num.needsCurrency && !unit) {
    // "10m" without a currency is ten metres.
    if (num.suffix === undefined && /m$/i.test(t.raw)) {
      measure = 'distance';
      unit = 'm';
      value /= 1e6;
    } else return null;
  }
  if (!measure) {
    const k = kindOf(input, i, num, end, next);
    if (k) {
      measure = k.measure;
      unit = k.unit;
      factor = k.factor;
      end = k.end;
      next = k.next;
      if (measure === 'weight' && unit === 'lb' && !/\bweigh/i.test(sent.end > sent.start ? text.slice(sent.start, sent.end) : '')) {
        measure = 'money';
        unit = '£';
      }
    } else if (num.tail) {
      // "8.9-magnitude" is a magnitude; "10-day" or "3-1" are not figures here.
      if (!STATES.has(num.tail.split(/[-‐‑–—]/)[0])) return null;
    }
  }
  if (!measure && unit === null) {
    if (text[end] === '%') {
      unit = '%';
      measure = 'share';
      end++;
    } else if (nextTok && spaceOnly(text, num.end, nextTok.start)) {
      if (nextTok.norm === 'percent' || nextTok.norm === 'pc') {
        unit = '%';
        measure = 'share';
        end = nextTok.end;
        next++;
      } else if (nextTok.norm === 'per' && tokens[next + 1]?.norm === 'cent') {
        unit = '%';
        measure = 'share';
        end = tokens[next + 1].end;
        next += 2;
      }
    }
  }
  if (measure === 'money' || (!measure && unit === null)) {
    const cw = tokens[next];
    const weighs = !!cw && /^pounds?$/.test(cw.norm) && (input.poundsWeigh || /\bweigh/i.test(text.slice(sent.start, sent.end)));
    if (cw && spaceOnly(text, end, cw.start) && CURRENCY_WORDS.has(cw.norm) && !weighs) {
      if (!unit) unit = CURRENCY_WORDS.get(cw.norm) ?? null;
      measure = 'money';
      end = cw.end;
      next++;
    } else if (cw && weighs && !measure && !unit && spaceOnly(text, end, cw.start)) {
      measure = 'weight';
      unit = 'lb';
      end = cw.end;
      next++;
    }
  }
  // "half" is a figure only with a unit ("half a mile", "a half hour") or as a share ("half the votes").
  if (num.value === 0.5 && num.isWord && !measure) {
    const w = tokens[next]?.norm;
    const w2 = tokens[next + 1]?.norm;
    if ((w === 'the' || w === 'of') && (w2 === 'vote' || w2 === 'votes' || w2 === 'the')) {
      measure = 'share';
      unit = '%';
      factor = 100;
    } else return null;
  }
  // "one" and "an" count only as part of a clear figure ("one dead", "about an hour").
  if (num.weakOne && measure !== 'duration' && measure !== null) return null;
  // "7 or greater", "500 or more": a lower bound written after the figure.
  let postQualifier: FigureQualifier | null = null;
  if (tokens[next]?.norm === 'or' && /^(?:more|greater|higher|above|over)$/.test(tokens[next + 1]?.norm ?? '') && spaceOnly(text, end, tokens[next].start)) {
    postQualifier = 'at-least';
    end = tokens[next + 1].end;
    next += 2;
  }
  const after = tokens[next];
  if (!measure && after && spaceOnly(text, end, after.start, '-') && NOT_COUNTED_AFTER.has(after.norm)) return null;
  // "2 NEWS has confirmed": a station's name.
  if (after && after.raw === 'NEWS') return null;
  // "Frank Gomez, 28 Photo: Courtesy Of SAPD", "Violent crime incidents: 65 Photo: …": a gallery's caption runs into its credit
  // ("Cleveland Smelley, 31 (Photo: Detroit Police)" is set apart by its bracket, and kept).
  if (after && after.raw === 'Photo' && text[after.end] === ':' && text[after.start - 1] !== '(') return null;
  // "spent 16 in prison": years with their word left out, no count.
  if (!measure && /^(?:spent|served|serving|spending)$/.test(prev?.norm ?? '') && /^\s+(?:in\s+(?:prison|jail)|behind\s+bars)\b/i.test(text.slice(end, end + 20))) return null;
  // A range: "200 to 300", "between 20 and 30"; not "from 127 to 130", which is a change.
  let high = age?.range ? age.range[1] : num.high;
  if (age?.range) value = age.range[0];
  // "between 250 – 300 people": a dash set apart by spaces.
  const dash = after && high === undefined && measure !== 'age' ? text.slice(end, after.start) : '';
  if (dash && (/^\s*[–—]\s*$/.test(dash) || (prev?.norm === 'between' && /^\s+-\s+$/.test(dash)))) {
    const second = readNumber(text, tokens, next, input.english, input.commaDecimal);
    if (second && second.value > num.value && !second.isWord === !num.isWord) {
      high = second.value;
      end = second.end;
      next = second.next;
    }
  }
  // "four unidentified men, ages 20-27" and "ages 5 and 7", "ages 16, 17 and 19": many people's ages.
  if (!measure && ((high !== undefined && /^(?:ages|aged)$/.test(prev?.norm ?? '')) || (high === undefined && num.digits !== null && after?.norm !== 'to' && afterAges(tokens, i, sent.start)))) {
    measure = 'age';
    subject = 'people';
  }
  if (high === undefined && after && (after.norm === 'to' || after.norm === 'and') && spaceOnly(text, end, after.start) && (measure !== 'age' || prev?.norm === 'aged')) {
    const before = prev?.norm;
    // "ranged in age from 11 to 30", "ages ranging from 15 to 22", "five children – ages 11 to 15": the ages of those
    // counted, not a change.
    // "between the ages of 25 and 54"
    const agesOf = before === 'of' && tokens[i - 2]?.norm === 'ages' && (tokens[i - 3]?.norm === 'between' || tokens[i - 4]?.norm === 'between');
    const ageRange = (!measure || (measure === 'age' && before === 'aged')) && ((before === 'from' && /^(?:age|ages|ranged|ranging|range)$/.test(tokens[i - 2]?.norm ?? '')) || before === 'ages' || before === 'aged' || agesOf);
    const isRange = after.norm === 'to' ? before !== 'from' || ageRange : before === 'between' || agesOf;
    const second = isRange ? readNumber(text, tokens, next + 1, input.english, input.commaDecimal) : null;
    if (second && second.value > num.value && spaceOnly(text, after.end, second.start - (unit && unit.length === 1 && unit !== '%' ? 1 : 0), unit ?? '')) {
      high = second.value;
      end = second.end;
      next = second.next;
      if (ageRange) {
        // Many people's ages, no one person's: the plural keeps it from a name or a part.
        measure = 'age';
        subject = 'people';
      }
      if (text[end] === '%' && !unit) {
        unit = '%';
        measure = 'share';
        end++;
      }
      // "between 1 and 2 metres", "10 to 30 centimetres", "five to six times"
      if (!measure) {
        const k = kindOf(input, next - 1, second, end, next);
        if (k) {
          measure = k.measure;
          unit = k.unit;
          factor = k.factor;
          end = k.end;
          next = k.next;
        }
      }
    }
  }
  // "on Ninety Mile Beach", "Eight Mile Road": a place's name, not a distance.
  if (num.isWord && isCapital(t) && tokens[num.next]?.raw === 'Mile' && (t.start > sent.start || (tokens[num.next + 1] && isCapital(tokens[num.next + 1])))) return null;
  // "a Sweet 16 party": a birthday's name.
  if (prev?.norm === 'sweet' && num.digits === '16') return null;
  // "just off the 5 Freeway": a road's number.
  if (!measure && tokens[num.next] && isCapital(tokens[num.next]) && ROADS.test(tokens[num.next].norm)) return null;
  // A capitalised word right before a bare number is its label ("Interstate 35", "Glock 19", "Fox 29").
  // A headline in title case counts all the same: "Gunman Leaves 4 Dead", "Man Shoots 3 People".
  const countsSomething = tokens[num.next] && ((stateOf(tokens[num.next].norm) !== null && !/^shootings?$/.test(tokens[num.next].norm)) || ENTITY_CLASSES.has(tokens[num.next].norm));
  if (!measure && !countsSomething && prev && isCapital(prev) && spaceOnly(text, prev.end, num.start) && !MONTHS.has(prev.norm) && !/['’]s$/.test(prev.raw)) {
    // A name the text never writes in lower case labels the digits after it whatever follows ("a Glock 19
    // handgun", "the Cloud 9 shooting"); a headline's capitalised verb does not ("Gunman Kills 5 people").
    if (num.digits !== null && prev.start > sent.start && !STOPWORDS.has(prev.norm) && !QUALIFIER_WORDS.has(prev.norm) && input.lowercase && !input.lowercase.has(prev.norm)) return null;
    const a = tokens[next];
    if (!a || !spaceOnly(text, end, a.start) || !isWordToken(a) || isCapital(a)) return null;
  }
  let qualifier: FigureQualifier = 'exact';
  let first = i;
  const q = qualifierBefore(input, i, false);
  if (q && !(q.q === 'only' && measure === 'age')) {
    qualifier = q.q;
    first = q.first;
    start = Math.min(start, tokens[q.first].start);
    // "only around 500": keep the approximation, take in the "only".
    const q2 = qualifierBefore(input, q.first, false);
    if (q2) {
      if (qualifier === 'only') qualifier = q2.q;
      first = q2.first;
      start = tokens[q2.first].start;
    }
  }
  if (num.weakOne && measure === 'duration' && !q && !/^(?:for|within|after|in|than|over)$/.test(prev?.norm ?? '')) return null;
  // "eight children have been shot in the past 17 months": the window of a tally, no length of anything that happened.
  if (measure === 'duration' && /^(?:past|last)$/.test(tokens[first - 1]?.norm ?? '') && tokens[first - 2]?.norm === 'the' && /^(?:in|within|over|during|for)$/.test(tokens[first - 3]?.norm ?? '')) return null;
  if (prev?.norm === 'between' && high !== undefined) {
    first = i - 1;
    start = prev.start;
  }
  if (postQualifier && qualifier === 'exact') qualifier = postQualifier;
  // "about 400km (250 miles)": a conversion in brackets is as approximate as the figure it converts.
  const last = previous[previous.length - 1];
  if (qualifier === 'exact' && text[start - 1] === '(' && last && last.span.end >= start - 3 && last.measure === measure) qualifier = last.qualifier;
  // "upped the reward by $20,000, making the total $23,000": by how much it changed, not what it is.
  // ("have upped the reward for information leading to the killers’ capture by $20,000": the verb may be far back in
  // its clause, past no comma.)
  if (tokens[first - 1]?.norm === 'by') {
    for (let k = first - 2; k >= 0 && first - k <= 14 && tokens[k].start >= sent.start && !/[,;:]/.test(text.slice(tokens[k].end, tokens[k + 1].start)); k--) {
      if (CHANGED_BY.test(tokens[k].norm)) return null;
    }
  }

  let counted: string | null = null;
  /** "Four other children", "the other eight people", "the next two": some of those the report counts. */
  let others = tokens[first - 2]?.norm === 'the' && /^(?:other|next|first|last|final|remaining)$/.test(tokens[first - 1]?.norm ?? '');
  let refersBack = false;
  /** A part of a group named just before: "fired at three of them, injuring one", "a police officer and two others". */
  let part: string | null = null;
  let modifiers: string[] = [];
  if (!measure || measure === 'share' || measure === 'money') {
    const c = countedOf(input, first, next, sent);
    // "Two others who got shot": others than some named, like "two other people".
    // ("the five others" is the others, below.)
    if (c.other || (c.entity === 'others' && tokens[first - 1]?.norm !== 'the')) others = true;
    if (num.tail && stateOf(num.tail.split(/[-‐‑–—]/)[0]) === 'magnitude') c.state = 'magnitude';
    refersBack = c.refersBack;
    // Those fired at are not all hit: a part of what happened, set against no count of the shot or hurt.
    if (c.firedAt) part = 'fired at';
    // "held on two counts of first-degree murder", "charged with two counts of …": the counts are the charges, not
    // people held or charged.
    const charges = /^(?:counts?|charges?)$/.test(c.entity ?? '');
    if (!measure) {
      if (charges) measure = 'count';
      else if (c.state === 'votes' || c.state === 'seats' || c.state === 'magnitude' || c.state === 'unemployed') measure = c.state as FigureMeasure;
      // "close to a dozen cases involving incidents in which children were shot": cases, not people shot.
      else if (/^(?:cases|incidents|calls|reports|complaints)$/.test(c.entity ?? '')) measure = 'count';
      else if (c.state && c.entity) measure = c.state as FigureMeasure;
      else if (c.state && HUMAN_STATES.has(c.state)) measure = c.state as FigureMeasure;
      else if (c.entity) measure = 'count';
      // "two counts of first-degree murder", "10 shell casings of .40-caliber": what the noun is of belongs to it.
      if (c.entity && (!c.state || charges) && tokens[c.next]?.norm === 'of' && tokens[c.next + 1] && tokens[c.next + 1].start < sent.end) {
        const ofWords: string[] = [];
        for (let k = c.next + 1; k < tokens.length && ofWords.length < 3 && tokens[k].start < sent.end && spaceOnly(text, tokens[k - 1].end, tokens[k].start, '-'); k++) {
          // ("six counts of attempted murder stemming from …": a participle begins what is said of them.)
          if ((STOPWORDS.has(tokens[k].norm) || (/ing$/.test(tokens[k].norm) && !/^(?:shooting|killing|stabbing|kidnapping|wounding)$/.test(tokens[k].norm))) && ofWords.length > 0) break;
          if (!STOPWORDS.has(tokens[k].norm)) ofWords.push(tokens[k].norm);
        }
        if (ofWords.length > 0) c.entity = `${c.entity} of ${ofWords.join(' ')}`;
      }
      if (c.entity || c.state) {
        const entity = c.entity === 'others' ? null : c.entity;
        counted = [entity ?? c.state, entity && c.state && !charges && entity !== c.state && stateOf(entity) !== c.state ? c.state : null].filter(Boolean).join(' ') || null;
        subject = entity;
        modifiers = c.modifiers;
      }
      next = Math.max(next, c.next);
      const pb = previous[previous.length - 1];
      // "fired at three of them, injuring one": one of a group named before.
      // "He hit two vehicles, injuring one person": one hurt in a part of what happened.
      if (num.weakOne && c.entity && /^(?:person|man|woman|people)$/.test(c.entity) && pb && pb.span.start >= sent.start && pb.measure === 'count' && /ing$/.test(prev?.norm ?? '')) part = 'one of them';
      if (num.weakOne && c.implicit && ((pb && pb.span.start >= sent.start && (pb.measure === 'count' || HUMAN_STATES.has(pb.measure))) || (/ing$/.test(prev?.norm ?? '') && /,\s*$/.test(text.slice(Math.max(sent.start, (tokens[first - 2]?.end ?? 0)), prev?.start ?? 0))))) part = 'one of them';
      const b1 = tokens[first - 1];
      const b2 = tokens[first - 2];
      // "a police officer and two others", "his former girlfriend and two young men": a part of those counted.
      // Not a list of counts of two things ("At least 40 ships and 22 aircraft").
      const listed = c.entity !== 'others' && !!pb && pb.span.start >= sent.start && b1 && /^\s*[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s*$/u.test(text.slice(pb.span.end, b1.start));
      // Not after a day or a verb of saying and ", and", which begin another clause ("Honea said on Tuesday, and 130
      // people are unaccounted for").
      const saidThen = (WEEKDAYS.has(b2?.norm ?? '') || REPORTING_VERBS.has(b2?.norm ?? '')) && /,/.test(text.slice(b2.end, b1.start));
      if (c.entity && b1?.norm === 'and' && b2 && b2.start >= sent.start && isWordToken(b2) && !STOPWORDS.has(b2.norm) && !/^\d/.test(b2.raw) && !stateOf(b2.norm) && (HUMAN_STATES.has(measure ?? '') || measure === 'count') && !listed && !saidThen && !charges) part = 'the others';
      // "killed five officers and injured seven others": the others are officers too.
      if (c.entity === 'others' || c.entity === 'more' || c.implicit || (!c.entity && measure && HUMAN_STATES.has(measure))) {
        const p = previous[previous.length - 1];
        // "5 officers dead, 7 hurt": those hurt are officers too.
        // "One woman died and three others were injured": others of one are not more of the same.
        // "arrested two suspects in a shooting that left six injured": those held are not those hurt.
        const held = (m: string | null | undefined) => !!m && /^(?:arrested|charged|detained)$/.test(m);
        const heldThenHurt = !!p && held(p.measure) && !!measure && !held(measure);
        if (p && p.subject && p.span.start >= sent.start && p.measure !== 'age' && p.measure !== 'time' && (p.measure === 'count' || HUMAN_STATES.has(p.measure)) && p.value > 1 && !heldThenHurt && !(PERPETRATOR.test(p.subject) && measure !== p.measure)) {
          subject = p.subject;
          counted = [subject, c.state].filter(Boolean).join(' ');

        } else if (c.entity === 'others') {
          subject = 'people';
          counted = ['people', c.state].filter(Boolean).join(' ');
        }
      }
    } else if (c.entity && !/^(?:of|the)$/.test(c.entity)) {
      // "22 percent unemployment", "$2 million bond"; "Unemployment stands at 14 percent" is the rate, not people.
      subject = c.implicit && c.state === 'unemployed' ? 'unemployment' : c.entity;
    }
  }
  // "153 Chinese passengers", "38 Malaysians", "Of the passengers, 152 were Chinese": a count of one nationality, the same
  // quantity however it is written (a state said of them, "six Australians were killed", stays theirs).
  if (input.english && (!measure || measure === 'count' || measure === 'aboard')) {
    const n0 = tokens[num.next];
    const n1 = tokens[num.next + 1];
    const at = n0 && isCapital(n0) && NATIONALITY.test(n0.raw) ? num.next : !measure && n0 && /^(?:were|are)$/.test(n0.norm) && n1 && isCapital(n1) && NATIONALITY.test(n1.raw) ? num.next + 1 : -1;
    const nat = at >= 0 ? tokens[at] : null;
    // Not a name's first word ("three Morgan County deputies", "Logan Square"): the word ends there.
    const then = tokens[at + 1];
    const named = !!nat && !!then && isCapital(then) && spaceOnly(text, nat.end, then.start);
    if (nat && !named && spaceOnly(text, tokens[num.next - 1].end, n0.start) && !MONTHS.has(nat.norm) && !WEEKDAYS.has(nat.norm)) {
      measure = 'count';
      subject = nat.norm.replace(/s$/, '');
      counted = subject;
      part = null;
      others = false;
      modifiers = [];
      next = Math.max(next, num.next + 1);
    }
  }
  // "one dead", "one woman is dead"; not "in one ward", "one of the officers".
  if (num.weakOne && !(measure === 'duration' || (measure && HUMAN_STATES.has(measure) && tokens[num.next]?.norm !== 'of' && !/^(?:in|at|on|of|for|with|to|from|by|into)$/.test(prev?.norm ?? '')))) return null;
  // "named an honorary one", "the only one": the pronoun "one", not a number.
  if (num.weakOne && (/^(?:a|an|the|this|that|each|every|no|any)$/.test(prev?.norm ?? '') || /^(?:a|an|the|this|that)$/.test(tokens[i - 2]?.norm ?? '') && prev && /^\p{Ll}+$/u.test(prev.raw) && !stateOf(prev.norm) && !STOPWORDS.has(prev.norm))) return null;
  // "McCray fired one shot into the ground", "heard three shots": shots fired, a count of them, not of people shot.
  if (measure === 'shot' && /^shots?$/.test(tokens[num.next]?.norm ?? '') && /^(?:fired|fires|fire|firing|heard|hears|let|squeezed|rang|fired off)$/.test(prev?.norm ?? '')) {
    measure = 'count';
    subject = 'shots';
    counted = 'shots';
  }
  // "More than 300 people packed the club", "about 100 partygoers", "a crowd of about 300": how many were there.
  if ((!measure || measure === 'count') && tokens[first - 1]?.norm === 'of' && /^crowds?$/.test(tokens[first - 2]?.norm ?? '') && !LATER_GATHERING.test(text.slice(sent.start, sent.end))) {
    measure = 'present';
    subject = 'crowd';
    counted = 'crowd';
  } else if (measure === 'count' && subject && input.english && Math.max(num.value, high ?? 0) >= 10 && presentCount(subject, text.slice(sent.start, sent.end))) {
    measure = 'present';
  }
  // Seats and votes are said of a party or a candidate, not of themselves.
  if ((measure === 'seats' || measure === 'votes') && subject && STATES.get(subject) === measure) subject = null;
  if (!measure && counted === null && refersBack && input.english) {
    // "… but locals believe the true number is closer to 3,000": the same thing as the figure before.
    for (let k = previous.length - 1; k >= 0; k--) {
      const p = previous[k];
      if (p.context.end < sent.start - 400) break;
      if (p.counted && p.unit === unit && p.measure !== 'age' && p.measure !== 'time') {
        counted = p.counted;
        measure = p.measure;
        subject = p.subject;
        break;
      }
    }
  }
  // "put the Japan quake at 8.9": a magnitude where the sentence is about a quake.
  if (!measure && input.english && !num.isWord && /^\d\.\d$/.test(t.raw) && num.value >= 3 && /\b(?:quake|earthquake|tremor|temblor|magnitude|richter)/i.test(text.slice(sent.start, sent.end))) {
    measure = 'magnitude';
    subject = 'quake';
  }
  // "352 people injured, 99 of them seriously": the badly hurt among those hurt just before (a part, by "of them" below).
  // So too "wounded 352, of whom 99 were in a critical condition", "99 of whom critically", "352 injured, 99 critically".
  let badlyHurt = false;
  if (!measure && input.english) {
    const after = text.slice(end, Math.min(sent.end, end + 40));
    const whom = /,\s*of whom\s+$/i.test(text.slice(Math.max(sent.start, start - 12), start));
    if (/^\s+(?:of (?:them|whom),?\s+)?(?:critically|seriously|gravely)\b/i.test(after) || ((whom || /^\s+of whom\b/i.test(after)) && /^[^,;.]{0,30}?\b(?:critical|serious|grave|critically|seriously|gravely)\b/i.test(after))) {
      const p = previous[previous.length - 1];
      if (p && p.measure === 'injured' && p.context.start === sent.start && !p.scope?.partial) {
        measure = 'injured';
        subject = p.subject;
        counted = p.counted;
        badlyHurt = !/^\s+of them\b/i.test(after);
      }
    }
  }
  if (!measure) return null;
  if (input.english && subject === null && !age?.unnamed) subject = subjectOf(input, measure, first, next, sent, previous[previous.length - 1]);
  // "2 arrests made": the people arrested.
  if (measure === 'arrested' && subject === 'arrests') subject = 'people';
  let period: FigureClaim['period'];
  if (measure === 'duration') {
    const w = tokens[next]?.norm;
    // "worked for DPD for nine years after moving to Texas": after "for" it is a length of time, whatever follows.
    // "The siege lasted nearly three hours before police stormed the hall": so too after a verb of lasting.
    const lasting = /^(?:for|lasted|lasting|lasts|took|spent)$/.test(tokens[first - 1]?.norm ?? '') && (w === 'after' || w === 'before');
    if (!lasting) {
      if (w === 'ago' || w === 'earlier' || w === 'before') period = 'ago';
      else if (w === 'since' || w === 'after') period = 'since';
      else if (prev?.norm === 'every' || (prev?.norm === 'once' && tokens[i - 2]?.norm === 'every') || tokens[first - 1]?.norm === 'every') period = 'every';
    }
  }

  const src = input.english ? sourceOf(input, first, sent) : null;
  const claim: FigureClaim = {
    span: makeSpan(text, start, end),
    context: contextSpan(text, sent.start, sent.end, start, end),
    value: scaled(value, factor),
    qualifier,
    unit,
    measure,
    subject,
    counted,
    source: src?.source ?? null,
  };
  if (high !== undefined) claim.high = scaled(high, factor);
  if (period) claim.period = period;
  const mods = modifiers.filter((m) => !input.setting?.has(m));
  if (input.english) {
    // "Clark, who was age 17 at the time": an age at an earlier time, not now.
    const scope = measure === 'age' ? (/^[^.;]{0,30}?\bat the time\b/.test(text.slice(end, Math.min(sent.end, end + 50))) ? { day: 'before' } : undefined) : scopeOf(input, first, next, sent);
    if (scope || mods.length > 0) claim.scope = { ...scope, ...(mods.length > 0 && !scope?.place ? { place: mods.join(' '), partial: true } : {}) };
    // "Two people died in the raid", "three people killed when officers stormed the flat": a police assault, a chapter
    // of its own, not the attack it followed.
    if (HUMAN_STATES.has(measure) && !claim.scope?.place && inRaid(tokens, next, sent.end)) claim.scope = { ...claim.scope, place: 'the raid', partial: true };
    const change = changeBefore(input, first, sent);
    if (change) claim.change = change;
    // "Tipsters could receive a cash reward of up to $2,500": a reward on offer, not a forecast.
    if (measure === 'money' && subject === 'reward' && claim.scope?.forecast) {
      delete claim.scope.forecast;
      if (Object.keys(claim.scope).length === 0) delete claim.scope;
    }
  }
  // "11 victims had injuries to the lower extremities", "shot in the legs": those hurt in one way, a part of the hurt.
  if (measure === 'injured' || measure === 'shot') {
    const rest = text.slice(end, Math.min(sent.end, end + 90));
    const part = /\b(?:to|in) (?:the|their|his|her) (lower extremities|extremities|legs?|head|face|chest|arms?|back|feet|foot|abdomen|stomach|jaw|neck|hands?|shoulders?)\b/.exec(rest);
    if (part) markPart(claim, `in the ${part[1]}`);
    // "One person was injured as a result of a fight during the shooting", "hurt by flying glass": hurt otherwise.
    else if (measure === 'injured' && /^[^.;]{0,40}?\b(?:as a result of (?:a|the) fight|in (?:a|the) fight|by (?:flying )?glass|trampled|in the stampede|in the rush|while fleeing|fleeing the)\b/i.test(rest)) markPart(claim, 'hurt otherwise');
    // "Two are still battling serious injuries", "three critically wounded": the badly hurt, a part of the hurt (the
    // first word of hurt after the figure says it; "eight were injured, one seriously" is all of them).
    // "Five people were shot, though none received life-threatening wounds" is all of them, none badly hurt.
    const hurt = /\b(?:injur|wound|hurt)/i.exec(rest);
    const severity = hurt && /\b(?:critical|critically|serious|seriously|grave|gravely|life-threatening)\s+$/i.exec(rest.slice(0, hurt.index)) && !/\b(?:none|no|not|non|nobody|neither)\b/i.test(rest.slice(0, hurt.index));
    if (severity) markPart(claim, 'badly hurt');
  }
  if (badlyHurt) markPart(claim, 'of them');
  // "Eleven of the victims", "Four of the officers killed": a part of those counted.
  if (/^(?:the|those|them|these|his|her|their|its)$/.test(tokens[num.next + 1]?.norm ?? '') && tokens[num.next]?.norm === 'of' && measure !== 'share' && measure !== 'money') {
    markPart(claim, 'of them');
  }
  // "the three other officers injured": a group the report named before, a part of those counted elsewhere.
  if (tokens[first - 1]?.norm === 'the' && /^(?:other|others|remaining)$/.test(tokens[num.next]?.norm ?? '') && measure !== 'share') {
    markPart(claim, 'the others');
  }
  // "the bodies of three fallen officers": a part of the people named, not a count of them all.
  const before = tokens[first - 1];
  if (before?.norm === 'of' && tokens[first - 2] && tokens[first - 2].start >= sent.start && (measure === 'count' || HUMAN_STATES.has(measure)) && !/^(?:total|toll|number|count|tally|figure|estimate|deaths?|killings?|lives|loss|murders?|shootings?|age|ages|group|crowd|party|gathering|audience|list|all|each|both|none|some|any|most)$/.test(tokens[first - 2].norm)) {
    markPart(claim, `${tokens[first - 2].norm} of`);
  }
  // "Three more suspects arrested", "Two more people have died": those added since, not all of them; not "one dead and
  // 15 more injured", more than another count of the sentence.
  if (/^(?:more|additional)$/.test(tokens[num.next]?.norm ?? '') && HUMAN_STATES.has(measure) && !previous.some((p) => p.span.start >= sent.start && HUMAN_STATES.has(p.measure))) {
    part ??= 'more';
  }
  // Others than some the report names are a part of those counted ("Four other children were home", "4 other victims"),
  // except the hurt after the dead ("one killed and three other people wounded": all the hurt).
  if (others && measure !== 'injured' && measure !== 'share' && measure !== 'money') part ??= 'some of them';
  // "Lamont Powell, 24, was badly wounded in the ambush … Two others were wounded": others than one the report says was
  // hurt, in this sentence or the one before, are a part of the hurt ("One man died and two others were wounded" are all).
  if (others && measure === 'injured' && input.english) {
    let from = sent.start;
    for (let k = sent.start - 1; k > 0 && k >= sent.start - 3; k--) {
      const before = sentenceAt(input.sentences as Span[], k);
      if (before.start < sent.start) {
        from = before.start;
        break;
      }
    }
    if (/\bwas\s+(?:(?:badly|critically|seriously|gravely|also)\s+)?(?:wounded|injured|hurt)\b/i.test(text.slice(from, start))) part ??= 'others than one hurt';
  }
  if (measure === 'count' || measure === 'shot') {
    const rest = text.slice(end, Math.min(sent.end, end + 120));
    // "Two officers were stationed at the entrance and another two in the lot": one group of several.
    if (/^[^,;:]*?\band another\b/i.test(rest)) part ??= 'one group';
  }
  // "Police have named four victims", "4 victims named in Howland shooting": those named so far, a part of the victims.
  if (subject && /^(?:victims|people|dead|injured)$/.test(subject) && (tokens[first - 1]?.norm === 'named' || (tokens[next]?.norm === 'named' && spaceOnly(text, tokens[next - 1].end, tokens[next].start)))) part ??= 'named';
  // "the shooting that wounded two kids and two teens": the first of two groups counted together, a part of those hurt.
  if (HUMAN_STATES.has(measure) && subject && next > 0) {
    const m = /^\s+and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:other\s+)?(kids|children|teens|teenagers|adults|men|women|boys|girls|officers|students|people|victims|bystanders|deputies)\b/.exec(text.slice(tokens[next - 1].end, Math.min(sent.end, tokens[next - 1].end + 40)));
    if (m && m[1] !== subject) part ??= 'one group';
  }
  // ("… two kids and two teens": the second group too.)
  const group = previous[previous.length - 1];
  if (group && group.scope?.place === 'one group' && group.span.start >= sent.start && /^\s+\S+\s+and\s+$/.test(text.slice(group.span.end, start)) && (HUMAN_STATES.has(measure) || measure === 'count')) part ??= 'one group';
  // "five people and an unborn baby", "ambush that killed 5, unborn child", "five people -- including a pregnant woman --
  // were killed": the born, a part of the dead.
  const rest60 = text.slice(end, Math.min(sent.end, end + 60));
  if (/^(?:\s+\p{Ll}+){0,2}?(?:\s+and|,)\s+(?:(?:an|a|her|his|their|the)\s+)?unborn\b/u.test(rest60) || /^[^.;:]{0,40}?\bincluding (?:a|one) pregnant\b/.test(rest60)) part ??= 'born';
  // "Also injured were three 14-year-old boys": more hurt than those the report counted before, a part of them.
  if (HUMAN_STATES.has(measure) && /^\s*also\s+\p{L}+(?:\s+(?:in the shooting|in the attack))?\s+(?:were|was|are|is)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(sent.start, start))) part ??= 'also';
  // "were ordered held on $10 million bond each": each one's, of a group the report names.
  if (measure === 'money' && /^\s+(?:\p{Ll}+\s+){0,2}?each\b/u.test(text.slice(end, Math.min(sent.end, end + 30)))) part ??= 'each';
  // "four others were injured, including the gunman": the hurt with the gunman, not the three victims another counts.
  if (measure === 'injured' && /^[^.;:]{0,50}?\bincluding (?:the )?(?:suspected |alleged )?(?:gunman|shooter|suspect|attacker)\b/i.test(text.slice(end, Math.min(sent.end, end + 80)))) {
    markPart(claim, 'with the gunman');
  }
  // "killed four people, including an unborn child": the dead with the unborn, not the three born another report counts.
  if (HUMAN_STATES.has(measure) && /^[^.;:]{0,50}?\bincluding (?:(?:an|a|the|her|his|their) )?unborn\b/iu.test(text.slice(end, Math.min(sent.end, end + 80)))) {
    markPart(claim, 'with the unborn');
  }
  // "a woman was shot by two men": those who did it, not those it was done to.
  if (tokens[first - 1]?.norm === 'by' && tokens[first - 2] && stateOf(tokens[first - 2].norm) && /(?:ed|shot|hurt|slain)$/.test(tokens[first - 2].norm)) part ??= 'who did it';
  // "sentenced to serve at least seven years in prison before becoming eligible for parole": the least of a term.
  // ("before he is eligible for parole" too; a length, not a time before something.)
  if (measure === 'duration' && /^[^.;]{0,40}?\bbefore (?:becoming |being |(?:he|she|they) (?:is|are|becomes|would be|will be|can be) )?eligible for (?:parole|release)\b/.test(text.slice(end, Math.min(sent.end, end + 80)))) {
    part ??= 'before parole';
    delete claim.period;
  }
  // A part of those at a place is still a part there: "Four other children were in the home" is not all in it.
  if (part) {
    claim.scope = { ...claim.scope, place: claim.scope?.place && others ? `${claim.scope.place}, ${part}` : claim.scope?.place ?? part, partial: true };
    PARTS.add(claim);
  }
  if (refersBack) claim.refersBack = true;
  if (src?.verb) {
    claim.verb = src.verb;
    claim.verbKind = REPORTING_VERBS.get(src.verb.toLowerCase()) ?? null;
  }
  if (src) claim.attribution = makeSpan(text, src.start, src.end);
  return { claim, next: Math.max(next, i + 1) };
}

/** Those who are at a party, a club or a game by what they are called. */
const PRESENT_NOUNS = new Set(['partygoers', 'party-goers', 'patrons', 'guests', 'attendees', 'revelers', 'revellers', 'spectators', 'concertgoers', 'clubgoers', 'fans', 'customers']);
/** People counted in a sentence that says they were somewhere together: a crowd, ten or more ("three men he did not recognize at the party" are not the party). */
const PRESENCE = /\b(?:party|partying|parties|packed|crowd|crowded|gathered|gathering|attended|attending|attendance|celebration|celebrating|dancing|inside the (?:club|bar|home|house|venue|building))\b/i;
/** A gathering after the happening (a vigil, a funeral, a march): its crowd is not the one that was there. */
const LATER_GATHERING = /\b(?:vigils?|funerals?|march|marched|rally|rallies|protests?|memorials?|services?|meetings?|prayers?|candlelight|balloon)\b/i;
const PRESENT_PEOPLE = new Set(['people', 'children', 'adults', 'men', 'women']);

function presentCount(subject: string, sentence: string): boolean {
  if (LATER_GATHERING.test(sentence)) return false;
  if (PRESENT_NOUNS.has(subject)) return true;
  const cls = ENTITY_CLASSES.get(subject) ?? subject;
  return ((PRESENT_PEOPLE.has(cls) && !/^(?:victims|others)$/.test(subject)) || /^(?:friends|teens|teenagers|youths|students)$/.test(subject)) && PRESENCE.test(sentence);
}

const STREET = /^(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|pl|place|ct|court|hwy|highway|pike|pkwy|parkway|ter|terrace|sq|square|cir|circle)$/;

/** Capitalised words then a street's name after a number: an address. */
function isAddress(input: FigureInput, k: number): boolean {
  const { tokens, text } = input;
  for (let j = k, n = 0; j < tokens.length && n < 4; j++, n++) {
    const t = tokens[j];
    if (!spaceOnly(text, tokens[j - 1].end, t.start, '.')) return false;
    if (n > 0 && STREET.test(t.norm) && isCapital(t)) return true;
    if (!isCapital(t) && !/^\d+(?:st|nd|rd|th)$/.test(t.norm)) return false;
  }
  return false;
}

/** Whom or what a figure other than a count is said of. */
function subjectOf(input: FigureInput, measure: FigureMeasure, first: number, next: number, sent: Span, previousFigure?: FigureClaim): string | null {
  const { tokens, text } = input;
  if (measure === 'money') {
    // "bond was set at $2 million", "a reward of $5,000"
    for (let k = Math.max(0, first - 8); k < Math.min(tokens.length, next + 4); k++) {
      if (tokens[k].start >= sent.start && tokens[k].end <= sent.end && MONEY_NOUNS.test(tokens[k].norm)) return tokens[k].norm;
    }
  }
  if (measure === 'share' || measure === 'seats' || measure === 'votes' || measure === 'money') {
    // Whose: the name right before ("Syriza 26.9%"), the name of the clause that has it ("New Democracy has 29.7%"), the
    // figure just before it in the clause ("6.9 per cent of the vote, earning 18 seats"), or the sentence's first name.
    const direct = nameBefore(input, first, Math.max(0, first - 4));
    if (direct && spaceOnly(text, tokens[first - 1].end, tokens[first].start)) return direct;
    // "35.46 percent, against 28.10 percent for New Democracy": the name after "for" holds it.
    if (tokens[next]?.norm === 'for' && tokens[next + 1] && tokens[next + 1].start < sent.end && isCapital(tokens[next + 1]) && measure === 'share') {
      const holder = nameAfter(input, next + 1, sent.end);
      if (holder) return holder;
    }
    // "New Democracy has 29.7%", "Pasok placed third … with 12 percent": the nearest such verb, close to the figure.
    for (let k = first - 1, n = 0; k > 0 && n < 8; k--, n++) {
      if (tokens[k].start < sent.start) break;
      if (/^(?:has|had|have|got|won|gained|gaining|earning|earned|with|took|secured|received|came|placed|finished|polled|captured)$/.test(tokens[k].norm)) {
        let e = k;
        while (e > 0 && k - e < 5 && !isCapital(tokens[e - 1]) && !/[,;]/.test(text.slice(tokens[e - 1].end, tokens[e].start))) e--;
        const name = nameBefore(input, e, Math.max(0, e - 5));
        if (name && tokens[e - 1].start >= sent.start && !/['’]s$/.test(tokens[e - 1].raw)) return name;
        break;
      }
    }
    const p = previousFigure;
    const between = p ? text.slice(p.span.end, tokens[first].start) : '';
    if (p && p.subject && /^\p{Lu}/u.test(p.subject) && (p.measure === 'share' || p.measure === 'seats' || p.measure === 'votes') && p.span.end >= sent.start &&
      between.length < 60 && !/;|\b(?:while|but|whereas|and the)\b|\s\p{Lu}/u.test(between)) return p.subject;
    let k0 = tokenAt(tokens, sent.start);
    // "NICOSIA - Uninsured depositors …": a dateline names where, not whose.
    if (k0 < first && /^\p{Lu}{2,}$/u.test(tokens[k0].raw) && /^\s*[-–—(]/.test(text.slice(tokens[k0].end, tokens[k0].end + 3))) k0++;
    for (let k = k0, n = 0; k < first && n < 6; k++, n++) {
      const initial = k === k0;
      // "Holders of larger deposits could lose up to 40 percent": a sentence's first word is a name only if the text
      // writes it capitalised inside a sentence too.
      if (initial && !(tokens[k + 1] && isCapital(tokens[k + 1])) && !midSentence(input, tokens[k].raw)) continue;
      if (isCapital(tokens[k]) && !STOPWORDS.has(tokens[k].norm) && !/['’]s$/.test(tokens[k].raw) && !WEEKDAYS.has(tokens[k].norm) && !MONTHS.has(tokens[k].norm) &&
        (!initial || (tokens[k + 1] && isCapital(tokens[k + 1])) || (input.lowercase && !input.lowercase.has(tokens[k].norm)))) {
        // "Syriza and a host of smaller parties won around half": no single holder.
        const name = nameAfter(input, k, sent.end);
        const after = name ? text.slice(tokens[k].start + name.length, tokens[k].start + name.length + 5) : '';
        return name && !/^\s+and\b/.test(after) ? name : null;
      }
    }
    return measure === 'seats' || measure === 'votes' ? null : eventWords(input, first, next, sent);
  }
  if (measure === 'age') {
    // "Juneau residents ages 26, 22, 16 years old": the last of many people's ages.
    if (afterAges(tokens, first, sent.start)) return 'people';
    // "killing a six year old boy": the noun after it.
    const noun = tokens[next];
    if (noun && noun.start < sent.end && isWordToken(noun) && !isCapital(noun) && !STOPWORDS.has(noun.norm) && !AUX.has(noun.norm) && spaceOnly(text, tokens[next - 1].end, noun.start)) return noun.norm;
    // "Johnson, who was 25 years old": a name, then a verb of being.
    for (let k = first - 1, n = 0; k >= 0 && n < 8; k--, n++) {
      if (tokens[k].start < sent.start) break;
      if (isCapital(tokens[k]) && !(k === tokenAt(tokens, sent.start) && STOPWORDS.has(tokens[k].norm))) {
        const between = tokens.slice(k + 1, first).map((t) => t.norm);
        return between.some((w) => /^(?:was|is|were|are|be|being|turned|turns|aged)$/.test(w)) ? nameBefore(input, k + 1, Math.max(0, k - 4)) : null;
      }
    }
    return null;
  }
  if (measure === 'distance') {
    // "100 miles northeast of Chicago", "950 miles from the epicentre"
    for (let k = next, n = 0; k < tokens.length && n < 4; k++, n++) {
      if (tokens[k].start >= sent.end) break;
      if (tokens[k].norm === 'of' || tokens[k].norm === 'from') {
        let s = k + 1;
        if (tokens[s]?.norm === 'the' || tokens[s]?.norm === 'her' || tokens[s]?.norm === 'his' || tokens[s]?.norm === 'their') s++;
        if (tokens[s] && tokens[s].start < sent.end) return nameAfter(input, s, sent.end) ?? tokens[s].norm;
      }
    }
  }
  return eventWords(input, first, next, sent);
}

/** An age at token `i`, with whose it is; `skip` when the number is part of an age written otherwise, `unnamed` when no name is to be looked for. */
/** An age read at a token: whose, where it ends, and for "in his early 60s" its range and start. */
interface AgeRead {
  subject: string | null;
  end: number;
  next: number;
  skip?: boolean;
  unnamed?: boolean;
  range?: [number, number];
  start?: number;
  /** "9-month-old": the age is in months. */
  months?: boolean;
}

function ageAt(input: FigureInput, i: number, num: NumberRead, sent: Span): AgeRead | null {
  const { tokens, text } = input;
  const prev = tokens[i - 1];
  const tail = num.tail;
  // "20 year-old Jerome Battle", "an 11 and 13 year-old": the hyphen before "year" left out.
  const apart = !tail && !num.isWord && tokens[num.next] && /^(?:year|yr)s?-old$/.test(tokens[num.next].norm) && spaceOnly(text, num.end, tokens[num.next].start);
  if (apart) {
    return ageAt(input, i, { ...num, tail: 'year-old', end: tokens[num.next].end, next: num.next + 1 }, sent);
  }
  // "30 year old Jesse Clarence Brown", "a 19 year old is …", "an 11 yr. old male": no hyphen at all ("27 years old"
  // is read with the unit).
  const spaced = !tail && !num.isWord && /^(?:year|yr)$/.test(tokens[num.next]?.norm ?? '') && tokens[num.next + 1]?.norm === 'old' && spaceOnly(text, num.end, tokens[num.next].start) && spaceOnly(text, tokens[num.next].end, tokens[num.next + 1].start, tokens[num.next].norm === 'yr' ? '.' : '');
  if (spaced) {
    return ageAt(input, i, { ...num, tail: 'year-old', end: tokens[num.next + 1].end, next: num.next + 2 }, sent);
  }
  const isYearOld = /^(?:year|years|yr)-(?:year-)?old$/.test(tail) || /^(?:month|months|week|weeks|day|days)-old$/.test(tail);
  if (isYearOld) {
    // "a 9-month-old baby", "14-month-old Eva Zamora": a baby's age in months, read as an age in years is, its unit
    // months (compared with a later report's by the months between); in weeks or days, a newborn's, left out.
    if (/^months?-old$/.test(tail)) {
      const read = ageAt(input, i, { ...num, tail: 'year-old' }, sent);
      return read && { ...read, months: true };
    }
    if (!/^(?:year|yr)/.test(tail)) return null;
    // "25-year-old Micah Johnson", "the 45-year-old suspect", "[44]-year-old Officer Omar Cannon"
    // ("Abaaoud, the 28-year-old Belgian suspected of …": a nationality after the age describes; the name is before.)
    const named0 = nameAfter(input, num.next, sent.end);
    const appositive = !!prev && (prev.norm === 'a' || prev.norm === 'the') && i > 1 && /^\s*,\s*$/.test(text.slice(tokens[i - 2].end, prev.start));
    const named = named0 && appositive && NATIONALITY.test(named0) ? null : named0;
    if (named && spaceOnly(text, num.end, tokens[num.next].start)) {
      // "a 17-year-old Juneau high school student", "the 23-year-old Kent woman": a place, then who; the person
      // described, no name ("Juneau" is not the student's).
      const described = describedFrom(input, tokenAt(tokens, tokens[num.next].start + named.length), sent.end);
      return { subject: described ? `${named} ${described}` : named, end: num.end, next: num.next };
    }
    // "Kaemon Robinson, a 17-year-old sophomore"
    const a = prev && (prev.norm === 'a' || prev.norm === 'the') ? i - 1 : i;
    if (a > 0 && /^\s*,\s*$/.test(text.slice(tokens[a - 1].end, tokens[a].start))) {
      const before = nameBefore(input, a, Math.max(0, a - 5));
      if (before) return { subject: before, end: num.end, next: num.next };
    }
    const noun = tokens[num.next];
    // "insisting the 93 year-old finishes his presidential term": a verb with its object, no noun of the age.
    // ("The 17-year-old shot him", "the 16-year-old killed a man": a past verb, too.)
    const object = tokens[num.next + 1]?.norm ?? '';
    const verbAfter = !!noun && ((/^(?:his|her|their|its|the|a|an)$/.test(object) && /s$/.test(noun.norm)) || (/^(?:him|her|them|his|a|an|the)$/.test(object) && /^(?:shot|killed|stabbed|fired|hit|struck|attacked|robbed|told|said|pulled|grabbed)$/.test(noun.norm)));
    if (noun && isWordToken(noun) && !STOPWORDS.has(noun.norm) && noun.start < sent.end && !verbAfter) {
      // "The 45-year-old suspect, Larry Darnell Gordon,"; "The 27-year-old co-pilot of Germanwings Flight 9525, Andreas
      // Lubitz," (what the noun is of, in capitals and numbers, before the name).
      let nounEnd = num.next;
      if (tokens[nounEnd + 1]?.norm === 'of') {
        let k = nounEnd + 2;
        if (tokens[k]?.norm === 'the') k++;
        const from = k;
        while (k < tokens.length && k - from < 5 && tokens[k].start < sent.end && (isCapital(tokens[k]) || /^\d+$/.test(tokens[k].raw)) && spaceOnly(text, tokens[k - 1].end, tokens[k].start)) k++;
        if (k > from) nounEnd = k - 1;
      }
      const n2 = tokens[nounEnd + 1];
      if (n2 && /^\s*,\s*$/.test(text.slice(tokens[nounEnd].end, n2.start))) {
        const after = nameAfter(input, nounEnd + 1, sent.end);
        if (after && after.includes(' ')) return { subject: after, end: num.end, next: num.next };
      }
      // "26-year-old plumber Jeremy Lewis", "a 26-year-old construction worker Jeremy Lewis": a calling, then the name.
      for (let k = num.next + 1; k <= num.next + 2 && !isCapital(noun); k++) {
        const t = tokens[k];
        if (!t || !spaceOnly(text, tokens[k - 1].end, t.start)) break;
        const after = isCapital(t) ? nameAfter(input, k, sent.end) : null;
        if (after && after.includes(' ')) return { subject: after, end: num.end, next: num.next };
        if (isCapital(t) || STOPWORDS.has(t.norm)) break;
      }
      // "a 20-year-old aspiring actress", "a 19-year-old expecting mother": a participle before the noun.
      const then = tokens[num.next + 1];
      if (/(?:ing|ed)$/.test(noun.norm) && !DESCRIBED.test(noun.norm) && then && then.start < sent.end && isWordToken(then) && !isCapital(then) && !STOPWORDS.has(then.norm) && !AUX.has(then.norm) && spaceOnly(text, noun.end, then.start)) {
        return { subject: then.norm, end: num.end, next: num.next };
      }
      return { subject: noun.norm, end: num.end, next: num.next };
    }
    // "a 17-year-old who …": no name, and none to look for further back ("Police are searching for a 17-year-old").
    return { subject: null, end: num.end, next: num.next, unnamed: true };
  }
  if (num.decade) {
    // "in his early 60s", "in her late 30s": a third of the decade.
    const part = prev && /^(?:early|mid|late)$/.test(prev.norm) ? prev.norm : null;
    const j = part ? i - 1 : i;
    const whose = tokens[j - 1];
    // "in his 20s", "in their 30's": whose is the noun before ("a woman in her 20s"), not a name further back
    // ("He is described as a black or Hispanic male … in his 20's" is not Hispanic's age).
    if (whose && /^(?:his|her|their|its)$/.test(whose.norm) && tokens[j - 2]?.norm === 'in') {
      const noun = tokens[j - 3];
      const described = noun && /^(?:man|men|woman|women|male|males|female|females|boy|boys|girl|girls|person|people|teen|teens|teenager|teenagers|victim|victims|suspect|suspects|driver|gunman|shooter|neighbor|neighbour)$/.test(noun.norm) && noun.start >= sent.start;
      const third = part === 'early' ? [0, 3] : part === 'mid' ? [3, 6] : part === 'late' ? [6, 9] : null;
      return { subject: described ? noun.norm : null, end: num.end, next: num.next, unnamed: true, range: third ? [num.value + third[0], num.value + third[1]] : undefined, start: part ? prev.start : undefined };
    }
    return { subject: null, end: num.end, next: num.next, skip: true };
  }
  if (num.isWord || num.high !== undefined || num.suffix || num.tail || !Number.isInteger(num.value) || num.value < 1 || num.value > 120) return null;
  if (prev && (prev.norm === 'aged' || (prev.norm === 'age' && !isCapital(prev)))) {
    // "Jane Doe, aged 30," names whose age it is; "elected at age 26" leaves it to the clause's subject.
    const named = /^\s*,\s*$/.test(text.slice(tokens[i - 2]?.end ?? 0, prev.start)) ? nameBefore(input, i - 1, Math.max(0, i - 6)) : null;
    return { subject: named, end: num.end, next: num.next };
  }
  // "Cowan, 63, said", "Michael Smith, 55." — an appositive age after a name; "Norris Greenhouse Jr., 23.", and a
  // caption's "Cleveland Smelley, 31 (Photo: …)".
  const suffixed = !!prev && /^(?:jr|sr)$/.test(prev.norm) && /^\.\s*,\s*$/.test(text.slice(prev.end, num.start));
  if (prev && isCapital(prev) && (/^\s*,\s*$/.test(text.slice(prev.end, num.start)) || suffixed) && !MONTHS.has(prev.norm) && !WEEKDAYS.has(prev.norm)) {
    const after = text.slice(num.end, num.end + 2);
    if (/^(?:[,.);]|$| a| \()/.test(after) || /^\s*$/.test(after) || /^ and\b/.test(text.slice(num.end, num.end + 5))) {
      const n1 = tokens[num.next];
      if (n1 && /^,/.test(after) && /^(?:\d|percent|per|pc)/i.test(n1.raw)) return null;
      const name = nameBefore(input, i, Math.max(0, i - 5));
      if (name && !/^(?:Mich|Calif|Fla|Tex|Ga|Ohio|Ill|Pa|Va|Wash|Ore|Ariz|Colo|Conn|Mass|Minn|Mo|Wis|Ind|Ky|La|Md|Miss|Nev|Okla|Tenn|Ala|Ark|Del|Kan|Neb|Utah|Iowa|Maine|Vt|Wyo|Mont|Idaho|Alaska|Hawaii)$/.test(prev.raw)) {
        // "two sisters, Halima and Hodda Saadi, 36 and 35": the ages of two named together, in order, whose the
        // words do not say for each: no one's.
        const nameStart = tokenAt(tokens, prev.end - name.length);
        if (/^ and \d/.test(text.slice(num.end, num.end + 6)) && tokens[nameStart - 1]?.norm === 'and') return { subject: null, end: num.end, next: num.next, unnamed: true };
        // "Girl, 2, shot in argument": a headline's noun, capitalised, is no name.
        if (/^\p{Lu}\p{Ll}+$/u.test(name) && (DESCRIBED.test(name.toLowerCase()) || /^(?:toddler|child|baby|infant|kid|victim|suspect|teens?)$/.test(name.toLowerCase()))) return { subject: name.toLowerCase(), end: num.end, next: num.next };
        return { subject: name, end: num.end, next: num.next };
      }
    }
  }
  // "NC girl, 6, killed as cousin, 11, showed her shotgun", "the victim, 25, died": an appositive age after a noun
  // for a person.
  if (prev && !isCapital(prev) && (DESCRIBED.test(prev.norm) || PERSON_NOUN.test(prev.norm)) && /^\s*,\s*$/.test(text.slice(prev.end, num.start)) && /^(?:,|\.|$| \()/.test(text.slice(num.end, num.end + 2))) {
    return { subject: prev.norm, end: num.end, next: num.next };
  }
  // "27 years old" is read with the unit.
  return null;
}

/** Nouns for a person besides those a place describes: kin, and a part in a shooting. */
const PERSON_NOUN = /^(?:cousin|brother|sister|nephew|niece|uncle|aunt|grandson|granddaughter|husband|wife|girlfriend|boyfriend|toddler|child|baby|infant|kid|victim|suspect|gunman|shooter|teen)$/;
