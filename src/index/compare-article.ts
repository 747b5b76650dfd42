/**
 * The whole analysis of one article against one or more indexes (the bundled
 * one and the reader's own): related reports, then divergences. The background worker and `crossread compare` both call this,
 * so the extension and the CLI cannot disagree.
 */
import type { Article } from '../core/article';
import { sampleContainment } from '../core/features';
import type { ReportClaims } from '../core/claims/types';
import type { Relation } from '../core/relation';
import { extractReportClaims } from '../core/report-claims';
import { findDivergences } from '../core/compare/find-divergences';
import type { ComparedReport, Divergence } from '../core/compare/types';
import { findRelatedIn, matchFeatures, THRESHOLDS, type MatchFeatures, type RelatedReport } from './find-related';
import type { LoadedIndex } from './load-index';

export interface RelatedSummary {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** Similarity of the report's words to the article's, 0..1. */
  score: number;
  relation: Relation;
  /**
   * Where it stands in the story: the same happening as the article, or an
   * earlier or later chapter (by publication date); `other` when a chapter's
   * date is unknown. Copies and rewrites are the same happening.
   */
  chapter: Chapter;
  /** For a chapter found through another related report rather than by its own likeness to the article: that report's id. */
  through?: string;
  /** Ids of other listed reports that are copies of this one. */
  copies: string[];
}

export type Chapter = 'same-event' | 'earlier' | 'later' | 'other';

/** Reports of one story published this many days apart or more are told as earlier and later chapters. */
const CHAPTER_DAYS = 4;

/** Where a related report stands in the article's story (see RelatedSummary.chapter). */
function chapterOf(article: Pick<Article, 'published'>, r: Pick<RelatedReport, 'relation' | 'through'> & { report: { published: string | null } }): Chapter {
  if (r.relation !== 'story') return 'same-event';
  const d = article.published && r.report.published ? (Date.parse(r.report.published) - Date.parse(article.published)) / 86_400_000 : NaN;
  if (Number.isFinite(d) && Math.abs(d) >= CHAPTER_DAYS) return d < 0 ? 'earlier' : 'later';
  return r.through && !Number.isFinite(d) ? 'other' : 'same-event';
}

export interface Comparison {
  /** The index's own copy of this page, when it holds one. */
  self: { id: string; title: string } | null;
  related: RelatedSummary[];
  divergences: Divergence[];
  timing: { matchMs: number; compareMs: number };
  /** What the budget left out; absent when the whole article was compared and every divergence kept. */
  skipped?: Skipped;
}

/**
 * What was left out of a very long article: the text past `analysedChars`
 * (of `totalChars`) was neither matched nor searched for claims, and
 * `divergences` more divergences were found than are kept.
 */
export interface Skipped {
  analysedChars: number;
  totalChars: number;
  divergences: number;
}

/**
 * The analysis's budget. News articles run to a few tens of thousands of
 * characters; a page of megabytes (a forum thread, a book, a generated page)
 * is compared by its start only, so that one page cannot hold the background
 * for seconds, and the result kept per tab stays small (session storage holds
 * 10 MB for all tabs).
 */
export const ANALYSIS_BUDGET = { maxChars: 200_000, maxDivergences: 100 };

/** The article cut to the budget at a paragraph (else sentence, else word) boundary; offsets into the cut text are offsets into the whole. */
export function withinBudget(text: string, maxChars = ANALYSIS_BUDGET.maxChars): string {
  if (text.length <= maxChars) return text;
  const head = text.slice(0, maxChars);
  for (const boundary of ['\n\n', '. ', ' ']) {
    const at = head.lastIndexOf(boundary);
    if (at > maxChars / 2) return head.slice(0, at + (boundary === '. ' ? 1 : 0));
  }
  return head;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * What the comparison worked out about the article itself (within the
 * budget), for a caller that needs it too: the background remembers the
 * article from it instead of reading the text again.
 */
export interface ArticleAnalysis {
  text?: string;
  features?: MatchFeatures;
  claims?: ReportClaims;
}

export async function compareArticle(
  whole: Article,
  indexes: LoadedIndex | readonly LoadedIndex[],
  now: () => number = () => performance.now(),
  budget: { maxChars: number; maxDivergences: number } = ANALYSIS_BUDGET,
  analysedOut: ArticleAnalysis = {},
): Promise<Comparison> {
  const t0 = now();
  const analysed = withinBudget(whole.text, budget.maxChars);
  const article = analysed === whole.text ? whole : { ...whole, text: analysed };
  const features = matchFeatures(article);
  analysedOut.text = article.text;
  analysedOut.features = features;
  const match = await findRelatedIn(article, features, Array.isArray(indexes) ? indexes : [indexes as LoadedIndex]);
  const t1 = now();
  const groups = copyGroups(match.related);
  const compared: ComparedReport[] = groups.map((group) => toCompared(group[0], group.slice(1)));
  if (compared.length > 0) analysedOut.claims = extractReportClaims(article);
  const found = compared.length > 0 ? findDivergences({ text: article.text, published: article.published, claims: analysedOut.claims! }, compared) : [];
  const divergences = found.slice(0, budget.maxDivergences);
  const t2 = now();
  const skipped: Skipped | undefined =
    analysed.length < whole.text.length || divergences.length < found.length
      ? { analysedChars: analysed.length, totalChars: whole.text.length, divergences: found.length - divergences.length }
      : undefined;
  const copiesOf = new Map<string, string[]>();
  for (const group of groups) for (const r of group) copiesOf.set(r.report.id, group.filter((o) => o !== r).map((o) => o.report.id));
  return {
    self: match.self ? { id: match.self.report.id, title: match.self.report.title } : null,
    related: match.related.map((r) => ({
      id: r.report.id,
      title: r.report.title,
      outlet: r.report.outlet,
      published: r.report.published,
      url: r.report.url,
      score: round(r.score),
      relation: r.relation,
      chapter: chapterOf(article, r),
      ...(r.through ? { through: r.through } : {}),
      copies: copiesOf.get(r.report.id) ?? [],
    })),
    divergences,
    timing: { matchMs: round(t1 - t0), compareMs: round(t2 - t1) },
    ...(skipped ? { skipped } : {}),
  };
}

function toCompared(r: RelatedReport, copies: RelatedReport[]): ComparedReport {
  const s = r.report;
  return {
    id: s.id,
    title: s.title,
    outlet: s.outlet,
    published: s.published,
    url: s.url,
    relation: r.relation,
    claims: s.claims,
    copies: copies.map((c) => c.report.id),
  };
}

/**
 * Groups related reports that are copies of one another (syndicated texts), so
 * that what they say is compared once. The copy with the most claims comes
 * first and speaks for the group: copies differ in what surrounds the text
 * (001 has the headline that 000 lacks), and the fuller one says more.
 */
export function copyGroups(related: RelatedReport[]): RelatedReport[][] {
  const groups: RelatedReport[][] = [];
  for (const r of related) {
    const group = groups.find((g) => isCopy(g[0], r));
    if (group) group.push(r);
    else groups.push([r]);
  }
  const claimCount = (r: RelatedReport) => r.report.claims.figures.length + r.report.claims.quotes.length + r.report.claims.statements.length;
  // A stable sort: among copies with as many claims, the best match stays first.
  return groups.map((g) => [...g].sort((a, b) => claimCount(b) - claimCount(a)));
}

function isCopy(a: RelatedReport, b: RelatedReport): boolean {
  return (
    a.source.textHash(a.position) === b.source.textHash(b.position) ||
    sampleContainment(a.source.sampleOf(a.position), a.source.shingleCount(a.position), b.source.sampleOf(b.position), b.source.shingleCount(b.position)) >=
      THRESHOLDS.same
  );
}
