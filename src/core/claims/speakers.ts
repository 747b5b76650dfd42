/**
 * Who said it, with which verb, and through whom: the attribution of a quote
 * or of reported speech, read from a few tokens around it ("X said", "said X",
 * "X, the …, said", "according to X", "X told AFP", "in a post on Telegram").
 * Every function here looks at a bounded window of tokens.
 */
import type { Token } from '../text';
import { STOPWORDS } from '../stopwords';
import { MONTHS, PRONOUNS, QUOTE_ONLY_VERBS, REPORTING_VERBS, SPEECH_VERBS, WEEKDAYS } from './lexicon';
import { isCap as capitalised, tokenAt } from './spans';
import type { VerbKind } from './types';

/** "al-Baghdadi", "al-Awlaki": a name's part after a lower-case particle and a hyphen is capitalised too. */
const PARTICLE_NAME = /^(?:al|el|ad|ash|as|at|az|abu|ibn|bin|ben)-\p{Lu}/u;
const isCap = (t: Token | undefined): boolean => capitalised(t) || (t !== undefined && t.raw.includes('-') && PARTICLE_NAME.test(t.raw));

export interface Ctx {
  text: string;
  tokens: readonly Token[];
}

export interface Found {
  speaker: string | null;
  speakerStart: number;
  speakerEnd: number;
  verb: string | null;
  verbKind: VerbKind | null;
  negated: boolean;
  relay: string | null;
  relayStart: number;
  relayEnd: number;
  /** The attribution as written: speaker and verb. */
  start: number;
  end: number;
  /** Read from what the subject calls something ("Trump called it “…”"): no attribution later quotes continue. */
  weak?: true;
}

/** Titles before a name: "Foreign Minister Jane Doe" is Jane Doe. */
const TITLES = /^(?:u\.s|u\.k|foreign|prime|deputy|vice|minister|president|secretary|general|governor|commissioner|spokesperson|spokesman|spokeswoman|senator|sen|rep|mr|mrs|ms|dr|prof|chancellor|mayor|chief|ambassador|king|queen|prince|pope|sir|lord|lady|coach|captain|judge|sgt|sergeant|lt|lieutenant|cpl|corporal|capt|col|colonel|det|detective|detectives|officer|ofc|pvt|pfc|spc|atty|brig|trooper|rev|reverend|pastor|bishop|archbishop|rabbi|imam|gov|supt|inspector|superintendent|sheriff|councilman|councilwoman|congressman|congresswoman)$/;
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'del', 'da']);
const NP_END = new Set([
  'on', 'in', 'at', 'to', 'during', 'after', 'before', 'when', 'while', 'according', 'as', 'from', 'via', 'with',
  'that', 'and', 'but', 'who', 'which', 'by', 'late', 'earlier', 'later', 'yesterday', 'today', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'told', 'said', 'in',
]);
/** Outlets and platforms: who passes words on ("told AFP", "in an interview with CNN"). */
const OUTLET = /^(?:news|agency|press|times|post|journal|guardian|telegraph|reuters|bloomberg|interfax|tass|ria|afp|ap|bbc|cnn|nbc|abc|cbs|npr|television|tv|radio|newspaper|broadcaster|channel|daily|herald|tribune|magazine|telegram|twitter|facebook|instagram|x|youtube|tiktok|weibo|vk|xinhua|kyodo|yonhap|ukrinform|novosti|itar|izvestia|kommersant|ansa|efe|dpa)$/i;
/**
 * Outlets, platforms and things written or shown ("a 2014 House Intelligence Committee report", "the account", "the
 * ad"): what speaks without being anyone "he" or "she" stands for.
 */
export const MEDIA = /^(?:news|agency|press|times|post|journal|guardian|telegraph|reuters|bloomberg|interfax|tass|ria|afp|ap|bbc|cnn|nbc|abc|cbs|npr|television|tv|radio|newspaper|broadcaster|channel|daily|herald|tribune|magazine|telegram|twitter|facebook|instagram|x|youtube|tiktok|weibo|vk|xinhua|kyodo|yonhap|ukrinform|novosti|itar|izvestia|kommersant|ansa|efe|dpa|report|reports|study|survey|poll|memo|memorandum|document|documents|filing|transcript|ad|advertisement|video|letter|statement|release|platform|book|article|editorial|column|op-ed|website|account|tweet|e-?mail|headline|sign|banner|flyer|footnote|complaint|lawsuit|indictment|affidavit|analysis|audit)$/i;
const PLATFORMS = /^(?:telegram|twitter|x|facebook|instagram|youtube|tiktok|weibo|vk|vkontakte|truth|threads|linkedin|bluesky)$/i;
const ADVERB = /^(?:also|later|earlier|then|reportedly|previously|once|again|further|separately|recently)$|ly$/;

/** Verb kind of a written reporting verb, or null when it is not one. */
export function verbKindOf(word: string): VerbKind | null {
  const w = word.toLowerCase().replace(/’/g, "'");
  return REPORTING_VERBS.get(w) ?? QUOTE_ONLY_VERBS.get(w) ?? null;
}

const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|weekend|later|earlier|recently|last|this|next)$/;

/** Abbreviated titles whose dot ends no phrase: "Cpl. Jake Smith said", "Det. Fulton said" (as `sentences` reads them). */
const ABBREV = /^(?:mr|mrs|ms|dr|st|jr|sr|gen|col|lt|sgt|capt|gov|sen|rep|prof|rev|maj|adm|cmdr|supt|insp|det|cpl|ofc|pvt|pfc|spc|atty|brig)$/;

function gapHas(ctx: Ctx, k: number, chars: RegExp): boolean {
  const a = ctx.tokens[k - 1];
  const b = ctx.tokens[k];
  if (!a || !b) return false;
  let g = ctx.text.slice(a.end, b.start);
  // The dot of "U.S." or "Mr." ends no phrase, nor that of a party and state after a name ("(D-Calif.)", "(D-N.Y.)").
  if (g.startsWith('.') && (a.raw.includes('.') || /^\p{Lu}$/u.test(a.raw) || ABBREV.test(a.norm) || AFFILIATION.test(a.raw))) g = g.slice(1);
  return chars.test(g);
}

/** A dash between words: an em or en dash however spaced, a hyphen or two with spaces either side. */
const DASH_GAP = /[—–]|\s--?\s/;

/** A party and state in brackets after a lawmaker's name: "(D-N.Y.)", "(R-Ky.)", "(I-Vt.)"; the token after the bracket. */
const AFFILIATION = /^[DRI]-\p{Lu}/u;
const affiliationAt = (ctx: Ctx, k: number) => AFFILIATION.test(ctx.tokens[k].raw) && /\(\s*$/.test(ctx.text.slice(ctx.tokens[k - 1]?.end ?? 0, ctx.tokens[k].start));

/**
 * "WASHINGTON (AP) —", "NEW YORK, Dec. 22 (UPI) —", "RENO, Nev. (AP) —", "PHILADELPHIA (Reuters) -", "LONDON —": a dateline
 * that opens the tokens [a, b) is no part of a lead-in. The first token after it, or `a` when there is none: a word in
 * capitals first, then only capitalised words, numbers and an agency in brackets, then a dash, within ten tokens.
 */
export function datelineEnd(ctx: Ctx, a: number, b: number): number {
  const { tokens, text } = ctx;
  // "RENO, Nev. (AP) —", "LUNENBURG, Va. (WRIC) —" read from after the state, where a sentence may be taken to start:
  // the agency or station in its brackets.
  if (a + 1 < b && /^(?:\p{Lu}[\p{Lu}\d]{1,7}|Reuters)$/u.test(tokens[a].raw) && /\(\s*$/.test(text.slice(Math.max(0, tokens[a].start - 2), tokens[a].start)) && /^\)\s*(?:[—–]+|-{1,2})\s*$/.test(text.slice(tokens[a].end, tokens[a + 1].start))) return a + 1;
  // At a line's start only, and a place in capitals first ("FBI Director James Comey — who …" is no dateline).
  if (a >= b || !/^\p{Lu}{2,}$/u.test(tokens[a].raw) || !/(?:^|\n)[^\S\n]*$/.test(text.slice(Math.max(0, tokens[a].start - 8), tokens[a].start))) return a;
  let place = true;
  for (let d = a + 1; d < b && d - a <= 10; d++) {
    const gap = text.slice(tokens[d - 1].end, tokens[d].start);
    if (/^\.?\)?\s*[—–]+\s*$/.test(gap) || /^\.?\)?\s+-{1,2}\s+$/.test(gap) || /^\.?\)-{1,2}\s+$/.test(gap)) return d;
    if (/[;:!?"“”«»\n]/.test(gap) || !/^(?:\p{Lu}|\d)/u.test(tokens[d].raw)) return a;
    if (/[,(]/.test(gap)) place = false;
    if (place && !/^\p{Lu}[\p{Lu}'’.]*$/u.test(tokens[d].raw)) return a;
  }
  return a;
}

/** The name a noun phrase gives: its last run of capitalised words, or the phrase itself. */
export function speakerOf(ctx: Ctx, from: number, to: number): { name: string; start: number; end: number } | null {
  const { tokens, text } = ctx;
  // "Skelly", "Kelly": a name ending in -ly is no adverb. "Priebus later Thursday": a time is no part of a name.
  // "his family", "the influential US daily": a noun for someone ending in -ly, at the end of a short phrase or after a
  // name, is no adverb either ("those who lived by the family" is no speaker).
  const lyNoun = (k: number) => SPEAKER_NOUN.test(tokens[k].norm) && (k - from < 3 || isCap(tokens[k - 1]));
  // "Sanders himself acknowledged": the reflexive is no part of who.
  while (to > from && ((ADVERB.test(tokens[to - 1].norm) && !isCap(tokens[to - 1]) && !lyNoun(to - 1)) || TIME_WORDS.test(tokens[to - 1].norm) || /^(?:himself|herself|themselves|itself)$/.test(tokens[to - 1].norm))) to--;
  // "Rep. Hakeem Jeffries (D-N.Y.)": the name, without the party and state.
  for (let k = from + 1; k < to; k++) if (affiliationAt(ctx, k)) to = k;
  // "The U.N. mission in Ukraine": the speaker is the mission, not the place.
  for (let k = from + 1; k < to; k++) {
    if (/^(?:in|at|from|on|near|familiar|involved|close|speaking|knowledgeable|briefed|who)$/.test(tokens[k].norm)) {
      to = k;
      break;
    }
  }
  // "a memo obtained by Politico", "documents reviewed by The Washington Post", "a court document filed Thursday": a past
  // participle after a noun for something written or someone, with its agent or time, ends the phrase.
  for (let k = from + 1; k < to; k++) {
    const p = tokens[k - 1];
    const next = k + 1 < to ? tokens[k + 1] : undefined;
    if (!/^\p{Ll}+$/u.test(tokens[k].raw) || !/^(?:\p{Ll}+ed|seen|written|sent|given|shown|made|held|taken|read|heard|put|run|won|brought|drawn|told|paid|kept)$/u.test(tokens[k].raw) || gapHas(ctx, k, /[,;:.!?"“”«»()]/)) continue;
    const thing = SENT.test(p.norm) || WRITTEN_WORK.test(p.norm) || /^(?:copy|copies|excerpts?|records?|documents?|files?|emails?|cables?|minutes|recordings?|audio|footage|transcripts?|filings?|orders?|rulings?|studies|study|surveys?|polls?|letters?|complaints?|lawsuits?)$/.test(p.norm);
    if (!/^\p{Ll}+$/u.test(p.raw) || !(SPEAKER_NOUN.test(p.norm) || thing)) continue;
    // ("An email obtained by CNN shows Podesta": a verb after the agent makes it a clause, whose end is who.)
    const clause = tokens.slice(k + 1, to).some((t) => /^\p{Ll}+$/u.test(t.raw) && FINITE.test(t.norm) && !STOPWORDS.has(t.norm) && !SPEAKER_NOUN.test(t.norm) && !AGENT_SUFFIX.test(t.norm));
    // ("a fact sheet lawmakers released Monday": at the phrase's end, only after a thing written; else a clause.)
    if (!clause && ((k + 1 === to && thing) || (next && (/^(?:by|to|on|in|at|last|this|earlier|late|early|yesterday|today)$/.test(next.norm) || TIME_WORDS.test(next.norm))))) {
      // "a court document filed by state attorney Dave Aronberg", "polls compiled by Real Clear Politics": who wrote it is
      // who speaks; "a memo obtained by Politico", "an email seen by Reuters": the thing itself.
      if (next?.norm === 'by' && k + 2 < to && /^(?:filed|compiled|written|issued|released|published|sent|signed|drafted|prepared|produced|conducted|authored|posted|sponsored)$/.test(tokens[k].norm)) {
        const agent = speakerOf(ctx, k + 2, to);
        if (agent) return agent;
      }
      to = k;
      break;
    }
  }
  // "a distraught shop owner walking through his store": a participle after the noun for someone ends a description
  // ("the attorney released a statement saying" is a clause, "a court filing" a noun).
  // "The Vermont senator emailed supporters saying:", "The town released a statement": a verb in -ed after the noun ends
  // the description ("the widely respected analyst", "a California based group", "a list compiled by Russian authorities"
  // are no verb; "A woman named Kelly", "…
  // to Republicans": a name after the verb or at the phrase's end is read below).
  if (/^(?:a|an|the|one|another)$/.test(tokens[from].norm) && !isCap(tokens[to - 1])) {
    for (let k = from + 3; k < to && k - from <= 7; k++) {
      const p = tokens[k - 1];
      if (gapHas(ctx, k - 1, /[,;:.!?"“”()]/)) break;
      if (/^\p{Ll}+ed$/u.test(p.raw) && !/ly$/.test(tokens[k - 2].norm) && !STOPWORDS.has(tokens[k - 2].norm) && !/^(?:based|named|called|dubbed|nicknamed|identified|known|titled|entitled|labeled|labelled)$/.test(p.norm) && !isCap(tokens[k]) && tokens[k].norm !== 'by' && !gapHas(ctx, k, /[,;:.!?"“”()]/)) {
        to = k - 1;
        break;
      }
    }
  }
  if (/^(?:a|an|the|one|another)$/.test(tokens[from].norm)) {
    for (let k = from + 2; k < to && k - from <= 6; k++) {
      const p = tokens[k - 1];
      // A word in -ed right after the article is an adjective ("a retired teacher"); later, a verb ("the attorney released").
      if (!/^\p{Ll}/u.test(p.raw) || (FINITE.test(p.norm) && k - 1 > from + 1) || STOPWORDS.has(p.norm) || gapHas(ctx, k, /[,;:.!?"“”()]/)) break;
      // "An official missing persons list": an -ing word before a noun is an adjective; the participle goes on with a
      // function word ("walking through his store").
      const goesOn = k + 1 >= to || STOPWORDS.has(tokens[k + 1].norm) || /^(?:outside|inside|near|beside|behind|along|across|around|through|past|toward|towards|down|up|out|away|back|home|alone|nearby)$/.test(tokens[k + 1].norm);
      if (/^\p{Ll}+ing$/u.test(tokens[k].raw) && goesOn && !ING_NOUN.test(tokens[k].norm) && !verbKindOf(tokens[k].norm) && (SPEAKER_NOUN.test(p.norm) || AGENT_SUFFIX.test(p.norm))) {
        // "The processor powering the phone wasn’t mentioned": a clause, not a description.
        if (tokens.slice(k, to).some((t) => /^(?:is|are|was|were|has|have|had|will|would|could|can|should|did|does|do|won|ca)(?:n['’]?t)?$/.test(t.norm))) break;
        to = k;
        break;
      }
    }
  }
  if (to <= from) return null;
  // "Nobody asked about …": no one is no speaker, and nobody "he" or "she" stands for.
  if (to - from === 1 && /^(?:nobody|none|noone)$/.test(tokens[from].norm)) return null;
  // "One of them told an officer": some of those named before, the whole phrase.
  if (to - from === 3 && /^(?:one|another|two|three|several|some|many|most|each|both|all)$/.test(tokens[from].norm) && tokens[from + 1].norm === 'of' && /^(?:them|us|those|these)$/.test(tokens[from + 2].norm) && !gapHas(ctx, from + 1, /[,;:.!?"“”«»()]/) && !gapHas(ctx, from + 2, /[,;:.!?"“”«»()]/)) {
    return { name: text.slice(tokens[from].start, tokens[from + 2].end), start: tokens[from].start, end: tokens[from + 2].end };
  }
  // "Article 33", "Section 230", "Rule 40": a part of a text, named by its number.
  if (to - from >= 2 && DOC_NUMBER.test(tokens[to - 1].raw) && isCap(tokens[to - 2]) && DOC_PART.test(tokens[to - 2].norm) && !gapHas(ctx, to - 1, /[,;:.!?"“”«»()]/)) {
    return { name: text.slice(tokens[to - 2].start, tokens[to - 1].end), start: tokens[to - 2].start, end: tokens[to - 1].end };
  }
  // "examines bellwether": a verb in -es that opens the words is a clause, not a description of someone.
  if (to - from >= 2 && /^\p{Ll}+es$/u.test(tokens[from].raw) && !SPEAKER_NOUN.test(tokens[from].norm) && !STOPWORDS.has(tokens[from].norm)) return null;
  const last = tokens[to - 1];
  // "Thursday", "Reluctantly": capitals that name no one.
  if (to - from === 1 && isCap(last) && (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|yesterday|here|there|then|now|but|and|so|yet|also|however|meanwhile|still|instead)$/.test(last.norm) || (/ly$/.test(last.norm) && /^\s*,/.test(text.slice(last.end, last.end + 2)) && /^$|[.!?"“”]$/.test(text.slice(Math.max(0, last.start - 3), last.start).trimEnd())))) return null;
  // "a Democrat", "one well-connected Republican": a description, kept whole.
  if (isCap(last) && to - from <= 5 && /^(?:a|an|one|another)$/.test(tokens[from].norm)) {
    return { name: text.slice(tokens[from].start, last.end), start: tokens[from].start, end: last.end };
  }
  // "the communications director for the Iowa Democratic Party", "a spokesman for the State Department": a noun for
  // someone named by what follows it is the speaker, with what names it.
  if (isCap(last) && /^(?:the|a|an)$/.test(tokens[from].norm) && to - from <= 9) {
    for (let k = from + 2; k < to - 1; k++) {
      if (gapHas(ctx, k, /[,;:.!?"“”«»()]/)) break;
      // "an aide to Sen. Marco Rubio", "a senior adviser to the president": someone's aide is the aide.
      const to = tokens[k].norm === 'to' && /^(?:aides?|advis[eo]rs?|assistants?|spokes(?:man|woman|person)|counsel|lawyers?|attorneys?|consultants?|strategists?|allies|ally|confidants?|friends?|successors?|heirs?|envoys?|ambassadors?|rivals?|secretary|deputy|deputies|staffers?)$/.test(tokens[k - 1].norm);
      // "an official with the Department of Homeland Security": who the noun works with, too.
      if ((/^(?:of|for|with)$/.test(tokens[k].norm) || to) && /^\p{Ll}+$/u.test(tokens[k - 1].raw) && (SPEAKER_NOUN.test(tokens[k - 1].norm) || AGENT_SUFFIX.test(tokens[k - 1].norm))) {
        return { name: text.slice(tokens[from].start, last.end), start: tokens[from].start, end: last.end };
      }
    }
  }
  // "Mark Jones of the Heritage Foundation": a full name before "of" and a body is the name, not the body. "Bank of
  // America", "the Department of Justice", "Secretary of State John Kerry" are no full name before "of".
  for (let k = from + 2; k < to - 1; k++) {
    if (tokens[k].norm !== 'of') continue;
    const n1 = tokens[k - 2];
    const n2 = tokens[k - 1];
    const body = tokens[k + 1].norm === 'the' ? tokens[k + 2] : tokens[k + 1];
    if (isCap(n1) && isCap(n2) && body && isCap(body) && isCap(last) && !/['’]s$/.test(n2.raw) && !gapHas(ctx, k - 1, /[,;:.()]/) && !gapHas(ctx, k, /[,;:.()]/) &&
      ![n1, n2].some((t) => TITLES.test(t.norm) || NOT_PERSON.test(t.norm) || /^\p{Lu}+$/u.test(t.raw))) {
      return speakerOf(ctx, from, k);
    }
    break;
  }
  if (isCap(last) && !PRONOUNS.has(last.norm)) {
    let s = to - 1;
    while (s > from) {
      const p = tokens[s - 1];
      if (gapHas(ctx, s, /[,;:.]/)) break;
      // "the Maricopa County Sheriff's Office", "the District Attorney’s Office": a possessive inside a body's name.
      if (isCap(p) && (!/['’]s$/.test(p.raw) || /^(?:Office|Department|Bureau|Unit|Division)$/.test(tokens[s].raw))) s--;
      else if (CONNECTORS.has(p.norm) && s - 1 > from && isCap(tokens[s - 2])) s -= 2;
      // "the Office for the Coordination of Humanitarian Affairs", "the Church of the Nazarene": "of the" or "for the".
      else if (p.norm === 'the' && s - 2 > from && /^(?:of|for)$/.test(tokens[s - 2].norm) && isCap(tokens[s - 3]) && !gapHas(ctx, s - 1, /[,;:.]/) && !gapHas(ctx, s - 2, /[,;:.]/)) s -= 3;
      else break;
    }
    // "But Sanders, the Vermont senator, said": a word that opens the sentence is no part of the name.
    while (s < to - 1 && /^(?:but|and|so|yet|meanwhile)$/.test(tokens[s].norm)) s++;
    let titleOf = false;
    // "De Blasio", "Van Hollen": a capitalised particle that opens a surname is the name's.
    const particle = (k: number) => /^(?:De|Van|Von|Da|Del|La|Le|Al|Bin|Di|Du)$/.test(tokens[k].raw) && isCap(tokens[k + 1]);
    while (s < to - 1 && (tokens[s].norm === 'the' || (CONNECTORS.has(tokens[s].norm) && !particle(s)) || TITLES.test(tokens[s].norm))) {
      if (tokens[s].norm === 'of' && s > from && TITLES.test(tokens[s - 1].norm)) titleOf = true;
      s++;
    }
    // "Secretary of State John Kerry", "Minister of Homeland Security Jane Doe": the title's "of" names an office; the
    // person is the last two words.
    if (titleOf && to - s > 2 && tokens.slice(s, to).every((t) => isCap(t) && !CONNECTORS.has(t.norm))) s = to - 2;
    let end = last.end;
    // "Red Cross (ICRC)": keep the closing bracket with the name.
    if (text[end] === ')' && text.slice(tokens[s].start, end).includes('(')) end++;
    return { name: text.slice(tokens[s].start, end), start: tokens[s].start, end };
  }
  // "the independent Vermont senator and Democratic presidential candidate": two descriptions of one person joined by
  // "and", each ending in a noun for someone, may be longer than one.
  const noun = (t: Token) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.raw) && (SPEAKER_NOUN.test(t.norm) || AGENT_SUFFIX.test(t.norm)) && !STOPWORDS.has(t.norm);
  // "… and former secretary of state", "… and chief of staff": a noun for someone with its "of" ends one too.
  const compoundLast = to - 3 > from && tokens[to - 2].norm === 'of' && /^(?:chief|director|head|secretary|minister|deputy|chairman|chairwoman|chair|member)$/.test(tokens[to - 3].norm) && /^\p{Ll}+$/u.test(last.raw);
  if (to - from > 7 && to - from <= 12 && /^(?:the|a|an)$/.test(tokens[from].norm) && (noun(last) || compoundLast)) {
    for (let k = from + 2; k < to - 1; k++) {
      if (gapHas(ctx, k, /[,;:.!?"“”«»()]/)) return null;
      if (tokens[k].norm === 'and' && noun(tokens[k - 1]) && k - from <= 6 && to - k <= 6 && !tokens.slice(from, to).some((t) => /^(?:is|are|was|were|has|have|had|will|would|could|can|should|did|does|do|who|which|that)$/.test(t.norm))) {
        return { name: text.slice(tokens[from].start, last.end), start: tokens[from].start, end: last.end };
      }
    }
  }
  // "That’s seven hours after the police", "It’s the takeaway": a clause, not who speaks.
  if (/^(?:that|it|there|here|what)['’]s$/i.test(tokens[from].raw)) return null;
  // "he made clear he", "late Saturday he", "That frustrates many analysts because they": the words before a pronoun
  // that ends them are the rest of a sentence; the pronoun is who.
  if (to - from > 1 && /^(?:he|she|they|we|i)$/.test(last.norm)) return { name: last.raw, start: last.start, end: last.end };
  // "Giles attempted to re-engage the Carson campaign", "The Arizona Republican survived 5 ½ years": a verb after a name.
  for (let k = from + 1; k < to - 1; k++) if (isCap(tokens[k - 1]) && /^\p{Ll}+ed$/u.test(tokens[k].raw) && !SPEAKER_NOUN.test(tokens[k].norm) && !gapHas(ctx, k, /[,;:.!?"“”«»()-]/)) return null;
  // "elitist and out-of-touch for": words that end in a preposition are the rest of a sentence.
  if (to - from > 1 && /^(?:for|of|to|in|on|at|by|with|from|about|as|than|and|or)$/.test(last.norm)) return null;
  if (to - from > 7) return null;
  // A description speaks only through a noun for someone or for something written ("a Red Cross spokesperson", "the
  // influential US daily", "the letter"): "misogynist rhetoric" or "joined" is the rest of a sentence, not a speaker.
  const determined = /^(?:the|a|an|one|another|his|her|their|its|our|my|this|that|these|those|many|some|several|two|three|few)$/.test(tokens[from].norm) && to - from > 1;
  // "the numbers were wrong": a clause, not a description of someone.
  for (let k = from + 1; k < to; k++) if (/^(?:is|are|was|were|has|have|had|will|would|could|can|should|did|does|do)$/.test(tokens[k].norm)) return null;
  if (!PRONOUNS.has(last.norm) && !SPEAKER_NOUN.test(last.norm) && !AGENT_SUFFIX.test(last.norm) && !OUTLET.test(last.raw) && !(determined && !/(?:ed|ing|ly)$/.test(last.norm) && !STOPWORDS.has(last.norm))) return null;
  return { name: text.slice(tokens[from].start, last.end), start: tokens[from].start, end: last.end };
}

/** Parts of a law, treaty or rule book named by a number: "Article 33", "Section 230", "Proposition 8". */
const DOC_PART = /^(?:article|section|rule|proposition|prop|amendment|chapter|clause|paragraph|resolution|measure|initiative|exhibit|appendix|annex|protocol|title)$/;
const DOC_NUMBER = /^\d{1,4}[a-z]?$/;
/** Capitalised words of a body's name, not a person's: "Bank of America", "Board of Elections". */
const NOT_PERSON = /^(?:bank|university|department|secretary|institute|center|centre|school|college|board|council|office|ministry|minister|governor|mayor|president|director|chief|chairman|chairwoman|head|house|church|court|city|county|state|states|republic|kingdom|union|league|association|society|federation|bureau|commission|committee|party|people|friends|daughters|sons|sisters|knights|chamber|museum|hall|army|corps|division|company|corporation|group|club|team|fund|foundation|academy|conference|dept|speaker|leader|member|members|justice|attorney|general|commander|admiral|captain|professor|dean|provost|rector|bishop|archbishop)$/;
/** Words in -ing that are nouns: "a court filing", "the police briefing". */
const ING_NOUN = /^(?:filing|ruling|meeting|hearing|briefing|building|recording|wedding|spending|funding|training|housing|clothing|setting|opening|ending|feeling|being|thing|nothing|something|anything|everything|morning|evening|king|ring|spring|string|wing|ceiling|listing|posting|warning|saying|shooting|killing|bombing|sighting|gathering|offering|painting|drawing|reading|rating|polling|voting|counseling|counselling)$/;
const SPEAKER_NOUN = /^(?:officials?|sources?|critics?|witness(?:es)?|residents?|locals?|people|protesters?|demonstrators?|supporters?|aides?|advis[eo]rs?|analysts?|experts?|observers?|voters?|activists?|lawmakers?|legislators?|officers?|police|authorit(?:y|ies)|spokes(?:man|woman|person|people|men|women)|ministry|ministers?|government|administration|agency|department|office|campaign|committee|commission|council|court|judge|prosecutors?|lawyers?|attorneys?|groups?|organi[sz]ations?|company|firm|part(?:y|ies)|unions?|military|army|navy|team|board|staff|famil(?:y|ies)|relatives|parents?|mother|father|wife|husband|sons?|daughters?|brother|sister|friends?|(?:great-)?(?:uncles?|aunts?|grand(?:mother|father|parents?|sons?|daughters?|ma|pa))|cousins?|nieces?|nephews?|step(?:mother|father|sons?|daughters?)|(?:mother|father|sister|brother|son|daughter)-in-law|girlfriend|boyfriend|fianc[eé]e?|spouse|widow|widower|moms?|dads?|godmother|godfather|neighbou?rs?|colleagues?|members?|leaders?|president|governor|mayor|senator|chair(?:man|woman)?|director|chief|head|executive|ceo|founder|candidate|nominee|statements?|letters?|reports?|footnotes?|accounts?|videos?|respondents?|memos?|release|e-?mail|tweets?|post|editorial|ad|advert(?:isement)?|signs?|banner|headline|cards?|flyers?|leaflets?|brochures?|mailers?|pamphlets?|placards?|posters?|billboards?|study|studies|polls?|surveys?|transcripts?|website|page|book|documents?|filings?|complaints?|lawsuits?|order|ruling|paper|newspaper|daily|weekly|monthly|outlet|network|station|channel|broadcaster|magazine|journal|crowd|audience|heckler|man|woman|men|women|boy|girl|child|children|teen(?:ager)?|students?|workers?|employees?|owner|manager|pastor|priest|doctors?|nurses?|survivors?|victims?|soldiers?|troops|fighters|rebels|militants|one|another|others?|someone|everyone|insiders?|delegates?|diplomats?|sheriff|deputy|commissioner|secretary|organizers?|hosts?|anchor|reporters?|correspondent|editor|columnist|writers?|authors?|citizens?|americans|democrats|republicans|conservatives|liberals|progressives|donors?|fans?|parishioners|congregants?|neighborhood|veterans?|co-hosts?|strategists?|pollsters?|consultants?|operatives?|allies|ally|confidants?|rivals?|opponents?|challengers?|counterparts?|predecessors?|successors?|mates?)$/;
const LEAD_WORDS = /^(?:and|but|so|then|now|still|yet|also|here|there|meanwhile)$/;
/** Nouns for people by what they do: "strategist", "historian", "consultant", "dealer". */
const AGENT_SUFFIX = /^(?!(?:under|after|other|another|never|ever|however|whether|either|neither|rather|together|later|earlier|cover|paper|order|letter|number|matter|power|water|answer|border|center|centre|chapter|corner|dinner|summer|winter|murder|offer|silver|trigger|month|monument|moment|event|content|element|comment|statement|government|movement|argument|amendment|department|document|payment|treatment|agreement|investment|environment|development|management|accident|incident|intent|extent|talent|ant|plant|want|grant|front|point|spent|went|sent|meant|felt)s?$).*(?:er|or|ist|ian|ant|ent|man|men|woman|women|person|people)s?$/;

/** Words between a subject and its verb that are no part of the subject: "Weaver didn’t seem", "Trump then appears". */
const AUX = /^(?:did|didn't|does|doesn't|do|don't|has|hasn't|had|hadn't|have|was|wasn't|is|isn't|will|won't|would|could|can|can't|should|may|might|must|then|also|later|again|now|just|still|soon|never|even|once|first|finally)$/;

/** A verb in the past or the present's third person: "released", "says", and the irregular pasts ("sent", "wrote"). */
const FINITE = /(?:ed|s)$|^(?:sent|told|wrote|said|made|took|gave|went|put|ran|spoke|got|held|left|came|brought|thought|found|knew|began|won|lost|read|met|led|kept|felt|heard|stood|paid|struck|drew|threw|sang|rang|shook|swore|wore)$/;

/**
 * "Trump’s Virginia state director, Mike Rubino, reached out": a name set apart by commas after the noun for someone
 * at token `h`, then a verb, is the subject's name.
 */
function appositiveName(ctx: Ctx, h: number, limit: number): { name: string; start: number; end: number } | null {
  const { tokens } = ctx;
  if (!gapHas(ctx, h + 1, /^\s*,\s*$/)) return null;
  let e = h + 1;
  while (e < limit && e - h <= 5 && (isCap(tokens[e]) || (e > h + 1 && CONNECTORS.has(tokens[e].norm))) && (e === h + 1 || !gapHas(ctx, e, /[,;:.!?"“”()]/))) e++;
  const verb = tokens[e];
  if (e === h + 1 || e + 1 >= limit || !gapHas(ctx, e, /^\s*,\s*$/) || PRONOUNS.has(tokens[h + 1].norm)) return null;
  let m = e;
  while (m < limit - 1 && m - e < 2 && (AUX.test(tokens[m].norm) || (ADVERB.test(tokens[m].norm) && !isCap(tokens[m])))) m++;
  if (!verb || !/^\p{Ll}+$/u.test(tokens[m].raw) || !FINITE.test(tokens[m].norm) || STOPWORDS.has(tokens[m].norm)) return null;
  return speakerOf(ctx, h + 1, e);
}

/** "chief of staff", "director of communications": a noun for someone with its "of" and a lower-case noun is one; its last token. */
function compoundEnd(ctx: Ctx, h: number, limit: number): number {
  const { tokens } = ctx;
  const t = tokens[h];
  if (!t || h + 2 >= limit || !/^(?:chief|director|head|secretary|minister|deputy|vice|chairman|chairwoman|chair|member)$/.test(t.norm)) return h;
  if (tokens[h + 1].norm !== 'of' || !/^\p{Ll}+$/u.test(tokens[h + 2].raw) || STOPWORDS.has(tokens[h + 2].norm) || gapHas(ctx, h + 1, /[,;:.!?"“”()]/) || gapHas(ctx, h + 2, /[,;:.!?"“”()]/)) return h;
  return h + 2;
}

/**
 * The subject of a sentence's first verb among tokens [a, limit): a capitalised name followed by a lower-case word.
 * "Sanders protesters interrupted": a noun for people after a name is the head ("Sanders protesters"); "Band member
 * Flea shared": a name after it is the name; "Huma Abedin, vice chairwoman for …, emailed": an appositive is skipped.
 */
export function sentenceSubject(ctx: Ctx, a: number, limit: number, opening = true): { name: string; start: number; end: number } | null {
  const { tokens, text } = ctx;
  // A bracket's end or a dash ends a name: "(UPI) — In response …".
  const stop = /[,;:.!?"“”)—–]/;
  // "Last week, the governor’s chief of staff, Mark Jones, reached out": the subject after an opening phrase of time or
  // place (once: the phrase is not looked for again).
  if (opening && /^(?:last|on|in|at|after|before|during|earlier|later|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|since|within|following)$/.test(tokens[a]?.norm ?? '')) {
    let c = a + 1;
    while (c < limit && c - a <= 6 && !gapHas(ctx, c, /[,;:.!?"“”()]/)) c++;
    if (c < limit && c - a <= 6 && gapHas(ctx, c, /^\s*,\s*$/)) {
      const sp = sentenceSubject(ctx, c, limit, false);
      if (sp) return sp;
    }
  }
  // "Hundreds of pro-Sanders demonstrators marched": a number of people.
  if (/^(?:hundreds|thousands|dozens|scores|tens)$/.test(tokens[a]?.norm ?? '') && tokens[a + 1]?.norm === 'of' && !gapHas(ctx, a + 1, stop)) {
    let h = a + 2;
    while (h < limit && h - a <= 5 && !gapHas(ctx, h, stop) && !(SPEAKER_NOUN.test(tokens[h].norm) && /^\p{Ll}/u.test(tokens[h].raw))) h++;
    if (h < limit && h - a <= 5 && !gapHas(ctx, h, stop) && SPEAKER_NOUN.test(tokens[h].norm)) return { name: text.slice(tokens[a].start, tokens[h].end), start: tokens[a].start, end: tokens[h].end };
  }
  // "Her campaign quickly blasted out an email, stating", "The spokesman added": a noun for someone at the start.
  if (/^(?:the|his|her|their|its|another|one|a|an)$/.test(tokens[a]?.norm ?? '')) {
    let h = a + 1;
    // "The Republican candidate appeared", "The Clinton campaign, in a Q&A …, worded": names may describe the noun.
    // "The governor’s spokesman": a possessive describes the noun after it.
    // "A 2014 House Intelligence Committee report found": a year, and a name of several words, may describe it too.
    const describes = (t: Token) => /^\p{Ll}/u.test(t.raw) || isCap(t) || /^\d+(?:-\p{Ll}+)?$/u.test(t.raw);
    const allNamed = (x: number) => tokens.slice(a + 1, x + 1).every((t) => !/^\p{Ll}/u.test(t.raw));
    while (h < limit && (h - a <= 3 || (h - a <= 6 && allNamed(h))) && describes(tokens[h]) && !STOPWORDS.has(tokens[h].norm) && !(SPEAKER_NOUN.test(tokens[h].norm) && /^\p{Ll}/u.test(tokens[h].raw) && !/['’]s$/.test(tokens[h].raw)) && !gapHas(ctx, h, stop)) h++;
    h = compoundEnd(ctx, h, limit);
    const head = tokens[h];
    const named = head && h < limit && SPEAKER_NOUN.test(head.norm) && /^\p{Ll}/u.test(head.raw) ? appositiveName(ctx, h, limit) : null;
    if (named) return named;
    let m = h + 1;
    let ppEnd = -1;
    // "A footnote in the report makes that clear:": a phrase after the noun, then the verb; the phrase names the noun.
    if (head && h < limit && /^(?:in|of|for|from|at|on|with|by)$/.test(tokens[m]?.norm ?? '') && SPEAKER_NOUN.test(head.norm) && !gapHas(ctx, m, stop)) {
      let p = m + 1;
      // "A spokeswoman for the House Armed Services Committee emailed": a name in the phrase may take more words.
      let cap = p;
      if (tokens[cap]?.norm === 'the') cap++;
      while (cap < limit && cap - m <= 8 && isCap(tokens[cap]) && !gapHas(ctx, cap, stop)) cap++;
      const most = cap - m > 4 ? cap - m : 4;
      while (p < limit && p - m <= most && !gapHas(ctx, p, stop) && !AUX.test(tokens[p].norm) && !(/^\p{Ll}+$/u.test(tokens[p].raw) && FINITE.test(tokens[p].norm) && !STOPWORDS.has(tokens[p].norm) && !SPEAKER_NOUN.test(tokens[p].norm))) p++;
      if (p < limit && p - m <= most && !gapHas(ctx, p, stop)) {
        ppEnd = tokens[p - 1].end;
        // "The family of Noelle has released": the auxiliary before the verb.
        for (let x = 0; x < 2 && p < limit - 1 && AUX.test(tokens[p].norm); x++) p++;
        m = p;
      }
    }
    // "The Clinton campaign, in a Q&A on the e-mail controversy, worded": a phrase between commas is skipped.
    let aside = false;
    if (gapHas(ctx, h + 1, /^\s*,\s*$/)) {
      let c = h + 2;
      while (c < limit && c - h < 14 && !gapHas(ctx, c, stop)) c++;
      if (c < limit && gapHas(ctx, c, /^\s*,\s*$/)) {
        m = c;
        aside = true;
      }
    }
    while (m < limit && m - h <= 2 + (aside ? 14 : 0) && (AUX.test(tokens[m].norm) || (ADVERB.test(tokens[m].norm) && !isCap(tokens[m])))) m++;
    const verb = tokens[m];
    if (head && h < limit && SPEAKER_NOUN.test(head.norm) && /^\p{Ll}/u.test(head.raw) && !gapHas(ctx, h, stop) && verb && m < limit && /^\p{Ll}+$/u.test(verb.raw) && FINITE.test(verb.norm) && !STOPWORDS.has(verb.norm) && (aside || !gapHas(ctx, h + 1, stop))) {
      const end = ppEnd > 0 ? ppEnd : head.end;
      return { name: text.slice(tokens[a].start, end), start: tokens[a].start, end };
    }
  }
  for (let k = a; k < limit - 1; k++) {
    if (!isCap(tokens[k]) || PRONOUNS.has(tokens[k].norm) || STOPWORDS.has(tokens[k].norm)) continue;
    // "In a Fox interview, Trump went": a name after a preposition or an article is no subject.
    // "The Democratic National Committee released": an article at the lead-in's start is the name's own.
    // "the qualities necessary in a successful Republican presidential nominee": nor after an article and an adjective.
    // (An adjective by its ending, and a word in lower case after the name: "in a way FBI Director James Comey slammed" is
    // a clause.)
    const afterAdjective = k - 2 > a && /^(?:a|an|the)$/.test(tokens[k - 2].norm) && /^\p{Ll}+(?:ful|ous|al|ive|ic|able|ible|less|ish)$/u.test(tokens[k - 1].raw) && !STOPWORDS.has(tokens[k - 1].norm) && k + 1 < limit && /^\p{Ll}/u.test(tokens[k + 1].raw) && !gapHas(ctx, k, stop) && !gapHas(ctx, k - 1, stop) && !gapHas(ctx, k + 1, stop);
    if ((k > a && STOPWORDS.has(tokens[k - 1].norm) && !LEAD_WORDS.test(tokens[k - 1].norm) && !gapHas(ctx, k, stop) && !(k - 1 === a && tokens[a].norm === 'the')) || afterAdjective) {
      while (k + 1 < limit && isCap(tokens[k + 1]) && !gapHas(ctx, k + 1, stop)) k++;
      continue;
    }
    let e = k + 1;
    while (e < limit && isCap(tokens[e]) && !gapHas(ctx, e, stop)) e++;
    // "Article 33 affirms:": a part of a text and its number.
    if (e < limit && DOC_PART.test(tokens[e - 1].norm) && DOC_NUMBER.test(tokens[e].raw) && !gapHas(ctx, e, stop)) e++;
    // "The Illinois Board of Elections was conclusive": a body's name goes on after "of".
    if (e + 1 < limit && NOT_PERSON.test(tokens[e - 1].norm) && /^(?:of|for)$/.test(tokens[e].norm) && !gapHas(ctx, e, stop)) {
      let f = e + 1;
      if (tokens[f].norm === 'the' && f + 1 < limit) f++;
      if (isCap(tokens[f]) && !gapHas(ctx, e + 1, stop) && !gapHas(ctx, f, stop)) {
        while (f < limit && isCap(tokens[f]) && !gapHas(ctx, f, stop)) f++;
        e = f;
      }
    }
    let s = k;
    let n = tokens[e];
    // "Hillary Clinton’s right-hand woman rallied", "Ryan’s campaign shrugged off": a possessive and a noun for someone.
    if (n && e < limit && /['’]s$/.test(tokens[e - 1].raw) && !gapHas(ctx, e, stop)) {
      let h = e;
      while (h < limit && h - e < 3 && /^\p{Ll}/u.test(tokens[h].raw) && !STOPWORDS.has(tokens[h].norm) && !(SPEAKER_NOUN.test(tokens[h].norm) || AGENT_SUFFIX.test(tokens[h].norm)) && !gapHas(ctx, h + 1, stop)) h++;
      h = compoundEnd(ctx, h, limit);
      const head = tokens[h];
      const verb = tokens[h + 1];
      const named = head && h < limit && (SPEAKER_NOUN.test(head.norm) || AGENT_SUFFIX.test(head.norm)) && /^\p{Ll}/u.test(head.raw) ? appositiveName(ctx, h, limit) : null;
      if (named) return named;
      if (head && h < limit && (SPEAKER_NOUN.test(head.norm) || AGENT_SUFFIX.test(head.norm)) && /^\p{Ll}/u.test(head.raw) && verb && h + 1 < limit && /^\p{Ll}+$/u.test(verb.raw) && !STOPWORDS.has(verb.norm) && FINITE.test(verb.norm) && !gapHas(ctx, h + 1, stop)) {
        return { name: text.slice(tokens[k].start, head.end), start: tokens[k].start, end: head.end };
      }
    }
    // "Republican presidential candidate Donald Trump": a word before the noun for someone, then the name.
    const n2 = tokens[e + 1];
    // "Trump’s Virginia state director, Mike Rubino,": a noun for someone after a word, then the name between commas.
    if (n && n2 && e + 1 < limit && /^\p{Ll}+$/u.test(n.raw) && !STOPWORDS.has(n.norm) && /^\p{Ll}+$/u.test(n2.raw) && SPEAKER_NOUN.test(n2.norm) && !gapHas(ctx, e, stop) && !gapHas(ctx, e + 1, stop)) {
      const named = appositiveName(ctx, e + 1, limit);
      if (named) return named;
    }
    if (n && n2 && e + 2 < limit && /^\p{Ll}+$/u.test(n.raw) && !STOPWORDS.has(n.norm) && /^\p{Ll}+$/u.test(n2.raw) && SPEAKER_NOUN.test(n2.norm) && isCap(tokens[e + 2]) && !gapHas(ctx, e, stop) && !gapHas(ctx, e + 1, stop) && !gapHas(ctx, e + 2, stop)) {
      e++;
      n = n2;
    }
    // "Band member Flea", "Sanders protesters".
    if (n && e < limit && !gapHas(ctx, e, stop) && !/['’]s$/.test(tokens[e - 1].raw) && /^\p{Ll}+$/u.test(n.raw) && (SPEAKER_NOUN.test(n.norm) || AGENT_SUFFIX.test(n.norm)) && !STOPWORDS.has(n.norm)) {
      let f = e + 1;
      while (f < limit && isCap(tokens[f]) && !PRONOUNS.has(tokens[f].norm) && !gapHas(ctx, f, stop)) f++;
      if (f > e + 1) {
        s = e + 1;
        e = f;
      } else if (/s$/.test(n.norm) && tokens[f] && f < limit && /^\p{Ll}/u.test(tokens[f].raw) && !gapHas(ctx, f, stop)) {
        return { name: text.slice(tokens[k].start, n.end), start: tokens[k].start, end: n.end };
      }
      n = tokens[e];
    }
    // "Senate Majority Leader Mitch McConnell, R-Ky., delivered": a party and state between commas.
    if (n && e + 1 < limit && gapHas(ctx, e, /^\s*,\s*$/) && AFFILIATION.test(n.raw) && /^\.?\s*,\s*$/.test(text.slice(n.end, tokens[e + 1].start)) && /^\p{Ll}+$/u.test(tokens[e + 1].raw) && !STOPWORDS.has(tokens[e + 1].norm) && FINITE.test(tokens[e + 1].norm)) {
      const sp = speakerOf(ctx, s, e);
      if (sp) return sp;
    }
    // "Huma Abedin, vice chairwoman for Clinton’s presidential campaign, emailed": the name at the sentence's start.
    if (n && e < limit && k === a && gapHas(ctx, e, /^\s*,\s*$/) && /^\p{Ll}/u.test(n.raw)) {
      let c = e + 1;
      while (c < limit && c - e < 24 && !gapHas(ctx, c, stop)) c++;
      // "Huckabee, for his part, is labeling": an auxiliary, then the verb.
      let cv = c;
      while (cv < limit - 1 && cv - c < 2 && AUX.test(tokens[cv].norm) && !gapHas(ctx, cv + 1, stop)) cv++;
      const v = tokens[cv];
      if (v && cv < limit && gapHas(ctx, c, /^\s*,\s*$/) && /^\p{Ll}+$/u.test(v.raw) && !STOPWORDS.has(v.norm) && (FINITE.test(v.norm) || (cv > c && /ing$/.test(v.norm)))) {
        const sp = speakerOf(ctx, s, e);
        if (sp) return sp;
      }
    }
    // "Sen. Bernie Sanders (I-Vt.) visited": the bracket of a party and state after the name is no end of the phrase.
    const bracketed = e - 1 > k && affiliationAt(ctx, e - 1) && /^\.?\)\s+$/.test(text.slice(tokens[e - 1].end, tokens[e]?.start ?? 0));
    let m = e;
    while (m < limit && m - e < 2 && AUX.test(tokens[m].norm) && (!gapHas(ctx, m, stop) || (m === e && bracketed))) m++;
    n = tokens[m];
    if (n && m < limit && !isCap(n) && (!gapHas(ctx, m, stop) || (m === e && bracketed)) && (!STOPWORDS.has(n.norm) || m > e) && /^\p{Ll}/u.test(n.raw)) {
      const sp = speakerOf(ctx, s, e);
      if (sp) return sp;
    }
    k = e - 1;
  }
  return null;
}

/**
 * "She followed that by saying,", "Along with the photo, he had posted:": "he" or "she" as the subject of the lead-in's
 * first verb, at its start or after an opening phrase set apart by a comma. The pronoun is resolved later.
 */
function pronounSubject(ctx: Ctx, a: number, limit: number): { name: string; start: number; end: number } | null {
  const { tokens } = ctx;
  let k = a;
  while (k < limit && LEAD_WORDS.test(tokens[k].norm)) k++;
  if (k < limit && !/^(?:he|she)$/.test(tokens[k].norm)) {
    let c = k + 1;
    while (c < limit && c - k < 8 && !gapHas(ctx, c, /[,;:.!?"“”«»()]/)) c++;
    if (c >= limit || !gapHas(ctx, c, /^\s*,\s*$/)) return null;
    k = c;
  }
  if (k >= limit || !/^(?:he|she)$/.test(tokens[k].norm)) return null;
  let m = k + 1;
  while (m < limit && m - k <= 2 && (AUX.test(tokens[m].norm) || (ADVERB.test(tokens[m].norm) && !isCap(tokens[m])))) m++;
  // The limit is the reporting verb itself ("she had posted:"), or the verb is among the lead-in's words.
  const verb = tokens[m];
  if (m > limit || gapHas(ctx, k + 1, /[,;:.!?"“”«»()]/)) return null;
  // "He did reveal", "she would later add": after an auxiliary, the verb's bare form.
  const afterAux = m > k + 1 && tokens.slice(k + 1, m).some((t) => AUX.test(t.norm) && !ADVERB.test(t.norm));
  if (m < limit && (!/^\p{Ll}+$/u.test(verb.raw) || !(FINITE.test(verb.norm) || afterAux) || STOPWORDS.has(verb.norm))) return null;
  return { name: tokens[k].raw, start: tokens[k].start, end: tokens[k].end };
}

/**
 * "Trump’s campaign manager, Kellyanne Conway,", "the victim’s mother, Mary Smith": the name set apart by a comma after a
 * description of someone (tokens [from, to), ending in a noun for someone) is who speaks. Its tokens, or null.
 */
function nameAfterDescription(ctx: Ctx, from: number, to: number, limit: number): [number, number, number] | null {
  const { tokens } = ctx;
  const head = tokens[to - 1];
  // "the Democratic front-runner, Hillary Clinton": a noun with a hyphen too.
  if (to - from < 2 || to >= limit || !head || !/^\p{Ll}[\p{Ll}-]*$/u.test(head.raw) || !(SPEAKER_NOUN.test(head.norm) || AGENT_SUFFIX.test(head.norm)) || !gapHas(ctx, to, /^\s*,\s*$/)) return null;
  // "Clinton’s husband, former President Bill Clinton,": a word or two that describe the name before it.
  let n0 = to;
  while (n0 < limit && n0 - to < 2 && /^(?:former|then|longtime|late|current|fellow|retired|ex)$/.test(tokens[n0].norm) && !gapHas(ctx, n0 + 1, /[,;:.!?"“”«»()]/)) n0++;
  let e = n0;
  while (e < limit && e - n0 < 4 + (n0 > to ? 1 : 0) && isCap(tokens[e]) && !PRONOUNS.has(tokens[e].norm) && (e === to || !gapHas(ctx, e, /[,;:.!?"“”«»()]/))) e++;
  if (e === n0) e = to;
  // "…, Sen. Tim Kaine (D-Va.), said": a party and state in brackets after the name.
  if (e > to && e < limit && affiliationAt(ctx, e)) {
    let c = e + 1;
    while (c <= limit && c < tokens.length && c - e < 4 && !/\)/.test(ctx.text.slice(tokens[c - 1].end, tokens[c].start))) c++;
    if (c <= limit && c < tokens.length && /^\.?\)\s*,\s*$/.test(ctx.text.slice(tokens[c - 1].end, tokens[c].start))) return [to, e, c];
    // "said Clinton’s running mate, Sen. Tim Kaine (D-Va.).", "According to …, Sen. Tim Kaine (D-Va.), “…”": the
    // bracket closes the phrase.
    if (c >= limit && /^\.?\)(?:\s*[.,:])?\s*["“«]?$/.test(ctx.text.slice(tokens[limit - 1].end, tokens[limit]?.start ?? ctx.text.length).split('\n')[0])) return [to, e, limit];
  }
  // The name ends at a comma, the end of the trailer or a full stop: "…, Mary Smith, said", "said …, Mary Smith."
  if (e === to || (e < limit && !gapHas(ctx, e, /^\s*,\s*$/))) return null;
  return [to, e, e];
}

/** The noun phrase after a verb or preposition: up to a comma, a preposition or the end. */
function phraseAfter(ctx: Ctx, k: number, limit: number, max = 7): [number, number] {
  const { tokens } = ctx;
  let e = k;
  while (e < limit && e - k < max) {
    if (e > k && gapHas(ctx, e, /[,;:.!?()"“”«»]/)) break;
    // "a Wednesday editorial": a day after an article is no time of the verb.
    // "the base chief known as Bob": the name it is known by goes on with the phrase.
    if (e > k && tokens[e].norm === 'as' && tokens[e - 1].norm === 'known' && e + 1 < limit && isCap(tokens[e + 1]) && !gapHas(ctx, e + 1, /[,;:.!?()"“”«»]/)) {
      e += 1;
      continue;
    }
    if (e > k && NP_END.has(tokens[e].norm) && !CONNECTORS.has(tokens[e].norm) && !(/^(?:a|an|the)$/.test(tokens[e - 1].norm) && isCap(tokens[e]))) break;
    // "said one of them": some of those named before.
    if (e === k + 1 && tokens[e].norm === 'of' && /^(?:one|another|two|three|several|some|each|both)$/.test(tokens[k].norm) && e + 1 < limit && /^(?:them|us|those|these)$/.test(tokens[e + 1].norm) && !gapHas(ctx, e + 1, /[,;:.!?()"“”«»]/)) {
      e += 2;
      break;
    }
    // "said former secretary of state Hillary Clinton": a noun for someone with its "of" goes on.
    if (e > k && tokens[e].norm === 'of' && compoundEnd(ctx, e - 1, limit) === e + 1) {
      e += 2;
      continue;
    }
    if (e > k && CONNECTORS.has(tokens[e].norm) && !isCap(tokens[e + 1]) && tokens[e].norm !== 'the') break;
    // After a name, a lower-case word ends it ("said Jane Doe outside Number 10"), unless it describes a name that
    // follows ("said Marquette pollster Charles Franklin", "said Cruz constituent Dan Golvach").
    // "one Sanders supporter", "a Mexican official": a noun for someone after the name is the head of the phrase.
    if (e > k && isCap(tokens[e - 1]) && !isCap(tokens[e]) && (SPEAKER_NOUN.test(tokens[e].norm) || AGENT_SUFFIX.test(tokens[e].norm)) && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[e].raw) && !NP_END.has(tokens[e].norm) && !STOPWORDS.has(tokens[e].norm)) {
      e++;
      continue;
    }
    // "a longtime GOP data expert", "one former GOP leadership aide": a word before that noun too.
    const h = tokens[e + 1];
    if (e > k && e + 1 < limit && isCap(tokens[e - 1]) && /^\p{Ll}+$/u.test(tokens[e].raw) && !STOPWORDS.has(tokens[e].norm) && !NP_END.has(tokens[e].norm) && h && /^\p{Ll}+$/u.test(h.raw) && SPEAKER_NOUN.test(h.norm) && !STOPWORDS.has(h.norm) && !gapHas(ctx, e + 1, /[,;:.!?()"“”«»]/)) {
      e += 2;
      continue;
    }
    if (e > k && isCap(tokens[e - 1]) && !/['’]s$/.test(tokens[e - 1].raw) && !isCap(tokens[e]) && !CONNECTORS.has(tokens[e].norm)) {
      let d = e;
      while (d < limit && d - e < 2 && !isCap(tokens[d]) && !STOPWORDS.has(tokens[d].norm) && !NP_END.has(tokens[d].norm) && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[d].raw) && !gapHas(ctx, d + 1, /[,;:.!?()"“”«»]/)) d++;
      if (d > e && d < limit && isCap(tokens[d]) && !PRONOUNS.has(tokens[d].norm)) {
        e = d;
        continue;
      }
      break;
    }
    e++;
  }
  // "said Montclair State University political scientist Brigid Harrison": a name is not cut in two.
  // "said Air Force 1st Lt. Tyler Livingston": an ordinal inside a rank.
  const nameGoesOn = (x: number) => isCap(tokens[x]) || (/^\d+(?:st|nd|rd|th)$/.test(tokens[x].raw) && isCap(tokens[x + 1]) && x + 1 < limit);
  while (e > k && e < limit && e - k < max + 4 && (isCap(tokens[e - 1]) || /^\d+(?:st|nd|rd|th)$/.test(tokens[e - 1].raw)) && nameGoesOn(e) && !PRONOUNS.has(tokens[e].norm) && !NP_END.has(tokens[e].norm) && !gapHas(ctx, e, /[,;:.!?()"“”«»]/)) e++;
  // "said undecided Republican voter Stephanie Hooton of Derry, N.H.": a phrase cut at its length ends in no "of".
  while (e > k + 1 && CONNECTORS.has(tokens[e - 1].norm) && /^\p{Ll}/u.test(tokens[e - 1].raw)) e--;
  return [k, e];
}

/** The outlet or platform named in a phrase: its last capitalised run, skipping possessives ("Russia's"). */
function relayName(ctx: Ctx, from: number, to: number): string | null {
  const { tokens, text } = ctx;
  for (let e = to; e > from; e--) {
    if (!isCap(tokens[e - 1]) || /['’]s$/.test(tokens[e - 1].raw)) continue;
    let s = e - 1;
    while (s > from && isCap(tokens[s - 1]) && !/['’]s$/.test(tokens[s - 1].raw) && !gapHas(ctx, s, /[,;:]/)) s--;
    if (tokens[s].norm === 'the' && s < e - 1) s++;
    return text.slice(tokens[s].start, tokens[e - 1].end);
  }
  return null;
}

function mediaLike(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const raw = ctx.tokens[k].raw;
    if (OUTLET.test(raw) || (/^\p{Lu}{2,6}$/u.test(raw) && raw !== 'US' && raw !== 'UK' && raw !== 'UN' && raw !== 'EU')) return true;
  }
  return false;
}

/** The relay named between `from` and `to` (token indices), if any. */
export function findRelay(ctx: Ctx, from: number, to: number, speakerFound: boolean): { relay: string; start: number; end: number } | null {
  const { tokens } = ctx;
  for (let k = from; k < to; k++) {
    const w = tokens[k].norm;
    let np: [number, number] | null = null;
    let startTok = k;
    if (w === 'according' && tokens[k + 1]?.norm === 'to' && speakerFound) np = phraseAfter(ctx, k + 2, to, 9);
    else if ((w === 'reported' || w === 'cited' || w === 'quoted') && tokens[k + 1]?.norm === 'by') {
      np = phraseAfter(ctx, k + 2, to, 9);
      if (tokens[k - 1]?.norm === 'as') startTok = k - 1;
    } else if (w === 'told' || (w === 'to' && speakerFound && k > from)) {
      const p = phraseAfter(ctx, k + 1, to, 5);
      // "told a press conference": where it was said, no outlet that passed it on.
      const gathering = p[1] > p[0] && /^(?:conference|briefing|conferences|briefings)$/.test(tokens[p[1] - 1].norm);
      if (mediaLike(ctx, p[0], p[1]) && !gathering) np = p;
    } else if (w === 'on' && k + 1 < to) {
      const p = phraseAfter(ctx, k + 1, to, 6);
      for (let j = p[0]; j < p[1]; j++) if (PLATFORMS.test(tokens[j].raw) && isCap(tokens[j])) np = p;
      if (np && tokens[k - 1]?.norm === 'post' && tokens[k - 2]?.norm === 'a' && tokens[k - 3]?.norm === 'in') startTok = k - 3;
    } else if (w === 'interview' && tokens[k + 1]?.norm === 'with') {
      const p = phraseAfter(ctx, k + 2, to, 6);
      if (mediaLike(ctx, p[0], p[1]) || isCap(tokens[p[0]])) np = p;
    }
    if (np && np[1] > np[0]) {
      const name = relayName(ctx, np[0], np[1]) ?? ctx.text.slice(tokens[np[0]].start, tokens[np[1] - 1].end);
      return { relay: name, start: tokens[startTok].start, end: tokens[np[1] - 1].end };
    }
  }
  return null;
}

function found(
  ctx: Ctx,
  sp: { name: string; start: number; end: number } | null,
  verbTok: Token | null,
  negated: boolean,
  relayFrom: number,
  relayTo: number,
): Found {
  const relay = findRelay(ctx, relayFrom, relayTo, sp !== null || verbTok !== null);
  // "Now Donald Trump", "even a top GOP strategist", "And all the hand-wringers": a word that opens the sentence or
  // stresses it is no part of who speaks.
  // "While Will acknowledges": nor a conjunction that opens a clause ("If I had said" gives "I").
  const lead = sp ? /^(?:and|but|so|yet|now|even|then|also|still|meanwhile|while|if|when|although|though|because)\s+(?=\S)/i.exec(sp.name) : null;
  if (sp && lead && sp.name.length > lead[0].length) sp = { name: sp.name.slice(lead[0].length), start: sp.start + lead[0].length, end: sp.end };
  // "he's said the same thing": the pronoun of a contraction.
  const contracted = sp ? /^(he|she|they|it)['’]s$/i.exec(sp.name) : null;
  if (sp && contracted) sp = { name: contracted[1], start: sp.start, end: sp.start + contracted[1].length };
  const starts = [sp?.start, verbTok?.start].filter((x): x is number => x !== undefined);
  const ends = [sp?.end, verbTok?.end].filter((x): x is number => x !== undefined);
  return {
    speaker: sp?.name ?? null,
    speakerStart: sp?.start ?? -1,
    speakerEnd: sp?.end ?? -1,
    verb: verbTok?.raw ?? null,
    verbKind: verbTok ? verbKindOf(verbTok.norm) : null,
    negated,
    relay: relay?.relay ?? null,
    relayStart: relay?.start ?? -1,
    relayEnd: relay?.end ?? -1,
    start: Math.min(...starts),
    end: Math.max(...ends),
  };
}

const isSpeechToken = (t: Token | undefined, verbs: ReadonlySet<string>) => t !== undefined && verbs.has(t.norm);

/** Every reporting verb, including those of belief and estimate ("believe", "recorded"). */
/** A reporting verb at token k; "shot back" is one, "shot" alone is not. */
function isSpeechAt(ctx: Ctx, k: number, verbs: ReadonlySet<string>): boolean {
  const t = ctx.tokens[k];
  if (t && /^(?:shot|fired|hit|hits|pushed|pushes)$/.test(t.norm) && ctx.tokens[k + 1]?.norm === 'back' && verbs.has('retorted')) return true;
  // "Trump chimed in.", "her husband cut in": breaking into a conversation, next to a quote.
  if (t && /^(?:chimed|chimes|cut|cuts)$/.test(t.norm) && ctx.tokens[k + 1]?.norm === 'in' && verbs.has('retorted') && /^\s*(?:[,:.”"]|$)/.test(ctx.text.slice(ctx.tokens[k + 1].end, ctx.tokens[k + 1].end + 2))) return true;
  // "She went on: “…”", "he went on.": going on is going on speaking, next to a quote.
  if (t && /^(?:went|goes)$/.test(t.norm) && ctx.tokens[k + 1]?.norm === 'on' && verbs.has('retorted') && /^\s*(?:[,:.”"]|$)/.test(ctx.text.slice(ctx.tokens[k + 1].end, ctx.tokens[k + 1].end + 2))) return true;
  if (!isSpeechToken(t, verbs)) return false;
  // "Man charged after fatal shooting", "charged with murder": a charge, not words.
  if (/^(?:charged|charges|charge)$/.test(t.norm) && /^(?:with|after|following)$/.test(ctx.tokens[k + 1]?.norm ?? '')) return false;
  // "responded to reports of a shooting", "amid claims": a noun after a preposition.
  if (/s$/.test(t.norm) && /^(?:to|of|in|on|from|after|amid|despite|following|about|with|by)$/.test(ctx.tokens[k - 1]?.norm ?? '') && !gapHas(ctx, k, /[,;:.!?"“”«»()]/)) return false;
  // "according to the explanatory notes", "according to local news reports": a noun after "according to".
  for (let j = k - 1; j >= 1 && k - j <= 5 && !gapHas(ctx, j + 1, /[,;:.!?"“”«»()—–]/); j--) if (ctx.tokens[j].norm === 'to' && ctx.tokens[j - 1].norm === 'according') return false;
  // "the needs of Western states", "swing states": a noun for places, not "Trump states".
  // ("Article 5 states": a part of a text and its number is a subject.)
  const numbered = k > 1 && DOC_NUMBER.test(ctx.tokens[k - 1].raw) && DOC_PART.test(ctx.tokens[k - 2].norm) && isCap(ctx.tokens[k - 2]);
  if (t.norm === 'states' && !numbered && /^(?:united|western|eastern|northern|southern|midwestern|member|swing|battleground|border|red|blue|other|many|several|both|all|these|those|some|most|few|\d+)$/.test(ctx.tokens[k - 1]?.norm ?? '')) return false;
  // "at the seafood counter", "the fish counter of a grocery store": a noun; "critics counter", "to counter" are verbs.
  if (t.norm === 'counter' && k > 0 && !(PRONOUNS.has(ctx.tokens[k - 1].norm) || ctx.tokens[k - 1].norm === 'to' || isCap(ctx.tokens[k - 1]) || SPEAKER_NOUN.test(ctx.tokens[k - 1].norm))) return false;
  // "The Washington Post", "the Post’s Dana Milbank", "a Facebook post", "his reply": a noun, not a verb.
  const p = ctx.tokens[k - 1];
  if (p && !gapHas(ctx, k, /[,;:.!?()"“”«»—–]/)) {
    // "two posts" is a noun; "the 43-year-old asked" is a verb.
    // "Another tweeted", "one said": a past tense after "another" or "one" is a verb.
    const pastAfterPronoun = /^(?:another|one)$/.test(p.norm) && (/ed$/.test(t.norm) || /^(?:said|wrote|told)$/.test(t.norm));
    // "a marketing video that said": a relative clause after a noun, not "that post".
    const q = ctx.tokens[k - 2];
    const relative = p.norm === 'that' && (/ed$/.test(t.norm) || /^(?:said|wrote|told|read)$/.test(t.norm)) && q && /^\p{Ll}+$/u.test(q.raw) && !STOPWORDS.has(q.norm) && !gapHas(ctx, k - 1, /[,;:.!?()"“”«»—–]/);
    if ((NOUN_BEFORE.test(p.norm) && !pastAfterPronoun && !relative) || (/^\d[\d,.]*$/.test(p.raw) && !numbered)) return false;
    if (isCap(t) && isCap(p) && !/['’]s$/.test(p.raw)) return false;
    if (isCap(p) && !/['’]s$/.test(p.raw) && NOUN_FORMS.test(t.norm) && /^(?:a|an|the|his|her|their|its|our|my|this|that)$/.test(ctx.tokens[k - 2]?.norm ?? '')) return false;
    // "to disprove Republican claims of …": a party's word before a noun after a lower-case word is no subject.
    if (NOUN_FORMS.test(t.norm) && /^(?:republican|democratic|gop|conservative|liberal|progressive|partisan)$/.test(p.norm) && /^\p{Ll}+$/u.test(ctx.tokens[k - 2]?.raw ?? '') && !gapHas(ctx, k - 1, /[,;:.!?()"“”«»—–]/)) return false;
    // "issued a blunt warning", "gave a terse reply": a noun after an adjective and an article.
    // A word in -s there is a verb ("The warrant notes", "an ad claims").
    if (/^\p{Ll}+$/u.test(p.raw) && !STOPWORDS.has(p.norm) && (NOUN_FORMS.test(t.norm) || t.norm === 'warning') && !/s$/.test(t.norm) && /^(?:a|an)$/.test(ctx.tokens[k - 2]?.norm ?? '') && !gapHas(ctx, k - 1, /[,;:.!?()"“”«»—–]/)) return false;
  }
  return true;
}
const NOUN_BEFORE = /^(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|whose|every|each|no|another)$|['’]s$/;
/** Verbs that are also nouns: "a Facebook post", "the Trump tweet". */
const NOUN_FORMS = /^(?:post|posts|tweet|tweets|reply|replies|answer|answers|report|reports|statement|quote|quotes|retort|counter|cry|note|notes|remark|claim|claims|warning|comment|response)$/;

export const ANY_REPORTING: ReadonlySet<string> = new Set(REPORTING_VERBS.keys());

/** Nouns for words someone is known to have said: "Obama's “…” promise". */
const SAYING_NOUN = /^(?:promise|pledge|vow|line|lines|mantra|slogan|motto|refrain|catchphrase|remark|remarks|comment|comments|quip|claim|declaration|warning|boast|threat|insult|joke|tweet|dictum|credo|rallying)$/;

/**
 * `Obama's "if you like your plan, you can keep it" promise`, `Clinton’s “basket of deplorables” remark`: a quote between
 * a name's possessive and a noun for words said, with no punctuation of its own, is the possessor's. `from` is right
 * after the quote's closing mark; its opening mark is looked for on the same line, at most 400 characters back.
 */
function possessedWords(ctx: Ctx, from: number, to: number): Found | null {
  const { text, tokens } = ctx;
  if (!/["”]/.test(text[from - 1] ?? '') || !/[\p{L}\p{N}]/u.test(text[from - 2] ?? '')) return null;
  const a = tokenAt(tokens, from);
  const noun = tokens[a];
  if (!noun || noun.end > to || !/^\s+$/.test(text.slice(from, noun.start)) || !/^\p{Ll}+$/u.test(noun.raw) || !SAYING_NOUN.test(noun.norm)) return null;
  let o = from - 2;
  while (o >= 0 && from - o <= 400 && !/["“\n]/.test(text[o])) o--;
  if (o < 1 || !/["“]/.test(text[o]) || !/\s/.test(text[o - 1])) return null;
  const p = tokenAt(tokens, o) - 1;
  const owner = tokens[p];
  if (!owner || owner.end > o || !/^\s+$/.test(text.slice(owner.end, o).replace(/^['’]/, '')) || !isCap(owner)) return null;
  const apostrophe = /['’]s$/.test(owner.raw) || /^['’]/.test(text.slice(owner.end, o));
  if (!apostrophe) return null;
  let s = p;
  while (s > 0 && p - s < 3 && isCap(tokens[s - 1]) && !/['’]s$/.test(tokens[s - 1].raw) && !gapHas(ctx, s, /[,;:.!?"“”«»()\n]/)) s--;
  const sp = speakerOf(ctx, s, p + 1);
  if (!sp || PRONOUNS.has(sp.name.toLowerCase())) return null;
  const name = sp.name.replace(/['’]s?$/, '');
  return { ...found(ctx, { name, start: sp.start, end: sp.start + name.length }, null, false, a, a), end: noun.end };
}

/**
 * Attribution that follows a quote or a clause: `"…," X said`, `"…," said X`,
 * `"…," X, the …, said`. `from`/`to` are character positions bounding the trailer.
 */
export function attributionAfter(ctx: Ctx, from: number, to: number, verbs: ReadonlySet<string> = SPEECH_VERBS): Found | null {
  const owned = possessedWords(ctx, from, to);
  if (owned) return owned;
  const f = trailerAfter(ctx, from, to, verbs);
  // `“We are going to win” the election in November, Jane Doe, 45, a teacher from Ohio, said.`: a quote that closes with
  // no punctuation of its own goes on with the sentence. When the trailer read from its start gives no one, or takes that
  // rest of the sentence for who speaks ("the election"), the attribution is the clause after one of the sentence's later
  // commas: who speaks (or the verb) within a few words, and the sentence's end soon after the verb.
  const { tokens } = ctx;
  const a = tokenAt(tokens, from);
  // Only a trailer of up to 60 words: who speaks within 40 words, the verb within 14 more and the end soon after.
  let n = a;
  while (n < tokens.length && tokens[n].end <= to && n - a <= 60) n++;
  if (n - a <= 60 && (!f?.speaker || f.speakerStart === tokens[a]?.start) && /["”»]/.test(ctx.text[from - 1] ?? '') && /[\p{L}\p{N})\]]/u.test(ctx.text[from - 2] ?? '')) {
    for (let c = a + 1; c < tokens.length && tokens[c].end <= to && c - a <= 40; c++) {
      if (gapHas(ctx, c, /[;:.!?"“”«»<>]/)) break;
      if (!gapHas(ctx, c, /^\s*,\s*$/) || tokens[c].norm === 'and') continue;
      const g = trailerAfter(ctx, tokens[c].start, to, verbs);
      if (!g?.speaker || g.start < tokens[c].start || AFFILIATION.test(g.speaker) || tokenAt(tokens, g.end) - c > 14) continue;
      if (/^\s*(?:\.?$|\.\s+$|(?:in|on|at|during|after|before|to|via|from|with|for|late|early|earlier|later|last|this|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|reporters|the)\b|\p{Lu})/u.test(ctx.text.slice(g.end, to)) && ctx.text.slice(g.end, to).length <= 40) return g;
    }
  }
  return f;
}

function trailerAfter(ctx: Ctx, from: number, to: number, verbs: ReadonlySet<string>): Found | null {
  const { tokens } = ctx;
  const a = tokenAt(tokens, from);
  let b = a;
  while (b < tokens.length && tokens[b].end <= to) b++;
  if (b <= a) return null;
  // `“…,” as Trump said.`, `…, as Sanders’ campaign manager suggested last week.`: "as" and whom the words follow.
  if (tokens[a].norm === 'as' && a + 2 < b && (isCap(tokens[a + 1]) || /^(?:the|a|an|his|her|their|its|one)$/.test(tokens[a + 1].norm))) {
    for (let v = a + 2; v < b && v - a <= 7; v++) {
      if (gapHas(ctx, v, /[,;:.!?"“”«»()]/)) break;
      if (!isSpeechAt(ctx, v, verbs) || /ing$/.test(tokens[v].norm)) continue;
      const sp = speakerOf(ctx, a + 1, v);
      if (sp) return found(ctx, sp, tokens[v], false, v, b);
      break;
    }
  }
  // `“I held and hugged” grieving family members before laying flowers at a memorial …, he said.`: the rest of the
  // sentence, however long, then a pronoun and its verb set apart by a comma at its end.
  if (b - 2 > a && /^(?:he|she|they)$/.test(tokens[b - 2].norm) && isSpeechAt(ctx, b - 1, verbs) && !/ing$/.test(tokens[b - 1].norm) &&
    gapHas(ctx, b - 2, /^\s*,\s*$/) && /^\s*(?:\.\s*)?$/.test(ctx.text.slice(tokens[b - 1].end, to)) && !/["“”«»]/.test(ctx.text.slice(tokens[a].start, tokens[b - 1].end))) {
    return found(ctx, { name: tokens[b - 2].raw, start: tokens[b - 2].start, end: tokens[b - 2].end }, tokens[b - 1], false, b - 1, b);
  }
  // "said X": the verb comes first.
  // "Read said", "Will wrote": a capitalised word that is also a verb is a name before a reporting verb.
  if (isSpeechAt(ctx, a, verbs) && !(isCap(tokens[a]) && isSpeechAt(ctx, a + 1, verbs) && a + 1 < b && !gapHas(ctx, a + 1, /[,;:.!?"“”]/))) {
    if (/ing$/.test(tokens[a].norm)) return null; // "…, adding that": the subject is elsewhere
    // "…, the source, who said he had spoken to people inside, told Reuters": who follows "told" is the one told.
    if (/^(?:told|tells|tell|informed)$/.test(tokens[a].norm)) return null;
    const first = tokens[a + 1];
    // "said former Obama adviser David Axelrod": a lower-case description before the name.
    // "said on Fox News Sunday": a preposition starts no description.
    const described = first && !isCap(first) && !STOPWORDS.has(first.norm) && [1, 2, 3, 4, 5].some((d) => isCap(tokens[a + 1 + d]) && ![...Array(d).keys()].some((x) => gapHas(ctx, a + 2 + x, /[,;:.!?"“”]/)));
    // "said officials", "said two officials who spoke on condition of anonymity": people named by a noun for them.
    const people = first && /^(?:two|three|four|five|several|both|most)$/.test(first.norm) && tokens[a + 2] && SPEAKER_NOUN.test(tokens[a + 2].norm) ? 2 : first && (/[^s]s$/.test(first.norm) || first.norm === 'people') && SPEAKER_NOUN.test(first.norm) ? 1 : 0;
    if (people > 0 && a + people < b && !gapHas(ctx, a + 1, /[,;:.!?"“”]/)) {
      const sp = speakerOf(ctx, a + 1, a + 1 + people);
      if (sp) return found(ctx, sp, tokens[a], false, a, b);
    }
    // "said neighbor, Julie Watt": a bare noun for someone set apart from the name after it.
    if (first && /^\p{Ll}[\p{Ll}-]*$/u.test(first.raw) && (SPEAKER_NOUN.test(first.norm) || AGENT_SUFFIX.test(first.norm)) && !STOPWORDS.has(first.norm) && a + 2 < b && gapHas(ctx, a + 2, /^\s*,\s*$/) && isCap(tokens[a + 2]) && !PRONOUNS.has(tokens[a + 2].norm)) {
      const [s, e] = phraseAfter(ctx, a + 2, b, 6);
      const sp = e > s ? speakerOf(ctx, s, e) : null;
      if (sp && /^\p{Lu}/u.test(sp.name)) return found(ctx, sp, tokens[a], false, a, b);
    }
    if (first && !isCap(first) && !described && !/^(?:the|a|an|he|she|they|we|i|it|one|his|her|their|another|others|many|some|several)$/.test(first.norm)) return null;
    const [s, e] = phraseAfter(ctx, a + 1, b, 6);
    // "said Jones’s lawyer, Mary Smith": the name after the description.
    const named = e > s ? nameAfterDescription(ctx, s, e, b) : null;
    const sp = named ? speakerOf(ctx, named[0], named[1]) : e > s ? speakerOf(ctx, s, e) : null;
    return found(ctx, sp, tokens[a], false, a, b);
  }
  // `"We are frustrated" by the mass shooting …, Nefzi said`: the rest of the sentence, then a name and its verb.
  // `"…" that would respond to …, X wrote`: "that" before a verb is the rest of the sentence, not a determiner.
  const thatClause = tokens[a].norm === 'that' && tokens[a + 1] !== undefined && (/^(?:would|will|could|can|should|may|might|must|is|was|are|were|has|had|have)$/.test(tokens[a + 1].norm) || (isCap(tokens[a + 1]) && /^\p{Ll}/u.test(tokens[a + 2]?.raw ?? '') && !SPEAKER_NOUN.test(tokens[a + 2].norm)));
  if (STOPWORDS.has(tokens[a].norm) && !isCap(tokens[a]) && !PRONOUNS.has(tokens[a].norm) && (thatClause || !/^(?:the|a|an|many|some|his|her|their|its|our|one|this|that|these|those|another)$/.test(tokens[a].norm))) {
    for (let v = a + 1; v < b && v - a <= 30; v++) {
      if (gapHas(ctx, v, /[;:.!?"“”«»]/)) break;
      if (!isSpeechAt(ctx, v, verbs) || /ing$/.test(tokens[v].norm)) continue;
      // `"He can assert it, but it seems extremely unlikely" that Sanders can catch up, said Steve Elmendorf`.
      if (gapHas(ctx, v, /^\s*,\s*$/) && isCap(tokens[v + 1]) && v + 1 < b && !PRONOUNS.has(tokens[v + 1].norm)) {
        const [s, e] = phraseAfter(ctx, v + 1, b, 6);
        const sp = e > s ? speakerOf(ctx, s, e) : null;
        if (sp && /^\p{Lu}/u.test(sp.name)) return found(ctx, sp, tokens[v], false, v, b);
      }
      let c = v - 1;
      while (c > a && v - c <= 9 && !gapHas(ctx, c, /[,;:.!?"“”«»]/)) c--;
      // "…, Justice Department senior trial counsel Caroline Lewis Wolverton wrote": a longer phrase ends in a full name.
      const fullName = isCap(tokens[v - 2]) && !gapHas(ctx, v - 1, /[,;:.!?"“”«»]/);
      if (c > a && (v - c <= 4 || (fullName && v - c <= 8)) && gapHas(ctx, c, /^\s*,\s*$/) && isCap(tokens[v - 1]) && !PRONOUNS.has(tokens[v - 1].norm)) {
        const sp = speakerOf(ctx, c, v);
        if (sp && /^\p{Lu}/u.test(sp.name)) return found(ctx, sp, tokens[v], false, v, b);
      }
      // `"…" there and in states that vote in March, the memo stated`: a noun for someone or something written.
      if (c > a && v - c <= 3 && gapHas(ctx, c, /^\s*,\s*$/) && /^(?:the|a|an|his|her|their|its)$/.test(tokens[c].norm) && SPEAKER_NOUN.test(tokens[v - 1].norm)) {
        const sp = speakerOf(ctx, c, v);
        if (sp) return found(ctx, sp, tokens[v], false, v, b);
      }
      // "that would respond to requests from …": a verb of the rest of the sentence, with no name of its own before it.
      if (!isCap(tokens[v - 1])) continue;
      break;
    }
  }
  // "X said", "X, the …, said": the subject comes first, the verb within a few words.
  let bracket = -1;
  // `“…,” Trump, the 2016 GOP presidential frontrunner nationally and … after winning the New Hampshire primaries, said`:
  // a name of a few words set apart by a comma may take a long appositive, closed by a comma right before the verb.
  let nameEnd = a + 1;
  while (nameEnd < b && nameEnd - a < 4 && isCap(tokens[nameEnd]) && !gapHas(ctx, nameEnd, /[,;:.!?"“”«»()]/)) nameEnd++;
  const longAside = isCap(tokens[a]) && !PRONOUNS.has(tokens[a].norm) && gapHas(ctx, nameEnd, /^\s*,\s*$/);
  for (let v = a + 1; v < b && v - a <= (longAside ? 36 : 18); v++) {
    // "Rep. Jim McDermott (D-Wash.) said": a bracket after the name is no end of the phrase.
    const gap = ctx.text.slice(tokens[v - 1].end, tokens[v].start);
    if (gap.includes('(') && bracket < 0) bracket = v;
    const inBracket = bracket >= 0 && !/\)/.test(ctx.text.slice(tokens[bracket - 1].end, tokens[v].start));
    if (bracket >= 0 && (inBracket || /\)/.test(gap))) {
      if (inBracket) continue;
    } else if (gapHas(ctx, v, /[;:.!?"“”«»]/)) return null;
    if (v - a > 18 && !gapHas(ctx, v, /^\s*,\s*$/)) continue;
    // `“…?” a reporter can be heard asking Trump`: an -ing verb after "heard" or "seen" is what the subject does.
    const perceived = v - 2 > a && /^(?:heard|seen|shown)$/.test(tokens[v - 1].norm) && /^(?:be|is|are|was|were|been|can|could)$/.test(tokens[v - 2].norm);
    if (!isSpeechAt(ctx, v, verbs) || (/ing$/.test(tokens[v].norm) && !perceived)) continue;
    // "Her rival, Bob Smith, when asked about the polls, said": a participle after "when" is no verb of the subject's.
    if (/^(?:when|while|if|once|until|unless|though|although)$/.test(tokens[v - 1].norm) && /^(?:asked|told|pressed|questioned|quoted|interviewed|reached|contacted)$/.test(tokens[v].norm)) continue;
    // "Will wrote", "Will Estrada, the chairman …, said": a capitalised word that is also a stopword can be a name.
    const nameLike = isCap(tokens[a]) && (isCap(tokens[a + 1]) || v === a + 1);
    if (STOPWORDS.has(tokens[a].norm) && !nameLike && !PRONOUNS.has(tokens[a].norm) && !/^(?:the|a|an|many|some|his|her|their|its|our|one|this|that|these|those|another)$/.test(tokens[a].norm)) {
      // `"…" but to take the lead, says Evan Tracey`: the rest of the sentence, then the attribution, verb first.
      if (gapHas(ctx, v, /,/) && isCap(tokens[v + 1]) && !PRONOUNS.has(tokens[v + 1].norm)) {
        const [s, e] = phraseAfter(ctx, v + 1, b, 6);
        const sp = e > s ? speakerOf(ctx, s, e) : null;
        if (sp) return found(ctx, sp, tokens[v], false, v, b);
      }
      // `"…," and donations began to pick up again last week, Gilbert said`: a name after the last comma.
      let c = v - 1;
      while (c > a && v - c <= 5 && !gapHas(ctx, c, /[,;:.!?"“”«»]/)) c--;
      if (c > a && v - c <= 4 && gapHas(ctx, c, /^\s*,\s*$/) && isCap(tokens[v - 1]) && !PRONOUNS.has(tokens[v - 1].norm)) {
        const sp = speakerOf(ctx, c, v);
        if (sp && /^\p{Lu}/u.test(sp.name)) return found(ctx, sp, tokens[v], false, v, b);
      }
      return null;
    }
    // `“15%!” Her father, Brad, 39, worried that too many voters limit the news they read.`: a verb whose own subject is a
    // pronoun right before it, later in the sentence, is not the trailer's.
    let pv = v;
    while (pv > a + 1 && ((ADVERB.test(tokens[pv - 1].norm) && !isCap(tokens[pv - 1]) && !SPEAKER_NOUN.test(tokens[pv - 1].norm)) || (AUX.test(tokens[pv - 1].norm) && !isCap(tokens[pv - 1])))) pv--;
    if (pv - 1 > a && /^(?:he|she|they|we|i|you)$/.test(tokens[pv - 1].norm) && !gapHas(ctx, pv, /[,;:.!?"“”«»()]/)) {
      // `“I held and hugged” grieving family members before laying flowers, he said.`: the rest of the sentence, then the
      // pronoun and its verb, set apart by a comma, at the sentence's end.
      const ends = v + 1 >= b || /^\s*[.,]/.test(ctx.text.slice(tokens[v].end, tokens[v + 1].start));
      if (pv === v && gapHas(ctx, pv - 1, /^\s*,\s*$/) && ends) return found(ctx, { name: tokens[pv - 1].raw, start: tokens[pv - 1].start, end: tokens[pv - 1].end }, tokens[v], false, v, b);
      return null;
    }
    let subjEnd = v;
    // An appositive: keep the part before the first comma.
    for (let k = a + 1; k < v; k++) {
      if (gapHas(ctx, k, /,/)) {
        subjEnd = k;
        break;
      }
    }
    if (bracket > a && bracket < subjEnd) subjEnd = bracket;
    // "Trump’s campaign manager, Kellyanne Conway, said": the name after the description, right before the verb.
    // "…, Josh Earnest, also said": adverbs between the name and the verb.
    let vv = v;
    while (vv > subjEnd + 1 && ((ADVERB.test(tokens[vv - 1].norm) && !isCap(tokens[vv - 1]) && !SPEAKER_NOUN.test(tokens[vv - 1].norm)) || (AUX.test(tokens[vv - 1].norm) && !isCap(tokens[vv - 1]))) && !gapHas(ctx, vv, /[,;:.!?"“”«»]/)) vv--;
    const named = subjEnd < v ? nameAfterDescription(ctx, a, subjEnd, vv) : null;
    // "Her rival, Bob Smith, when asked about the polls, said": an aside after the name, closed right before the verb.
    const asideAfter = named !== null && named[2] < vv && /,\s*$/.test(ctx.text.slice(tokens[named[2] - 1].end, tokens[named[2]].start)) && /^\p{Ll}/u.test(tokens[named[2]].raw);
    if (named && (named[2] === vv || asideAfter) && /^[\s.)]*,\s*$/.test(ctx.text.slice(tokens[vv - 1].end, tokens[vv].start))) {
      const sp = speakerOf(ctx, named[0], named[1]);
      if (sp) return found(ctx, sp, tokens[v], false, v, b);
    }
    // `“…,” the dawn of the modern conservative movement, Bozell says`: the name next to the verb, after a description
    // of what was said.
    if (subjEnd < v && !isCap(tokens[a])) {
      let c = v - 1;
      while (c > subjEnd && !gapHas(ctx, c, /[,;:.!?"“”«»]/)) c--;
      if (gapHas(ctx, c, /^\s*,\s*$/) && v - c <= 4 && !gapHas(ctx, v, /[,;:.!?"“”«»]/) && [...Array(v - c).keys()].every((x) => isCap(tokens[c + x]) && !PRONOUNS.has(tokens[c + x].norm))) {
        const sp = speakerOf(ctx, c, v);
        if (sp) return found(ctx, sp, tokens[v], false, v, b);
      }
    }
    // "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote": a long subject is its name before "of".
    // "nuclear experts David Albright and Serena Kelleher-Vergantini of Washington's Institute for …": two names, later.
    const twoNames = (k: number) => tokens.slice(a + 1, k - 1).some((t, i) => t.norm === 'and' && isCap(tokens[a + i]) && isCap(tokens[a + i + 2]));
    if (subjEnd - a > 8 && (isCap(tokens[a]) || twoNames(Math.min(subjEnd, a + 9)))) {
      for (let k = a + 1; k < a + (isCap(tokens[a]) ? 5 : 9) && k < subjEnd; k++) {
        if (tokens[k].norm === 'of' && isCap(tokens[k - 1]) && (k < a + 5 || twoNames(k))) {
          subjEnd = k;
          break;
        }
      }
    }
    // "Sotomayor has said", "she has said": an auxiliary is no part of the subject.
    while (subjEnd > a + 1 && (AUX.test(tokens[subjEnd - 1].norm) || (perceived && /^(?:heard|seen|shown|be|been|are|were)$/.test(tokens[subjEnd - 1].norm))) && !isCap(tokens[subjEnd - 1])) subjEnd--;
    // "state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said": two named people may take longer.
    const pair = tokens.slice(a + 1, subjEnd - 1).some((t, i) => t.norm === 'and' && isCap(tokens[a + i]) && isCap(tokens[a + i + 2]));
    // "the UN Office for the Co-ordination of Humanitarian Affairs said": one name of a body, in capitals, may too.
    const bodyName = tokens.slice(a, subjEnd).every((t, i) => (isCap(t) && !PRONOUNS.has(t.norm)) || (i > 0 && CONNECTORS.has(t.norm)) || (i === 0 && t.norm === 'the'));
    if (subjEnd - a > (pair || bodyName ? 12 : 8)) return null;
    // "the bespectacled, 71-year-old diplomat said": the words before the comma describe the noun after it.
    // `"Obama-Clinton" policies, which he said`: a relative clause is no speaker.
    const relative = tokens.slice(a, v).some((t) => /^(?:which|who|whom|that)$/.test(t.norm));
    const sp = speakerOf(ctx, a, subjEnd) ?? (subjEnd < v && v - a <= 6 && !isCap(tokens[a]) && !relative ? speakerOf(ctx, a, v) : null);
    if (!sp) return null;
    return found(ctx, sp, tokens[v], false, v, b);
  }
  return null;
}

/**
 * "Republican pollster Daron Shaw: “…”", "- Carl Bialik: “…”", "- Frank Newport and Jim Harter:": a name right before
 * the colon that ends a lead-in; "Rep. Trey Gowdy (R-S.C.):": the bracket after the name is left out; "… doesn’t surprise
 * Republican pollster Daron Shaw:": a name after a noun for someone. `dashed` is set when a dash sets the name apart.
 */
function nameBeforeColon(ctx: Ctx, a: number, b: number, to: number): ({ name: string; start: number; end: number; dashed: boolean }) | null {
  const { tokens } = ctx;
  if (!/:\s*$/.test(ctx.text.slice(tokens[b - 1].end, to))) return null;
  let nb = b;
  if (/\)\s*:\s*$/.test(ctx.text.slice(tokens[b - 1].end, to))) {
    while (nb > a && !/\(/.test(ctx.text.slice(tokens[nb - 2]?.end ?? 0, tokens[nb - 1].start)) && b - nb < 4) nb--;
    nb--;
  }
  if (nb <= a || !isCap(tokens[nb - 1]) || PRONOUNS.has(tokens[nb - 1].norm)) return null;
  const stop = /[,;:.!?"“”«»()—–-]/;
  let s = nb - 1;
  while (s > a && nb - s < 8 && !gapHas(ctx, s, stop)) s--;
  if (gapHas(ctx, s, stop) || s === a) {
    const sp = speakerOf(ctx, s, nb);
    const words = sp ? sp.name.split(/\s+/) : [];
    // "McConnell delivered a blunt message to Trump:": the one spoken to is not who speaks.
    const k = sp ? tokenAt(tokens, sp.start) : -1;
    if (k > s && /^(?:to|at|for|with|against|about|toward|towards|on)$/.test(tokens[k - 1].norm)) return null;
    // "PHILADELPHIA (Reuters) - The committee said on Monday:": a reporting verb is no word of a name, and a dash before
    // the lead-in's first word sets nothing apart within it.
    if (sp && words.some((w) => /^\p{Ll}/u.test(w) && verbKindOf(w) !== null)) return null;
    if (sp && /^\p{Lu}/u.test(sp.name) && (words.length <= 4 || (words.length <= 6 && words.includes('and')))) return { ...sp, dashed: s > a && gapHas(ctx, s, /[—–-]/) };
    return null;
  }
  // A full name after a noun for someone, far into a sentence.
  let c = nb - 1;
  while (c > a && nb - c < 4 && isCap(tokens[c - 1]) && !gapHas(ctx, c, stop)) c--;
  const before = tokens[c - 1];
  if (nb - c >= 2 && before && /^\p{Ll}+$/u.test(before.raw) && (SPEAKER_NOUN.test(before.norm) || AGENT_SUFFIX.test(before.norm)) && !STOPWORDS.has(before.norm) && !gapHas(ctx, c, stop)) {
    const sp = speakerOf(ctx, c, nb);
    if (sp) return { ...sp, dashed: false };
  }
  return null;
}

/** "according to X" at token a (of a phrase ending before b): X as the speaker, or null. */
function accordingTo(ctx: Ctx, a: number, b: number): Found | null {
  const [s, e] = phraseAfter(ctx, a + 2, b, 8);
  // "According to the campaign’s spokesman, Brian Fallon,": the name after the description.
  const named = e > s ? nameAfterDescription(ctx, s, e, b) : null;
  const sp = named ? speakerOf(ctx, named[0], named[1]) : e > s ? speakerOf(ctx, s, e) : null;
  if (!sp) return null;
  const f = found(ctx, sp, null, false, e, b);
  f.start = ctx.tokens[a].start;
  return f;
}

/**
 * "in the words of Jane Doe", "in Doe’s words", "in Bolton’s view", "as Doe put it": the tokens [a, e) say whose words
 * or view follow or came before. Who, or null.
 */
function wordsOf(ctx: Ctx, a: number, e: number): { name: string; start: number; end: number; verb: Token | null } | null {
  const { tokens } = ctx;
  if (e - a < 3 || e - a > 9) return null;
  if (tokens[a].norm === 'in') {
    const sp = tokens[a + 1].norm === 'the' && tokens[a + 2].norm === 'words' && tokens[a + 3]?.norm === 'of' && e - a > 4 ? speakerOf(ctx, a + 4, e)
      : /^(?:words|view|opinion|estimation|telling)$/.test(tokens[e - 1].norm) && e - a <= 5 && (/['’]s$/.test(tokens[e - 2].raw) || /^['’]/.test(ctx.text.slice(tokens[e - 2].end, tokens[e - 1].start))) ? speakerOf(ctx, a + 1, e - 1) : null;
    return sp && /^\p{Lu}/u.test(sp.name) ? { ...sp, name: sp.name.replace(/['’]s?$/, ''), verb: null } : null;
  }
  // "as Trump put it", "as John Cornyn, the No. 2 in the GOP leadership, put it".
  if (tokens[a].norm === 'as' && tokens[e - 1].norm === 'it' && /^(?:put|puts)$/.test(tokens[e - 2].norm)) {
    let n = e - 2;
    for (let x = a + 2; x < n; x++) if (gapHas(ctx, x, /,/)) { n = x; break; }
    const sp = n > a + 1 ? speakerOf(ctx, a + 1, n) : null;
    return sp ? { ...sp, verb: tokens[e - 2] } : null;
  }
  return null;
}

/**
 * `"…" according to CNN.`, `"…", according to Judicial Watch.`, `"…", in Bolton’s view.`, `"…," as Trump put it.`: who
 * the words are given to, when nothing else says.
 */
export function accordingAfter(ctx: Ctx, from: number, to: number): Found | null {
  const { tokens } = ctx;
  const a = tokenAt(tokens, from);
  let b = a;
  while (b < tokens.length && tokens[b].end <= to) b++;
  if (b - a < 3 || !/^[\s,]*$/.test(ctx.text.slice(from, tokens[a].start))) return null;
  if (tokens[a].norm !== 'according' || tokens[a + 1].norm !== 'to') {
    // The phrase is the whole trailer, up to the sentence's end; or, after a quote that closes with no punctuation of its
    // own (`“…” from diplomacy to the defense budget, in Bolton’s view.`), the clause after the sentence's last comma.
    if (!/^\s*(?:[.!?]\s*)?$/.test(ctx.text.slice(tokens[b - 1].end, to))) return null;
    let sp = wordsOf(ctx, a, b);
    let at = a;
    if (!sp && b - a <= 40 && /["”»]/.test(ctx.text[from - 1] ?? '') && /[\p{L}\p{N})\]]/u.test(ctx.text[from - 2] ?? '')) {
      let k = b - 3;
      while (k > a && b - k < 9 && !gapHas(ctx, k, /^\s*,\s*$/)) k--;
      const clean = ![...Array(b - a - 1).keys()].some((x) => gapHas(ctx, a + 1 + x, /[;:.!?"“”«»]/));
      if (k > a && clean) {
        at = k;
        sp = wordsOf(ctx, k, b);
      }
    }
    if (!sp) return null;
    const f = found(ctx, sp, sp.verb, false, b, b);
    f.start = tokens[at].start;
    f.end = Math.max(f.end, tokens[b - 1].end);
    return f;
  }
  return accordingTo(ctx, a, b);
}

/** Attribution before a quote: `X said: "…"`, `X told AFP that "…"`, `According to X, "…"`. */
export function attributionBefore(ctx: Ctx, from: number, to: number, verbs: ReadonlySet<string> = SPEECH_VERBS, nested = false): Found | null {
  const { tokens } = ctx;
  let a = tokenAt(tokens, from);
  let b = a;
  while (b < tokens.length && tokens[b].end <= to) b++;
  if (b <= a) return null;
  a = datelineEnd(ctx, a, b);
  if (tokens[a].norm === 'according' && tokens[a + 1]?.norm === 'to') {
    const acc = accordingTo(ctx, a, b);
    // "According to the Times, Earnest said:": who the rest of the lead-in says speaks, the source it names as the relay.
    let k = a + 2;
    while (k < b && k - a < 12 && !gapHas(ctx, k, /[,;:.!?"“”«»()]/)) k++;
    if (acc && k < b - 1 && gapHas(ctx, k, /^\s*,\s*$/)) {
      const g = attributionBefore(ctx, tokens[k].start, to, verbs, true);
      if (g?.speaker && g.verb && !PRONOUNS.has(g.speaker.toLowerCase())) {
        return g.relay ? g : { ...g, relay: acc.speaker, relayStart: acc.speakerStart, relayEnd: acc.speakerEnd };
      }
    }
    return acc;
  }
  const colon = /:\s*$/.test(ctx.text.slice(tokens[b - 1].end, to));
  // "No wonder Trump said, and I quote, “…”": the writer's aside is no part of the attribution.
  if (b - a >= 3 && tokens[b - 1].norm === 'quote' && tokens[b - 2].norm === 'i') {
    const q = b - 2 - (tokens[b - 3].norm === 'and' ? 1 : 0);
    if (q > a && /^\s*,\s*$/.test(ctx.text.slice(tokens[q - 1].end, tokens[q].start))) return attributionBefore(ctx, from, tokens[q - 1].end + 1, verbs, nested);
  }

  // "In the words of Jane Doe,", "In Doe’s words,", "… because, in Forbes’ words,": who the words are, at the lead-in's
  // start or after its last comma.
  if (b - a >= 3 && /^\s*[,:]\s*$/.test(ctx.text.slice(tokens[b - 1].end, to))) {
    let k = b - 3;
    while (k > a && b - k < 9 && tokens[k].norm !== 'in') k--;
    const sp = tokens[k].norm === 'in' && (k === a || gapHas(ctx, k, /^\s*,\s*$/)) ? wordsOf(ctx, k, b) : null;
    if (sp) return found(ctx, sp, null, false, b, b);
  }
  // "As John Cornyn, the No. 2 in the GOP leadership, put it:", "As The Post's Dana Milbank puts it,".
  if (b - a >= 3 && tokens[b - 1].norm === 'it' && /^(?:put|puts)$/.test(tokens[b - 2].norm) && /^\s*[,:]\s*$/.test(ctx.text.slice(tokens[b - 1].end, to))) {
    for (let k = b - 3; k >= a && b - k <= 16; k--) {
      if (tokens[k].norm !== 'as' || (k > a && !gapHas(ctx, k, /[,;:.!?"“”«»—–-]/))) continue;
      let e = b - 2;
      for (let x = k + 2; x < e; x++) if (gapHas(ctx, x, /,/)) { e = x; break; }
      const sp = e > k + 1 ? speakerOf(ctx, k + 1, e) : null;
      if (sp) return found(ctx, sp, tokens[b - 2], false, b, b);
      break;
    }
  }
  // "As Breitbart News reported, even on Friday morning, the White House was refusing to call it terrorism:": a lead-in
  // that opens with whom it follows, however long what comes before the colon.
  if (colon && tokens[a].norm === 'as' && b - a > 4) {
    for (let v = a + 2; v < b - 1 && v - a <= 7; v++) {
      if (gapHas(ctx, v, /[,;:.!?"“”«»()]/)) break;
      if (!isSpeechAt(ctx, v, verbs) || /ing$/.test(tokens[v].norm) || !gapHas(ctx, v + 1, /^\s*,\s*$/)) continue;
      const sp = speakerOf(ctx, a + 1, v);
      if (sp && /^\p{Lu}/u.test(sp.name) && !PRONOUNS.has(sp.name.toLowerCase())) return found(ctx, sp, tokens[v], false, v + 1, v + 1);
      break;
    }
  }
  // "More from Blumenthal and Cohen:", "From Bush's Facebook post:", "Here’s Clinton in December 1992:": who follows,
  // at the lead-in's start or after a dash, however spaced ("Signs of momentum - More from Blumenthal and Cohen:",
  // "… all along -More from", "…—More from").
  let k0 = a;
  for (let k = b - 1; k > a && b - k <= 8; k--) if (gapHas(ctx, k, /[—–]|\s-/)) { k0 = k; break; }
  if (colon && b - k0 <= 8) {
    let k = k0;
    if (tokens[k].norm === 'more') k++;
    // "Here’s" is one token, its norm "here"; "Here is" two.
    const hereIs = tokens[k].norm === 'here' && tokens[k + 1]?.norm === 'is';
    const here = /^here['’]s$/i.test(tokens[k].raw) || hereIs;
    if (tokens[k].norm === 'from' || here) {
      k += hereIs ? 2 : 1;
      const [s, e] = phraseAfter(ctx, k, b, 6);
      const sp = e > s ? speakerOf(ctx, s, e) : null;
      if (sp && (here ? /^\p{Lu}/u.test(sp.name) : true)) return found(ctx, sp, null, false, b, b);
    }
  }
  // "Here is the full statement from Jones:", "A statement from the White House:": who a statement is from.
  if (colon) {
    for (let k = b - 2; k > a && b - k <= 6; k--) {
      if (tokens[k].norm !== 'from' || gapHas(ctx, k + 1, /[,;:.!?"“”()]/)) continue;
      if (!(SENT.test(tokens[k - 1].norm) || WRITTEN_WORK.test(tokens[k - 1].norm) || /^(?:excerpts?|transcript|text|words|comments?|remarks)$/.test(tokens[k - 1].norm))) break;
      const sp = speakerOf(ctx, k + 1, b);
      if (sp && /^\p{Lu}/u.test(sp.name)) return found(ctx, sp, null, false, b, b);
      break;
    }
  }
  // "Pollsters agree - Carl Bialik:": a name set apart by a dash before the colon is who speaks, not the verb before it.
  const dashedName = nameBeforeColon(ctx, a, b, to);
  if (dashedName?.dashed) return found(ctx, dashedName, null, false, b, b);
  // "Sanders was asked by host Bill Maher, who is supporting Sanders, but has dismissed the story, “…?”": who asks, before
  // a "who" clause however long.
  for (let v = b - 17; v > a && b - v <= 40; v--) {
    if (tokens[v].norm !== 'asked' || tokens[v + 1]?.norm !== 'by' || !/^(?:was|were|is|are|been|being)$/.test(tokens[v - 1].norm) || gapHas(ctx, v + 1, /[,;:.!?"“”«»()]/)) continue;
    const [s, e] = phraseAfter(ctx, v + 2, b, 6);
    const sp = e > s ? speakerOf(ctx, s, e) : null;
    if (sp && e < b && gapHas(ctx, e, /^\s*,\s*$/) && /^(?:who|whose)$/.test(tokens[e].norm) && /,\s*$/.test(ctx.text.slice(tokens[b - 1].end, to))) return found(ctx, sp, tokens[v], false, v, b);
    break;
  }
  let ingVerb = -1;
  for (let v = b - 1; v >= a && b - v <= 16; v--) {
    if (!isSpeechAt(ctx, v, verbs)) continue;
    // "…, Graham said on MSNBC, adding," and "she said, telling them,": the speaker is the subject of the verb before.
    if (/ing$/.test(tokens[v].norm) && gapHas(ctx, v, /,/)) {
      if (ingVerb < 0) ingVerb = v;
      continue;
    }
    // The verb that introduces the quote is the -ing one ("said …, adding:"); its subject is the earlier verb's.
    const verbTok = ingVerb > v ? ingVerb : v;
    // "Sanders took to Twitter on Monday to declare:", "Jane Doe, 45, a teacher, went on CNN to say,": a verb in the
    // infinitive is the subject's of the finite verb before it, read as if that verb reported the speech.
    if (!nested && verbTok === v && v - 2 > a && tokens[v - 1].norm === 'to' && !gapHas(ctx, v, /[,;:.!?"“”«»()]/)) {
      let f = v - 2;
      const finite = (t: Token) => /^\p{Ll}+$/u.test(t.raw) && FINITE.test(t.norm) && !STOPWORDS.has(t.norm) && !SPEAKER_NOUN.test(t.norm) && !AGENT_SUFFIX.test(t.norm);
      while (f > a && v - f <= 10 && !finite(tokens[f]) && !gapHas(ctx, f + 1, /[,;:.!?"“”«»()]/)) f--;
      // "took to Twitter on Monday to", "interrupted me to": not "drives candidate to", "asked Trump to", whose object
      // is who speaks.
      const objectSpeaks = /^(?:ask|asks|asked|tell|tells|told|urge|urges|urged|force|forces|forced|drive|drives|drove|prompt|prompts|prompted|lead|leads|led|invite|invites|invited|press|presses|pressed|encourage|encourages|encouraged|allow|allows|allowed|persuade|persuades|persuaded|challenge|challenges|challenged|dare|dares|dared|beg|begs|begged|want|wants|wanted|expect|expects|expected|get|gets|got|cause|causes|caused|push|pushes|pushed|called|calls|inspired|inspires)$/.test(tokens[f].norm);
      if (finite(tokens[f]) && (f + 2 === v || !objectSpeaks) && v - f <= 10 && !gapHas(ctx, f + 1, /[,;:.!?"“”«»()]/)) {
        const g = attributionBefore(ctx, from, tokens[f].end, new Set([tokens[f].norm]), true);
        if (g?.speaker) return found(ctx, { name: g.speaker, start: g.speakerStart, end: g.speakerEnd }, tokens[v], false, v, b);
      }
    }
    // "held up a sign saying", "carrying signs reading": the words are the sign's; "sent out a text message to supporters
    // saying:", "released a statement saying": the sender's, the subject of the clause.
    // "Gore insisted it was “premature” … while adding,": the -ing verb after "while" is the sentence subject's.
    if (/ing$/.test(tokens[v].norm) && v - 1 > a && /^(?:while|after|before|by|when|since)$/.test(tokens[v - 1].norm)) {
      const subject = sentenceSubject(ctx, a, v - 1);
      if (subject && /^\p{Lu}/u.test(subject.name) && !PRONOUNS.has(subject.name.toLowerCase())) return found(ctx, subject, tokens[v], false, v, b);
    }
    const relativeVerb = tokens[v - 1]?.norm === 'that' && v - 2 > a && !/ing$/.test(tokens[v].norm);
    if ((/ing$/.test(tokens[v].norm) || relativeVerb) && v - 1 > a && !gapHas(ctx, v, /[,;:.!?"“”«»()]/)) {
      let n = relativeVerb ? v - 2 : v - 1;
      if (/^(?:to|for)$/.test(tokens[n - 1]?.norm ?? '') && n - 2 > a && !gapHas(ctx, n, /[,;:.!?"“”«»()]/) && !gapHas(ctx, n - 1, /[,;:.!?"“”«»()]/)) n -= 2;
      const noun = tokens[n].norm;
      if (/^\p{Ll}/u.test(tokens[n].raw) && (CARRIED.test(noun) || SENT.test(noun))) {
        let d = n;
        while (d > a && n - d < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[d - 1].raw) && !STOPWORDS.has(tokens[d - 1].norm) && !FINITE.test(tokens[d - 1].norm) && !/ing$/.test(tokens[d - 1].norm) && !gapHas(ctx, d, /[,;:.!?"“”«»()]/)) d--;
        if (d > a && /^(?:a|an|the|one|two|three|several|many|some|their|his|her|its)$/.test(tokens[d - 1].norm) && !gapHas(ctx, d, /[,;:.!?"“”«»()]/)) d--;
        // "they will hold banners proclaiming": without a determiner, a word before the noun may be a verb ("hold").
        else if (d < n && !SENT.test(noun)) d = n;
        if (SENT.test(noun)) {
          let c = d;
          while (c > a && d - c < 14 && !gapHas(ctx, c, /[,;:.!?"“”«»]/)) c--;
          const subject = sentenceSubject(ctx, c, d);
          if (subject && !PRONOUNS.has(subject.name.toLowerCase())) return found(ctx, subject, tokens[v], false, v, b);
          // "Minutes later, she sent an email saying,": the pronoun, resolved later (not "she sent an email").
          const pro = subject ? null : pronounSubject(ctx, c, d);
          if (pro) return found(ctx, pro, tokens[v], false, v, b);
        } else {
          return found(ctx, { name: ctx.text.slice(tokens[d].start, tokens[n].end), start: tokens[d].start, end: tokens[n].end }, tokens[v], false, v, b);
        }
      }
    }
    // "Blumenthal was asked, “…?”": the subject of a passive is the one asked, not who asks; "Sanders was asked by host
    // Bill Maher, who …, “…?”": who asks follows "by".
    if (verbTok === v && /^(?:asked|questioned|pressed|told)$/.test(tokens[v].norm) && v > a && /^(?:was|were|is|are|been|being|be|get|got|gets)$/.test(tokens[v - 1].norm)) {
      // Who asks unnamed: the verb alone, with no speaker.
      if (tokens[v + 1]?.norm !== 'by' || v + 2 >= b) return found(ctx, null, tokens[v], false, v, b);
      const [s, e] = phraseAfter(ctx, v + 2, b, 6);
      const sp = e > s ? speakerOf(ctx, s, e) : null;
      return found(ctx, sp, tokens[v], false, v, b);
    }
    // "Said Comey, “…”": the verb first, then who.
    if (isCap(tokens[v]) && (v === a || gapHas(ctx, v, /[.!?]/)) && isCap(tokens[v + 1]) && v + 1 < b && !gapHas(ctx, v + 1, /[,;:.!?]/)) {
      const [s, e] = phraseAfter(ctx, v + 1, b, 6);
      const sp = e > s ? speakerOf(ctx, s, e) : null;
      if (sp) return found(ctx, sp, tokens[v], false, v, b);
    }
    // The lead-in's first word: nothing before it can be a subject.
    if (v === a) break;
    // "Clinton, exasperated, famously responded:", "a spokesman … could only quip:": words between subject and verb.
    // "Suu Kyi, 70, said it was too early … but added,": the subject of the verb before the "and" or "but".
    // One level only: "said … and added … and said" is not followed back further.
    if (!nested && /^(?:and|but)$/.test(tokens[v - 1].norm) && !gapHas(ctx, v, /[,;:.!?"“”«»]/)) {
      for (let v2 = v - 2; v2 > a && v - v2 <= 30; v2--) {
        if (gapHas(ctx, v2 + 1, /[;:.!?"“”«»]/)) break;
        if (!isSpeechAt(ctx, v2, verbs) || /ing$/.test(tokens[v2].norm)) continue;
        const g = attributionBefore(ctx, from, tokens[v2].end, verbs, true);
        if (g?.speaker && g.verb) return found(ctx, { name: g.speaker, start: g.speakerStart, end: g.speakerEnd }, tokens[verbTok], false, v, b);
        break;
      }
    }
    let vv = v;
    while (vv > a + 1 && ((ADVERB.test(tokens[vv - 1].norm) && !isCap(tokens[vv - 1]) && !SPEAKER_NOUN.test(tokens[vv - 1].norm)) || (AUX.test(tokens[vv - 1].norm) && !isCap(tokens[vv - 1]))) && !gapHas(ctx, vv, /[,;:.!?"“”«»]/)) vv--;
    // "It included a quote from Jane Doe, who told the magazine,", "AC Milan’s website, which said in a statement:": a
    // relative clause's verb is said by what the clause is of, right before its comma.
    if (vv - 1 > a && /^(?:who|which)$/.test(tokens[vv - 1].norm) && gapHas(ctx, vv - 1, /^\s*,\s*$/) && !gapHas(ctx, vv, /[,;:.!?"“”«»()]/)) {
      const sp = antecedentOf(ctx, a, vv - 1);
      if (sp) return found(ctx, sp, tokens[verbTok], false, v, b);
    }
    // "… — especially where Trump is concerned — Sanders responded": a dash ends the subject as a comma does, unless it
    // closes an aside right before the verb ("Jane Doe — a teacher from Ohio — said"), whose subject is before the aside.
    const dw = vv < v && gapHas(ctx, vv, DASH_GAP) ? vv : v;
    const dashed = gapHas(ctx, dw, DASH_GAP);
    if (dashed) {
      let c = dw - 1;
      while (c > a && dw - c < 24 && !gapHas(ctx, c, /[,;:.!?"“”«»()]/) && !gapHas(ctx, c, DASH_GAP)) c--;
      if (c > a && gapHas(ctx, c, DASH_GAP)) {
        let s2 = c - 1;
        while (s2 > a && c - s2 < 8 && !gapHas(ctx, s2, /[,;:.!?"“”«»]/) && !gapHas(ctx, s2, DASH_GAP)) s2--;
        const sp = speakerOf(ctx, s2, c);
        if (sp && /^\p{Lu}/u.test(sp.name) && !PRONOUNS.has(sp.name.toLowerCase())) return found(ctx, sp, tokens[verbTok], false, v, b);
      }
    }
    if (vv < v) {
      let s0 = vv;
      while (s0 > a && vv - s0 < 10 && !gapHas(ctx, s0, /[,;:.!?"“”«»]/) && (dashed || !gapHas(ctx, s0, DASH_GAP))) s0--;
      for (let k = vv - 1; k > s0; k--) if (/^(?:that|who|which|when|because|if|as)$/.test(tokens[k].norm)) { s0 = k + 1; break; }
      // "But an aide to Sen. Marco Rubio later said": a word that opens the sentence is no part of who.
      while (s0 < vv - 1 && LEAD_WORDS.test(tokens[s0].norm)) s0++;
      if (s0 < vv) {
        const sp0 = speakerOf(ctx, s0, vv);
        if (sp0 && (/^\p{Lu}/u.test(sp0.name) || /^(?:a|an|the|one|another|his|her|their|its)\s/i.test(sp0.name))) return found(ctx, sp0, tokens[verbTok], false, v, b);
      }
      if (s0 === vv && gapHas(ctx, vv, /,/)) {
        // "Clinton, exasperated, famously responded": the name before the words between commas.
        let c = vv - 1;
        while (c > a && vv - c < 6 && !gapHas(ctx, c, /[,;:.!?"“”«»]/)) c--;
        if (c > a && gapHas(ctx, c, /^\s*,\s*$/)) {
          // "the campaign’s spokesman, Brian Fallon, later said": a name between commas after a noun for someone is who.
          // "Sen. Tim Kaine (D-Va.), also said": the name ends at its party and state.
          let ne = vv;
          for (let k = c + 1; k < vv; k++) if (affiliationAt(ctx, k)) { ne = k; break; }
          // "Clinton’s husband, former President Bill Clinton, later said": a word that describes the name first.
          const cn = ne - c >= 3 && /^(?:former|then|longtime|late|current|fellow|retired|ex)$/.test(tokens[c].norm) ? c + 1 : c;
          if (ne - cn <= 4 && /^\p{Ll}/u.test(tokens[c - 1].raw) && !STOPWORDS.has(tokens[c - 1].norm) && tokens.slice(cn, ne).every((t) => (isCap(t) && !AFFILIATION.test(t.raw)) || CONNECTORS.has(t.norm))) {
            const sp1 = speakerOf(ctx, cn, ne);
            if (sp1) return found(ctx, sp1, tokens[verbTok], false, v, b);
          }
          let s2 = c - 1;
          while (s2 > a && c - s2 < 6 && !gapHas(ctx, s2, /[,;:.!?"“”«»(—–]/)) s2--;
          // Not an aside of its own before the words ("Rep. Jane Doe, D-Calif., when asked …, later said", "Kellyanne
          // Conway, Trump’s campaign manager, when …"): the name before it, read below.
          const ownedAside = s2 > a && isCap(tokens[s2]) && c - s2 >= 2 && !isCap(tokens[s2 + 1]) && (/['’]s$/.test(tokens[s2].raw) || /^['’]/.test(ctx.text.slice(tokens[s2].end, tokens[s2 + 1].start)));
          const sp2 = ownedAside || tokens[s2].norm === 'of' ? null : speakerOf(ctx, s2, c);
          const whole = s2 <= a || gapHas(ctx, s2, /[,;:.!?"“”«»()—–]/);
          if (sp2 && whole && /^\p{Lu}/u.test(sp2.name) && !AFFILIATION.test(sp2.name)) return found(ctx, sp2, tokens[verbTok], false, v, b);
        }
      }
    }
    // The subject ends at the verb, or at the adverbs before it after an aside: "Sen. Tim Kaine (D-Va.), also said".
    const w = vv < v && gapHas(ctx, vv, /,/) ? vv : v;
    let s = v;
    while (s > a && v - s < 10 && !gapHas(ctx, s, /[,;:.!?"“”«»]/) && (dashed || !gapHas(ctx, s, DASH_GAP))) s--;
    // "Brian Fallon, a spokesman for the campaign, said:", "Clinton, who called Sanders, told her supporters,",
    // "Clinton, exasperated, responded:", "Gov. John Kasich (R-OH), said": skip the appositive or the bracket.
    if (s === w && gapHas(ctx, w, /,/)) {
      let c = w - 1;
      while (c > a && w - c < 24 && !gapHas(ctx, c, /[,;:.!?"“”«»(]/)) c--;
      if (c > a && gapHas(ctx, c, /\(/) && /\)\s*,\s*$/.test(ctx.text.slice(tokens[w - 1].end, tokens[w].start))) {
        const sp = speakerOf(ctx, Math.max(a, c - 5), c);
        if (sp && /^\p{Lu}/u.test(sp.name)) return found(ctx, sp, tokens[verbTok], false, v, b);
      }
      // "Carson’s business manager, Armstrong Williams, stated:": the appositive is the name; "Clinton’s husband, former
      // President Bill Clinton, said": after a word that describes it, when a noun for someone comes before.
      const describedName = c > a + 1 && w - c >= 3 && w - c <= 5 && /^(?:former|then|longtime|late|current|fellow|retired|ex)$/.test(tokens[c].norm) && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[c - 1].raw) && (SPEAKER_NOUN.test(tokens[c - 1].norm) || AGENT_SUFFIX.test(tokens[c - 1].norm)) && !STOPWORDS.has(tokens[c - 1].norm);
      const cn = describedName ? c + 1 : c;
      // "Another supporter, Jane Doe of Des Moines, said:": a name with its home town may take a few words more.
      const hometown = w - cn <= 7 && tokens.slice(cn + 2, w - 1).some((t) => t.norm === 'of');
      if (c > a && gapHas(ctx, c, /,/) && isCap(tokens[cn]) && !AFFILIATION.test(tokens[cn].raw) && (w - cn <= 4 || hometown) && [...Array(w - cn).keys()].every((x) => isCap(tokens[cn + x]) || CONNECTORS.has(tokens[cn + x].norm))) {
        const sp = speakerOf(ctx, cn, w);
        if (sp) return found(ctx, sp, tokens[verbTok], false, v, b);
      }
      // "Trump’s campaign manager", "Sanders’ campaign manager" (the mark after the s is no part of the word).
      const possessive = isCap(tokens[c]) && (/['’]s$/.test(tokens[c].raw) || (/s$/.test(tokens[c].raw) && /^['’]/.test(ctx.text.slice(tokens[c].end, tokens[c + 1]?.start ?? tokens[c].end)))) && c + 1 < w && !isCap(tokens[c + 1]);
      // "Margaret Sullivan, in an attempt to draw attention to …, wrote,": a phrase that starts with a preposition too.
      if (c > a && gapHas(ctx, c, /,/) && (possessive || AFFILIATION.test(tokens[c].raw) || /^(?:a|an|the|who|which|whose|his|her|their|its|one|\d+|of|in|for|after|at|on|with|like|unlike|despite|during|speaking|then|now|still|however|though|too|also|meanwhile|instead|again|nonetheless|nevertheless|likewise|indeed|similarly|moreover|when|while|if|once|before|since|although|because|as|by|from|to)$/.test(tokens[c].norm) || (/^\p{Ll}/u.test(tokens[c].raw) && !STOPWORDS.has(tokens[c].norm)))) {
        // "Jane Doe, 45, a teacher from Ohio, said", "Rep. Jane Doe, D-Calif., said": the name before one aside or more.
        let e2 = c;
        for (let hop = 0; hop < 3; hop++) {
          let s2 = e2 - 1;
          while (s2 > a && e2 - s2 < 14 && !gapHas(ctx, s2, /[,;:.!?"“”«»]/)) s2--;
          if (e2 <= s2 || (s2 > a && !gapHas(ctx, s2, /[,;:.!?"“”«»]/))) break;
          const more = s2 > a && gapHas(ctx, s2, /^\s*,\s*$/);
          // "Kellyanne Conway, Trump’s campaign manager, when asked …, said": someone's title after the name.
          const owned = more && isCap(tokens[s2]) && e2 - s2 >= 2 && !isCap(tokens[s2 + 1]) && (/['’]s$/.test(tokens[s2].raw) || (/s$/.test(tokens[s2].raw) && /^['’]/.test(ctx.text.slice(tokens[s2].end, tokens[s2 + 1].start))));
          const sp = owned || tokens[s2].norm === 'of' ? null : speakerOf(ctx, s2, e2);
          if (sp && /^\p{Lu}/u.test(sp.name) && !AFFILIATION.test(sp.name)) return found(ctx, sp, tokens[verbTok], false, v, b);
          // Only an age, a party and state, a home town, a description of someone or a "who" clause is an aside to look
          // past ("Maria Lopez, 62, of Phoenix, said"; "Sanders, the Vermont senator, when asked about the polls, said").
          const described = /^(?:a|an|the)$/.test(tokens[s2].norm) && (!sp || !/^\p{Lu}/u.test(sp.name));
          // "Clinton, speaking in Iowa, when asked about the polls, said": a participle's phrase too.
          const relative = /^(?:who|which|whose)$/.test(tokens[s2].norm) || (/^\p{Ll}+ing$/u.test(tokens[s2].raw) && !ING_NOUN.test(tokens[s2].norm));
          const aside = (e2 - s2 === 1 && /^\d+$/.test(tokens[s2].raw)) || (e2 - s2 <= 3 && AFFILIATION.test(tokens[s2].raw)) || (e2 - s2 <= 4 && tokens[s2].norm === 'of') || described || relative || owned;
          if (!more || !aside) break;
          e2 = s2;
        }
      }
    }
    // "a White House official who spoke anonymously to discuss internal strategy said": the noun before "who".
    for (let k = v - 2; k > a && v - k <= 12 && !gapHas(ctx, k + 1, /[,;:.!?"“”«»]/); k--) {
      if (tokens[k].norm !== 'who') continue;
      let s2 = k;
      while (s2 > a && k - s2 < 6 && !gapHas(ctx, s2, /[,;:.!?"“”«»]/)) s2--;
      const sp = k > s2 ? speakerOf(ctx, s2, k) : null;
      // "two officials who spoke on condition of anonymity said": a number of people too.
      if (sp && (/^\p{Lu}/u.test(sp.name) || /^(?:a|an|the|one|another|two|three|four|five|several|some|many|both)\s/i.test(sp.name))) return found(ctx, sp, tokens[verbTok], false, v, b);
      break;
    }
    // "Cruz said as the heckler yelled:", "… odd that a spokesman could only quip:": the clause of the verb.
    for (let k = v - 2; k > s; k--) if (/^(?:that|who|which|when|because|if|as|while|where)$/.test(tokens[k].norm)) { s = k + 1; break; }
    // "the only Amendment the Founding Fathers wrote “…”", "the words the senator said": a relative clause without its
    // "that"; its subject is the phrase after the second article, which names someone.
    for (let k = v - 2; k > s; k--) {
      if (!/^(?:the|a|an)$/.test(tokens[k].norm) || gapHas(ctx, k, /[,;:.!?"“”«»()—–]/)) continue;
      const p = tokens[k - 1];
      const head = tokens[v - 1];
      if (!STOPWORDS.has(p.norm) && /^\p{L}/u.test(p.raw) && !/(?:ly|ed|ing)$/.test(p.norm) && !ADVERB.test(p.norm) && !TIME_WORDS.test(p.norm) && (isCap(head) || SPEAKER_NOUN.test(head.norm) || AGENT_SUFFIX.test(head.norm)) && !TIME_WORDS.test(head.norm)) s = k;
      break;
    }
    // "Another tweeted,", "Yet another said,": "another" and "one" are who.
    // "his wife whispered to him:": a possessive before a noun for someone is the speaker's.
    const owner = (k: number) => /^(?:his|her|their|its|our|my)$/.test(tokens[k].norm) && k + 1 < v && /^\p{Ll}/u.test(tokens[k + 1].raw) && (SPEAKER_NOUN.test(tokens[k + 1].norm) || AGENT_SUFFIX.test(tokens[k + 1].norm));
    while (s < v && (STOPWORDS.has(tokens[s].norm) && !PRONOUNS.has(tokens[s].norm) && !/^(?:the|a|an|another|one)$/.test(tokens[s].norm) && !owner(s))) s++;
    // "Recently she announced", "Earlier the senator said": an adverb that opens the sentence is no part of who.
    if (s + 1 < v && (ADVERB.test(tokens[s].norm) || TIME_WORDS.test(tokens[s].norm)) && (PRONOUNS.has(tokens[s + 1].norm) || /^(?:the|a|an|his|her|their|its)$/.test(tokens[s + 1].norm)) && !gapHas(ctx, s + 1, /[,;:.!?"“”«»()]/)) s++;
    // "— an investment he concludes has", "at the mention of email she laughed and admitted": a pronoun right before the
    // verb, or before the verb joined to it by "and", is its subject, not the words before it.
    const SUBJECT_PRONOUN = /^(?:he|she|they|we|i)$/;
    const pk = SUBJECT_PRONOUN.test(tokens[vv - 1]?.norm ?? '') ? vv - 1
      : tokens[vv - 1]?.norm === 'and' && SUBJECT_PRONOUN.test(tokens[vv - 3]?.norm ?? '') && FINITE.test(tokens[vv - 2].norm) && /^\p{Ll}/u.test(tokens[vv - 2].raw) ? vv - 3 : -1;
    if (pk > s && pk >= a && !gapHas(ctx, pk + 1, /[,;:.!?"“”«»()]/)) s = pk;
    // "Obama punctuated his list by saying": the speaker is the sentence's subject, not all that comes before the verb.
    // "Trump, when asked about Doe, said:": an aside that closes right before the verb, read with the verb.
    let sp = speakerOf(ctx, s, v) ?? sentenceSubject(ctx, a, v) ?? pronounSubject(ctx, a, v) ?? (gapHas(ctx, v, /^\s*,\s*$/) ? sentenceSubject(ctx, a, v + 1) : null);
    if (!sp) return null;
    // "Ed Krayewski may have said it best when he blogged:": the pronoun of a "when" clause is the sentence's subject.
    if (PRONOUNS.has(sp.name.toLowerCase()) && s > a + 1 && /^(?:when|as|after|because|before|while|since)$/.test(tokens[s - 1].norm)) {
      const main = sentenceSubject(ctx, a, s - 1);
      if (main && /^\p{Lu}/u.test(main.name) && !PRONOUNS.has(main.name.toLowerCase())) sp = main;
    }
    // The relay is looked for from the verb on, as after a quote: "Smith told AFP:".
    return found(ctx, sp, tokens[verbTok], false, v, b);
  }
  // "Here in Columbia, Sanders stepped up his emphasis, saying, “…”": the subject of the sentence's first verb.
  if (ingVerb > a) {
    const sp = sentenceSubject(ctx, a, ingVerb) ?? pronounSubject(ctx, a, ingVerb);
    if (sp) return found(ctx, sp, tokens[ingVerb], false, ingVerb + 1, b);
  }
  // "Hoff’s letter makes a libertarian-style case: “…”", "Clinton’s response was: “…”": the subject of a lead-in with a colon.
  if (/:\s*$/.test(ctx.text.slice(tokens[b - 1].end, to)) && b - a <= 14) {
    let k = a;
    while (k < b && LEAD_WORDS.test(tokens[k].norm)) k++;
    if (isCap(tokens[k]) && /['’]s$/.test(tokens[k].raw) && tokens[k + 1] && !isCap(tokens[k + 1]) && SPEAKER_NOUN.test(tokens[k + 1].norm)) {
      return found(ctx, { name: ctx.text.slice(tokens[k].start, tokens[k + 1].end), start: tokens[k].start, end: tokens[k + 1].end }, null, false, b, b);
    }
  }
  // "Stated Stone:", "Continued Stone:": the verb first, then who.
  if (/:\s*$/.test(ctx.text.slice(tokens[b - 1].end, to)) && b - a <= 4 && isCap(tokens[a]) && isSpeechAt(ctx, a, verbs) && isCap(tokens[a + 1])) {
    const sp = speakerOf(ctx, a + 1, b);
    if (sp) return found(ctx, sp, tokens[a], false, b, b);
  }
  const named = nameBeforeColon(ctx, a, b, to);
  if (named) return found(ctx, named, null, false, b, b);
  // "Partial transcript as follows:": what follows is the transcript's.
  if (colon && b - a >= 3 && b - a <= 6 && tokens[b - 1].norm === 'follows' && tokens[b - 2].norm === 'as') {
    const sp = speakerOf(ctx, a, b - 2);
    if (sp) return found(ctx, sp, null, false, b, b);
  }
  // "Trump went even further:", "Cruz called them on it:": the subject of a short lead-in that ends with a colon;
  // "In the wake of …, Republican presidential nominee Donald Trump issued the following statement:", of a longer one.
  // "The senator was blunt in his assessment:", "Trump, for his part, was unrepentant:", "This is how Sanders put it:":
  // a short colon lead-in whose subject is someone, with "was" and how they were, or how they put it.
  if (colon && b - a <= 14) {
    if (b - a >= 4 && tokens[b - 1].norm === 'it' && /^(?:put|puts)$/.test(tokens[b - 2].norm) && tokens[b - 4]?.norm === 'how') {
      const sp = speakerOf(ctx, b - 3, b - 2);
      if (sp && /^\p{Lu}/u.test(sp.name) && !PRONOUNS.has(sp.name.toLowerCase())) return found(ctx, sp, tokens[b - 2], false, b, b);
    }
    let k = a;
    while (k < b && LEAD_WORDS.test(tokens[k].norm)) k++;
    for (let c = k + 1; c < b - 1 && c - k <= 9; c++) {
      if (!/^(?:was|is|were|are)$/.test(tokens[c].norm)) continue;
      if (gapHas(ctx, c + 1, /[,;:.!?"“”«»()]/) || !/^\p{Ll}+$/u.test(tokens[c + 1].raw) || STOPWORDS.has(tokens[c + 1].norm) && !/^(?:more|less|most|so|too|very|quite)$/.test(tokens[c + 1].norm) || /(?:ing|ed)$/.test(tokens[c + 1].norm)) break;
      // The subject ends at its first comma ("Trump, for his part, was"), whose aside closes right before the verb.
      let e = c;
      for (let x = k + 1; x < c; x++) if (gapHas(ctx, x, /,/)) { e = x; break; }
      if (e < c && !gapHas(ctx, c, /^\s*,\s*$/)) break;
      if (e === c && tokens.slice(k, c).some((_, i) => i > 0 && gapHas(ctx, k + i, /[,;:.!?"“”«»()—–]/))) break;
      // "Her rival, Bob Smith, was less sure:": the name between commas after a noun for someone.
      const named = e < c && c - e <= 4 && tokens.slice(e, c).every((t) => isCap(t) || CONNECTORS.has(t.norm));
      const sp = named ? speakerOf(ctx, e, c) : speakerOf(ctx, k, e);
      const head = tokens[(named ? c : e) - 1];
      const someone = sp && !PRONOUNS.has(sp.name.toLowerCase()) && ((/^\p{Lu}/u.test(sp.name) && isCap(head)) || (/^\p{Ll}+$/u.test(head.raw) && SPEAKER_NOUN.test(head.norm) && /^(?:the|a|an|his|her|their|its)$/.test(tokens[k].norm)));
      if (someone) return found(ctx, sp, null, false, b, b);
      break;
    }
  }
  const statement = b - a <= 40 && /^(?:statement|message|remarks|tweet|post|note|letter|email|e-mail)$/.test(tokens[b - 1].norm) && /^(?:following|a|this|the)$/.test(tokens[b - 2]?.norm ?? '');
  if ((colon || (statement && /,\s*$/.test(ctx.text.slice(tokens[b - 1].end, to)))) && (b - a <= 16 || statement)) {
    const sp = sentenceSubject(ctx, a, b);
    if (sp && /^\p{Lu}/u.test(sp.name)) return found(ctx, sp, null, false, b, b);
    // "He returned to his familiar lines:": a pronoun subject, resolved later.
    const pro = colon && b - a <= 16 ? pronounSubject(ctx, a, b) : null;
    if (pro) return found(ctx, pro, null, false, b, b);
  }
  if (colon && b - a <= 40) {
    // "At his news conference in Turkey on Monday after the Group of 20 conference, Obama's first five questioners ranged
    // from skeptical to hostile:": a long opening phrase set apart by a comma, then a short lead-in.
    let k = b - 1;
    while (k > a && b - k <= 12 && !gapHas(ctx, k, /[,;:.!?"“”«»()]/)) k--;
    if (k > a && b - k <= 12 && b - k >= 3 && gapHas(ctx, k, /^\s*,\s*$/)) {
      const sp = sentenceSubject(ctx, k, b);
      // "As if addressing the magnate directly, the Illinois Board of Elections was conclusive in its findings:": the
      // subject right after the comma, or after its article.
      const at = tokenAt(tokens, sp?.start ?? -1);
      if (sp && /^\p{Lu}/u.test(sp.name) && (at === k || (at === k + 1 && /^(?:the|a|an)$/.test(tokens[k].norm)))) return found(ctx, sp, null, false, b, b);
    }
  }
  // "Ohio Gov. John Kasich has also broadly called for “…”", "Huckabee, for his part, is labeling Obama’s actions “…”":
  // words quoted as what a named subject calls, names or asks for, a few words after that verb.
  // The verb is the subject's own ("Trump called the system", "Kasich has also broadly called for") or follows a
  // comma (", calling him"); not a noun ("Trump's call for", "his promise of") nor a passive ("what has been
  // described as"). Such an attribution is `weak`: later quotes do not continue it.
  for (let v = b - 1; v > a && b - v <= 6; v--) {
    // The gap after the verb, inside the lead-in: the one before the quote holds its opening mark.
    if (!NAMING_VERBS.test(tokens[v].norm) || isCap(tokens[v]) || (v + 1 < b && gapHas(ctx, v + 1, /[.!?;"“”]/))) continue;
    const p = tokens[v - 1];
    // "is labeling" goes on; "is labeled", "been called" is a passive, of what others call it.
    const progressive = /ing$/.test(tokens[v].norm) && /^(?:is|are|was|were)$/.test(p.norm);
    // (A word before a comma is not the verb's: "endorsed her, citing".)
    if (!gapHas(ctx, v, /,/) && (/['’]s$/.test(p.raw) || (!progressive && /^(?:a|an|the|his|her|their|its|our|my|this|that|so|been|be|being|is|are|was|were|what|as|many|some|who|which)$/.test(p.norm)))) break;
    // "what Newt Gingrich called “…”", "which Clinton described as “…”": the name right before the verb, after a relative.
    let r = v;
    while (r > a && v - r < 4 && isCap(tokens[r - 1]) && !PRONOUNS.has(tokens[r - 1].norm) && !gapHas(ctx, r, /[,;:.!?"“”«»()]/)) r--;
    // "which he called “…”": the pronoun, resolved later.
    if (r === v && v - 1 > a && /^(?:he|she)$/.test(p.norm) && /^(?:what|which)$/.test(tokens[v - 2].norm) && !gapHas(ctx, v, /[,;:.!?"“”«»()]/) && !gapHas(ctx, v - 1, /[,;:.!?"“”«»()]/)) {
      return { ...found(ctx, { name: p.raw, start: p.start, end: p.end }, tokens[v], false, b, b), weak: true };
    }
    if (r < v && r > a && /^(?:what|which|whom)$/.test(tokens[r - 1].norm) && !gapHas(ctx, r, /[,;:.!?"“”«»()]/) && !gapHas(ctx, v, /[,;:]/)) {
      const rel = speakerOf(ctx, r, v);
      if (rel && /^\p{Lu}/u.test(rel.name)) return { ...found(ctx, rel, tokens[v], false, b, b), weak: true };
    }
    const sp = sentenceSubject(ctx, a, v + 1);
    // "Gov. Jerry Brown endorsed her, citing her “…”": no subject for the participle; the verb before it may have one.
    if ((!sp || !/^\p{Lu}/u.test(sp.name) || PRONOUNS.has(sp.name.toLowerCase())) && /ing$/.test(tokens[v].norm) && gapHas(ctx, v, /,/)) continue;
    // "She called his executive actions “…”": "he" or "she" opening the sentence, right before the verb (resolved later).
    if ((!sp || !/^\p{Lu}/u.test(sp.name) || PRONOUNS.has(sp.name.toLowerCase())) && !/ing$/.test(tokens[v].norm) && v - 1 >= a && /^(?:he|she)$/.test(tokens[v - 1].norm) && (v - 1 === a || gapHas(ctx, v - 1, /[.!?]\s*$/)) && !gapHas(ctx, v, /[,;:]/)) {
      const pro = tokens[v - 1];
      return { ...found(ctx, { name: pro.raw, start: pro.start, end: pro.end }, tokens[v], false, b, b), weak: true };
    }
    if (!sp || !/^\p{Lu}/u.test(sp.name) || PRONOUNS.has(sp.name.toLowerCase())) break;
    let k = tokenAt(tokens, sp.end);
    // "Huckabee, for his part, is labeling": an aside between commas after the subject; "Ted Nordhaus, co-founder of …
    // and advocate of …, welcomed": one that closes right before the verb.
    let asideToVerb = false;
    if (k < v && gapHas(ctx, k, /^\s*,\s*$/)) {
      let c = k + 1;
      while (c < v && c - k < 24 && !gapHas(ctx, c, /[,;:.!?"“”()]/)) c++;
      if (c <= v && gapHas(ctx, c, /^\s*,\s*$/)) {
        k = c;
        asideToVerb = c === v && !/ing$/.test(tokens[v].norm);
      }
    }
    while (k < v && (AUX.test(tokens[k].norm) || (ADVERB.test(tokens[k].norm) && !isCap(tokens[k])))) k++;
    const own = k === v && (!gapHas(ctx, v, /[,;:]/) || asideToVerb);
    const participle = /ing$/.test(tokens[v].norm) && gapHas(ctx, v, /,/);
    // "Robby Mook released a memo titled “…”": the title of what the subject wrote or sent.
    const titled = /^(?:titled|entitled|headlined|called|dubbed)$/.test(tokens[v].norm) && (SENT.test(p.norm) || WRITTEN_WORK.test(p.norm)) && !gapHas(ctx, v, /[,;:]/);
    // "Obama released a statement Thursday night condemning “…”": the words of the subject's statement.
    let sentObject = false;
    for (let x = v - 1; x > k && v - x <= 4 && !gapHas(ctx, x + 1, /[,;:.!?"“”()]/); x--) if (SENT.test(tokens[x].norm) && /ing$/.test(tokens[v].norm)) sentObject = true;
    if (own || participle || titled || sentObject) return { ...found(ctx, sp, tokens[v], false, b, b), weak: true };
    break;
  }
  return null;
}

/**
 * `Clinton, 35, …, said on Twitter on Monday, in reference to her first child, a girl born in 2014, “…”`, `McCain told
 * host Jay Leno that during the years he spent in a prison cell, “…”`: a reporting verb further back than the lead-in's
 * window, whose words up to the quote are only where, when and about what (a preposition or "that" after the verb, or
 * the one told and "that"), in one sentence with no quote of its own. Its attribution, read from the lead-in cut after
 * the verb; or null.
 */
export function farAttribution(ctx: Ctx, from: number, to: number): Found | null {
  const { tokens } = ctx;
  const a = tokenAt(tokens, from);
  let b = a;
  while (b < tokens.length && tokens[b].end <= to) b++;
  if (b - a < 18 || !/,\s*$/.test(ctx.text.slice(tokens[b - 1].end, to))) return null;
  for (let k = b - 16; k < b; k++) if (gapHas(ctx, k, /[;:.!?"“”«»()]/)) return null;
  for (let v = b - 17; v > a && b - v <= 40; v--) {
    if (gapHas(ctx, v + 1, /[;:.!?"“”«»()]/)) return null;
    if (!isSpeechAt(ctx, v, SPEECH_VERBS) || /ing$/.test(tokens[v].norm) || !/^\p{Ll}+$/u.test(tokens[v].raw)) continue;
    let k = v + 1;
    // "told host Jay Leno that": the one told, then "that".
    if (/^(?:told|tells|asked|asks|reminded|assured)$/.test(tokens[v].norm)) {
      while (k < b && k - v <= 4 && tokens[k].norm !== 'that' && !gapHas(ctx, k, /[,;:.!?"“”«»()]/)) k++;
      if (tokens[k]?.norm !== 'that') return null;
    }
    const next = tokens[k];
    if (!gapHas(ctx, v + 1, /^\s*,\s*$/) && !/^(?:on|in|at|during|after|before|that|to|from|with|via|about|of|last|this|earlier|later|yesterday|today)$/.test(next.norm) && !WEEKDAYS.has(next.norm) && !(MONTHS.has(next.norm) && next.norm !== 'may')) return null;
    // No other reporting verb of someone else's between ("… said on Monday that officials told her").
    for (let x = k; x < b; x++) if (isSpeechAt(ctx, x, SPEECH_VERBS) && !/ing$/.test(tokens[x].norm)) return null;
    const g = attributionBefore(ctx, from, tokens[v].end, SPEECH_VERBS, true);
    return g?.speaker && g.verb ? g : null;
  }
  return null;
}

/**
 * What a relative clause opening at token `w` (", who", ", which") is of: the name or the noun phrase that ends right
 * before it ("a quote from Jane Doe", "AC Milan’s website", "the sheriff’s office"), within the tokens from `a`. Or null.
 */
function antecedentOf(ctx: Ctx, a: number, w: number): { name: string; start: number; end: number } | null {
  const { tokens } = ctx;
  const head = tokens[w - 1];
  if (!head || w - 1 < a || PRONOUNS.has(head.norm) || /^(?:them|him|her|us|me|it)$/.test(head.norm)) return null;
  let s = w - 1;
  const joined = (k: number) => !gapHas(ctx, k, /[,;:.!?"“”«»()—–]/);
  if (isCap(head)) {
    while (s > a && w - s < 6 && joined(s) && (isCap(tokens[s - 1]) || (CONNECTORS.has(tokens[s - 1].norm) && s - 1 > a && isCap(tokens[s - 2])))) s--;
    // ("the Heritage Foundation": its article too.)
    if (s > a && tokens[s - 1].norm === 'the' && joined(s)) s--;
  } else {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(head.raw) || STOPWORDS.has(head.norm) || !(SPEAKER_NOUN.test(head.norm) || AGENT_SUFFIX.test(head.norm))) return null;
    // Back over the words that describe the noun, to its article or its owner's possessive ("AC Milan’s website").
    while (s > a && w - s < 5 && joined(s) && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[s - 1].raw) && !STOPWORDS.has(tokens[s - 1].norm) && !FINITE.test(tokens[s - 1].norm)) s--;
    if (s > a && joined(s) && /^(?:the|a|an|his|her|their|its|one|another)$/.test(tokens[s - 1].norm)) s--;
    else if (s > a && joined(s) && /['’]s?$/.test(tokens[s - 1].raw + ctx.text.slice(tokens[s - 1].end, tokens[s - 1].end + 1).trim()) && isCap(tokens[s - 1])) {
      s--;
      while (s > a && w - s < 8 && joined(s) && isCap(tokens[s - 1])) s--;
    }
  }
  const sp = speakerOf(ctx, s, w);
  return sp && !PRONOUNS.has(sp.name.toLowerCase()) ? sp : null;
}

/** Things carried or worn whose words are their own: "a sign saying". */
const CARRIED = /^(?:signs?|placards?|banners?|posters?|billboards?|shirts?|t-shirts?|hats?|caps?|buttons?|stickers?|flyers?|leaflets?|headlines?)$/;
/** What someone writes and gives a title: "a memo titled". */
const WRITTEN_WORK = /^(?:memos?|columns?|books?|op-eds?|articles?|reports?|essays?|pieces?|speech|speeches|papers?|plans?|proposals?|bills?|ads?|videos?|films?|songs?|posts?|blogs?)$/;
/** Things sent whose words are their sender's: "a text message to supporters saying". */
const SENT = /^(?:statements?|messages?|e-?mails?|letters?|memos?|notes?|releases?|texts?|tweets?|posts?|videos?|ads?)$/;

/** A verb by which someone puts words of their own on a thing ("called", "opposes"). */
export const namesWords = (word: string): boolean => NAMING_VERBS.test(word.toLowerCase());

/** Verbs by which someone puts words of their own on a thing: what they call it, name it, ask or pray for. */
const NAMING_VERBS = /^(?:call(?:s|ed|ing)?|label(?:s|ed|led|ing|ling)?|dub(?:s|bed|bing)?|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|describ(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|den(?:ounce|ounces|ounced|ouncing)|condemn(?:s|ed|ing)?|prais(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|thank(?:s|ed|ing)?|offer(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|urg(?:e|es|ed|ing)|titled|entitled|headlined|chant(?:s|ed|ing)|shout(?:s|ed|ing)|needl(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|blast(?:s|ed|ing)?|slam(?:s|med|ming)?|hail(?:s|ed|ing)?|tout(?:s|ed|ing)?|lambast(?:s|ed|ing)?|assail(?:s|ed|ing)?|deride[sd]?|deriding|ridicul(?:e|es|ed|ing)|mock(?:s|ed|ing)?|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|characteriz(?:e|es|ed|ing)|support(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|endors(?:e|es|ed|ing)|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|propos(?:e|es|ed|ing)|found|finds|conclud(?:e|es|ed|ing)|back(?:s|ed|ing)|defend(?:s|ed|ing)?|cit(?:e|es|ed|ing)|invok(?:e|es|ed|ing)|echo(?:es|ed|ing)?|want(?:s|ed)?|lament(?:s|ed|ing)?|tweet(?:s|ed|ing)?|repeat(?:s|ed|ing)?)$/;

