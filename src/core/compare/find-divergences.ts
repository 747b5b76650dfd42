/**
 * Where the article and its related reports diverge: figures, quotes and
 * attributions, each tied to an exact span of the article's text.
 *
 * Every report's claims are extracted beforehand (`extractClaims`); this step
 * only aligns them. A report's `same` copies are already folded into it and are
 * listed under each of its findings rather than counted again.
 *
 * @example
 * const divergences = findDivergences({ text, published: '2025-02-24', claims: extractClaims(text) }, related);
 */
import type { FigureClaim, QuoteClaim, ReportClaims, StatementClaim, TextSpan } from '../claims/types';
import { agreement, alignFigures, contestedPairs, EVOLVING, PEOPLE_COUNTS, sameSource, selfToo, type Alignment } from './align-figures';
import { compareWording, matchParaphrase, matchQuote } from './align-quotes';
import { sameWordsInOrder } from './word-diff';
import { attributedCounterpart, isAttributed, sameEvent, sameStatement } from './align-statements';
import { sameSpeaker } from './similarity';
import { surname } from '../claims/age-roles';
import type { AttributionFacts, ComparedReport, Divergence, DivergenceOther, FigureFacts, StatementFacts } from './types';

export interface ArticleInput {
  text: string;
  published: string | null;
  claims: ReportClaims;
}

/** Divergences of the article from its related reports, sorted by position. Never throws. */
export function findDivergences(article: ArticleInput, others: ComparedReport[]): Divergence[] {
  try {
    return find(article, others);
  } catch {
    return [];
  }
}

function valid(span: TextSpan | null | undefined, text: string): span is TextSpan {
  return !!span && span.start >= 0 && span.end <= text.length && span.end > span.start && text.slice(span.start, span.end) === span.text;
}

function safeClaims(c: ReportClaims | null | undefined): ReportClaims {
  return {
    figures: Array.isArray(c?.figures) ? c.figures : [],
    quotes: Array.isArray(c?.quotes) ? c.quotes : [],
    statements: Array.isArray(c?.statements) ? c.statements : [],
  };
}

/** A divergence before its place in the article and the reports that give it are known. */
type Finding = Divergence extends infer D ? (D extends Divergence ? Omit<D, 'start' | 'end' | 'text' | 'others'> : never) : never;
type OtherOf<F extends Finding> = Extract<Divergence, { kind: F['kind'] }>['others'][number];

class Collector {
  private byKey = new Map<string, Divergence>();
  constructor(private text: string) {}

  add<F extends Finding>(d: F, span: TextSpan, other: OtherOf<F>): void {
    if (!valid(span, this.text)) return;
    const key = `${d.kind}|${d.subtype}|${span.start}|${span.end}`;
    let div = this.byKey.get(key);
    if (!div) {
      div = { ...d, start: span.start, end: span.end, text: span.text, others: [] } as unknown as Divergence;
      this.byKey.set(key, div);
    }
    const others = div.others as Array<DivergenceOther<unknown>>;
    if (!others.some((o) => o.reportId === other.reportId)) others.push(other);
  }

  result(): Divergence[] {
    const all = [...this.byKey.values()];
    // One finding per place: a second of the same kind and subtype over an overlapping span joins the first.
    all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const kept: Divergence[] = [];
    for (const d of all) {
      const dup = kept.find((k) => k.kind === d.kind && k.subtype === d.subtype && k.start < d.end && d.start < k.end);
      if (dup) {
        const others = dup.others as Array<DivergenceOther<unknown>>;
        for (const o of d.others) if (!others.some((x) => x.reportId === o.reportId)) others.push(o);
      } else kept.push(d);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  }
}

function otherOf<F>(r: ComparedReport, span: TextSpan, context: TextSpan, facts: F): DivergenceOther<F> {
  return {
    reportId: r.id, start: span.start, end: span.end, text: span.text, context: context.text,
    outlet: r.outlet ?? null, published: r.published ?? null, url: r.url ?? null, copies: [...(r.copies ?? [])], facts,
  };
}

function find(article: ArticleInput, reports: ComparedReport[]): Divergence[] {
  const text = typeof article?.text === 'string' ? article.text : '';
  const mine = safeClaims(article?.claims);
  const out = new Collector(text);
  const seen = new Set<string>();
  for (const r of Array.isArray(reports) ? reports : []) {
    if (!r || typeof r.id !== 'string' || seen.has(r.id)) continue;
    seen.add(r.id);
    const theirs = safeClaims(r.claims);
    compareFigures(out, article, mine.figures, r, theirs.figures);
    compareQuotes(out, mine.quotes, r, theirs);
    compareStatements(out, mine, r, theirs.statements);
  }
  return out.result();
}

/**
 * Two reporting verbs whose stance differs in a way a reader should see: one of them distances ("claimed",
 * "alleged") and the other does not. "Said" against "confirmed" is two words for one stance, on real coverage
 * almost always.
 */
function stancesDiffer(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a !== b && (a === 'distancing' || b === 'distancing');
}

function figureFacts(f: FigureClaim): FigureFacts {
  const d: FigureFacts = {
    value: f.value, qualifier: f.qualifier, unit: f.unit ?? null, measure: f.measure, subject: f.subject ?? null,
    counted: f.counted ?? null, source: f.source ?? null,
  };
  if (f.high !== undefined) d.high = f.high;
  if (f.scope) d.scope = f.scope;
  if (f.role) d.role = f.role;
  if (f.zone) d.zone = f.zone;
  if (f.period) d.period = f.period;
  if (f.change) d.change = f.change;
  return d;
}

const withRival = (f: FigureClaim, rival: FigureClaim): FigureFacts => ({ ...figureFacts(f), contestedBy: { ...figureFacts(rival), text: rival.span.text } });

function figureAttribution(f: FigureClaim): AttributionFacts {
  return { speaker: f.source ?? null, verb: f.verb ?? null, verbKind: f.verbKind ?? null, relay: null };
}

/** A figure that tells of a death: a toll of the dead, or a sentence that says someone died. */
const toldDeath = (f: FigureClaim) => !!f && (f.measure === 'dead' || (!!f.context && /\b(?:killed|died|dies|dead|deadly|deaths?|fatal|fatally|slain|homicide)\b|(?<!attempted(?: first-degree| second-degree)? )\bmurder(?:ed)?\b/i.test(f.context.text)));
/** A sentence that tells of someone hurt other than by a bullet. */
const hurtOtherwise = (f: FigureClaim) => !!f?.context && /\b(?:glass|fell|trampled|debris|shrapnel|stampede)\b/i.test(f.context.text);
/** "four other people who were injured", "The other four victims", "two other wounded men": others than some, a part. */
const othersThan = (f: FigureClaim) => {
  const t = f.context.text;
  const at = f.span.start - f.context.start;
  return /\bother\s+$/i.test(t.slice(Math.max(0, at - 7), at)) || /^\s+(?:\S+\s+)?others?\b/i.test(t.slice(at + f.span.text.length, at + f.span.text.length + 24)) || !!f.scope?.partial;
};

/**
 * The name words a report gives two people by, among the ages it names in full: surnames with two first names
 * ("Brittany Powell, 27", "Lamont Powell, 24"), or first names at two ages ("Coleton Lee Tarpley, 36", "Coleton
 * Tarpley, 9": a father and his son).
 */
function sharedNames(figures: FigureClaim[], key: (name: string) => string, apart: (f: FigureClaim) => string | number): Set<string> {
  const seen = new Map<string, Set<string | number>>();
  for (const f of figures) {
    if (f?.measure !== 'age' || typeof f.subject !== 'string' || !/^\p{Lu}\S*\s+\S/u.test(f.subject)) continue;
    const k = key(f.subject);
    seen.set(k, (seen.get(k) ?? new Set()).add(apart(f)));
  }
  return new Set([...seen].filter(([, values]) => values.size > 1).map(([k]) => k));
}
const firstName = (name: string) => name.split(/\s+/)[0].toLowerCase();
const sharedSurnames = (figures: FigureClaim[]) => sharedNames(figures, surname, (f) => firstName(f.subject!));
const sharedFirstNames = (figures: FigureClaim[]) => sharedNames(figures, firstName, (f) => f.value);

/** An age told by one name word ("Coleton, 6") is no one's in particular where the other report has two people of that first name. */
function firstNameAlone(f: FigureClaim, theirFirsts: Set<string>): boolean {
  return f.measure === 'age' && typeof f.subject === 'string' && /^\p{Lu}\S*$/u.test(f.subject) && theirFirsts.has(f.subject.toLowerCase());
}

/** An age told by a surname alone ("Powell, 24") is no one's in particular in a report that names two of that surname. */
function surnameAlone(f: FigureClaim, theirShared: Set<string>): boolean {
  return f.measure === 'age' && typeof f.subject === 'string' && /^\p{Lu}\S*$/u.test(f.subject) && theirShared.has(surname(f.subject));
}

/** Two first names of one surname told apart by a letter are two people when either report names two of that surname. */
function speltApartInFamily(f: FigureClaim, g: FigureClaim, sharedHere: Set<string>, sharedThere: Set<string>): boolean {
  if (f.measure !== 'age' || g.measure !== 'age' || typeof f.subject !== 'string' || typeof g.subject !== 'string') return false;
  const last = surname(f.subject);
  if (last !== surname(g.subject) || !(sharedHere.has(last) || sharedThere.has(last))) return false;
  return f.subject.includes(' ') && g.subject.includes(' ') && firstName(f.subject) !== firstName(g.subject);
}

function compareFigures(out: Collector, article: ArticleInput, mine: FigureClaim[], r: ComparedReport, theirs: FigureClaim[]): void {
  const contestedHere = contestedPairs(mine);
  const contestedThere = contestedPairs(theirs);
  const sharedHere = sharedSurnames(mine);
  const sharedThere = sharedSurnames(theirs);
  const firstsHere = sharedFirstNames(mine);
  const firstsThere = sharedFirstNames(theirs);
  // A report that says anywhere that the gunman died ("… before police killed him") may count the dead with him or
  // without: its tolls are not set against another's one apart ("The three people killed" against "Four dead").
  const gunmanDead = mine.some((f) => f?.context && selfToo(f)) || theirs.some((f) => f?.context && selfToo(f));
  // Where neither report tells of a death, those shot are those hurt ("5 teens injured", "six victims being shot").
  // Not where some were hurt otherwise ("and a fifth person injured by flying glass", "one person fell").
  const noDeath = !mine.some(toldDeath) && !theirs.some(toldDeath) && !mine.some(hurtOtherwise) && !theirs.some(hurtOtherwise);
  for (const f of mine) {
    if (!f || typeof f.value !== 'number' || !f.measure) continue;
    const aligned: Array<{ g: FigureClaim; a: Alignment }> = [];
    for (const g of theirs) {
      if (!g || typeof g.value !== 'number') continue;
      if (surnameAlone(f, sharedThere) || surnameAlone(g, sharedHere) || speltApartInFamily(f, g, sharedHere, sharedThere)) continue;
      if (firstNameAlone(f, firstsThere) || firstNameAlone(g, firstsHere)) continue;
      if (gunmanDead && f.measure === 'dead' && g.measure === 'dead' && Math.abs(f.value - g.value) === 1) continue;
      const asHurt = noDeath && ((f.measure === 'injured' && g.measure === 'shot') || (f.measure === 'shot' && g.measure === 'injured')) && !othersThan(f) && !othersThan(g);
      const a = alignFigures(f, asHurt ? { ...g, measure: f.measure } : g, r.relation);
      if (a) aligned.push({ g, a });
    }
    if (aligned.length === 0) continue;
    const best = (xs: typeof aligned) => xs.sort((x, y) => y.a.strength - x.a.strength || y.a.similarity - x.a.similarity);
    const same = best(aligned.filter(({ g }) => agreement(f, g) === 'same'));
    const partner = contestedHere.get(f);
    if (same.length > 0) {
      const g = same[0].g;
      if (partner) {
        out.add({ kind: 'figure', subtype: 'contested', facts: withRival(f, partner) }, f.span, otherOf(r, g.span, g.context, figureFacts(g)));
      } else {
        const theirPartner = contestedThere.get(g);
        if (theirPartner) out.add({ kind: 'figure', subtype: 'contested', facts: figureFacts(f) }, f.span, otherOf(r, g.span, g.context, withRival(g, theirPartner)));
      }
      // The same figure from the same source, given with a verb of another stance.
      if (stancesDiffer(f.verbKind, g.verbKind) && f.source && g.source && sameSource(f.source, g.source) && f.attribution) {
        out.add({ kind: 'attribution', subtype: 'verb-kind', facts: figureAttribution(f) }, f.attribution, otherOf(r, g.attribution ?? g.span, g.context, figureAttribution(g)));
      }
      continue;
    }
    // No figure there is the same: the closest compared one differs, unless it is the other side of a contest here or
    // there, or either report gives the other's count of people too ("two dead" in one report's headline and "one person
    // dead" in its text, against "two killed, including the suspect": the reports count the dead two ways, and agree).
    if (givesToo(theirs, f)) continue;
    const candidates = aligned.filter(({ g }) => {
      if (partner && agreement(partner, g) === 'same') return false;
      if (givesToo(mine, g)) return false;
      // "killing one person and shooting four others" against "Five people were shot": the others and the one are five.
      const fAll = withTheOthers(f, mine);
      const gAll = withTheOthers(g, theirs);
      if ((fAll !== null && gAll === null && fAll === g.value) || (gAll !== null && fAll === null && gAll === f.value)) return false;
      const theirPartner = contestedThere.get(g);
      return !(theirPartner && agreement(f, theirPartner) === 'same');
    });
    if (candidates.length === 0) continue;
    const { g } = best(candidates)[0];
    const how = agreement(f, g);
    const a = article.published;
    const b = r.published;
    // "Adrian Perkins, 24," at his arrest and "Perkins, 26," at his sentencing two years on: he is older, not misreported.
    if (f.measure === 'age' && aged(f, a, g, b)) continue;
    // Only values that cannot both be right have changed: "two" and "at least two" a day apart are given differently, not changed.
    const overTime = how === 'conflict' && EVOLVING.has(f.measure) && ((!!a && !!b && a !== b) || !!f.change || !!g.change);
    const subtype = overTime ? 'changed-over-time' : how === 'compatible' ? 'compatible' : 'conflict';
    out.add({ kind: 'figure', subtype, facts: figureFacts(f) }, f.span, otherOf(r, g.span, g.context, figureFacts(g)));
  }
}

/** An age given by a later report as higher by no more than the years between the reports (and a birthday). */
function aged(f: FigureClaim, fDate: string | null | undefined, g: FigureClaim, gDate: string | null | undefined): boolean {
  const ta = fDate ? Date.parse(fDate) : NaN;
  const tb = gDate ? Date.parse(gDate) : NaN;
  if (!Number.isFinite(ta) || !Number.isFinite(tb) || f.high !== undefined || g.high !== undefined) return false;
  const years = (tb - ta) / (365.25 * 86400000);
  // A baby's age in months grows by the months between, a month's slack for the day of the month ("9-month-old" on
  // 13 October, "11-month-old" in December; not "14-month-old" four days later).
  if (f.unit === 'mo' && g.unit === 'mo') {
    const months = years * 12;
    const grown = g.value - f.value;
    return Math.abs(months) >= 0.5 && Math.sign(grown) === Math.sign(months) && Math.abs(grown) <= Math.ceil(Math.abs(months));
  }
  const older = g.value - f.value;
  if (f.unit === 'mo' || g.unit === 'mo' || Math.abs(years) < 0.25 || Math.sign(older) !== Math.sign(years)) return false;
  return Math.abs(older) <= Math.ceil(Math.abs(years));
}

/**
 * A count of "others" shot with the people its sentence counts before it ("killing one person and shooting four
 * others": five people shot), or null when `x` is no such count. Only those shot or hit include the dead; "one
 * dead and eleven others injured" are eleven injured.
 */
function withTheOthers(x: FigureClaim, figures: readonly FigureClaim[]): number | null {
  if ((x.measure !== 'shot' && x.measure !== 'casualties') || !/^\s+others?\b/.test(x.context.text.slice(x.span.end - x.context.start))) return null;
  let sum = x.value;
  for (const h of figures) {
    if (h && h !== x && h.context.start === x.context.start && h.span.start < x.span.start && PEOPLE_COUNTS.has(h.measure) && h.measure !== x.measure) sum += h.value;
  }
  return sum === x.value ? null : sum;
}

/** `figures` give a count of people of `x`'s measure with `x`'s value. */
function givesToo(figures: readonly FigureClaim[], x: FigureClaim): boolean {
  return PEOPLE_COUNTS.has(x.measure) && figures.some((h) => h && h.measure === x.measure && agreement(h, x) === 'same');
}

function quoteFacts(q: QuoteClaim): AttributionFacts {
  return { speaker: q.speaker, verb: q.verb, verbKind: q.verbKind, relay: q.relay };
}

function compareQuotes(out: Collector, mine: QuoteClaim[], r: ComparedReport, theirs: ReportClaims): void {
  for (const q of mine) {
    const m = matchQuote(q, theirs.quotes);
    if (!m) {
      const s = matchParaphrase(q, theirs.statements);
      if (s) out.add({ kind: 'quote', subtype: 'paraphrased', facts: quoteFacts(q) }, q.span, otherOf(r, s.span, s.context, statementFacts(s)));
      continue;
    }
    const o = m.other;
    if (!sameWordsInOrder(q.span.text, o.span.text)) continue;
    const w = compareWording(q.span.text, o.span.text);
    // Between reports that are not rewrites of one another, a quote changed this much is more
    // likely another quote that shares words than the same one reworded.
    const loose = w.kind === 'reworded' && w.changed > (r.relation === 'story' ? 0.5 : 0.85);
    if (loose) continue;
    if (w.kind !== 'same') {
      out.add({ kind: 'quote', subtype: w.kind, diff: w.diff, changed: Math.round(w.changed * 100) / 100, facts: quoteFacts(q) }, q.span, otherOf(r, o.span, o.context, quoteFacts(o)));
    }
    const explicit = !q.continued && !o.continued && q.attribution && o.attribution;
    if (!explicit) continue;
    const att = q.attribution ?? q.span;
    // "he said" here and "he said" there: the two pronouns were resolved, and a difference is the resolving's, not the reports'.
    // Another speaker only between two written out, each with its verb: a pronoun the extractor resolved, or a source
    // given by "according to", is too often not the one who spoke (on gva-dev's pairs, all such flags read were wrong).
    if (sameSpeaker(q.speaker, o.speaker) === false && !q.speakerResolved && !o.speakerResolved && q.verb && o.verb) {
      // Another speaker only for words that are surely the same.
      if (w.kind === 'reworded' && w.changed > 0.3) continue;
      out.add({ kind: 'attribution', subtype: 'speaker', facts: quoteFacts(q) }, att, otherOf(r, o.attribution ?? o.span, o.context, quoteFacts(o)));
    } else if (!!q.relay !== !!o.relay) {
      out.add({ kind: 'attribution', subtype: 'relay', facts: quoteFacts(q) }, q.relaySpan ?? att, otherOf(r, o.relaySpan ?? o.attribution ?? o.span, o.context, quoteFacts(o)));
    } else if (stancesDiffer(q.verbKind, o.verbKind)) {
      out.add({ kind: 'attribution', subtype: 'verb-kind', facts: quoteFacts(q) }, att, otherOf(r, o.attribution ?? o.span, o.context, quoteFacts(o)));
    }
  }
}

function statementSpan(s: StatementClaim): TextSpan {
  const a = s.attribution;
  if (!a) return s.span;
  const start = Math.min(a.start, s.span.start);
  const end = Math.max(a.end, s.span.end);
  const text = s.context.text.slice(start - s.context.start, end - s.context.start);
  return { start, end, text };
}

function statementFacts(s: StatementClaim): StatementFacts {
  return { speaker: s.speaker, verb: s.verb, verbKind: s.verbKind, relay: s.relay, headline: s.headline };
}

function compareStatements(out: Collector, mine: ReportClaims, r: ComparedReport, theirs: StatementClaim[]): void {
  const head = mine.statements.find((s) => s.headline);
  if (head && !head.speaker) {
    // Where the article itself attributes the claim, if it does.
    const own = mine.statements.find((s) => !s.headline && isAttributed(s) && sameEvent(head, s) > 0);
    const o = attributedCounterpart(head, theirs);
    if (o) {
      out.add(
        { kind: 'attribution', subtype: 'fact-vs-attributed', facts: { ...statementFacts(head), attributedInBody: own ? `${own.attribution?.text ?? own.speaker}` : null } },
        head.context,
        otherOf(r, statementSpan(o), o.context, statementFacts(o)),
      );
    }
  } else if (head && isAttributed(head)) {
    const fact = theirs.find((s) => s.headline && !s.speaker);
    if (fact && sameEvent(head, fact, 3) > 0) {
      out.add({ kind: 'attribution', subtype: 'fact-vs-attributed', facts: { ...statementFacts(head), attributedInBody: null } }, statementSpan(head), otherOf(r, fact.span, fact.context, statementFacts(fact)));
    }
  }
  for (const s of mine.statements) {
    if (!isAttributed(s) || !s.verb || !s.verbKind) continue;
    const o = sameStatement(s, theirs);
    if (!o || !o.verb || !stancesDiffer(s.verbKind, o.verbKind)) continue;
    const facts: AttributionFacts = { speaker: s.speaker, verb: s.verb, verbKind: s.verbKind, relay: s.relay };
    out.add({ kind: 'attribution', subtype: 'verb-kind', facts }, s.attribution ?? s.span, otherOf(r, o.attribution ?? o.span, o.context, { speaker: o.speaker, verb: o.verb, verbKind: o.verbKind, relay: o.relay }));
  }
}
