/**
 * Which reports in the index tell the article's story, and how.
 *
 * Precision comes first: an unrelated report shown as related costs the
 * reader more than a related one missed, so a report must clear a similarity
 * bar and share names with the article, not merely be the least unrelated.
 */
import type { Article } from '../core/article';
import { containmentOf, sampleContainment, textFeatures, type TextFeatures } from '../core/features';
import { KEY_GROUPS, keyStrings, type KeyStrings } from '../core/happening';
import type { Relation } from '../core/relation';
import { RELATION_ORDER } from '../core/relation';
import { termVector, type TermVector } from '../core/weights';
import { tokenize } from '../core/text';
import type { StoredReport } from './format';
import type { LoadedIndex } from './load-index';
import { textHash } from './build-index';
import { articleKeys, lookupContext, pairFeatures, sameHappening, STORY_MODEL } from './story-match';
import { epochDay } from '../core/happening';

/** What matching needs of the article: its words and shingles, and the keys of its happening. */
export interface MatchFeatures extends TextFeatures {
  keys: KeyStrings;
}

/** The article's features for matching, computed once for every index it is looked up in. */
export function matchFeatures(article: Article): MatchFeatures {
  const tokens = tokenize(article.text);
  const features = textFeatures(article.text, tokens);
  return { ...features, keys: keyStrings(article, features.names, tokens) };
}

const withKeys = (article: Article, features: TextFeatures | MatchFeatures): MatchFeatures =>
  'keys' in features ? features : { ...features, keys: keyStrings(article, features.names) };

/** See `npm run calibrate` and ARCHITECTURE.md. */
export const THRESHOLDS = {
  /** Share of one text's shingles found in the other for a copy. */
  same: 0.5,
  /** Cosine of term vectors for the same report reworded. */
  rewrite: 0.5,
  /**
   * Probability of the same happening (story-match.ts) at which a report is
   * shown; fitted with the model on real coverage (story-model.json).
   */
  story: STORY_MODEL.threshold,
  /**
   * A related report this sure of the same happening is searched for the
   * story's other reports (on gva-dev's tuning half, 0.9 adds 0.01 to 0.02 of
   * recall for 0.01 to 0.02 of the share shown right; 0.8 adds as much wrong)...
   */
  hop: 0.9,
  /** ...from at most this many such reports... */
  hops: 3,
  /** ...and a report is taken as another chapter when it is as likely of the same happening as the one it was found through as a report must be of the article. */
  link: STORY_MODEL.threshold,
};

export interface RelatedReport {
  /** The index the report is in, and its position there. */
  source: LoadedIndex;
  position: number;
  report: StoredReport;
  relation: Relation;
  /** Probability that it reports the same happening as the article (story-match.ts). */
  score: number;
  /** max(share of the report in the article, share of the article in the report), estimated. */
  containment: number;
  /** The id of the related report it was found through, when it is another chapter of the story rather than like the article itself. */
  through?: string;
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
  return dateFactorOfDays(daysApart(a, b));
}

function dateFactorOfDays(d: number | null): number {
  if (d === null || d <= 14) return 1;
  return Math.max(0.5, 1 - (d - 14) / 700);
}

/**
 * Below this cosine a report is not even a candidate. On gva-dev 0.2% of the
 * pairs of one incident score less (1.6% below 0.08, the floor before keys).
 */
const CANDIDATE_FLOOR = 0.05;
/** The candidates with the highest cosines that are weighed with the model. */
const MAX_CANDIDATES = 40;

/** A report that clears the bars, before its record (metadata, claims) is read. */
export interface Candidate {
  position: number;
  relation: Relation | null;
  isSelf: boolean;
  score: number;
  containment: number;
  /** Found through another related report (another chapter of the story), not by its own likeness to the article. */
  through?: { index: LoadedIndex; position: number };
}

/** A candidate and the evidence the model weighs. */
export interface WeighedCandidate {
  position: number;
  isSelf: boolean;
  cosine: number;
  containment: number;
  /** The model's inputs (story-match.ts FEATURES). */
  evidence: Float64Array;
  /** Days between the two publication dates, or null when either is unknown. */
  daysApart: number | null;
  /** The report has no keys (a version 3 index, an analysis stored before keys): the model, which weighs them, cannot judge it. */
  keyless: boolean;
}

/**
 * A report without keys is judged on its words and dates alone, by the rule
 * matching had before the keys (a cosine of 0.3 after the date discount of
 * `dateFactor`), put on the model's scale so that the one threshold applies: the
 * score is not a probability. Without it a version 3 index opened but
 * nothing in it was ever related (seed 002 against the v3 seeds fixture).
 */
const WORDS_ONLY_STORY = 0.3;
function wordsOnlyScore(cosine: number, daysApart: number | null): number {
  const c = cosine * dateFactorOfDays(daysApart);
  const t = THRESHOLDS.story;
  return c >= WORDS_ONLY_STORY ? t + ((1 - t) * (c - WORDS_ONLY_STORY)) / (1 - WORDS_ONLY_STORY) : (c / WORDS_ONLY_STORY) * t;
}

/** How likely the candidate reports the same happening: the model's probability, or the words-only score of a keyless report. */
export function happeningScore(w: WeighedCandidate): number {
  return w.keyless ? wordsOnlyScore(w.cosine, w.daysApart) : sameHappening(w.evidence);
}

/** What is looked up: the article being read, or a report of an index (to find the reports related to it). */
interface Query {
  /** Its term vector in the weights of `index`. */
  vector(index: LoadedIndex): TermVector;
  keys: KeyStrings;
  /** Publication day (days since 1970), or null. */
  day: number | null;
  /** Its shingles, for containment; null for a report of an index, whose shingles are not kept. */
  shingles: Set<number> | null;
  /** Low 32 bits of its text hash: a report with the same hash is the query itself. */
  hash: number;
}

function articleQuery(article: Article, features: TextFeatures | MatchFeatures): Query {
  return {
    vector: (index) => termVector(features, index.stats),
    keys: withKeys(article, features).keys,
    day: epochDay(article.published),
    shingles: features.shingles,
    hash: textHash(article.text) % 4294967296,
  };
}

/** A report of `index` as a query: its stored vector and keys. */
function reportQuery(index: LoadedIndex, position: number): Query {
  const groups = index.keysOf(position);
  const keys = Object.fromEntries(KEY_GROUPS.map((g, i) => [g, Array.from(groups[i], (id) => index.termOf(id))])) as KeyStrings;
  const vector = index.vectorOf(position);
  return { vector: () => vector, keys, day: index.publishedDay(position), shingles: null, hash: index.textHash(position) };
}

/** The reports of one index whose words are close enough to the query's to be weighed, with their evidence. */
function weigh(query: Query, index: LoadedIndex): WeighedCandidate[] {
  const scores = topScores(index.scores(query.vector(index), CANDIDATE_FLOOR), MAX_CANDIDATES);
  // The page itself: the same text once case, typography and spacing are set aside. A near-copy
  // with a word changed is not the page itself but a copy (`same`), compared like any other.
  const selfInIndex = scores.some(([position]) => index.textHash(position) === query.hash);
  const context = lookupContext(articleKeys(query.keys, index), index, selfInIndex);
  const shingles = query.shingles;
  return scores.map(([position, cosine]) => {
    let containment = 0;
    if (shingles) {
      const inArticle = containmentOf(index.sampleOf(position), shingles);
      const articleInReport = shingles.size > 0 ? Math.min(1, (inArticle * index.shingleCount(position)) / shingles.size) : 0;
      containment = Math.max(inArticle, articleInReport);
    }
    const reportDay = index.publishedDay(position);
    const daysApart = query.day === null || reportDay === null ? null : Math.abs(query.day - reportDay);
    const reportKeys = index.keysOf(position);
    const evidence = pairFeatures(context, index, position, { cosine, daysApart, reportKeys });
    const keyless = reportKeys.every((group) => group.length === 0);
    return { position, isSelf: index.textHash(position) === query.hash, cosine, containment, evidence, daysApart, keyless };
  });
}

/** The reports of one index whose words are close enough to the article's to be weighed, with their evidence. */
export function weighCandidates(article: Article, features: TextFeatures | MatchFeatures, index: LoadedIndex): WeighedCandidate[] {
  return weigh(articleQuery(article, features), index);
}

/** The reports of one index related to the article by their own evidence, from what is always in memory (no records read). */
function matchCandidates(article: Article, features: TextFeatures | MatchFeatures, index: LoadedIndex): Candidate[] {
  return decide(weighCandidates(article, features, index), index);
}

function decide(weighed: WeighedCandidate[], index: LoadedIndex): Candidate[] {
  const out: Candidate[] = [];
  const nearMisses: Candidate[] = [];
  for (const w of weighed) {
    const { position, isSelf, cosine, containment } = w;
    const score = isSelf ? 1 : happeningScore(w);
    let relation: Relation | null = null;
    if (score >= THRESHOLDS.story) relation = containment >= THRESHOLDS.same ? 'same' : cosine >= THRESHOLDS.rewrite ? 'rewrite' : 'story';
    if (isSelf || relation !== null) out.push({ position, relation, isSelf, score, containment });
    else if (score >= THRESHOLDS.story / 2) nearMisses.push({ position, relation, isSelf, score, containment });
  }
  return [...out, ...copiesOfRelated(index, out.filter((c) => c.relation !== null), nearMisses)];
}

/**
 * The near misses that are copies of a related report, with its relation. A
 * copy of a related report is as related as it, even when what surrounds the
 * copy (a web page's menus and sign-up boxes, as seed 001 has around 000)
 * keeps it below the bar. Only near misses: reports that share a site's
 * furniture with a related one contain it too (seen on gva-dev).
 */
export function copiesOfRelated(index: LoadedIndex, related: readonly Candidate[], nearMisses: readonly Candidate[]): Candidate[] {
  const copies: Candidate[] = [];
  for (const c of nearMisses) {
    const original = related.find(
      (r) => sampleContainment(index.sampleOf(c.position), index.shingleCount(c.position), index.sampleOf(r.position), index.shingleCount(r.position)) >= THRESHOLDS.same,
    );
    if (original) copies.push({ ...c, relation: original.relation });
  }
  return copies;
}

/**
 * The candidates of each index: those related to the article by their own
 * evidence, then the other chapters of its story, found through the related
 * reports the model is surest of (a report of the investigation finds the
 * report of the attack through the reports between them).
 */
function matchAll(article: Article, features: TextFeatures | MatchFeatures, indexes: readonly LoadedIndex[]): Candidate[][] {
  const found = indexes.map((index) => matchCandidates(article, features, index));
  const hops = found
    .flatMap((candidates, i) => candidates.filter((c) => !c.isSelf && c.relation !== null && c.score >= THRESHOLDS.hop).map((c) => ({ i, c })))
    .sort((a, b) => b.c.score - a.c.score)
    .slice(0, THRESHOLDS.hops);
  for (const hop of hops) {
    const query = reportQuery(indexes[hop.i], hop.c.position);
    indexes.forEach((index, i) => {
      const known = new Set(found[i].map((c) => c.position));
      for (const w of weigh(query, index)) {
        if (w.isSelf || known.has(w.position)) continue;
        const link = happeningScore(w);
        if (link < THRESHOLDS.link) continue;
        found[i].push({ position: w.position, relation: 'story', isSelf: false, score: hop.c.score * link, containment: 0, through: { index: indexes[hop.i], position: hop.c.position } });
        known.add(w.position);
      }
    });
  }
  return found;
}

/** The `limit` highest scores, highest first (ties by position). */
export function topScores(scores: Map<number, number>, limit: number): Array<[number, number]> {
  let bar = -Infinity;
  if (scores.size > limit) {
    // The limit-th highest score, from a native sort of the scores alone.
    const values = Float64Array.from(scores.values()).sort();
    bar = values[values.length - limit];
  }
  const top: Array<[number, number]> = [];
  for (const entry of scores) if (entry[1] >= bar) top.push(entry);
  top.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return top.length > limit ? top.slice(0, limit) : top;
}

/** Candidates with their records (which must be loaded), the page itself set apart, best first. */
function resolveCandidates(article: Article, index: LoadedIndex, candidates: Candidate[], limit = 20): MatchResult {
  const related: RelatedReport[] = [];
  let self: RelatedReport | null = null;
  for (const c of candidates) {
    const report = index.record(c.position);
    const entry: RelatedReport = { source: index, position: c.position, report, relation: c.relation ?? 'same', score: c.score, containment: c.containment };
    if (c.through) entry.through = c.through.index.record(c.through.position).id;
    if (c.isSelf || (!!article.url && !!report.url && sameUrl(article.url, report.url))) {
      if (!self || c.containment > self.containment) self = entry;
      continue;
    }
    related.push(entry);
  }
  return { self, related: bestFirst(related).slice(0, limit) };
}

/** The reports of an index whose records are all in memory (a single-file index) related to the article. */
export function findRelated(article: Article, features: TextFeatures | MatchFeatures, index: LoadedIndex, limit = 20): MatchResult {
  return resolveCandidates(article, index, matchAll(article, features, [index])[0], limit);
}

/** Closest relation first, then the highest score; ties by id, so results are stable. */
function bestFirst(related: RelatedReport[]): RelatedReport[] {
  return related.sort((a, b) => RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation) || b.score - a.score || a.report.id.localeCompare(b.report.id));
}

/**
 * Looks the article up in several indexes (the bundled one, the reader's own)
 * and merges the answers. Records are read only for the reports found, which
 * for a sharded index means reading only the shards that hold them.
 */
export async function findRelatedIn(article: Article, features: TextFeatures | MatchFeatures, indexes: readonly LoadedIndex[], limit = 20): Promise<MatchResult> {
  let self: RelatedReport | null = null;
  const related: RelatedReport[] = [];
  const found = matchAll(article, features, indexes);
  await Promise.all(indexes.map((index, i) => index.loadRecords(found[i].map((c) => c.position))));
  for (const [i, index] of indexes.entries()) {
    const m = resolveCandidates(article, index, found[i], limit);
    if (m.self && (!self || m.self.containment > self.containment)) self = m.self;
    related.push(...m.related);
  }
  return { self, related: bestFirst(related).slice(0, limit) };
}

export function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => {
    let s = u.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '');
    const cut = s.search(/[#?]/);
    if (cut >= 0) s = s.slice(0, cut);
    while (s.endsWith('/')) s = s.slice(0, -1);
    return s;
  };
  return norm(a) === norm(b);
}
