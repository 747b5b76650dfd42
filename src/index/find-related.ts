/**
 * Which reports in the index tell the article's story, and how.
 *
 * Precision comes first: an unrelated report shown as related costs the
 * reader more than a related one missed, so a report must clear a similarity
 * bar and share names with the article, not merely be the least unrelated.
 */
import type { Article } from '../core/article';
import { containmentOf, type TextFeatures } from '../core/features';
import type { Relation } from '../core/relation';
import { RELATION_ORDER } from '../core/relation';
import { termVector } from '../core/weights';
import type { StoredReport } from './format';
import type { LoadedIndex } from './load-index';
import { textHash } from './build-index';

/** Calibrated on the seeds and wikiref-dev: see `npm run calibrate` and ARCHITECTURE.md. */
export const THRESHOLDS = {
  /** Share of one text's shingles found in the other for a copy. */
  same: 0.5,
  /** Both ways, for the page itself. */
  self: 0.9,
  /** Cosine of term vectors for the same report reworded. */
  rewrite: 0.5,
  /** Cosine of term vectors for other reporting of the same story. */
  story: 0.22,
  /** Distinct names shared with the article, required for `story`. */
  sharedNames: 3,
  /** Article terms used to look up candidates. */
  queryTerms: 48,
};

export interface RelatedReport {
  position: number;
  report: StoredReport;
  relation: Relation;
  /** Cosine of the term vectors, after the date penalty. */
  score: number;
  /** max(share of the report in the article, share of the article in the report), estimated. */
  containment: number;
}

export interface MatchResult {
  /** The index's own copy of the page being read, if it holds one. */
  self: RelatedReport | null;
  related: RelatedReport[];
}

/** Days between two ISO dates, or null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const d = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return Number.isFinite(d) ? d : null;
}

/**
 * Reports far apart in time are less likely to be the same story: the score
 * is reduced past two weeks, down to half past a year. Unknown dates cost nothing.
 */
export function dateFactor(a: string | null, b: string | null): number {
  const d = daysApart(a, b);
  if (d === null || d <= 14) return 1;
  return Math.max(0.5, 1 - (d - 14) / 700);
}

export function findRelated(article: Article, features: TextFeatures, index: LoadedIndex, limit = 20): MatchResult {
  const vector = termVector(features, index.stats);
  const vectorMap = new Map(vector);
  const query = vector.slice(0, THRESHOLDS.queryTerms);
  const scores = new Map<number, number>();
  for (const [term, w] of query) {
    const p = index.postings.get(term);
    if (!p) continue;
    for (let i = 0; i < p.docs.length; i++) scores.set(p.docs[i], (scores.get(p.docs[i]) ?? 0) + w * p.weights[i]);
  }
  // Copies are found by shingles even where their term vectors differ (a page with much around the article).
  const articleHash = textHash(article.text);
  const candidates = new Set<number>(scores.keys());
  const related: RelatedReport[] = [];
  let self: RelatedReport | null = null;
  for (const position of candidates) {
    const report = index.reports[position];
    const inArticle = containmentOf(report.sample, features.shingles);
    const articleInReport = features.shingles.size > 0 ? Math.min(1, (inArticle * report.shingleCount) / features.shingles.size) : 0;
    const containment = Math.max(inArticle, articleInReport);
    const cosine = fullCosine(vectorMap, report.terms);
    const score = cosine * dateFactor(article.published, report.published);
    const isSelf =
      report.textHash === articleHash ||
      (!!article.url && !!report.url && sameUrl(article.url, report.url)) ||
      (inArticle >= THRESHOLDS.self && articleInReport >= THRESHOLDS.self);
    const entry: RelatedReport = { position, report, relation: 'story', score, containment };
    if (isSelf) {
      if (!self || containment > self.containment) self = { ...entry, relation: 'same' };
      continue;
    }
    if (containment >= THRESHOLDS.same) entry.relation = 'same';
    else if (score >= THRESHOLDS.rewrite) entry.relation = 'rewrite';
    else if (score >= THRESHOLDS.story && sharedNames(features, report.terms) >= THRESHOLDS.sharedNames) entry.relation = 'story';
    else continue;
    related.push(entry);
  }
  related.sort((a, b) => RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation) || b.score - a.score || a.report.id.localeCompare(b.report.id));
  return { self, related: related.slice(0, limit) };
}

/** Cosine over the report's stored terms: all of its weight that the article shares. */
function fullCosine(vector: ReadonlyMap<string, number>, terms: Array<[string, number]>): number {
  let sum = 0;
  for (const [t, w] of terms) sum += w * (vector.get(t) ?? 0);
  return sum;
}

/** Names of the article that are among the report's weighted terms. */
function sharedNames(features: TextFeatures, terms: Array<[string, number]>): number {
  let n = 0;
  for (const [t] of terms) if (features.names.has(t)) n++;
  return n;
}

function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => {
    let s = u.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '');
    const cut = s.search(/[#?]/);
    if (cut >= 0) s = s.slice(0, cut);
    while (s.endsWith('/')) s = s.slice(0, -1);
    return s;
  };
  return norm(a) === norm(b);
}
