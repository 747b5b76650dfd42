/**
 * What the hover card shows, worked out from a divergence: plain data for the
 * component to draw, so that the choices (which name a report goes by, the
 * order of figures, who said what and how) are tested without a DOM.
 */
import type { AttributionFacts, DiffPiece, Divergence, DivergenceOther, FigureFacts, StatementFacts } from '../../core/compare/types';
import { wordDiff } from '../../core/compare/word-diff';
import type { ReportRef } from '../../shared/messages';
import { reportLabel } from '../../shared/report-label';

/** What one side of a divergence states: a figure, or who said it and how. */
export type Facts = FigureFacts | AttributionFacts | StatementFacts;

/** The name a report goes by (see reportLabel), or null: the card then says "unknown outlet". */
export function reportName(other: Pick<DivergenceOther<unknown>, 'reportId' | 'outlet'> & { url?: string | null }, reports: ReadonlyMap<string, ReportRef>): string | null {
  const ref = reports.get(other.reportId);
  return other.outlet ?? reportLabel({ outlet: ref?.outlet, url: other.url ?? ref?.url, title: ref?.title });
}

/** A sentence split around the claim in it, for marking the claim; the whole sentence as `before` when it does not hold it. */
export function splitContext(context: string, text: string): { before: string; mark: string; after: string } {
  const at = text ? context.indexOf(text) : -1;
  if (at < 0) return { before: context, mark: '', after: '' };
  return { before: context.slice(0, at), mark: text, after: context.slice(at + text.length) };
}

export interface Side {
  /** null for this article. */
  reportId: string | null;
  name: string | null;
  published: string | null;
  text: string;
  facts: Facts;
}

/** This article first, then the others; for figures, all in order of date where dates are known (undated last, in their order). */
export function sides(d: Divergence, article: { published: string | null }, reports: ReadonlyMap<string, ReportRef>): Side[] {
  const all: Side[] = [
    { reportId: null, name: null, published: article.published, text: d.text, facts: d.facts },
    ...(d.others as Array<DivergenceOther<Facts>>).map((o) => ({ reportId: o.reportId, name: reportName(o, reports), published: o.published ?? reports.get(o.reportId)?.published ?? null, text: o.text, facts: o.facts })),
  ];
  if (d.kind !== 'figure') return all;
  const keyed = all.map((s, i) => ({ s, i }));
  keyed.sort((a, b) => {
    const x = a.s.published;
    const y = b.s.published;
    if (x && y) return x < y ? -1 : x > y ? 1 : a.i - b.i;
    if (x) return -1;
    if (y) return 1;
    return a.i - b.i;
  });
  return keyed.map((k) => k.s);
}

/** True when at least two sides are dated, so that "in order of date" means something. */
export function datedOrder(list: readonly Side[]): boolean {
  return list.filter((s) => s.published).length >= 2;
}

/** Who said it and how, as the card's attribution rows show it. */
export interface Attribution {
  who: string | null;
  verb: string | null;
  verbKind: string | null;
  relay: string | null;
  /** Stated without any attribution (a headline stating as fact what others attribute). */
  asFact: boolean;
}

export function attributionOf(facts: Facts | undefined): Attribution {
  if (!facts) return { who: null, verb: null, verbKind: null, relay: null, asFact: true };
  if ('measure' in facts) return { who: facts.source, verb: null, verbKind: null, relay: null, asFact: !facts.source };
  const { speaker: who, verb, verbKind, relay } = facts;
  return { who: who || null, verb: verb || null, verbKind: verbKind || null, relay: relay || null, asFact: !who && !verb && !relay };
}

/** The figure a side states, or null for a side that states none. */
export function figureOf(facts: Facts | undefined): FigureFacts | null {
  return facts && 'measure' in facts ? facts : null;
}

export interface QuoteDiff {
  name: string | null;
  pieces: DiffPiece[];
}

/**
 * The word-level diff from this article's wording to each other report's
 * (one per distinct wording): the finder's own diff for the first report,
 * computed alike for the others.
 */
export function quoteDiffs(d: Divergence, reports: ReadonlyMap<string, ReportRef>): QuoteDiff[] {
  if (d.kind !== 'quote') return [];
  const seen = new Set<string>();
  const out: QuoteDiff[] = [];
  const own = 'diff' in d ? d.diff : null;
  d.others.forEach((o, i) => {
    if (seen.has(o.text)) return;
    seen.add(o.text);
    const pieces = i === 0 && own ? own : wordDiff(d.text, o.text).pieces;
    if (pieces.some(([op]) => op !== 0)) out.push({ name: reportName(o, reports), pieces });
  });
  return out;
}

/** An ISO date (YYYY-MM-DD) for people, in the reader's language; the input itself when it is not one. */
export function formatDate(iso: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
  } catch {
    return iso;
  }
}
