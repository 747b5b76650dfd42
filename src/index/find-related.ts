/**
 * Which reports in the index tell the article's story, and how.
 *
 * Precision comes first: an unrelated report shown as related costs the
 * reader more than a related one missed, so a report must clear a similarity
 * bar and share names with the article, not merely be the least unrelated.
 */
import type { Article } from '../core/article';
import { containmentOf, sampleContainment, type TextFeatures } from '../core/features';
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
  /** Cosine of term vectors for the same report reworded. */
  rewrite: 0.5,
  /**
   * Cosine of term vectors for other reporting of the same story. On
   * wikiref-dev, 0.30 shows no report of another topic and about two in three
   * of the same event; the seeds' story pairs score 0.31 to 0.48 (the least:
   * 001, which is 000 inside a web page, and related as its copy in any case).
   */
  story: 0.3,
  /** Distinct names shared with the article, required for `story`. */
  sharedNames: 3,
};

export interface RelatedReport {
  /** The index the report is in, and its position there. */
  source: LoadedIndex;
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

/** Below this cosine a report is not even a candidate: it cannot be a copy or a rewrite, nor clear the story bar. */
const CANDIDATE_FLOOR = 0.08;

/** A report that clears the bars, before its record (metadata, claims) is read. */
export interface Candidate {
  position: number;
  relation: Relation | null;
  isSelf: boolean;
  score: number;
  containment: number;
}

/** The reports of one index related to the article, from what is always in memory (no records read). */
export function matchCandidates(article: Article, features: TextFeatures, index: LoadedIndex): Candidate[] {
  const vector = termVector(features, index.stats);
  const scores = index.scores(vector, CANDIDATE_FLOOR);
  const articleHash = textHash(article.text) % 4294967296;
  const out: Candidate[] = [];
  const nearMisses: Candidate[] = [];
  for (const [position, cosine] of scores) {
    const inArticle = containmentOf(index.sampleOf(position), features.shingles);
    const articleInReport = features.shingles.size > 0 ? Math.min(1, (inArticle * index.shingleCount(position)) / features.shingles.size) : 0;
    const containment = Math.max(inArticle, articleInReport);
    const score = cosine * dateFactor(article.published, index.published(position));
    // The page itself: the same text once case, typography and spacing are set aside. A near-copy
    // with a word changed is not the page itself but a copy (`same`), compared like any other.
    const isSelf = index.textHash(position) === articleHash;
    let relation: Relation | null = null;
    if (containment >= THRESHOLDS.same) relation = 'same';
    else if (score >= THRESHOLDS.rewrite) relation = 'rewrite';
    else if (score >= THRESHOLDS.story && sharedNames(features, index.termsOf(position)) >= THRESHOLDS.sharedNames) relation = 'story';
    if (isSelf || relation !== null) out.push({ position, relation, isSelf, score, containment });
    else if (score >= THRESHOLDS.story / 2) nearMisses.push({ position, relation, isSelf, score, containment });
  }
  // A copy of a related report is as related as it, even when what surrounds the copy (a web
  // page's menus and sign-up boxes, as seed 001 has around 000) keeps its own words below the bar.
  const related = out.filter((c) => c.relation !== null);
  for (const c of nearMisses) {
    const original = related.find(
      (r) => sampleContainment(index.sampleOf(c.position), index.shingleCount(c.position), index.sampleOf(r.position), index.shingleCount(r.position)) >= THRESHOLDS.same,
    );
    if (original) out.push({ ...c, relation: original.relation });
  }
  return out;
}

/** Candidates with their records (which must be loaded), the page itself set apart, best first. */
export function resolveCandidates(article: Article, index: LoadedIndex, candidates: Candidate[], limit = 20): MatchResult {
  const related: RelatedReport[] = [];
  let self: RelatedReport | null = null;
  for (const c of candidates) {
    const report = index.record(c.position);
    const entry: RelatedReport = { source: index, position: c.position, report, relation: c.relation ?? 'same', score: c.score, containment: c.containment };
    if (c.isSelf || (!!article.url && !!report.url && sameUrl(article.url, report.url))) {
      if (!self || c.containment > self.containment) self = entry;
      continue;
    }
    related.push(entry);
  }
  return { self, related: bestFirst(related).slice(0, limit) };
}

/** The reports of an index whose records are all in memory (a single-file index) related to the article. */
export function findRelated(article: Article, features: TextFeatures, index: LoadedIndex, limit = 20): MatchResult {
  return resolveCandidates(article, index, matchCandidates(article, features, index), limit);
}

/** Closest relation first, then the highest score; ties by id, so results are stable. */
export function bestFirst(related: RelatedReport[]): RelatedReport[] {
  return related.sort((a, b) => RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation) || b.score - a.score || a.report.id.localeCompare(b.report.id));
}

/**
 * Looks the article up in several indexes (the bundled one, the reader's own)
 * and merges the answers. Records are read only for the reports found, which
 * for a sharded index means reading only the shards that hold them.
 */
export async function findRelatedIn(article: Article, features: TextFeatures, indexes: readonly LoadedIndex[], limit = 20): Promise<MatchResult> {
  let self: RelatedReport | null = null;
  const related: RelatedReport[] = [];
  for (const index of indexes) {
    const candidates = matchCandidates(article, features, index);
    await index.loadRecords(candidates.map((c) => c.position));
    const m = resolveCandidates(article, index, candidates, limit);
    if (m.self && (!self || m.self.containment > self.containment)) self = m.self;
    related.push(...m.related);
  }
  return { self, related: bestFirst(related).slice(0, limit) };
}

/** Names of the article that are among the report's weighted terms. */
function sharedNames(features: TextFeatures, terms: string[]): number {
  let n = 0;
  for (const t of terms) if (features.names.has(t)) n++;
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
