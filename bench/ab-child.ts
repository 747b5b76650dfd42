/**
 * Run in a child process by bench/run.ts (`--only ab`): the lookups of one
 * set of queries through this checkout's matching and through another
 * checkout's (the baseline, e.g. the last release), each against the index
 * its own builder made of the same archive, alternating query by query in
 * this one process. Prints one JSON line.
 * Args: <baseline checkout> <our index> <baseline's index> <queries.ndjson>
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../src/core/article';
import { findRelated, matchFeatures } from '../src/index/find-related';
import { openIndex } from '../src/index/load-index';
import { median, quantile } from './stats';

const [baseDir, ourFile, baseFile, queriesFile] = process.argv.slice(2);
const base = async (path: string) => import(pathToFileURL(join(resolve(baseDir), path)).href);
const baseLoad = await base('src/index/load-index.ts');
const baseFind = await base('src/index/find-related.ts');
const baseFeatures = await base('src/core/features.ts');
// The baseline's own reading of an article, with the keys of its happening when it has them (since story
// matching): given words alone, its findRelated reads the keys inside the timed lookup, and this checkout
// measured 0.47 to 0.63x against a copy of itself (three runs at 10,000). A baseline older than the keys reads words alone.
const baseMatchFeatures: (article: Article) => unknown = baseFind.matchFeatures ?? ((article: Article) => baseFeatures.textFeatures(article.text));

const ours = openIndex(new Uint8Array(readFileSync(ourFile)));
const theirs = baseLoad.openIndex(new Uint8Array(readFileSync(baseFile)));
const queries = readFileSync(queriesFile, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { article: Article }).article);

const ourLookup: number[] = [];
const ourWithAnalysis: number[] = [];
const baseLookup: number[] = [];
const baseWithAnalysis: number[] = [];
let ourShown = 0;
let baseShown = 0;
for (let round = 0; round < 2; round++) {
  for (const article of queries) {
    // Ours, then the baseline's, so that whatever the machine does falls on both.
    const t = performance.now();
    const f = matchFeatures(article);
    const t1 = performance.now();
    const m = findRelated(article, f, ours);
    const t2 = performance.now();
    const bf = baseMatchFeatures(article);
    const t3 = performance.now();
    const b = baseFind.findRelated(article, bf, theirs);
    const t4 = performance.now();
    if (round === 0) continue; // warm-up
    ourLookup.push(t2 - t1);
    ourWithAnalysis.push(t2 - t);
    baseLookup.push(t4 - t3);
    baseWithAnalysis.push(t4 - t2);
    ourShown += m.related.length;
    baseShown += b.related.length;
  }
}
console.log(
  JSON.stringify({
    queries: queries.length,
    ourLookupMs: median(ourLookup),
    ourLookupP95Ms: quantile(ourLookup, 0.95),
    baseLookupMs: median(baseLookup),
    baseLookupP95Ms: quantile(baseLookup, 0.95),
    ourWithAnalysisMs: median(ourWithAnalysis),
    baseWithAnalysisMs: median(baseWithAnalysis),
    ourShown: ourShown / queries.length,
    baseShown: baseShown / queries.length,
  }),
);
