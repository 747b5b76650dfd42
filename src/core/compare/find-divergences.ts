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
import { agree, alignFigures, contestedPairs, sameSource, type Alignment } from './align-figures';
import { compareWording, matchParaphrase, matchQuote } from './align-quotes';
import { sameWordsInOrder } from './word-diff';
import { attributedCounterpart, isAttributed, sameEvent, sameStatement } from './align-statements';
import { sameSpeaker } from './similarity';
import type { ComparedReport, Divergence, DivergenceOther } from './types';

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

class Collector {
  private byKey = new Map<string, Divergence>();
  constructor(private text: string) {}

  add(d: Omit<Divergence, 'start' | 'end' | 'text' | 'others'>, span: TextSpan, other: DivergenceOther): void {
    if (!valid(span, this.text)) return;
    const key = `${d.kind}|${d.subtype}|${span.start}|${span.end}`;
    let div = this.byKey.get(key);
    if (!div) {
      div = { ...d, start: span.start, end: span.end, text: span.text, others: [] } as Divergence;
      this.byKey.set(key, div);
    }
    if (!div.others.some((o) => o.reportId === other.reportId)) div.others.push(other);
  }

  result(): Divergence[] {
    const all = [...this.byKey.values()];
    // One finding per place: a second of the same kind and subtype over an overlapping span joins the first.
    all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const kept: Divergence[] = [];
    for (const d of all) {
      const dup = kept.find((k) => k.kind === d.kind && k.subtype === d.subtype && k.start < d.end && d.start < k.end);
      if (dup) {
        for (const o of d.others) if (!dup.others.some((x) => x.reportId === o.reportId)) dup.others.push(o);
      } else kept.push(d);
    }
    for (const d of kept) d.summary = summarize(d);
    return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  }
}

function otherOf(r: ComparedReport, span: TextSpan, context: TextSpan, detail?: DivergenceOther['detail']): DivergenceOther {
  const o: DivergenceOther = {
    reportId: r.id, start: span.start, end: span.end, text: span.text, context: context.text,
    outlet: r.outlet ?? null, published: r.published ?? null, url: r.url ?? null, copies: [...(r.copies ?? [])],
  };
  if (detail) o.detail = detail;
  return o;
}

function name(r: DivergenceOther): string {
  return r.outlet ?? r.reportId;
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

function figureDetail(f: FigureClaim): Record<string, string | number | boolean | null> {
  const d: Record<string, string | number | boolean | null> = { value: f.value, qualifier: f.qualifier, counted: f.counted, source: f.source };
  if (f.high !== undefined) d.high = f.high;
  if (f.unit) d.unit = f.unit;
  return d;
}

function compareFigures(out: Collector, article: ArticleInput, mine: FigureClaim[], r: ComparedReport, theirs: FigureClaim[]): void {
  const contestedHere = contestedPairs(mine);
  const contestedThere = contestedPairs(theirs);
  for (const f of mine) {
    const aligned: Array<{ g: FigureClaim; a: Alignment }> = [];
    for (const g of theirs) {
      const a = alignFigures(f, g, r.relation);
      if (a) aligned.push({ g, a });
    }
    if (aligned.length === 0) continue;
    const agreeing = aligned.filter(({ g }) => agree(f, g)).sort((x, y) => y.a.strength - x.a.strength || y.a.similarity - x.a.similarity);
    const partner = contestedHere.get(f);
    if (agreeing.length > 0) {
      const g = agreeing[0].g;
      if (partner) {
        out.add({ kind: 'figure', subtype: 'contested', summary: '', detail: { ...figureDetail(f), contestedBy: partner.source, contestedValue: partner.value } }, f.span, otherOf(r, g.span, g.context, figureDetail(g)));
      } else {
        const theirPartner = contestedThere.get(g);
        if (theirPartner) {
          out.add({ kind: 'figure', subtype: 'contested', summary: '', detail: figureDetail(f) }, f.span, otherOf(r, theirPartner.span, theirPartner.context, { ...figureDetail(theirPartner), contests: g.value }));
        }
      }
      // The same figure from the same source, given with a verb of another stance.
      if (f.verbKind && g.verbKind && f.verbKind !== g.verbKind && f.source && g.source && sameSource(f.source, g.source) && f.attribution) {
        out.add({ kind: 'attribution', subtype: 'verb-kind', summary: '', detail: { verb: f.verb ?? null, verbKind: f.verbKind, source: f.source } }, f.attribution, otherOf(r, g.attribution ?? g.span, g.context, { verb: g.verb ?? null, verbKind: g.verbKind, source: g.source }));
      }
      continue;
    }
    // No figure there agrees: the closest aligned one conflicts, unless it is the other side of a contest here.
    const candidates = aligned.filter(({ g }) => {
      if (partner && agree(partner, g)) return false;
      const theirPartner = contestedThere.get(g);
      return !(theirPartner && agree(f, theirPartner));
    });
    if (candidates.length === 0) continue;
    const best = candidates.sort((x, y) => y.a.strength - x.a.strength || y.a.similarity - x.a.similarity)[0];
    const a = article.published;
    const b = r.published;
    const overTime = a && b && a !== b;
    out.add({ kind: 'figure', subtype: overTime ? 'changed-over-time' : 'conflict', summary: '', detail: figureDetail(f) }, f.span, otherOf(r, best.g.span, best.g.context, figureDetail(best.g)));
  }
}

function quoteDetail(q: QuoteClaim): Record<string, string | number | boolean | null> {
  return { speaker: q.speaker, verb: q.verb, verbKind: q.verbKind, relay: q.relay };
}

function compareQuotes(out: Collector, mine: QuoteClaim[], r: ComparedReport, theirs: ReportClaims): void {
  for (const q of mine) {
    const m = matchQuote(q, theirs.quotes);
    if (!m) {
      const s = matchParaphrase(q, theirs.statements);
      if (s) out.add({ kind: 'quote', subtype: 'paraphrased', summary: '', detail: quoteDetail(q) }, q.span, otherOf(r, s.span, s.context, { speaker: s.speaker, verb: s.verb }));
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
      out.add({ kind: 'quote', subtype: w.kind, summary: '', diff: w.diff, changed: Math.round(w.changed * 100) / 100, detail: quoteDetail(q) }, q.span, otherOf(r, o.span, o.context, quoteDetail(o)));
    }
    const explicit = !q.continued && !o.continued && q.attribution && o.attribution;
    if (!explicit) continue;
    const att = q.attribution ?? q.span;
    if (sameSpeaker(q.speaker, o.speaker) === false) {
      // Another speaker only for words that are surely the same.
      if (w.kind === 'reworded' && w.changed > 0.3) continue;
      out.add({ kind: 'attribution', subtype: 'speaker', summary: '', detail: quoteDetail(q) }, att, otherOf(r, o.attribution ?? o.span, o.context, quoteDetail(o)));
    } else if (!!q.relay !== !!o.relay) {
      out.add({ kind: 'attribution', subtype: 'relay', summary: '', detail: quoteDetail(q) }, q.relaySpan ?? att, otherOf(r, o.relaySpan ?? o.attribution ?? o.span, o.context, quoteDetail(o)));
    } else if (q.verbKind && o.verbKind && q.verbKind !== o.verbKind) {
      out.add({ kind: 'attribution', subtype: 'verb-kind', summary: '', detail: quoteDetail(q) }, att, otherOf(r, o.attribution ?? o.span, o.context, quoteDetail(o)));
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

function statementDetail(s: StatementClaim): Record<string, string | number | boolean | null> {
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
        { kind: 'attribution', subtype: 'fact-vs-attributed', summary: '', detail: { ...statementDetail(head), attributedInBody: own ? `${own.attribution?.text ?? own.speaker}` : null } },
        head.context,
        otherOf(r, statementSpan(o), o.context, statementDetail(o)),
      );
    }
  } else if (head && isAttributed(head)) {
    const fact = theirs.find((s) => s.headline && !s.speaker);
    if (fact && sameEvent(head, fact, 3) > 0) {
      out.add({ kind: 'attribution', subtype: 'fact-vs-attributed', summary: '', detail: statementDetail(head) }, statementSpan(head), otherOf(r, fact.span, fact.context, statementDetail(fact)));
    }
  }
  for (const s of mine.statements) {
    if (!isAttributed(s) || !s.verb || !s.verbKind) continue;
    const o = sameStatement(s, theirs);
    if (!o || !o.verb || !o.verbKind || o.verbKind === s.verbKind) continue;
    out.add({ kind: 'attribution', subtype: 'verb-kind', summary: '', detail: statementDetail(s) }, s.attribution ?? s.span, otherOf(r, o.attribution ?? o.span, o.context, statementDetail(o)));
  }
}

function fmt(d: Record<string, unknown> | undefined): string {
  if (!d) return '';
  const v = typeof d.value === 'number' ? d.value.toLocaleString('en-US') : String(d.value ?? '');
  const unit = typeof d.unit === 'string' ? d.unit : '';
  return unit === '%' ? `${v}%` : `${unit}${v}`;
}

function summarize(d: Divergence): string {
  const first = d.others[0];
  const n = d.others.length;
  const whom = n === 1 ? name(first) : `${name(first)} and ${n - 1} other report${n > 2 ? 's' : ''}`;
  const det = d.detail ?? {};
  const od = first?.detail ?? {};
  switch (`${d.kind}/${d.subtype}`) {
    case 'figure/conflict':
      return `${whom} give${n === 1 ? 's' : ''} ${fmt(od)} where this report gives ${fmt(det)}${det.counted ? ` (${det.counted})` : ''}.`;
    case 'figure/changed-over-time':
      return `The figure changed over time: ${fmt(od)} in ${name(first)} (${first.published}), ${fmt(det)} here.`;
    case 'figure/contested':
      return det.contestedBy
        ? `Contested: ${det.source ?? 'one source'} gives ${fmt(det)}, ${det.contestedBy} ${Number(det.contestedValue).toLocaleString('en-US')}; ${whom} agree${n === 1 ? 's' : ''}.`
        : `Contested in ${whom}: ${od.source ?? 'another source'} gives ${fmt(od)}.`;
    case 'quote/reworded':
      return `The quote is worded differently in ${whom} (${Math.round((d.changed ?? 0) * 100)}% of words changed).`;
    case 'quote/minor':
      return `The quote differs from ${whom} only by an editorial insertion.`;
    case 'quote/paraphrased':
      return `${whom} give${n === 1 ? 's' : ''} these words as reported speech, not as a quote.`;
    case 'attribution/speaker':
      return `${whom} attribute${n === 1 ? 's' : ''} these words to ${od.speaker ?? 'someone else'}, not ${det.speaker ?? 'this speaker'}.`;
    case 'attribution/relay':
      return det.relay
        ? `Here the quote comes through ${det.relay}; ${whom} present${n === 1 ? 's' : ''} it as said directly.`
        : `${whom} say${n === 1 ? 's' : ''} the quote came through ${od.relay}; here it is presented as said directly.`;
    case 'attribution/verb-kind':
      return `Here "${det.verb}" (${det.verbKind}); ${whom}: "${od.verb}" (${od.verbKind}).`;
    case 'attribution/fact-vs-attributed':
      return det.speaker
        ? `Attributed here to ${det.speaker}; ${whom} state${n === 1 ? 's' : ''} it as fact.`
        : `Stated as fact here; ${whom} attribute${n === 1 ? 's' : ''} it to ${od.speaker ?? 'a source'}${det.attributedInBody ? ` (this report's own text attributes it: "${det.attributedInBody}")` : ''}.`;
    default:
      return `Differs from ${whom}.`;
  }
}
