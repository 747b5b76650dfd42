/**
 * The claims of one report: figures, direct quotes and statements, each with
 * its span in the text and the sentence around it, ready to be stored in the
 * index as plain JSON.
 *
 * @example
 * const claims = extractClaims('Title\n\n"We will win," she said.', { headline: { start: 0, end: 5 } });
 * claims.quotes[0].span.text; // "We will win"
 */
import { sentences, sentenceAt, tokenize, type Span, type Token } from '../text';
import { extractFigures } from './figures';
import { decimalComma } from './numbers';
import { findQuoteMarks, type QuoteMarks } from './quotes';
import { accordingAfter, attributionAfter, attributionBefore, farAttribution, MEDIA, namesWords, sentenceSubject, speakerOf, verbKindOf, type Ctx, type Found } from './speakers';
import { headlineStatement, MAX_STATEMENTS, reportedSpeech } from './statements';
import { contextSpan, isCap, isLower, makeSpan, tokenAt } from './spans';
import { STOPWORDS } from '../stopwords';
import { genderOf, ORGANISATION, PRONOUNS, SPEECH_VERBS, type Gender } from './lexicon';
import type { QuoteClaim, ReportClaims } from './types';

export interface ExtractOptions {
  headline?: { start: number; end: number } | null;
  lang?: string | null;
}

/** Sentences of reported speech read per report, for who speaks where (MAX_STATEMENTS of them are kept). */
const MAX_SPOKEN = 400;
/** Quotes kept per report. */
const MAX_QUOTES = 40;
/** Quotes shorter than this many words are scare quotes or labels, not statements. */
const MIN_QUOTE_WORDS = 4;

/** Claims of one report. Never throws: on any failure it returns no claims. */
export function extractClaims(text: string, options?: ExtractOptions): ReportClaims {
  try {
    if (typeof text !== 'string' || text.length === 0) return { figures: [], quotes: [], statements: [] };
    return extract(text, options ?? {});
  } catch {
    return { figures: [], quotes: [], statements: [] };
  }
}

function extract(text: string, options: ExtractOptions): ReportClaims {
  const lang = options.lang ?? null;
  const english = !lang || /^en\b/i.test(lang);
  const tokens = tokenize(text);
  const sents = sentences(text);
  const ctx: Ctx = { text, tokens };
  const h = options.headline;
  const headline = h && h.end > h.start && h.start >= 0 && h.end <= text.length ? h : null;
  const bodyStart = headline ? headline.end : 0;

  const setting = english ? settingOf(text, tokens, sents, headline, bodyStart) : undefined;
  const lowercase = new Set<string>();
  for (const t of tokens) if (t.start >= bodyStart && isLower(t)) lowercase.add(t.norm);
  // A page that sums in dollars and never in sterling weighs in pounds ("halibut that grow to 500 pounds").
  const poundsWeigh = english && /\$\s?\d/.test(text) && !/£|\bsterling\b|\bGBP\b/.test(text);
  const figures = extractFigures({ text, tokens, sentences: sents, english, commaDecimal: decimalComma(lang), setting, lowercase, poundsWeigh });
  // Quotes of four words or more; and the first few shorter ones, kept later only if attributed ("Denver," he answered).
  const longMarks: QuoteMarks[] = [];
  const marks: Array<QuoteMarks & { short?: boolean }> = [];
  let shortCount = 0;
  for (const m of findQuoteMarks(text)) {
    if (m.start < bodyStart) continue;
    if (wordCount(tokens, m.start, m.end) >= MIN_QUOTE_WORDS) {
      longMarks.push(m);
      if (longMarks.length <= MAX_QUOTES * 2) marks.push(m);
    } else if (shortCount++ < MAX_QUOTES) marks.push({ ...m, short: true });
  }
  const names = nameFinder(text, tokens, bodyStart, lowercase);

  const statements = [];
  let spoken: ReturnType<typeof reportedSpeech> = [];
  if (english) {
    if (headline) {
      const hs = headlineStatement(ctx, headline.start, headline.end, names);
      if (hs) statements.push(hs);
    }
    const quoted = (s: number, e: number) => longMarks.some((m) => m.open < e && m.close > s);
    // All the reported speech is read for who speaks where (a pronoun's antecedent, a quote that goes on with it); only the
    // first statements are kept.
    spoken = reportedSpeech(ctx, sents, bodyStart, quoted, names, MAX_SPOKEN, MAX_STATEMENTS);
    statements.push(...spoken.slice(0, MAX_STATEMENTS - statements.length));
  }
  const quotes = english
    ? attributeQuotes(ctx, sents, marks, [...statements.filter((s) => s.headline), ...spoken].map((s) => ({ name: s.speaker, pos: s.attribution?.start ?? s.span.start })))
    : longMarks.slice(0, MAX_QUOTES).map((m) => bareQuote(text, sents, m));
  return { figures, quotes, statements };
}

/**
 * Where the story is set: the places its headline and first sentences put it in ("in downtown Dallas",
 * "at a Berrien County Courthouse") and its dateline ("ST. JOSEPH, Mich. (AP) -"), lower-cased, whole
 * and word by word. A figure said of such a place is said of the whole story, not of a part of it.
 */
function settingOf(text: string, tokens: readonly Token[], sents: readonly Span[], headline: { start: number; end: number } | null, bodyStart: number): Set<string> {
  const out = new Set<string>();
  const body = sents.filter((x) => x.start >= bodyStart).slice(0, 2);
  const ranges = [...(headline ? [headline] : []), ...body];
  const add = (a: number, b: number) => {
    const name = text.slice(tokens[a].start, tokens[b - 1].end).toLowerCase();
    out.add(name);
    for (let k = a; k < b; k++) out.add(tokens[k].norm);
  };
  for (const r of ranges) {
    for (let k = tokenAt(tokens, r.start); k < tokens.length && tokens[k].start < r.end; k++) {
      // A headline's venue is the story's ("shot at a Berrien County Courthouse"); the body's first sentences name parts of it ("at El Centro College").
      if (!/^(?:in|at|near|outside|inside|across|from)$/i.test(tokens[k].raw) || (r !== headline && !/^in$/i.test(tokens[k].raw))) continue;
      let s = k + 1;
      if (tokens[s]?.norm === 'the' || tokens[s]?.norm === 'a') s++;
      // "in downtown Dallas", "in southwestern Michigan"
      for (let n = 0; n < 2 && s < tokens.length && /^\p{Ll}/u.test(tokens[s].raw) && /^(?:downtown|central|northern|southern|eastern|western|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|southwestern|southeastern|northwestern|northeastern|suburban|rural|nearby|neighboring|neighbouring)$/.test(tokens[s].norm); n++) s++;
      let e = s;
      while (e < tokens.length && e - s < 5 && tokens[e].start < r.end && isCap(tokens[e])) e++;
      if (e > s) add(s, e);
    }
  }
  // The dateline: capitals at the start of the body, before a dash or the agency.
  const first = tokenAt(tokens, bodyStart);
  let e = first;
  while (e < tokens.length && e - first < 4 && /^\p{Lu}[\p{Lu}.'’-]*$/u.test(tokens[e].raw) && tokens[e].raw.length > 1) e++;
  if (e > first && /^[\s,.]*(?:[—–\-(]|\p{Lu}\p{Ll}+\.?\s*[(—–-])/u.test(text.slice(tokens[e - 1].end, tokens[e - 1].end + 12))) add(first, e);
  return out;
}

function wordCount(tokens: readonly Token[], start: number, end: number): number {
  const a = tokenAt(tokens, start);
  let b = a;
  while (b < tokens.length && tokens[b].start < end && b - a < MIN_QUOTE_WORDS + 1) b++;
  return b - a;
}

/**
 * Which words of a span are names: those the body writes capitalised and never
 * in lower case. Needed for headlines, whose title case says nothing.
 */
function nameFinder(text: string, tokens: readonly Token[], bodyStart: number, lower: ReadonlySet<string>): (s: number, e: number) => string[] {
  // The words the body writes capitalised, asked only of a headline's words (a body word is in the body itself).
  let cap: Set<string> | null = null;
  const capitalised = (norm: string) => {
    if (!cap) {
      cap = new Set();
      for (const t of tokens) if (t.start >= bodyStart && isCap(t)) cap.add(t.norm);
    }
    return cap.has(norm);
  };
  return (s, e) => {
    const out: string[] = [];
    for (let k = tokenAt(tokens, s); k < tokens.length && tokens[k].start < e && out.length < 12; k++) {
      const t = tokens[k];
      if (!isCap(t) || t.norm.length < 2) continue;
      const inBody = (t.start >= bodyStart || capitalised(t.norm)) && !lower.has(t.norm);
      const acronym = /^\p{Lu}{2,}$/u.test(t.raw);
      const midSentence = s < bodyStart ? false : !/[.!?:"“«]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && t.start !== s;
      if ((inBody || acronym || (midSentence && !lower.has(t.norm))) && !out.includes(t.norm)) out.push(t.norm);
    }
    return out;
  };
}

function bareQuote(text: string, sents: Span[], m: QuoteMarks): QuoteClaim {
  const sc = sentenceAt(sents, m.start);
  return {
    span: makeSpan(text, m.start, m.end),
    context: contextSpan(text, Math.min(sc.start, m.open), Math.max(sc.end, m.close + 1), m.start, m.end),
    speaker: null, verb: null, verbKind: null, relay: null, attribution: null,
  };
}

/** Nouns for a person before a name set apart by commas: "the boy’s sister, Audrie Garcia,". */
const SPEAKER_NOUN_WORD = /^(?:owner|co-owner|neighbou?r|friend|mother|father|sister|brother|son|daughter|wife|husband|aunt|uncle|cousin|grandmother|grandfather|niece|nephew|relative|witness|resident|spokesman|spokeswoman|spokesperson|attorney|lawyer|adviser|advisor|aide|pastor|teacher|coach|student|worker|employee|manager|principal|victim|survivor|officer|detective|deputy|sheriff|trooper)$/;

const ROLE_BEFORE = /^(?:president|minister|commissioner|spokesperson|spokesman|spokeswoman|governor|secretary|chief|director|official|leader|mayor|chairman|chairwoman|ceo|senator|general|ambassador|prosecutor|judge|coach|manager|captain|striker|analyst|professor|dr|mr|mrs|ms)$/;

/** People named in the text (appositives and titles), to resolve "he" and "she". */
function personMentions(ctx: Ctx): Array<{ name: string; pos: number }> {
  const { tokens, text } = ctx;
  const out: Array<{ name: string; pos: number }> = [];
  for (let k = 0; k < tokens.length - 1 && out.length < 2000; k++) {
    // A name is on one line: the headline's last word and the first paragraph's first are two.
    if (!isCap(tokens[k]) || !isCap(tokens[k + 1]) || /\S|\n/.test(text.slice(tokens[k].end, tokens[k + 1].start))) continue;
    let e = k + 2;
    while (e < tokens.length && e - k < 4 && isCap(tokens[e]) && !/\S|\n/.test(text.slice(tokens[e - 1].end, tokens[e].start))) e++;
    const after = text.slice(tokens[e - 1].end, tokens[e - 1].end + 6);
    const role = k > 0 && ROLE_BEFORE.test(tokens[k - 1].norm);
    // "Mary Jones, whose son was killed, …": a "whose" clause sets a person apart as "who" does, when the first name says
    // it is a person ("the Alzheimer's Impact Movement, whose advocates" is no one).
    const whose = /^,\s$/.test(after.slice(0, 2)) && /^whose$/i.test(tokens[e]?.raw ?? '') && genderOf(text.slice(tokens[k].start, tokens[e - 1].end)) !== null;
    // "Jimmy Ghazal, 39, a Lebanese man": an age set apart after a name says it is a person.
    const age = /^,\s$/.test(after.slice(0, 2)) && /^\d{1,3}$/.test(tokens[e]?.raw ?? '') && /^\s*,/.test(text.slice(tokens[e].end, tokens[e].end + 2));
    // "Sheriff Joe Arpaio, one of the most polarizing figures in the debate, …": "one of" sets a person apart as "a" does.
    const oneOf = /^,\s$/.test(after.slice(0, 2)) && /^one$/i.test(tokens[e]?.raw ?? '') && tokens[e + 1]?.norm === 'of';
    const appositive = whose || age || oneOf || /^,\s*(?:a|an|the|who)\b/i.test(after + ' ' + (tokens[e]?.raw ?? '')) || (/^,\s$/.test(after.slice(0, 2)) && /^(?:a|an|the|who)$/i.test(tokens[e]?.raw ?? ''));
    // "the boy’s sister, Audrie Garcia, said", "A co-owner of the market, Wayne Artist, says": a name set apart after a
    // noun for someone, or after such a noun and what it is of.
    let named = false;
    if (k > 0 && /^\s*,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) && /^,\s/.test(after)) {
      for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
        const t = tokens[j];
        if (j < k - 1 && /[,;:.!?"“”()]/.test(text.slice(t.end, tokens[j + 1].start))) break;
        if (/^\p{Ll}[\p{Ll}-]*$/u.test(t.raw) && (ROLE_BEFORE.test(t.norm) || SPEAKER_NOUN_WORD.test(t.norm)) && (j === k - 1 || /^(?:of|for|at)$/.test(tokens[j + 1].norm))) {
          named = true;
          break;
        }
      }
    }
    // "But Fiorina, who had moved …": a sentence's first word that joins or opens a clause is no part of the name.
    const from = LEADING.test(tokens[k].norm) ? k + 1 : k;
    if (role || appositive || named) out.push({ name: text.slice(tokens[from].start, tokens[e - 1].end), pos: tokens[from].start });
    k = e - 1;
  }
  return out;
}

/** Words that join or open a clause, capitalised only at a sentence's start: "But", "When", "After". */
const LEADING = /^(?:but|and|or|so|yet|then|now|still|also|meanwhile|when|while|if|as|after|before|because|though|although|since|until|once|where|with|for|from|in|on|at|by|of|to|the|a|an|this|that|here|there|even|only|like|unlike)$/;


/** Last words of places and armed groups, whom "he" or "she" is not: "America", "Western Europe", "Islamic State". */
const PLACE_OR_GROUP = /^(?:america|europe|asia|africa|state|states|heights|island|islands|valley|republic|kingdom|nation|nations|isis|isil|daesh|al-qaeda|taliban|hamas|hezbollah|coast|region|province|district|village|town|borough|township)$/i;

/** Capitalised words for many people, at a sentence's start or as a party: "Officials said …", "Democrats argued …". */
const PLURAL_NAME = /^(?:officials|democrats|republicans|americans|conservatives|liberals|progressives|authorities|protesters|supporters|critics|voters|residents|sources|analysts|experts|aides|others|many|some|both|people|police|witnesses|neighbors|neighbours|relatives|friends|investigators|detectives|deputies|officers|prosecutors|troopers|agents|students|parents)$/i;
/** Nouns for a body of people, whom "he" or "she" is not: "the crowd", "his family". */
const COLLECTIVE = /^(?:crowd|audience|group|team|staff|family|public|campaign|press|media|panel|jury|couple|electorate|congregation|class)$/;
/**
 * Who "he" or "she" is: the last person named before `pos`. Not an outlet or an organisation ("Politico reported …"),
 * and a single word only when it ends a longer name seen before ("Sanders" after "Bernie Sanders") or is a speaker's.
 * Not someone the text says is of the other gender ("she" after "Bernie Sanders … Hillary Clinton" is Clinton), nor
 * people in the plural ("Sanders’ aides").
 */
function resolvePronoun(mentions: Array<{ name: string | null; pos: number; speaker?: boolean }>, pos: number, pronoun?: string): string | null {
  const surnames = new Set<string>();
  for (const m of mentions) if (m.name && m.pos < pos && /\s/.test(m.name)) surnames.add(m.name.split(/\s+/).pop()!.toLowerCase());
  const want: Gender | null = pronoun && /^she$/i.test(pronoun) ? 'f' : pronoun && /^he$/i.test(pronoun) ? 'm' : null;
  let best: { name: string | null; pos: number } | null = null;
  for (const m of mentions) {
    if (!m.name || m.pos >= pos || m.pos <= pos - 3000 || (best && m.pos <= best.pos)) continue;
    // "a spokeswoman for the campaign": a description's noun is before what it is of.
    const words = m.name.split(/\s+/);
    const prep = /^(?:the|a|an|one|another)$/i.test(words[0]) ? words.findIndex((w, i) => i > 1 && /^(?:for|of|to|at|with|from)$/i.test(w)) : -1;
    const last = prep > 0 ? words[prep - 1] : words[words.length - 1];
    if (ORGANISATION.test(last) || MEDIA.test(last) || PLACE_OR_GROUP.test(last)) continue;
    // "Bernie Sanders Is Not …": a headline's words in title case are no name.
    if (/\s(?:Is|Are|Was|Were|Has|Have|Not|Will|Can|Does|Do)(?:\s|$)/.test(m.name)) continue;
    // "hold banners", "signs": words with no name and no article are no one "he" or "she" can be.
    if (/^\p{Ll}/u.test(m.name) && !/^(?:the|a|an|his|her|their|its|one|another)\s/i.test(m.name)) continue;
    if (!/\s/.test(m.name) && !surnames.has(last.toLowerCase()) && !m.speaker) continue;
    // "Sanders’ aides", "the officials", "Democrats": more than one person; "Trump’s": someone's, not someone.
    // (Also when no one of the pronoun's gender is named: "he" or "she" is one person whatever the gender.)
    if ((/^\p{Ll}[\p{Ll}-]*[^s']s$/u.test(last) || COLLECTIVE.test(last)) && /\s/.test(m.name)) continue;
    if ((want && /['’]s?$/.test(m.name)) || PLURAL_NAME.test(m.name)) continue;
    // "The two states hold primaries": a number is more than one person, or no one.
    if (/^(?:two|three|four|five|six|seven|eight|nine|ten|both|all|several|many|some|few|most|\d+)$/i.test(last)) continue;
    if (want) {
      const g = genderOf(m.name);
      if (g && g !== want) continue;
    }
    best = m;
  }
  // "Hillary Clinton’s claim": the person, not the possessive.
  return best?.name ? best.name.replace(/(?<=\p{L})['’]s?$/u, '') : null;
}

function lineBounds(text: string, pos: number): [number, number] {
  const s = text.lastIndexOf('\n', pos - 1) + 1;
  let e = text.indexOf('\n', pos);
  if (e < 0) e = text.length;
  return [s, e];
}

/**
 * Who the paragraph before the one starting at `ls` is about: the named subject of its last sentence, when that
 * sentence quotes no one and asks nothing ("Calderon also noted that immigration from Mexico is in decline." ⏎ “…”).
 */
function paragraphSubject(ctx: Ctx, sents: Span[], ls: number): { name: string; start: number; sentence: number } | null {
  const { text, tokens } = ctx;
  const end = text.slice(0, ls).trimEnd().length;
  if (end <= 0) return null;
  const [ps] = lineBounds(text, end - 1);
  const start = Math.max(ps, sentenceAt(sents, end - 1).start);
  const seg = text.slice(start, end);
  if (seg.length < 12 || /["“”«»]/.test(seg) || /[?:,]$/.test(seg)) return null;
  const a = tokenAt(tokens, start);
  let b = a;
  while (b < tokens.length && tokens[b].end <= end) b++;
  if (b - a < 3) return null;
  const sp = sentenceSubject(ctx, a, b);
  // The sentence's own subject, at its start or after an opening phrase: "The state has voted Democratic since 1992." is
  // about no "Democratic".
  const prefix = text.slice(start, sp?.start ?? start);
  const opening = /^(?:in|on|at|after|before|during|earlier|later|last|this|since|following|within|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(prefix) || /,\s*$/.test(prefix);
  // "Clinton spokesman Brian Fallon responded quickly.": words that describe the name before it (no function word among them).
  const described = sp !== null && /^(?:[\p{L}’'.-]+ ){1,4}$/u.test(prefix) && !prefix.trim().split(' ').some((w) => STOPWORDS.has(w.toLowerCase())) && /\s/.test(sp.name);
  if (sp && prefix !== '' && !described && !/^(?:but|and|so|still|yet|meanwhile|then|now|also|however,?)\s+$/i.test(prefix) && !(opening && prefix.length < 60)) return null;
  // A name: "The crowd cheered loudly." is about no one whose words the quote can be.
  // "Trump's outlandish economic policy suggestions do not change …": someone's is not who the paragraph is about.
  if (!sp || !oneNamed(sp.name) || /['’]s?$/.test(sp.name)) return null;
  return { name: sp.name, start: sp.start, sentence: start };
}

/** A subject that names one person or body, as a name does: not "the crowd", "his aides", "she", "Democrats". */
function oneNamed(name: string): boolean {
  return /^\p{Lu}/u.test(name) && !/^(?:the|a|an|this|that|these|those|his|her|their|its)\s/i.test(name) && !PRONOUNS.has(name.toLowerCase()) && !PLURAL_NAME.test(name);
}

/**
 * "Sanders disagreed.", "Fallon responded on Twitter.": the named subject of a short sentence whose verb reports speech
 * and that says nothing more, someone "he" or "she" can be.
 */
function speechSubjects(ctx: Ctx, sents: Span[]): Array<{ name: string; pos: number; speaker: true }> {
  const { tokens, text } = ctx;
  const out: Array<{ name: string; pos: number; speaker: true }> = [];
  for (const st of sents) {
    if (st.end - st.start > 120 || /["“”«»]/.test(text.slice(st.start, st.end))) continue;
    const a = tokenAt(tokens, st.start);
    let b = a;
    while (b < tokens.length && tokens[b].end <= st.end && b - a < 14) b++;
    if (b - a < 2 || b - a > 12) continue;
    const sp = sentenceSubject(ctx, a, b);
    if (!sp || !oneNamed(sp.name)) continue;
    const v = tokenAt(tokens, sp.end);
    if (v < b && SPEECH_VERBS.has(tokens[v].norm) && !/ing$/.test(tokens[v].norm)) out.push({ name: sp.name, pos: sp.start, speaker: true });
  }
  return out;
}

/** The sentence before `here`, or null. */
function prevSentence(sents: Span[], here: Span): Span | null {
  const i = sents.indexOf(here);
  return i > 0 ? sents[i - 1] : null;
}

/** The sentence after the one that ends at `pos`, when a quote's own sentence ends at its closing mark (`“…deleted.” Trump said.`). */
function sentenceAfter(sents: Span[], pos: number): Span | null {
  const here = sentenceAt(sents, pos);
  const i = sents.indexOf(here);
  return i >= 0 && here.end <= pos + 2 ? (sents[i + 1] ?? null) : null;
}

/** A reporting verb among the tokens between two offsets: someone else may be speaking there. */
function saysSomeone(ctx: Ctx, from: number, to: number): boolean {
  for (let k = tokenAt(ctx.tokens, from); k < ctx.tokens.length && ctx.tokens[k].end <= to; k++) if (SPEECH_VERBS.has(ctx.tokens[k].norm)) return true;
  return false;
}

/** The capitalised words between two offsets, but for a sentence's first, are all the speaker's name's ("Mozloom"). */
function namesOnly(ctx: Ctx, from: number, to: number, speaker: string): boolean {
  const own = new Set(speaker.toLowerCase().split(/\s+/));
  for (let k = tokenAt(ctx.tokens, from); k < ctx.tokens.length && ctx.tokens[k].end <= to; k++) {
    const t = ctx.tokens[k];
    if (!isCap(t) || own.has(t.norm) || PRONOUNS.has(t.norm)) continue;
    if (/[.!?]["”]?\s*$/.test(ctx.text.slice(Math.max(0, t.start - 3), t.start))) continue;
    return false;
  }
  return true;
}

/** Words in title case: "State of the Union", "Meet the Press" (two words at least; small words may stay lower-case). */
function isTitle(words: string): boolean {
  let end = words.length;
  while (end > 0 && '.,!?'.includes(words[end - 1])) end--;
  const w = words.slice(0, end).trim().split(/\s+/);
  return w.length >= 2 && w.length <= 8 && /^\p{Lu}/u.test(w[0]) && w.every((x) => /^[\p{Lu}\d&]/u.test(x) || /^(?:of|the|a|an|and|or|in|on|at|to|for|with|by|from)$/.test(x));
}

/** Days, months and other times that may follow a reporting verb ("said Tuesday", "wrote in March"). */
const WHEN_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|tonight|last|this|next|earlier|later)$/;

/**
 * `“…” He said Clinton would not go far enough.`: the sentence after the quote reports speech of its own, a name and a
 * clause after its verb (not a day or a month: "said Tuesday in an interview"). It is the quote's attribution only when
 * the quote has no lead-in.
 */
function reportsOwnSpeech(ctx: Ctx, f: Found, trailerEnd: number): boolean {
  if (f.verb === null) return false;
  const k = tokenAt(ctx.tokens, f.end);
  const after = ctx.tokens[k];
  // "He said surveillance shows the teenagers …": a noun and its verb after the reporting verb are a clause too.
  const clause = !!after && /^\p{Ll}+$/u.test(after.raw) && !STOPWORDS.has(after.norm) && !/ly$/.test(after.norm) && /^\p{Ll}+s$/u.test(ctx.tokens[k + 1]?.raw ?? '') && !STOPWORDS.has(ctx.tokens[k + 1].norm);
  return !!after && after.start < trailerEnd && (isCap(after) || clause) && !PRONOUNS.has(after.norm) && !WHEN_WORDS.test(after.norm) && !/[,;:]/.test(ctx.text.slice(f.end, after.start)) &&
    !!ctx.tokens[k + 4] && ctx.tokens[k + 4].end <= trailerEnd && !/[,;:.!?"“”]/.test(ctx.text.slice(after.end, ctx.tokens[k + 4].start));
}

/** The sentence after a quote is only its attribution: it introduces no quote of its own and the verb takes no object. */
function attributionSentence(ctx: Ctx, f: Found, trailerEnd: number, next: QuoteMarks | undefined): boolean {
  if (next && trailerEnd === next.open && /^[^.!?;]{0,20}[,:]\s*$/.test(ctx.text.slice(f.end, trailerEnd))) return false;
  if (f.speakerStart < 0 || f.verb === null || /^(?:told|tells|asked|asks|urged|warned|reminded|assured|answered|pressed)$/i.test(f.verb)) return true;
  let k = tokenAt(ctx.tokens, f.end);
  // `“…!” She replied to him that it was an honor`: the one spoken to, then reported speech of its own.
  if (ctx.tokens[k]?.norm === 'to' && /^(?:him|her|them|me|us)$/.test(ctx.tokens[k + 1]?.norm ?? '') && ctx.tokens[k + 2]?.norm === 'that') k += 2;
  const after = ctx.tokens[k];
  // `“…” The 57-year-old scientist says she doesn't take …`: reported speech of its own, not the quote's attribution.
  if (after && after.start < trailerEnd && /^(?:that|he|she|they|it|we|i)$/.test(after.norm) && ctx.tokens[k + 4] && ctx.tokens[k + 4].end <= trailerEnd) return false;
  return !(after && after.start < trailerEnd && /^(?:a|an|the|his|her|their|its|that|this|these|those)$/.test(after.norm) && !/[,;:]/.test(ctx.text.slice(f.end, after.start)));
}

function attributeQuotes(
  ctx: Ctx,
  sents: Span[],
  marks: Array<QuoteMarks & { short?: boolean }>,
  statementSpeakers: Array<{ name: string | null; pos: number }>,
): QuoteClaim[] {
  const { text } = ctx;
  const mentions: Array<{ name: string | null; pos: number; speaker?: boolean }> = [
    ...personMentions(ctx),
    ...speechSubjects(ctx, sents),
    // Who reported speech gives is someone who speaks: a surname alone is enough for "he" or "she" ("Clinton, the
    // Democratic front-runner, said that …" ⏎ “…,” she said.).
    ...statementSpeakers.filter((s) => s.name && /^\p{Lu}/u.test(s.name) && !PRONOUNS.has(s.name.toLowerCase())).map((s) => ({ ...s, speaker: true })),
  ];
  const out: QuoteClaim[] = [];
  // The last attribution seen, quote or statement, for quotes that continue it.
  let last: { speaker: string; verb: string | null; verbKind: QuoteClaim['verbKind']; relay: string | null; line: number; pos: number; statement?: true } | null = null;
  // "He said it was hard to understand. “…”": reported speech by "he" or "she" is an attribution too, once resolved.
  const statements = statementSpeakers.filter((s) => s.name && (!PRONOUNS.has(s.name.toLowerCase()) || /^(?:he|she)$/i.test(s.name)));
  let si = 0;
  let lastKept: (typeof marks)[number] | undefined;
  for (let qi = 0; qi < marks.length; qi++) {
    const m = marks[qi];
    const prev = marks[qi - 1];
    const next = marks[qi + 1];
    const [ls, le] = lineBounds(text, m.open);
    // Reported speech before this quote is an attribution a later quote may continue.
    // Of those, the last one whose speaker is known (a pronoun resolved only here, for the few that can matter).
    const batch = si;
    while (si < statements.length && statements[si].pos < m.open) si++;
    for (let j = si - 1; j >= batch && (!last || statements[j].pos > last.pos); j--) {
      const st = statements[j];
      const who = PRONOUNS.has(st.name!.toLowerCase()) ? resolvePronoun([...mentions, ...out.map((q) => ({ name: q.speaker, pos: q.span.start, speaker: true }))], st.pos, st.name!) : st.name;
      if (!who) continue;
      last = { speaker: who, verb: null, verbKind: null, relay: null, line: lineBounds(text, st.pos)[0], pos: st.pos, statement: true };
      break;
    }
    const closeSent = sentenceAt(sents, m.close);
    const openSent = sentenceAt(sents, m.open);
    let trailerEnd = Math.min(Math.max(closeSent.end, m.close + 1), le, next ? next.open : Infinity);
    let nextSentence = false;
    if (trailerEnd <= m.close + 2) {
      // `“…deleted.” Trump said.`: the quote's sentence ended at its mark; the attribution is the next one.
      const after = sentenceAfter(sents, m.close);
      if (after && after.start <= m.close + 3) {
        trailerEnd = Math.min(after.end, le, next ? next.open : Infinity);
        nextSentence = true;
      }
    }
    const leaderStart = Math.max(openSent.start <= m.open ? openSent.start : ls, ls, prev ? prev.close + 1 : 0);
    let f: Found | null = m.unclosed ? null : attributionAfter(ctx, m.close + 1, trailerEnd);
    // A sentence after the quote is its attribution only when it is one: `“…?” Mills then writes back, “…”` introduces
    // the next quote, and `The star then recalled an incident …` says something else.
    if (f && nextSentence && !attributionSentence(ctx, f, trailerEnd, next)) f = null;
    // `“…,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said`: a short quote (a
    // name, a title) in the trailer's sentence is words of the trailer. Its marks are read as spaces (same offsets).
    if (!f && !m.short && !m.unclosed && !nextSentence && next?.short && trailerEnd === next.open && next.close < closeSent.end && !next.unclosed) {
      const masked = text.slice(0, next.open) + ' ' + text.slice(next.open + 1, next.close) + ' ' + text.slice(next.close + 1);
      const end = Math.min(closeSent.end, le, marks[qi + 2] ? marks[qi + 2].open : Infinity);
      f = attributionAfter({ text: masked, tokens: ctx.tokens }, m.close + 1, end);
    }
    if (f && nextSentence && reportsOwnSpeech(ctx, f, trailerEnd)) f = attributionBefore(ctx, leaderStart, m.open) ?? f;
    // `“…,” Trump said, “… big.” Clinton disagreed.`: the second part of a quote split by its attribution is that
    // attribution's, not the next sentence's.
    if (f && nextSentence && prev && leaderStart === prev.close + 1 && /,\s*$/.test(text.slice(leaderStart, m.open))) {
      const g = attributionBefore(ctx, leaderStart, m.open);
      if (g?.speaker && g.verb) f = g;
    }
    if (!f) f = attributionBefore(ctx, leaderStart, m.open) ?? farAttribution(ctx, leaderStart, m.open);
    // A title of four words or more ("on CNN’s “State of the Union”:") is skipped as a short quote is.
    const skipped = (x: QuoteMarks & { short?: boolean }) => x.short || isTitle(text.slice(x.open + 1, x.close));
    if (!f && prev && skipped(prev) && prev !== lastKept && leaderStart === prev.close + 1) {
      // `Carson shared a syllabus … called “Perception” on his Facebook page, writing “…”`: a short quote skipped (a
      // title, a scare quote) earlier in the sentence is words of the lead-in, not where it starts.
      let q = qi - 1;
      while (q > 0 && skipped(marks[q - 1]) && marks[q - 1] !== lastKept && marks[q - 1].close >= openSent.start) q--;
      const from = Math.max(openSent.start <= m.open ? openSent.start : ls, ls, q > 0 ? marks[q - 1].close + 1 : 0);
      if (from < marks[q].open) f = attributionBefore(ctx, from, m.open);
    }
    if (!f && !m.unclosed) f = accordingAfter(ctx, m.close + 1, trailerEnd);
    // `Gore insisted it was “premature” to back Clinton’s campaign while adding, “…”`: a possessive is no one who speaks;
    // after a quote kept earlier in the sentence, the lead-in goes on with that quote's speaker; else the possessor speaks
    // ("Clinton’s response was:").
    if (f?.speaker && /['’]s?$/.test(f.speaker) && /\p{Lu}/u.test(f.speaker[0])) {
      const pq = out[out.length - 1];
      const sameSentence = prev && prev === lastKept && pq?.speaker && pq.span.start === prev.start && sentenceAt(sents, prev.open) === openSent;
      f = sameSentence ? { ...f, speaker: pq.speaker, speakerStart: -1, speakerEnd: -1 } : { ...f, speaker: f.speaker.replace(/['’]s?$/, '') };
    }
    const before = text.slice(ls, m.open).trim();
    const restOfLine = text.slice(m.close + 1, le).trim();
    if (!f && before === '' && ls > 1) {
      // `X said:` ⏎ `“…”`: the lead-in ends the previous paragraph with a colon or a comma.
      const [ps, pe] = lineBounds(text, text.slice(0, ls).trimEnd().length - 1);
      const lead = text.slice(ps, pe).trimEnd();
      if (/[:,]$/.test(lead)) {
        const sent = sentenceAt(sents, pe - 1);
        f = attributionBefore(ctx, Math.max(sent.start, ps), ps + lead.length);
      }
    }
    const endsWithComma = /,\s*$/.test(text.slice(m.open + 1, m.close));
    if (!f && endsWithComma && restOfLine === '' && le < text.length) {
      // The attribution in the next paragraph: `"…,"` ⏎ `Moskalkova said, according to …`.
      const ns = text.slice(le).search(/\S/);
      if (ns >= 0 && !/["“«„‘']/.test(text[le + ns])) {
        const start = le + ns;
        const sent = sentenceAt(sents, start);
        const g = attributionAfter(ctx, start, Math.min(sent.end, start + 300));
        if (g && g.start < start + 60 && !g.negated) f = g;
      }
    }
    if (!f && (before === '' || /[.!?]\s*$/.test(before))) {
      // `Iowa State University's Dianne Bystrom agreed. “…”`, `Cuban demurred.` ⏎ `“…”`: a sentence before the quote that
      // ends with its reporting verb, and holds no quote of its own.
      const end = text.slice(0, m.open).trimEnd().length;
      const ps = sentenceAt(sents, Math.max(0, end - 1));
      let st = ps.start;
      // `“…,” Ebeling said, and her husband cut in. “…”`: the clause after the last quote's attribution, joined by "and".
      const pa = out[out.length - 1]?.attribution;
      if (prev && prev === lastKept && pa && prev.close >= ps.start && pa.start > prev.close && pa.end < end) {
        const join = /^,? ?(?:and|but|then|as) +/.exec(text.slice(pa.end, end));
        if (join) st = pa.end + join[0].length;
      }
      const seg = text.slice(st, end);
      if (end > 0 && st < end && /[.:]$/.test(seg) && !/["“”«»]/.test(seg) && m.open - end < 4 && st >= (prev ? prev.close + 1 : 0)) {
        const g = attributionBefore(ctx, st, end - 1);
        // "Sam Lau, the communications director for the party said in a statement.": a place or a medium may follow the verb;
        // "cut in", "shot back": its particle.
        if (g && g.verb && !g.negated && (g.end === end - 1 || /^\s+(?:in|back|on)$/.test(text.slice(g.end, end - 1)) || /^\s+(?:in|on|via|through|during|at)\s[^.,;:!?"“”]{1,40}$/.test(text.slice(g.end, end - 1)))) f = g;
      }
    }
    if (!f && before === '' && (/^[,.]?$/.test(restOfLine) || /^[—–][^\S\n]*\p{Lu}[^.!?"“”]{0,60}\.?$/u.test(restOfLine))) {
      // A quote alone in its paragraph signed in the next one: `"…"` ⏎ `- Bernie Sanders.`, `-President Obama, tweeting …`.
      const sign = /^[^\S\n]*\n\s*[-—–][^\S\n]*(?=\p{Lu})/u.exec(text.slice(le, le + 12));
      // `“…” — Orlando Mayor Buddy Dyer`: the signature on the quote's own line.
      const inLine = /^[^\S\n]*[—–][^\S\n]*(?=\p{Lu})/u.exec(text.slice(m.close + 1, m.close + 8));
      if (sign || inLine) {
        const start = inLine ? m.close + 1 + inLine[0].length : le + sign![0].length;
        const a = tokenAt(ctx.tokens, start);
        let e = a;
        // The name's words, on one line; a dot only after an initial or a title ("George P. Bush", "Rev. Al Sharpton").
        const joins = (k: number) => {
          const gap = text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start);
          return /^ +$/.test(gap) || (/^\. +$/.test(gap) && ctx.tokens[k - 1].raw.length <= 3);
        };
        while (e < ctx.tokens.length && e - a < 6 && isCap(ctx.tokens[e]) && (e === a || joins(e))) e++;
        const sp = e > a && /^(?:[.,]|[^\S\n]*(?:\n|$))/.test(text.slice(ctx.tokens[e - 1].end, ctx.tokens[e - 1].end + 3)) ? speakerOf(ctx, a, e) : null;
        if (sp) f = { speaker: sp.name, speakerStart: sp.start, speakerEnd: sp.end, verb: null, verbKind: null, negated: false, relay: null, relayStart: -1, relayEnd: -1, start: sp.start, end: sp.end };
      }
    }
    // `“…,” Trump told Newsmax, adding, “…”`: a lead-in that only adds to the quote before continues its attribution.
    // `Clinton supports “…,” opposes “…”`, `called it “…” and labeled him “…”`: so does a verb the two share, reporting
    // or naming, in the same sentence.
    const between = prev ? text.slice(prev.close + 1, m.open) : '';
    // (A naming verb may take its object first: "and labeled the senator “…”".)
    const sm = /^[\s,]*(?:and\s+)?(\p{Ll}+)((?: [\p{L}’'-]+){0,4})\s*(?:[,:]\s*)?$/u.exec(between);
    const shared = sm?.[1];
    const sharedVerb = !!shared && sentenceAt(sents, prev!.open) === openSent && !/ing$/.test(shared) && (sm![2] === '' ? verbKindOf(shared) !== null || namesWords(shared) : namesWords(shared));
    if (!f && prev && out.length > 0 && out[out.length - 1].speaker && out[out.length - 1].span.start === prev.start &&
      (sharedVerb || /^[\s,.]*(?:\p{Lu}?\p{Ll}+ly\s+)?(?:adding|saying|continuing|noting|concluding|insisting|explaining|asking|telling \p{Ll}+|before adding|then added|added|continued|and|or)[\s,:]*$/iu.test(between))) {
      const p = out[out.length - 1];
      const w = sharedVerb ? shared! : between.replace(/[\s,:.]+/g, ' ').trim().split(' ').pop() ?? null;
      // `“…,” and, “…”`: the second quote has the first one's verb.
      const and = w !== null && /^(?:and|or)$/i.test(w);
      f = { speaker: p.speaker, speakerStart: -1, speakerEnd: -1, verb: and ? p.verb : w, verbKind: and ? p.verbKind : sharedVerb ? (verbKindOf(shared!) ?? 'neutral') : 'neutral', negated: false, relay: p.relay, relayStart: -1, relayEnd: -1, start: prev.close + 1, end: m.open };
      const tk = tokenAt(ctx.tokens, prev.close + 1);
      if (ctx.tokens[tk] && ctx.tokens[tk].end <= m.open) f = { ...f, start: ctx.tokens[tk].start, end: ctx.tokens[Math.max(tk, tokenAt(ctx.tokens, m.open) - 1)].end };
    }
    // Short quotes ("Denver," he answered) are kept only with an attribution of their own; else they are scare quotes.
    // "Cuban said in an interview on NBC's “Meet the Press.”": a short quote's attribution is right next to it.
    if (m.short && (!f || (f.end < m.open - 12 && f.start < m.close))) continue;
    // "on CNN’s “State of the Union” Sunday", "in “The Art of the Deal”": a title, not words anyone said.
    if (isTitle(text.slice(m.open + 1, m.close)) && /(?:['’]s|\b(?:on|in|of|for|from|at|to)(?: the)?)\s*$/i.test(text.slice(Math.max(0, m.open - 16), m.open))) continue;
    // "Trump told NBC’s “Today” on Monday": one capitalised word after an outlet's possessive is a show's title.
    if (m.short && /^\p{Lu}[\p{L}’'-]*[.,!?]?$/u.test(text.slice(m.open + 1, m.close)) && /\b\p{Lu}[\p{L}.&]*['’]s\s*$/u.test(text.slice(Math.max(0, m.open - 16), m.open))) continue;
    let speaker = f?.speaker ?? null;
    // "Graham assures his audience he", "The longtime senator said he": words before a pronoun that ends the subject are
    // no part of who; the pronoun is, resolved below. "echoing some far-right commentators", "that he's empowered …": a
    // participle or a relative is no one.
    if (speaker && /\s(?:he|she|they|it)$/i.test(speaker)) speaker = speaker.slice(speaker.lastIndexOf(' ') + 1);
    if (speaker && /^(?:(?:which|who|whom|what|when|compared)\s|that\s(?:he|she|they|it|we|i)\b|\p{Ll}+ing\s(?:to|the|a|an|some|his|her|their|its|on|about|for|with|of|in)\s)/u.test(speaker)) speaker = null;
    let resolved = false;
    if (speaker && PRONOUNS.has(speaker.toLowerCase())) {
      const pro = speaker;
      const cands = [...mentions, ...out.map((q) => ({ name: q.speaker, pos: q.span.start, speaker: true }))];
      speaker = /^(?:he|she)$/i.test(pro) ? resolvePronoun(cands, m.open, pro) : null;
      // No one of the pronoun's gender and number named before: the last person named, as when gender was not read (a
      // name misread as of the other gender, or someone named only in a way we do not read).
      if (!speaker && /^(?:he|she)$/i.test(pro)) speaker = resolvePronoun(cands, m.open);
      // No one named before at all: the named subject of the sentence before ("Sanders spoke for nearly an hour. “…,” he said.").
      if (!speaker && /^(?:he|she)$/i.test(pro)) {
        const ps = prevSentence(sents, openSent);
        // Not the headline (the text's first line), whose title case names no subject.
        if (ps && ps.end <= m.open && lineBounds(text, ps.start)[0] > 0) {
          const a = tokenAt(ctx.tokens, ps.start);
          let b = a;
          while (b < ctx.tokens.length && ctx.tokens[b].end <= ps.end && b - a < 40) b++;
          const sp = sentenceSubject(ctx, a, b);
          const g = sp ? genderOf(sp.name) : null;
          const other = g !== null && g !== (/^she$/i.test(pro) ? 'f' : 'm');
          const first = sp?.name.split(/\s+/)[0] ?? '';
          if (sp && oneNamed(sp.name) && !other && !/['’]s?$/.test(sp.name) && !STOPWORDS.has(first.toLowerCase()) && !/^(?:none|nobody|no|everyone|everybody|someone|somebody|anyone|each|all|both|many|few|several|some|most)$/i.test(first) && !ORGANISATION.test(sp.name.split(/\s+/).pop()!) && !PLACE_OR_GROUP.test(sp.name.split(/\s+/).pop()!)) speaker = sp.name;
        }
      }
      resolved = speaker !== null;
    }
    let continued = false;
    let verb = f?.verb ?? null;
    let verbKind = f?.verbKind ?? null;
    let relay = f?.relay ?? null;
    if (!f && last) {
      // `“…,” Barkley said. “They have followed ratings …”`: a quote right after an attributed one, in the same
      // paragraph, with nothing between but that attribution; or a paragraph that is only a quote, after one that
      // attributed words to someone.
      const prevQuote = out[out.length - 1];
      // The last quote kept: a scare quote or a title skipped between is no quote.
      const pm = lastKept;
      const between = pm ? text.slice(pm.close + 1, m.open) : '';
      // Between the two: the first one's attribution, and no more than the rest of its sentence.
      const att = prevQuote?.attribution;
      const sentencesBetween = pm ? sents.filter((x) => x.end > pm.close + 1 && x.start < m.open).length : 0;
      const sameLine = pm && pm.close > ls && prevQuote && prevQuote.speaker && att && prevQuote.span.start === pm.start &&
        ((att.start > pm.close && att.end < m.open && sentencesBetween <= 1 && between.length < 400) || /^[\s,.]*$/.test(between) ||
          // `“…,” said Aida, who published a book on Trump. Biden “kind of misspoke.”`: the next sentence of the paragraph,
          // a few words and no one else's verb before the quote.
          (att.start > pm.close && att.end < m.open && sentencesBetween >= 2 && sentencesBetween <= 3 && between.length < 400 && !saysSomeone(ctx, att.end, m.open)));
      // `“…,” said Jack Mozloom. “…,” which Mozloom thinks will hurt. “…”`: a quote that continues one, in its paragraph,
      // after a few words that name no one else and report no one's speech, continues it too.
      const chained = !sameLine && pm && pm.close > ls && prevQuote && prevQuote.speaker && prevQuote.continued && prevQuote.span.start === pm.start &&
        between.length < 250 && sentencesBetween <= 2 && !saysSomeone(ctx, pm.close + 1, m.open) && namesOnly(ctx, pm.close + 1, m.open, prevQuote.speaker);
      const alone = before === '' && (restOfLine === '' || /^[,.]?$/.test(restOfLine)) && last.line < ls && last.pos > ls - 1500;
      // `Jones said the deal would help. “We will not back down.”`: a quote that opens the sentence right after one of
      // reported speech, in the same paragraph, goes on with what that speaker said.
      const spokenBefore = last.statement && last.line === ls && openSent.start >= m.open - 1 && !!prevSentence(sents, openSent) &&
        prevSentence(sents, openSent)!.start <= last.pos && (!pm || pm.close < last.pos);
      if (sameLine || chained || alone || spokenBefore) {
        speaker = sameLine || chained ? prevQuote.speaker : last.speaker;
        if (sameLine || chained) {
          verb = prevQuote.verb;
          verbKind = prevQuote.verbKind;
          relay = prevQuote.relay;
        } else {
          verb = last.verb;
          verbKind = last.verbKind;
          relay = last.relay;
        }
        continued = true;
      }
    }
    // `Calderon also noted that immigration from Mexico is in decline.` ⏎ `“…”`: a quote alone in its paragraph, after one
    // whose last sentence is about someone named after the last attribution, is theirs.
    if (!f && before === '' && (restOfLine === '' || /^[,.]?$/.test(restOfLine)) && (!speaker || (continued && last && last.line < ls))) {
      const sub = paragraphSubject(ctx, sents, ls);
      const same = (x: string, y: string) => x.split(/\s+/).pop()!.toLowerCase() === y.split(/\s+/).pop()!.toLowerCase();
      // Reported speech in that sentence is its own attribution, read better than its subject ("The Republican front-runner
      // said that …" is the front-runner's, not "Republican").
      if (sub && (!speaker || (sub.start > (last?.pos ?? 0) && sub.sentence > (last?.pos ?? 0) && !same(sub.name, speaker)))) {
        speaker = sub.name;
        verb = null;
        verbKind = null;
        relay = null;
        continued = true;
      }
    }
    const ctxStart = Math.min(openSent.start, m.open);
    const ctxEnd = Math.max(closeSent.end, m.close + 1);
    const claim: QuoteClaim = {
      span: makeSpan(text, m.start, m.end),
      context: contextSpan(text, ctxStart, ctxEnd, m.start, m.end),
      speaker,
      verb,
      verbKind,
      relay,
      attribution: f ? makeSpan(text, f.start, f.end) : null,
    };
    if (f && f.relayStart >= 0) claim.relaySpan = makeSpan(text, f.relayStart, f.relayEnd);
    if (continued) claim.continued = true;
    if (resolved) claim.speakerResolved = true;
    out.push(claim);
    lastKept = m;
    if (speaker && !f?.weak) {
      mentions.push({ name: speaker, pos: m.open });
      last = { speaker, verb, verbKind, relay, line: ls, pos: m.open };
    }
    if (out.length >= MAX_QUOTES) break;
  }
  // A quote over several paragraphs leaves each but the last open: `“… ⏎ “…,” she said.` The open ones are hers too.
  for (let k = out.length - 2; k >= 0; k--) {
    const q = out[k];
    const n = out[k + 1];
    if (q.speaker || q.attribution || !n.speaker) continue;
    const gap = text.slice(q.span.end, n.span.start);
    const open = /^[\t\v\f\r !",.?\xa0\u1680\u2000-\u200a\u201d\u2028\u2029\u202f\u205f\u3000\ufeff]*\n\s*(?:[!",.?\u201d][\t\v\f\r !",.?\xa0\u1680\u2000-\u200a\u201d\u2028\u2029\u202f\u205f\u3000\ufeff]*\n\s*)*[“"«]\s*$/.test(gap) && !/[”"»]\s*$/.test(text.slice(q.span.start, q.span.end + 2).trim().slice(-1));
    // `“…”` ⏎ `“…,” said Susan Crawford, then Maples's literary agent.`: a quote alone in its paragraph, no one's before
    // it, and the next paragraph opens with a quote its own attribution gives.
    const [qs] = lineBounds(text, q.span.start);
    const alone = /^\s*[“"«]?$/.test(text.slice(qs, q.span.start)) && /^[”"».,!?]*[^\S\n]*\n\s*[“"«]$/.test(gap) && !!n.attribution && !n.continued && !n.speakerResolved && n.attribution.start > n.span.end;
    // `"All that Glitters is Not Gold" was to be a "cautionary tale," said Susan Crawford`: one sentence, one attribution.
    const oneSentence = sentenceAt(sents, q.span.start) === sentenceAt(sents, n.span.start) && !!n.attribution && !n.continued && n.attribution.start > n.span.end && sentenceAt(sents, n.attribution.start) === sentenceAt(sents, n.span.start);
    if (open || alone || oneSentence) {
      q.speaker = n.speaker;
      q.verb = n.verb;
      q.verbKind = n.verbKind;
      q.relay = n.relay;
      q.continued = true;
      if (n.speakerResolved) q.speakerResolved = true;
    }
  }
  return out;
}
