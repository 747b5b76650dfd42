/**
 * Statements: the headline (attributed, or stated as fact) and sentences of
 * reported speech ("Moskalkova confirmed that …", "…, Russia's rights
 * commissioner said Monday", "According to X, …"). They let the comparison
 * see a claim that one report attributes and another states as fact, a
 * reporting verb of another kind, and a quote that another report paraphrases.
 */
import type { Span, Token } from '../text';
import { STOPWORDS } from '../stopwords';
import { PRONOUNS } from './lexicon';
import { ANY_REPORTING, attributionAfter, datelineEnd, findRelay, sentenceSubject, speakerOf, verbKindOf, type Ctx } from './speakers';
import { contextSpan, makeSpan, tokenAt } from './spans';
import type { StatementClaim } from './types';

/** Statements kept per report, lede first. */
export const MAX_STATEMENTS = 16;

/** "States" in "United States" is a name's word, not a verb. */
const UNITED_STATES = (tokens: readonly Token[], v: number) => tokens[v].norm === 'states' && tokens[v - 1]?.norm === 'united';

const isCapToken = (t: Token) => /^\p{Lu}/u.test(t.raw);
/** Small words inside a name: "Bank of America", "Beto de la Cruz". */
const CONNECTOR = /^(?:of|the|and|de|la|van|von|al|bin|del|da)$/;

const DETERMINERS = new Set(['the', 'these', 'those', 'this', 'that', 'a', 'an', 'his', 'her', 'their', 'its', 'such', 'our', 'my', 'your', 'any', 'no']);
const LEAD_CONNECTORS = new Set(['but', 'however', 'and', 'yet', 'so', 'meanwhile', 'still', 'now', 'also']);
/** Adverbs that open a sentence, set apart by a comma ("Regardless, the State Department said …"): no one who speaks. */
const SENTENCE_ADVERB = /^(?:regardless|nevertheless|nonetheless|instead|moreover|furthermore|however|indeed|besides|otherwise|likewise|thus|hence|consequently|overall|meanwhile|still|again|afterward|afterwards|anyway|yet)$/;
const NEGATION = new Set(['not', "didn't", "doesn't", "hasn't", "haven't", 'never', "wouldn't", "won't"]);
const AUX_BEFORE_NOT = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'would', 'will', 'could']);

function gapBefore(ctx: Ctx, k: number): string {
  const a = ctx.tokens[k - 1];
  const b = ctx.tokens[k];
  return a && b ? ctx.text.slice(a.end, b.start) : '';
}

interface Parsed {
  contentStart: number;
  contentEnd: number;
  speaker: string | null;
  verb: string | null;
  negated: boolean;
  relay: string | null;
  relayStart: number;
  relayEnd: number;
  attStart: number;
  attEnd: number;
}

/** Reported speech in the tokens [a, b) of one clause, or null. */
function parseClause(ctx: Ctx, a: number, b: number): Parsed | null {
  const { tokens } = ctx;
  // Skip connectives and a leading adverb with its comma ("However,", "Initially,").
  while (a < b && (LEAD_CONNECTORS.has(tokens[a].norm) || ((/ly$/.test(tokens[a].norm) || SENTENCE_ADVERB.test(tokens[a].norm)) && /,/.test(gapBefore(ctx, a + 1))))) a++;
  // "LONDON — After nearly 20 years …": a dateline is no part of what was said; nor "WASHINGTON (AP) —", "NEW YORK,
  // Dec. 22 (UPI) —" before the speaker.
  a = datelineEnd(ctx, a, b);
  let d = a;
  while (d < b && d - a < 4 && /^\p{Lu}[\p{Lu}.'’-]*$/u.test(tokens[d].raw) && tokens[d].raw.length > 1) d++;
  if (d > a && d < b && /^\s*[—–-]\s*$/.test(gapBefore(ctx, d))) a = d;
  if (b - a < 4) return null;
  const endChar = tokens[b - 1].end;
  // "According to X, …"
  if (tokens[a].norm === 'according' && tokens[a + 1]?.norm === 'to') {
    let k = a + 2;
    while (k < b && k - a < 14 && !/,/.test(gapBefore(ctx, k))) k++;
    // "According to data from the National Highway Traffic Safety Administration, …": no comma found is no end of who.
    if (k < b && !/,/.test(gapBefore(ctx, k))) return null;
    // "According to data from the National Highway Traffic Safety Administration": the source of the data.
    const from = tokens.slice(a + 2, k).findIndex((t) => /^(?:from|by)$/.test(t.norm));
    const sp = speakerOf(ctx, a + 2, k) ?? (from > 0 ? speakerOf(ctx, a + 3 + from, k) : null);
    // Skip an appositive: "According to X, the Russian rights commissioner, …"
    let c = k;
    if (c < b && DETERMINERS.has(tokens[c].norm)) {
      let j = c + 1;
      while (j < b && j - c < 8 && !/,/.test(gapBefore(ctx, j))) j++;
      if (j < b && j - c < 8) c = j;
    }
    if (!sp || b - c < 4) return null;
    return {
      contentStart: tokens[c].start, contentEnd: endChar, speaker: sp.name, verb: null, negated: false,
      relay: null, relayStart: -1, relayEnd: -1, attStart: tokens[a].start, attEnd: tokens[k - 1].end,
    };
  }
  // "Within months of the acquisition, Forte said, Whole Foods was selling …": a name and its verb between commas, in
  // the middle; what was said is the clause after it.
  for (let k = a + 1; k < b - 4 && k - a <= 12; k++) {
    if (!/,/.test(gapBefore(ctx, k)) || !isCapToken(tokens[k])) continue;
    let v = k + 1;
    while (v < b && v - k < 4 && isCapToken(tokens[v]) && !/[,;:]/.test(gapBefore(ctx, v))) v++;
    if (v >= b - 3 || !ANY_REPORTING.has(tokens[v].norm) || /[,;:]/.test(gapBefore(ctx, v)) || !/^\s*,\s*$/.test(gapBefore(ctx, v + 1))) continue;
    const sp = speakerOf(ctx, k, v);
    if (!sp) break;
    return {
      contentStart: tokens[v + 1].start, contentEnd: endChar, speaker: sp.name, verb: tokens[v].raw, negated: false,
      relay: null, relayStart: -1, relayEnd: -1, attStart: sp.start, attEnd: tokens[v].end,
    };
  }
  // "…, X said Monday" / "…, as reported by X".
  for (let k = b - 1; k > a + 3; k--) {
    if (!/,/.test(gapBefore(ctx, k))) continue;
    if (b - k > 14) break;
    if (tokens[k].norm === 'as' && tokens[k + 1]?.norm === 'reported' && tokens[k + 2]?.norm === 'by') {
      let e = k + 3;
      while (e < b && e - k < 10 && !/^(?:on|in|at|during|after|before|yesterday|today)$/.test(tokens[e].norm) && !/,/.test(gapBefore(ctx, e))) e++;
      const sp = speakerOf(ctx, k + 3, e);
      if (!sp) break;
      return {
        contentStart: tokens[a].start, contentEnd: tokens[k - 1].end, speaker: sp.name, verb: tokens[k + 1].raw,
        negated: false, relay: null, relayStart: -1, relayEnd: -1, attStart: tokens[k].start, attEnd: sp.end,
      };
    }
    // "…, according to local news reports": the reports are who, not a verb.
    // ("Moskalkova said …, according to RIA Novosti": a relay of what someone said, read below.)
    if (tokens[k].norm === 'according' && tokens[k + 1]?.norm === 'to' && !tokens.slice(a, k).some((t) => ANY_REPORTING.has(t.norm))) {
      const sp = speakerOf(ctx, k + 2, b);
      if (!sp) break;
      return {
        contentStart: tokens[a].start, contentEnd: tokens[k - 1].end, speaker: sp.name, verb: null, negated: false,
        relay: null, relayStart: -1, relayEnd: -1, attStart: tokens[k].start, attEnd: sp.end,
      };
    }
    // "In a wide-ranging interview, President Obama also said:": a phrase of time or place is not what was said.
    if (/^(?:in|at|on|during|after|before|from|speaking|asked|while|when|since|earlier|later|last|this)$/.test(tokens[a].norm) && k - a <= 8) break;
    const f = attributionAfter(ctx, tokens[k].start, endChar, ANY_REPORTING);
    // A verb without anyone after it ("X, a spokesman, said the numbers were wrong") is the verb of the clause's subject;
    // one with more of the sentence after it ("…, prices it said were a result of the deal") ends nothing.
    const rest = f ? tokens.slice(tokenAt(tokens, f.end), b).length : 0;
    if (f && f.verb && f.speaker && rest <= 6) {
      return {
        contentStart: tokens[a].start, contentEnd: tokens[k - 1].end, speaker: f.speaker, verb: f.verb, negated: false,
        relay: f.relay, relayStart: f.relayStart, relayEnd: f.relayEnd, attStart: f.start, attEnd: f.end,
      };
    }
    // "…, said Brian Fallon, a spokesman for the campaign": an appositive at the end; the attribution is before it.
    // "…, said Robert Egge, executive director of the group": a title without an article, too.
    if (DETERMINERS.has(tokens[k].norm) || (/^\p{Ll}+$/u.test(tokens[k].raw) && !STOPWORDS.has(tokens[k].norm) && !/(?:ing|ed|ly)$/.test(tokens[k].norm) && !/^(?:never|not|also|then|now|still|just|even|only|so|too|once|again)$/.test(tokens[k].norm) && !ANY_REPORTING.has(tokens[k].norm))) continue;
    break;
  }
  // "X said (that) …", "X did not confirm …"; "In a wide-ranging interview, X said …": the opening phrase set apart.
  if (/^(?:in|at|on|during|after|before|from|speaking|while|earlier|later|last|this)$/.test(tokens[a].norm)) {
    let c = a + 1;
    while (c < b && c - a <= 8 && !/[,;:]/.test(gapBefore(ctx, c))) c++;
    if (c < b && c - a <= 8 && /,/.test(gapBefore(ctx, c))) a = c;
  }
  for (let v = a + 1; v < b && v - a <= 28; v++) {
    if (/[;:!?"“”«»]/.test(gapBefore(ctx, v))) return null;
    const t = tokens[v];
    if (!ANY_REPORTING.has(t.norm) || UNITED_STATES(tokens, v)) continue;
    // "these claims", "after reports": a noun, not a verb.
    if (DETERMINERS.has(tokens[v - 1].norm) || /^(?:after|of|in|on|amid|despite|following|with|by|from|to|for|about)$/.test(tokens[v - 1].norm)) return null;
    // "President Obama passionately rebuked critics who say he should …": the verb of a "who" clause after the sentence's
    // own verb is not the sentence subject's, and the speaker would be all the words before it; no statement is read
    // from it ("… offered fresh ammunition to Republicans who say" still gives Republicans).
    const mainVerb = tokens.slice(a + 1, v - 2).some((x) => /^\p{Ll}+ed$/u.test(x.raw) && !STOPWORDS.has(x.norm));
    const commaFree = !tokens.slice(a + 1, v).some((_, i) => /[,;:—–]/.test(gapBefore(ctx, a + 1 + i)));
    if (tokens[v - 1].norm === 'who' && v - 2 > a && /^\p{Ll}/u.test(tokens[v - 2].raw) && mainVerb && commaFree) return null;
    // "Quintanilla seemed taken aback and mentioned that …": a verb joined by "and" to the subject's first one; the subject
    // opens the clause, and "that" follows the verb.
    if (/^(?:and|but)$/.test(tokens[v - 1].norm) && tokens[v + 1]?.norm === 'that' && v - a <= 14 && !/[,;:.!?"“”«»()—–]/.test(tokens.slice(a + 1, v + 1).map((_, i) => gapBefore(ctx, a + 1 + i)).join(''))) {
      const sp = sentenceSubject(ctx, a, v - 1);
      if (sp && sp.start === tokens[a].start && /^\p{Lu}/u.test(sp.name) && b - (v + 2) >= 4) {
        return {
          contentStart: tokens[v + 2].start, contentEnd: endChar, speaker: sp.name, verb: t.raw, negated: false,
          relay: null, relayStart: -1, relayEnd: -1, attStart: sp.start, attEnd: t.end,
        };
      }
    }
    let subjEnd = v;
    let negated = false;
    while (subjEnd > a && (NEGATION.has(tokens[subjEnd - 1].norm) || AUX_BEFORE_NOT.has(tokens[subjEnd - 1].norm) || /ly$|^(?:also|later|earlier|then|again|previously|once|further|separately|recently)$/.test(tokens[subjEnd - 1].norm))) {
      if (NEGATION.has(tokens[subjEnd - 1].norm)) negated = true;
      subjEnd--;
    }
    let appositive = false;
    let subjStart = a;
    for (let k = a + 1; k < subjEnd; k++) {
      if (/,/.test(gapBefore(ctx, k))) {
        // "X, the …, said": keep X.
        if (DETERMINERS.has(tokens[k].norm)) subjEnd = k;
        else if (/,/.test(gapBefore(ctx, subjEnd)) && subjEnd - k <= 14 && !tokens.slice(k, subjEnd).some((t, i) => i > 0 && /[;:"“”«»]/.test(gapBefore(ctx, k + i)))) {
          // An aside set apart by commas and closed right before the verb: "Jane Doe, 45, a teacher from Ohio, said", "Doe,
          // who voted for Obama twice, said", "Rep. Jane Doe, D-Calif., said": the name before it. "The campaign’s spokesman,
          // Brian Fallon, said": a name between commas after a noun for someone is who.
          // "Clinton’s husband, former President Bill Clinton, said": a word that describes the name may come first.
          const kn = subjEnd - k >= 3 && /^(?:former|then|longtime|late|current|fellow|retired|ex)$/.test(tokens[k].norm) ? k + 1 : k;
          const named = tokens.slice(kn, subjEnd).every((t) => isCapToken(t) || CONNECTOR.test(t.norm)) && /^\p{Ll}/u.test(tokens[k - 1].raw) && !STOPWORDS.has(tokens[k - 1].norm);
          if (named) subjStart = kn;
          else if (isCapToken(tokens[a]) && isCapToken(tokens[k - 1])) subjEnd = k;
          else return null;
        } else return null;
        appositive = true;
        break;
      }
    }
    // "I guess that settles it, said six-million people": what comes before ", said" is what was said, not who.
    if (!appositive && /,/.test(gapBefore(ctx, subjEnd))) return null;
    if (subjEnd <= a || subjEnd - subjStart > 12 || (v - a > 13 && !appositive)) return null;
    if (STOPWORDS.has(tokens[a].norm) && !PRONOUNS.has(tokens[a].norm) && !DETERMINERS.has(tokens[a].norm) && tokens[a].norm !== 'many' && tokens[a].norm !== 'some') return null;
    const sp = speakerOf(ctx, subjStart, subjEnd);
    if (!sp) return null;
    let c = v + 1;
    // "told European officials that …": skip the hearer.
    if (t.norm === 'told' || t.norm === 'tell' || t.norm === 'tells') {
      let j = c;
      while (j < b && j - c < 5 && tokens[j].norm !== 'that') j++;
      if (j < b && tokens[j].norm === 'that') c = j;
    }
    // "said on Monday that …", "said in a statement that …": the time or the medium is no part of what was said.
    if (tokens[c] && /^(?:on|in|at|for|during|late|early|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[c].norm)) {
      let j = c + 1;
      while (j < b && j - c < 6 && tokens[j].norm !== 'that' && !/[,;:]/.test(gapBefore(ctx, j))) j++;
      if (j < b && tokens[j].norm === 'that' && !/[,;:]/.test(gapBefore(ctx, j))) c = j;
    }
    if (tokens[c]?.norm === 'that') c++;
    if (b - c < 4 || /ing$/.test(t.norm)) return null;
    // "X said, according to Y": a relay, not what was said.
    if (tokens[c].norm === 'according' || (tokens[c].norm === 'as' && tokens[c + 1]?.norm === 'reported')) return null;
    const relay = findRelay(ctx, v + 1, b, true);
    // "X said …, according to Y": the relay at the end is no part of what was said.
    const trailing = relay && relay.start > tokens[c].start && relay.end === endChar && /^(?:according|as reported|reported by|cited by|quoted by)\b/i.test(ctx.text.slice(relay.start, relay.end));
    const contentEnd = trailing ? relay.start : endChar;
    return {
      contentStart: tokens[c].start, contentEnd, speaker: sp.name, verb: t.raw, negated,
      relay: relay?.relay ?? null, relayStart: relay?.start ?? -1, relayEnd: relay?.end ?? -1,
      attStart: sp.start, attEnd: t.end,
    };
  }
  return null;
}

function toClaim(ctx: Ctx, p: Parsed, context: Span, headline: boolean, names: ((s: number, e: number) => string[]) | null): StatementClaim {
  const { text } = ctx;
  let [s, e] = [p.contentStart, p.contentEnd];
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s.,;:!?'"’”»]/.test(text[e - 1])) e--;
  const claim: StatementClaim = {
    span: makeSpan(text, s, e),
    context: contextSpan(text, context.start, context.end, Math.min(s, p.attStart >= 0 ? p.attStart : s), Math.max(e, p.attEnd)),
    speaker: p.speaker,
    verb: p.verb,
    verbKind: p.verb ? verbKindOf(p.verb) : p.speaker ? 'neutral' : null,
    relay: p.relay,
    headline,
  };
  if (p.attStart >= 0 && p.attEnd > p.attStart) claim.attribution = makeSpan(text, p.attStart, p.attEnd);
  if (p.relayStart >= 0) claim.relaySpan = makeSpan(text, p.relayStart, p.relayEnd);
  if (p.negated) claim.negated = true;
  const n = names ? names(s, e) : [];
  if (n.length > 0) claim.names = n;
  return claim;
}

/** The headline as a statement: attributed ("Russia Says …", "…, Russian official claims", "X: …") or a fact. */
export function headlineStatement(ctx: Ctx, start: number, end: number, names: (s: number, e: number) => string[]): StatementClaim | null {
  const { tokens } = ctx;
  const a = tokenAt(tokens, start);
  let b = a;
  while (b < tokens.length && tokens[b].end <= end) b++;
  if (b - a < 3) return null;
  const ctxSpan = { start, end };
  const base: Parsed = {
    contentStart: tokens[a].start, contentEnd: tokens[b - 1].end, speaker: null, verb: null, negated: false,
    relay: null, relayStart: -1, relayEnd: -1, attStart: -1, attEnd: -1,
  };
  // "…, Russian official claims"
  for (let k = b - 1; k > a + 2 && b - k <= 6; k--) {
    if (!/,/.test(gapBefore(ctx, k))) continue;
    const last = tokens[b - 1];
    if (ANY_REPORTING.has(last.norm) && b - 1 > k) {
      const sp = speakerOf(ctx, k, b - 1);
      if (sp) return toClaim(ctx, { ...base, contentEnd: tokens[k - 1].end, speaker: sp.name, verb: last.raw, attStart: sp.start, attEnd: last.end }, ctxSpan, true, names);
    }
    break;
  }
  // "Russia Says …"
  for (let v = a + 1; v < b - 2 && v - a <= 5; v++) {
    if (/[,;:"“”«»]/.test(gapBefore(ctx, v))) break;
    if (!ANY_REPORTING.has(tokens[v].norm) || !/^(?:says?|said|claims?|claimed|confirms?|confirmed|admits?|admitted|insists?|alleges?|warns?|tells?|told|announces?|denies|reports?|believes?|estimates?|states?|declares?)$/i.test(tokens[v].raw)) continue;
    // "United States to Lift Sudan Sanctions": a name, not "United" stating.
    if (UNITED_STATES(tokens, v)) continue;
    const sp = speakerOf(ctx, a, v);
    if (!sp) break;
    let c = v + 1;
    if (tokens[c]?.norm === 'that') c++;
    const contentStart = tokens[c - 1] === tokens[v] ? tokens[v].end : tokens[c].start;
    return toClaim(ctx, { ...base, contentStart, speaker: sp.name, verb: tokens[v].raw, attStart: sp.start, attEnd: tokens[v].end }, ctxSpan, true, names);
  }
  // "Obama: …"
  for (let k = a + 1; k < b - 2 && k - a <= 4; k++) {
    if (/:/.test(gapBefore(ctx, k))) {
      const sp = speakerOf(ctx, a, k);
      if (sp) return toClaim(ctx, { ...base, contentStart: tokens[k].start, speaker: sp.name, attStart: sp.start, attEnd: sp.end }, ctxSpan, true, names);
      break;
    }
  }
  return toClaim(ctx, base, ctxSpan, true, names);
}

/**
 * Reported speech in the body sentences, lede first, skipping sentences that hold a direct quote. The names in
 * what is said are read for the first `named` only, the statements kept; the rest tell only who speaks where.
 */
export function reportedSpeech(
  ctx: Ctx,
  sentences: readonly Span[],
  bodyStart: number,
  quoted: (s: number, e: number) => boolean,
  names: (s: number, e: number) => string[],
  limit: number,
  named = limit,
): StatementClaim[] {
  const out: StatementClaim[] = [];
  const { tokens } = ctx;
  for (const sent of sentences) {
    if (out.length >= limit) break;
    if (sent.start < bodyStart || quoted(sent.start, sent.end)) continue;
    const a = tokenAt(tokens, sent.start);
    let b = a;
    while (b < tokens.length && tokens[b].end <= sent.end && b - a < 200) b++;
    // Clauses: split at ";" and at ", but" / "; however".
    let cs = a;
    for (let k = a + 1; k <= b; k++) {
      const boundary = k === b || /;/.test(gapBefore(ctx, k)) || (/,/.test(gapBefore(ctx, k)) && (tokens[k].norm === 'but' || tokens[k].norm === 'however' || tokens[k].norm === 'whereas'));
      if (!boundary) continue;
      const p = parseClause(ctx, cs, k);
      if (p && out.length < limit) out.push(toClaim(ctx, p, sent, false, out.length < named ? names : null));
      cs = k;
    }
  }
  return out;
}

export type { Token };
