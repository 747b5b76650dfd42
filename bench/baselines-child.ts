/**
 * Run in a child process by bench/baselines.ts (with a 4 GB heap): builds one
 * search library's index over a synthetic archive and times the same lookups
 * through it and through Crossread's index, in this one process.
 * Args: <minisearch|flexsearch> <corpus dir> <crossread index file> <queries.ndjson>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import MiniSearch from 'minisearch';
import { Index } from 'flexsearch';
import { openIndex } from '../src/index/load-index';
import { findRelated } from '../src/index/find-related';
import { textFeatures } from '../src/core/features';
import type { Article } from '../src/core/article';
import { median, quantile } from './stats';

const [lib, dir, crix, queriesFile] = process.argv.slice(2);
const queries = readFileSync(queriesFile, 'utf8').trim().split('\n').slice(0, 100).map((l) => (JSON.parse(l) as { article: Article }).article);

async function* docs(): AsyncGenerator<{ id: number; title: string; text: string }> {
  let id = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ndjson')).sort()) {
    for await (const line of createInterface({ input: createReadStream(join(dir, f)) })) {
      if (!line) continue;
      const r = JSON.parse(line);
      yield { id: id++, title: r.title, text: r.text };
    }
  }
}

const t0 = performance.now();
let search: (text: string) => unknown;
if (lib === 'minisearch') {
  const ms = new MiniSearch<{ id: number; title: string; text: string }>({ fields: ['title', 'text'] });
  for await (const d of docs()) ms.add(d);
  search = (text) => ms.search(text, { combineWith: 'OR' }).slice(0, 10);
} else {
  const fx = new Index({ tokenize: 'strict' });
  for await (const d of docs()) fx.add(d.id, `${d.title}\n${d.text}`);
  search = (text) => fx.search(text, { limit: 10, suggest: true });
}
const buildMs = performance.now() - t0;
const heapBytes = process.memoryUsage().heapUsed;

const theirs: number[] = [];
for (const q of queries) {
  search(q.text);
  const t = performance.now();
  search(q.text);
  theirs.push(performance.now() - t);
}
const index = openIndex(new Uint8Array(readFileSync(crix)));
const ours: number[] = [];
for (const q of queries) {
  // Crossread's lookup includes analysing the article's words, as the background does.
  findRelated(q, textFeatures(q.text), index);
  const t = performance.now();
  findRelated(q, textFeatures(q.text), index);
  ours.push(performance.now() - t);
}
console.log(JSON.stringify({ buildMs, heapBytes, theirMedianMs: median(theirs), theirP95Ms: quantile(theirs, 0.95), ourMedianMs: median(ours), ourP95Ms: quantile(ours, 0.95) }));
