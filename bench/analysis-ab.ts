/**
 * Same-process A/B of the analysis core (npx tsx bench/analysis-ab.ts --base=<folder> [--runs=200]): the bench's
 * 5,000-word article against ten related reports (as bench/analysis-core.ts builds them), extracted and compared by
 * this checkout and by another one (`--base`, for example `git worktree add /tmp/base <commit>` or `git archive
 * <commit> | tar -x -C /tmp/base`), interleaved run by run so that the machine's load falls on both alike. Prints
 * each side's median, p10 and minimum and their ratios: on a shared machine a ratio is steadier than either time.
 * The base is named by its commit: `git rev-parse` in it, or a file COMMIT in it (for an archive).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analysisInput } from './analysis-input';

const args = process.argv.slice(2);
const baseArg = args.find((a) => a.startsWith('--base='))?.slice(7);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 200);
if (!baseArg) {
  console.log('usage: npx tsx bench/analysis-ab.ts --base=<folder holding another checkout> [--runs=200]');
  process.exit(2);
}
const ROOT = join(import.meta.dirname, '..');
const BASE = resolve(baseArg);

function commitOf(dir: string): string {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return existsSync(join(dir, 'COMMIT')) ? readFileSync(join(dir, 'COMMIT'), 'utf8').trim() : 'unknown commit';
  }
}

interface Core {
  extractClaims: (text: string) => unknown;
  extractReportClaims: (article: unknown) => unknown;
  findDivergences: (article: { text: string; published: null; claims: unknown }, related: unknown[]) => unknown;
}
async function load(root: string): Promise<Core> {
  const url = (p: string) => pathToFileURL(join(root, p)).href;
  const x = await import(url('src/core/claims/extract-claims.ts'));
  const r = await import(url('src/core/report-claims.ts'));
  const f = await import(url('src/core/compare/find-divergences.ts'));
  return { extractClaims: x.extractClaims, extractReportClaims: r.extractReportClaims, findDivergences: f.findDivergences };
}

const { reports, article, words } = analysisInput(ROOT);

const sides = await Promise.all([load(BASE), load(ROOT)]);
const prepared = sides.map((c) => {
  const related = reports.slice(0, 10).map((r) => ({
    id: r.id, title: r.article.title, outlet: null, published: null, url: null, relation: 'story', claims: c.extractReportClaims(r.article), copies: [],
  }));
  return {
    whole: () => c.findDivergences({ text: article, published: null, claims: c.extractClaims(article) }, related),
    extraction: () => c.extractClaims(article),
  };
});
for (let i = 0; i < 10; i++) for (const p of prepared) p.whole();
const t = (f: () => unknown) => {
  const s = performance.now();
  f();
  return performance.now() - s;
};
const whole: number[][] = [[], []];
const extraction: number[][] = [[], []];
for (let i = 0; i < runs; i++) {
  const order = i % 2 ? [0, 1] : [1, 0];
  for (const k of order) whole[k].push(t(prepared[k].whole));
  for (const k of order) extraction[k].push(t(prepared[k].extraction));
}
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)];
const line = (name: string, xs: number[]) => `${name.padEnd(34)} median ${q(xs, 0.5).toFixed(1)} ms, p10 ${q(xs, 0.1).toFixed(1)}, min ${q(xs, 0).toFixed(1)}`;
const ratios = (xs: number[][]) => `ratio (this / base): median ${(q(xs[1], 0.5) / q(xs[0], 0.5)).toFixed(2)}, p10 ${(q(xs[1], 0.1) / q(xs[0], 0.1)).toFixed(2)}, min ${(q(xs[1], 0) / q(xs[0], 0)).toFixed(2)}`;
console.log(`Article: ${words} words, ${article.length} characters; 10 related reports; ${runs} interleaved runs each; base ${BASE} (${commitOf(BASE)}), this checkout ${commitOf(ROOT)}`);
console.log(line('  extract + compare, base', whole[0]));
console.log(line('  extract + compare, this checkout', whole[1]));
console.log(`  ${ratios(whole)}`);
console.log(line('  extraction alone, base', extraction[0]));
console.log(line('  extraction alone, this checkout', extraction[1]));
console.log(`  ${ratios(extraction)}`);
