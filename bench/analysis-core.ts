/**
 * Benchmark (npm run bench -- --only analysis, or npx tsx bench/analysis-core.ts): analysing and comparing a 5,000-word
 * article against ten related reports, median and spread over repeated runs,
 * with the cost of extraction alone beside it; then the cost of hostile input
 * (digits and quote marks) at growing sizes, which should grow in line with size.
 */
import { join } from 'node:path';
import { quantile, timeRuns } from './stats';
import { extractClaims } from '../src/core/claims/extract-claims';
import { extractReportClaims } from '../src/core/report-claims';
import { findDivergences } from '../src/core/compare/find-divergences';
import type { ComparedReport } from '../src/core/compare/types';
import { analysisInput } from './analysis-input';

const ROOT = join(import.meta.dirname, '..');
const { reports, article, words } = analysisInput(ROOT);

function stats(ms: number[]): string {
  const q = (p: number) => quantile(ms, p).toFixed(1);
  return `median ${q(0.5)} ms, p10 ${q(0.1)}, p90 ${q(0.9)}, min ${q(0)}, max ${q(1)}`;
}

const time = (f: () => void, runs: number) => timeRuns(f, runs, 0);

const related: ComparedReport[] = reports.slice(0, 10).map((r) => ({
  id: r.id, title: r.article.title, outlet: null, published: null, url: null, relation: 'story',
  claims: extractReportClaims(r.article), copies: [],
}));

for (let i = 0; i < 5; i++) findDivergences({ text: article, published: null, claims: extractClaims(article) }, related);
console.log(`Article: ${words} words, ${article.length} characters; ${related.length} related reports.`);
console.log(`  extract + compare: ${stats(time(() => findDivergences({ text: article, published: null, claims: extractClaims(article) }, related), 30))}`);
console.log(`  extraction alone:  ${stats(time(() => extractClaims(article), 30))}`);

console.log('\nHostile input (should grow in line with size):');
for (const unit of ['9', '"', '“”', "'a' ", '1,', 'about 5 people said "x" ']) {
  const line: string[] = [];
  let prev = 0;
  for (const size of [125_000, 250_000, 500_000, 1_000_000]) {
    const text = unit.repeat(Math.ceil(size / unit.length));
    const ms = Math.min(...time(() => findDivergences({ text, published: null, claims: extractClaims(text) }, related), 3));
    line.push(`${size / 1000} kB ${ms.toFixed(0)} ms${prev ? ` (×${(ms / prev).toFixed(1)})` : ''}`);
    prev = ms;
  }
  console.log(`  ${JSON.stringify(unit).padEnd(28)} ${line.join(', ')}`);
}
