/**
 * Reports to an index file. Pure: the CLI reads the files, this builds.
 */
import type { Article } from '../core/article';
import { fallbackTitle } from '../core/article';
import { extractReportClaims } from '../core/report-claims';
import { fnv1a, shingleSample, textFeatures, type TextFeatures } from '../core/features';
import { plainText } from '../core/text';
import { termVector, VECTOR_TERMS, type TermStats } from '../core/weights';
import { INDEX_FORMAT, INDEX_VERSION, type IndexFile, type StoredReport } from './format';

export interface BackgroundStats {
  docCount: number;
  df: Record<string, number>;
}

export interface IndexInput {
  id: string;
  article: Article;
}

export interface BuildResult {
  index: IndexFile;
  /** Ids dropped because an earlier report had exactly the same text. */
  duplicates: Array<{ id: string; duplicateOf: string }>;
  /** Ids dropped because an earlier report had the same id. */
  repeatedIds: string[];
}

/** Hash of a text with case, typography and whitespace normalised away. */
export function textHash(text: string): number {
  return fnv1a(plainText(text).toLowerCase());
}

/** Combined term statistics over some documents and a background. */
export function mergedStats(docs: Iterable<TextFeatures>, background: BackgroundStats): { docCount: number; df: Record<string, number> } {
  const df: Record<string, number> = Object.assign(Object.create(null), background.df);
  let docCount = background.docCount;
  for (const f of docs) {
    docCount++;
    for (const term of f.termCounts.keys()) df[term] = (df[term] ?? 0) + 1;
  }
  return { docCount, df };
}

export function statsOf(index: { docCount: number; df: Record<string, number> }): TermStats {
  return { docCount: index.docCount, df: (term) => index.df[term] ?? 0 };
}

/** Builds an index over `inputs`, dropping exact duplicates and repeated ids. */
export function buildIndex(inputs: Iterable<IndexInput>, background: BackgroundStats, now = new Date()): BuildResult {
  const kept: Array<{ input: IndexInput; features: TextFeatures; hash: number }> = [];
  const byHash = new Map<number, string>();
  const ids = new Set<string>();
  const duplicates: BuildResult['duplicates'] = [];
  const repeatedIds: string[] = [];
  for (const input of inputs) {
    if (ids.has(input.id)) {
      repeatedIds.push(input.id);
      continue;
    }
    const hash = textHash(input.article.text);
    const earlier = byHash.get(hash);
    if (earlier !== undefined) {
      duplicates.push({ id: input.id, duplicateOf: earlier });
      continue;
    }
    ids.add(input.id);
    byHash.set(hash, input.id);
    kept.push({ input, features: textFeatures(input.article.text), hash });
  }
  const { docCount, df } = mergedStats(
    kept.map((k) => k.features),
    background,
  );
  const stats = statsOf({ docCount, df });
  const reports = kept.map(({ input, features, hash }) => storedReport(input, features, hash, stats));
  return {
    index: { format: INDEX_FORMAT, version: INDEX_VERSION, created: now.toISOString(), docCount, df, reports },
    duplicates,
    repeatedIds,
  };
}

function storedReport(input: IndexInput, features: TextFeatures, hash: number, stats: TermStats): StoredReport {
  const a = input.article;
  return {
    id: input.id,
    title: a.title || fallbackTitle(a.text),
    outlet: a.outlet,
    published: a.published,
    url: a.url,
    byline: a.byline,
    words: features.wordCount,
    shingleCount: features.shingles.size,
    sample: shingleSample(features.shingles),
    terms: termVector(features, stats, VECTOR_TERMS).map(([t, w]) => [t, Math.round(w * 1e4) / 1e4]),
    textHash: hash,
    claims: extractReportClaims(a),
  };
}
