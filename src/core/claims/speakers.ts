/**
 * Who said it, with which verb, and through whom: the attribution of a quote
 * or of reported speech, read from a few tokens around it ("X said", "said X",
 * "X, the …, said", "according to X", "X told AFP", "in a post on Telegram").
 * Every function here looks at a bounded window of tokens.
 */
import type { Token } from '../text';
import { STOPWORDS } from '../stopwords';
import { PRONOUNS, QUOTE_ONLY_VERBS, REPORTING_VERBS, SPEECH_VERBS } from './lexicon';
import { isCap, tokenAt } from './spans';
import type { VerbKind } from './types';

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
}

/** Titles before a name: "Foreign Minister Jane Doe" is Jane Doe. */
const TITLES = /^(?:u\.s|u\.k|foreign|prime|deputy|vice|minister|president|secretary|general|governor|commissioner|spokesperson|spokesman|spokeswoman|senator|sen|rep|mr|mrs|ms|dr|prof|chancellor|mayor|chief|ambassador|king|queen|prince|pope|sir|lord|lady|coach|captain|judge)$/;
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'del', 'da']);
const NP_END = new Set([
  'on', 'in', 'at', 'to', 'during', 'after', 'before', 'when', 'while', 'according', 'as', 'from', 'via', 'with',
  'that', 'and', 'but', 'who', 'which', 'by', 'late', 'earlier', 'later', 'yesterday', 'today', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'told', 'said', 'in',
]);
const MEDIA = /^(?:news|agency|press|times|post|journal|guardian|telegraph|reuters|bloomberg|interfax|tass|ria|afp|ap|bbc|cnn|nbc|abc|cbs|npr|television|tv|radio|newspaper|broadcaster|channel|daily|herald|tribune|magazine|telegram|twitter|facebook|instagram|x|youtube|tiktok|weibo|vk|xinhua|kyodo|yonhap|ukrinform|novosti|itar|izvestia|kommersant|ansa|efe|dpa)$/i;
const PLATFORMS = /^(?:telegram|twitter|x|facebook|instagram|youtube|tiktok|weibo|vk|vkontakte|truth|threads|linkedin|bluesky)$/i;
const ADVERB = /^(?:also|later|earlier|then|reportedly|previously|once|again|further|separately|recently)$|ly$/;

/** Verb kind of a written reporting verb, or null when it is not one. */
export function verbKindOf(word: string): VerbKind | null {
  const w = word.toLowerCase().replace(/’/g, "'");
  return REPORTING_VERBS.get(w) ?? QUOTE_ONLY_VERBS.get(w) ?? null;
}

const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|weekend|later|earlier|recently|last|this|next)$/;

const ABBREV = /^(?:mr|mrs|ms|dr|st|jr|sr|gen|col|lt|sgt|capt|gov|sen|rep|prof|rev|maj|adm|cmdr|supt|insp)$/;

function gapHas(ctx: Ctx, k: number, chars: RegExp): boolean {
  const a = ctx.tokens[k - 1];
  const b = ctx.tokens[k];
  if (!a || !b) return false;
  let g = ctx.text.slice(a.end, b.start);
  // The dot of "U.S." or "Mr." ends no phrase.
  if (g.startsWith('.') && (a.raw.includes('.') || /^\p{Lu}$/u.test(a.raw) || ABBREV.test(a.norm))) g = g.slice(1);
  return chars.test(g);
}

/** The name a noun phrase gives: its last run of capitalised words, or the phrase itself. */
export function speakerOf(ctx: Ctx, from: number, to: number): { name: string; start: number; end: number } | null {
  const { tokens, text } = ctx;
  // "Skelly", "Kelly": a name ending in -ly is no adverb. "Priebus later Thursday": a time is no part of a name.
  while (to > from && ((ADVERB.test(tokens[to - 1].norm) && !isCap(tokens[to - 1])) || TIME_WORDS.test(tokens[to - 1].norm))) to--;
  // "The U.N. mission in Ukraine": the speaker is the mission, not the place.
  for (let k = from + 1; k < to; k++) {
    if (/^(?:in|at|from|on|near)$/.test(tokens[k].norm)) {
      to = k;
      break;
    }
  }
  if (to <= from) return null;
  const last = tokens[to - 1];
  // "Thursday", "Reluctantly": capitals that name no one.
  if (to - from === 1 && isCap(last) && (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|yesterday|here|there|then|now|but|and|so|yet|also|however|meanwhile|still|instead)$/.test(last.norm) || (/ly$/.test(last.norm) && /^\s*,/.test(text.slice(last.end, last.end + 2)) && /^$|[.!?"“”]$/.test(text.slice(Math.max(0, last.start - 3), last.start).trimEnd())))) return null;
  // "a Democrat", "one well-connected Republican": a description, kept whole.
  if (isCap(last) && to - from <= 5 && /^(?:a|an|one|another)$/.test(tokens[from].norm)) {
    return { name: text.slice(tokens[from].start, last.end), start: tokens[from].start, end: last.end };
  }
  if (isCap(last) && !PRONOUNS.has(last.norm)) {
    let s = to - 1;
    while (s > from) {
      const p = tokens[s - 1];
      if (gapHas(ctx, s, /[,;:.]/)) break;
      if (isCap(p) && !/['’]s$/.test(p.raw)) s--;
      else if (CONNECTORS.has(p.norm) && s - 1 > from && isCap(tokens[s - 2])) s -= 2;
      else break;
    }
    while (s < to - 1 && (tokens[s].norm === 'the' || CONNECTORS.has(tokens[s].norm) || TITLES.test(tokens[s].norm))) s++;
    let end = last.end;
    // "Red Cross (ICRC)": keep the closing bracket with the name.
    if (text[end] === ')' && text.slice(tokens[s].start, end).includes('(')) end++;
    return { name: text.slice(tokens[s].start, end), start: tokens[s].start, end };
  }
  if (to - from > 7) return null;
  // A description speaks only through a noun for someone or for something written ("a Red Cross spokesperson", "the
  // influential US daily", "the letter"): "misogynist rhetoric" or "joined" is the rest of a sentence, not a speaker.
  const determined = /^(?:the|a|an|one|another|his|her|their|its|our|my|this|that|these|those|many|some|several|two|three|few)$/.test(tokens[from].norm) && to - from > 1;
  if (!PRONOUNS.has(last.norm) && !SPEAKER_NOUN.test(last.norm) && !AGENT_SUFFIX.test(last.norm) && !MEDIA.test(last.raw) && !(determined && !/(?:ed|ing|ly)$/.test(last.norm))) return null;
  return { name: text.slice(tokens[from].start, last.end), start: tokens[from].start, end: last.end };
}

const SPEAKER_NOUN = /^(?:officials?|sources?|critics?|witness(?:es)?|residents?|locals?|people|protesters?|demonstrators?|supporters?|aides?|advis[eo]rs?|analysts?|experts?|observers?|voters?|activists?|lawmakers?|legislators?|officers?|police|authorit(?:y|ies)|spokes(?:man|woman|person|people|men|women)|ministry|ministers?|government|administration|agency|department|office|campaign|committee|commission|council|court|judge|prosecutors?|lawyers?|attorneys?|groups?|organi[sz]ations?|company|firm|part(?:y|ies)|unions?|military|army|navy|team|board|staff|famil(?:y|ies)|relatives|parents?|mother|father|wife|husband|sons?|daughters?|brother|sister|friends?|neighbou?rs?|colleagues?|members?|leaders?|president|governor|mayor|senator|chair(?:man|woman)?|director|chief|head|executive|ceo|founder|candidate|nominee|statement|letter|reports?|memo|release|e-?mail|tweets?|post|editorial|ad|advert(?:isement)?|signs?|banner|headline|study|poll|survey|transcript|website|page|book|documents?|filing|complaint|lawsuit|order|ruling|paper|newspaper|daily|outlet|network|station|channel|broadcaster|magazine|journal|crowd|audience|heckler|man|woman|men|women|boy|girl|child|children|teen(?:ager)?|students?|workers?|employees?|owner|manager|pastor|priest|doctors?|nurses?|survivors?|victims?|soldiers?|troops|fighters|rebels|militants|one|another|others?|someone|everyone|insiders?|delegates?|diplomats?|sheriff|deputy|commissioner|secretary|organizers?|hosts?|anchor|reporters?|correspondent|editor|columnist|writers?|authors?|citizens?|americans|democrats|republicans|conservatives|liberals|progressives|donors?|fans?|parishioners|congregants?|neighborhood)$/;
const LEAD_WORDS = /^(?:and|but|so|then|now|still|yet|also|here|there|meanwhile)$/;
/** Nouns for people by what they do: "strategist", "historian", "consultant", "dealer". */
const AGENT_SUFFIX = /(?:er|or|ist|ian|ant|ent|man|men|woman|women|person|people)s?$/;

/** The subject of a sentence's first verb among tokens [a, limit): a capitalised name followed by a lower-case word. */
function sentenceSubject(ctx: Ctx, a: number, limit: number): { name: string; start: number; end: number } | null {
  const { tokens } = ctx;
  for (let k = a; k < limit - 1; k++) {
    if (!isCap(tokens[k]) || PRONOUNS.has(tokens[k].norm) || STOPWORDS.has(tokens[k].norm)) continue;
    let e = k + 1;
    while (e < limit && isCap(tokens[e]) && !gapHas(ctx, e, /[,;:.!?"“”]/)) e++;
    const n = tokens[e];
    if (n && e < limit && !isCap(n) && !gapHas(ctx, e, /[,;:.!?"“”]/) && !STOPWORDS.has(n.norm) && /^\p{Ll}/u.test(n.raw)) {
      const sp = speakerOf(ctx, k, e);
      if (sp) return sp;
    }
    k = e - 1;
  }
  return null;
}

/** The noun phrase after a verb or preposition: up to a comma, a preposition or the end. */
function phraseAfter(ctx: Ctx, k: number, limit: number, max = 7): [number, number] {
  const { tokens } = ctx;
  let e = k;
  while (e < limit && e - k < max) {
    if (e > k && gapHas(ctx, e, /[,;:.!?()"“”«»]/)) break;
    if (e > k && NP_END.has(tokens[e].norm) && !CONNECTORS.has(tokens[e].norm)) break;
    if (e > k && CONNECTORS.has(tokens[e].norm) && !isCap(tokens[e + 1]) && tokens[e].norm !== 'the') break;
    // After a name, a lower-case word ends it ("said Jane Doe outside Number 10"), unless it describes a name that
    // follows ("said Marquette pollster Charles Franklin", "said Cruz constituent Dan Golvach").
    // "one Sanders supporter", "a Mexican official": a noun for someone after the name is the head of the phrase.
    if (e > k && isCap(tokens[e - 1]) && !isCap(tokens[e]) && (SPEAKER_NOUN.test(tokens[e].norm) || AGENT_SUFFIX.test(tokens[e].norm)) && /^\p{Ll}+$/u.test(tokens[e].raw) && !NP_END.has(tokens[e].norm) && !STOPWORDS.has(tokens[e].norm)) {
      e++;
      continue;
    }
    if (e > k && isCap(tokens[e - 1]) && !/['’]s$/.test(tokens[e - 1].raw) && !isCap(tokens[e]) && !CONNECTORS.has(tokens[e].norm)) {
      let d = e;
      while (d < limit && d - e < 2 && !isCap(tokens[d]) && !STOPWORDS.has(tokens[d].norm) && !NP_END.has(tokens[d].norm) && /^\p{Ll}+$/u.test(tokens[d].raw) && !gapHas(ctx, d + 1, /[,;:.!?()"“”«»]/)) d++;
      if (d > e && d < limit && isCap(tokens[d]) && !PRONOUNS.has(tokens[d].norm)) {
        e = d;
        continue;
      }
      break;
    }
    e++;
  }
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
    if (MEDIA.test(raw) || (/^\p{Lu}{2,6}$/u.test(raw) && raw !== 'US' && raw !== 'UK' && raw !== 'UN' && raw !== 'EU')) return true;
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
      if (mediaLike(ctx, p[0], p[1])) np = p;
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

const isSpeech = (t: Token | undefined, verbs: ReadonlySet<string>) => t !== undefined && verbs.has(t.norm);

/** Every reporting verb, including those of belief and estimate ("believe", "recorded"). */
export const ANY_REPORTING: ReadonlySet<string> = new Set(REPORTING_VERBS.keys());

/**
 * Attribution that follows a quote or a clause: `"…," X said`, `"…," said X`,
 * `"…," X, the …, said`. `from`/`to` are character positions bounding the trailer.
 */
export function attributionAfter(ctx: Ctx, from: number, to: number, verbs: ReadonlySet<string> = SPEECH_VERBS): Found | null {
  const { tokens } = ctx;
  const a = tokenAt(tokens, from);
  let b = a;
  while (b < tokens.length && tokens[b].end <= to) b++;
  if (b <= a) return null;
  // "said X": the verb comes first.
  if (isSpeech(tokens[a], verbs)) {
    if (/ing$/.test(tokens[a].norm)) return null; // "…, adding that": the subject is elsewhere
    const first = tokens[a + 1];
    // "said former Obama adviser David Axelrod": a lower-case description before the name.
    const described = first && !isCap(first) && [1, 2, 3, 4, 5].some((d) => isCap(tokens[a + 1 + d]) && ![...Array(d).keys()].some((x) => gapHas(ctx, a + 2 + x, /[,;:.!?"“”]/)));
    if (first && !isCap(first) && !described && !/^(?:the|a|an|he|she|they|we|i|it|one|his|her|their)$/.test(first.norm)) return null;
    const [s, e] = phraseAfter(ctx, a + 1, b, 6);
    const sp = e > s ? speakerOf(ctx, s, e) : null;
    return found(ctx, sp, tokens[a], false, a, b);
  }
  // "X said", "X, the …, said": the subject comes first, the verb within a few words.
  for (let v = a + 1; v < b && v - a <= 14; v++) {
    if (gapHas(ctx, v, /[;:.!?"“”«»]/)) return null;
    if (!isSpeech(tokens[v], verbs) || /ing$/.test(tokens[v].norm)) continue;
    if (STOPWORDS.has(tokens[a].norm) && !PRONOUNS.has(tokens[a].norm) && !/^(?:the|a|an|many|some|his|her|their|its|our|one)$/.test(tokens[a].norm)) {
      // `"…" but to take the lead, says Evan Tracey`: the rest of the sentence, then the attribution, verb first.
      if (gapHas(ctx, v, /,/) && isCap(tokens[v + 1]) && !PRONOUNS.has(tokens[v + 1].norm)) {
        const [s, e] = phraseAfter(ctx, v + 1, b, 6);
        const sp = e > s ? speakerOf(ctx, s, e) : null;
        if (sp) return found(ctx, sp, tokens[v], false, v, b);
      }
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
    if (subjEnd - a > 8) return null;
    const sp = speakerOf(ctx, a, subjEnd);
    if (!sp) return null;
    return found(ctx, sp, tokens[v], false, v, b);
  }
  return null;
}

/** Attribution before a quote: `X said: "…"`, `X told AFP that "…"`, `According to X, "…"`. */
export function attributionBefore(ctx: Ctx, from: number, to: number, verbs: ReadonlySet<string> = SPEECH_VERBS): Found | null {
  const { tokens } = ctx;
  const a = tokenAt(tokens, from);
  let b = a;
  while (b < tokens.length && tokens[b].end <= to) b++;
  if (b <= a) return null;
  if (tokens[a].norm === 'according' && tokens[a + 1]?.norm === 'to') {
    const [s, e] = phraseAfter(ctx, a + 2, b, 8);
    const sp = e > s ? speakerOf(ctx, s, e) : null;
    if (!sp) return null;
    const f = found(ctx, sp, null, false, e, b);
    f.start = tokens[a].start;
    return f;
  }
  let ingVerb = -1;
  for (let v = b - 1; v > a && b - v <= 16; v--) {
    if (!isSpeech(tokens[v], verbs)) continue;
    // "…, Graham said on MSNBC, adding," and "she said, telling them,": the speaker is the subject of the verb before.
    if (/ing$/.test(tokens[v].norm) && gapHas(ctx, v, /,/)) {
      if (ingVerb < 0) ingVerb = v;
      continue;
    }
    // The verb that introduces the quote is the -ing one ("said …, adding:"); its subject is the earlier verb's.
    const verbTok = ingVerb > v ? ingVerb : v;
    // "Said Comey, “…”": the verb first, then who.
    if (isCap(tokens[v]) && (v === a || gapHas(ctx, v, /[.!?]/)) && isCap(tokens[v + 1]) && v + 1 < b) {
      const [s, e] = phraseAfter(ctx, v + 1, b, 6);
      const sp = e > s ? speakerOf(ctx, s, e) : null;
      if (sp) return found(ctx, sp, tokens[v], false, v, b);
    }
    let s = v;
    while (s > a && v - s < 10 && !gapHas(ctx, s, /[,;:.!?"“”«»]/)) s--;
    // "Brian Fallon, a spokesman for the campaign, said:", "Clinton, who called Sanders, told her supporters,",
    // "Clinton, exasperated, responded:", "Gov. John Kasich (R-OH), said": skip the appositive or the bracket.
    if (s === v && gapHas(ctx, v, /,/)) {
      let c = v - 1;
      while (c > a && v - c < 16 && !gapHas(ctx, c, /[,;:.!?"“”«»(]/)) c--;
      if (c > a && gapHas(ctx, c, /\(/) && /\)\s*,\s*$/.test(ctx.text.slice(tokens[v - 1].end, tokens[v].start))) {
        const sp = speakerOf(ctx, Math.max(a, c - 5), c);
        if (sp && /^\p{Lu}/u.test(sp.name)) return found(ctx, sp, tokens[verbTok], false, v + 1, b);
      }
      // "Carson’s business manager, Armstrong Williams, stated:": the appositive is the name.
      if (c > a && gapHas(ctx, c, /,/) && isCap(tokens[c]) && v - c <= 4 && [...Array(v - c).keys()].every((x) => isCap(tokens[c + x]) || CONNECTORS.has(tokens[c + x].norm))) {
        const sp = speakerOf(ctx, c, v);
        if (sp) return found(ctx, sp, tokens[verbTok], false, v + 1, b);
      }
      if (c > a && gapHas(ctx, c, /,/) && (/^(?:a|an|the|who|which|whose|his|her|their|its|one|\d+)$/.test(tokens[c].norm) || (/^\p{Ll}/u.test(tokens[c].raw) && !STOPWORDS.has(tokens[c].norm)))) {
        const e2 = c;
        let s2 = c - 1;
        while (s2 > a && c - s2 < 8 && !gapHas(ctx, s2, /[,;:.!?"“”«»]/)) s2--;
        if (e2 > s2) {
          const sp = speakerOf(ctx, s2, e2);
          if (sp && /^\p{Lu}/u.test(sp.name)) return found(ctx, sp, tokens[verbTok], false, v + 1, b);
        }
      }
    }
    while (s < v && (STOPWORDS.has(tokens[s].norm) && !PRONOUNS.has(tokens[s].norm) && tokens[s].norm !== 'the' && tokens[s].norm !== 'a' && tokens[s].norm !== 'an')) s++;
    // "Obama punctuated his list by saying": the speaker is the sentence's subject, not all that comes before the verb.
    const sp = speakerOf(ctx, s, v) ?? sentenceSubject(ctx, a, v);
    if (!sp) return null;
    return found(ctx, sp, tokens[verbTok], false, v + 1, b);
  }
  // "Here in Columbia, Sanders stepped up his emphasis, saying, “…”": the subject of the sentence's first verb.
  if (ingVerb > a) {
    const sp = sentenceSubject(ctx, a, ingVerb);
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
  // "Republican pollster Daron Shaw: “…”", "- Carl Bialik: “…”": a name right before the colon.
  if (/:\s*$/.test(ctx.text.slice(tokens[b - 1].end, to)) && isCap(tokens[b - 1]) && !PRONOUNS.has(tokens[b - 1].norm)) {
    let s = b - 1;
    while (s > a && b - s < 5 && !gapHas(ctx, s, /[,;:.!?"“”«»()—–-]/)) s--;
    if (gapHas(ctx, s, /[,;:.!?"“”«»()—–-]/) || s === a) {
      const sp = speakerOf(ctx, s, b);
      if (sp && /^\p{Lu}/u.test(sp.name) && sp.name.split(/\s+/).length <= 4) return found(ctx, sp, null, false, b, b);
    }
  }
  return null;
}

