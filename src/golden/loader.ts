/**
 * Test-only loader (Node): the seed reports and the golden cases beside this
 * file. Each case folder holds `case.json` (which seed is the article, which
 * are its related reports and how they relate) and `expected.json` (the
 * findings that must and must not appear). The texts are the seeds
 * themselves, read from corpus/seeds by the index builder's own reader, so a
 * case cannot drift from them nor from what the index holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../core/article';
import { extractReportClaims } from '../core/report-claims';
import type { ReportClaims } from '../core/claims/types';
import type { ComparedReport } from '../core/compare/types';
import type { Relation } from '../core/relation';
import { parseCatalog, parseReportFile } from '../ingest/parse-report-file';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEEDS_DIR = join(HERE, '../../corpus/seeds');
const CASES_DIR = join(HERE, 'cases');

export interface SeedReport extends Article {
  id: string;
  headline: { start: number; end: number } | null;
}

/** All seed reports, keyed by file name without extension ("003_3d713cfd4bd28cc2"). */
export function loadSeeds(dir = SEEDS_DIR): Map<string, SeedReport> {
  const catalog = parseCatalog(readFileSync(join(dir, 'catalog.json')));
  const out = new Map<string, SeedReport>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    for (const r of parseReportFile(file, readFileSync(join(dir, file)), { catalog }).reports) {
      out.set(r.id, { id: r.id, ...r.article, headline: r.article.title ? { start: 0, end: r.article.title.length } : null });
    }
  }
  return out;
}

/** The seed whose id starts with `prefix` ("003"). */
export function seed(seeds: Map<string, SeedReport>, prefix: string): SeedReport {
  for (const [id, r] of seeds) if (id.startsWith(prefix)) return r;
  throw new Error(`no seed ${prefix}`);
}

export function claimsOf(r: SeedReport): ReportClaims {
  return extractReportClaims(r);
}

export interface ExpectedFinding {
  kind: string;
  /** One of these subtypes (any when absent). */
  subtype?: string | string[];
  /** The article's span must contain this text. */
  textIncludes?: string;
  /** Reports (id prefixes) that must be among the finding's others. */
  others?: string[];
  /** An other's text must contain this. */
  otherTextIncludes?: string;
  /** For quotes: the word diff must remove and add these. */
  removed?: string;
  added?: string;
}

export interface GoldenCase {
  name: string;
  article: string;
  others: Array<{ report: string; relation: Relation; copies?: string[] }>;
  expected: { present: ExpectedFinding[]; absent: ExpectedFinding[] };
}

export function loadCases(dir = CASES_DIR): GoldenCase[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const c = JSON.parse(readFileSync(join(dir, d.name, 'case.json'), 'utf8')) as Omit<GoldenCase, 'name' | 'expected'>;
      const expected = JSON.parse(readFileSync(join(dir, d.name, 'expected.json'), 'utf8')) as GoldenCase['expected'];
      return { name: d.name, ...c, expected };
    });
}

/** A seed as the divergence finder sees a related report. */
export function compared(seeds: Map<string, SeedReport>, prefix: string, relation: Relation, copies: string[] = []): ComparedReport {
  const r = seed(seeds, prefix);
  return {
    id: r.id, title: r.title, outlet: r.outlet, published: r.published, url: r.url, relation,
    claims: claimsOf(r), copies: copies.map((c) => seed(seeds, c).id),
  };
}
