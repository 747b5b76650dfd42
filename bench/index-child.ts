/**
 * Run in a child process by bench/run.ts (node --expose-gc): opens an index
 * file, measures open time, the memory the opened index holds, and lookups of
 * `queries` articles; prints one JSON line.
 * Args: <index file> <queries.ndjson> <stories.json or ->
 */
import { readFileSync } from 'node:fs';
import { openIndex, type LoadedIndex } from '../src/index/load-index';
import { findRelated } from '../src/index/find-related';
import { compareArticle } from '../src/index/compare-article';
import { textFeatures } from '../src/core/features';
import type { Article } from '../src/core/article';
import { median, quantile } from './stats';

const [file, queriesFile, storiesFile] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const bytes = readFileSync(file);

gc();
const before = process.memoryUsage();
const copy = new Uint8Array(bytes);
const t0 = performance.now();
let index: LoadedIndex | null = openIndex(copy); // measured first, in a fresh process, as a background would
const firstOpenMs = performance.now() - t0;
gc();
const after = process.memoryUsage();
// What a background holds once it has opened the index: the file's bytes and what is built from them.
const heldBytes = after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);

const openMs: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  openIndex(new Uint8Array(bytes));
  openMs.push(performance.now() - t);
}
const queries = readFileSync(queriesFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { article: Article; story: number });
const stories: Record<string, number> = storiesFile && storiesFile !== '-' ? JSON.parse(readFileSync(storiesFile, 'utf8')) : {};
const storySize = new Map<number, number>();
for (const s of Object.values(stories)) storySize.set(s, (storySize.get(s) ?? 0) + 1);
const matchMs: number[] = [];
const compareMs: number[] = [];
let shown = 0;
let sameStory = 0;
let expected = 0;
for (const q of queries) {
  const features = textFeatures(q.article.text);
  findRelated(q.article, features, index); // warm
  let t = performance.now();
  const m = findRelated(q.article, features, index);
  matchMs.push(performance.now() - t);
  t = performance.now();
  await compareArticle(q.article, index);
  compareMs.push(performance.now() - t);
  for (const r of m.related) {
    shown++;
    if (stories[r.report.id] === q.story) sameStory++;
  }
  expected += storySize.get(q.story) ?? 0;
}
index = null;
console.log(
  JSON.stringify({
    firstOpenMs,
    openMs: median(openMs),
    heldBytes,
    lookupMedianMs: median(matchMs),
    lookupP95Ms: quantile(matchMs, 0.95),
    compareMedianMs: median(compareMs),
    compareP95Ms: quantile(compareMs, 0.95),
    queries: queries.length,
    shown,
    precision: shown ? sameStory / shown : NaN,
    recall: expected ? sameStory / expected : NaN,
  }),
);
