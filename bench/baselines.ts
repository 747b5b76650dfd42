/**
 * Crossread's matching against what a developer would use instead:
 * MiniSearch and FlexSearch (full-text search libraries, BM25-style), and a
 * plain TF-IDF cosine over whole texts that weights names and dates.
 *
 * Quality on wikiref-dev and the seeds (real reports, topic in the file
 * name): every report is looked up against all the others. Latency on the
 * synthetic archives, each library at the largest size it can hold in a 4 GB
 * heap, timed in the same process as Crossread's lookups.
 */
import MiniSearch from 'minisearch';
import { Index } from 'flexsearch';
import { existsSync } from 'node:fs';
import { readCorpus, indexOf } from '../src/index/test-corpus';
import { findRelated, dateFactor } from '../src/index/find-related';
import { textFeatures } from '../src/core/features';
import { termVector, type TermStats } from '../src/core/weights';
import background from '../src/index/background-df.json';
import { syntheticCorpusDir } from './synthetic-corpus';
import { fmt, mb, median } from './stats';

/** Other reports for a query, best first, with the method's score. */
type Ranker = (query: number) => Array<[report: number, score: number]>;
const topicOf = (id: string) => (/^\d{3}_/.test(id) ? 'seeds' : id.replace(/\.\d+$/, ''));

export async function qualitySection(log: (s: string) => void): Promise<string> {
  const reports = await readCorpus('corpus/wikiref-dev', 'corpus/seeds');
  const topics = reports.map((r) => topicOf(r.id));
  const n = reports.length;
  const withPeers = reports.map((_, i) => topics.some((t, j) => j !== i && t === topics[i]));

  // Crossread: the real lookup (thresholds, names, dates), and its raw scores for a ranking without thresholds.
  const index = indexOf(reports);
  const idToIndex = new Map(reports.map((r, i) => [r.id, i]));
  const crossreadShown: Ranker = (q) =>
    findRelated(reports[q].article, textFeatures(reports[q].article.text), index).related.map((r) => [idToIndex.get(r.report.id)!, r.score]);
  const crossreadRanked: Ranker = (q) => {
    const scores = index.scores(termVector(textFeatures(reports[q].article.text), index.stats));
    return [...scores]
      .filter(([p]) => index.record(p).id !== reports[q].id)
      .sort((a, b) => b[1] - a[1])
      .map(([p, score]) => [idToIndex.get(index.record(p).id)!, score]);
  };

  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  ms.addAll(reports.map((r, id) => ({ id, text: r.article.text })));
  const minisearch: Ranker = (q) =>
    ms
      .search(reports[q].article.text, { combineWith: 'OR' })
      .filter((r) => r.id !== q)
      .map((r) => [r.id as number, r.score]);

  const fx = new Index({ tokenize: 'strict' });
  reports.forEach((r, id) => fx.add(id, r.article.text));
  // FlexSearch returns ids in order without scores: the rank stands in for one.
  const flexsearch: Ranker = (q) =>
    (fx.search(reports[q].article.text, { limit: 20, suggest: true }) as number[]).filter((id) => id !== q).map((id, i) => [id, -i]);

  // Plain TF-IDF cosine over whole texts (no cut vectors, no thresholds), names weighted, dates considered.
  const features = reports.map((r) => textFeatures(r.article.text));
  const df: Record<string, number> = { ...background.df };
  for (const f of features) for (const t of f.termCounts.keys()) df[t] = (df[t] ?? 0) + 1;
  const stats: TermStats = { docCount: background.docCount + n, df: (t) => df[t] ?? 0 };
  const vectors = features.map((f) => new Map(termVector(f, stats)));
  const tfidf: Ranker = (q) => {
    const scored: Array<[number, number]> = [];
    for (let j = 0; j < n; j++) {
      if (j === q) continue;
      let s = 0;
      for (const [t, w] of vectors[q]) s += w * (vectors[j].get(t) ?? 0);
      scored.push([j, s * dateFactor(reports[q].article.published, reports[j].article.published)]);
    }
    return scored.sort((a, b) => b[1] - a[1]);
  };

  const evaluate = (name: string, rank: Ranker, shownCount: number | null) => {
    let p1 = 0;
    let p5 = 0;
    let shown = 0;
    let shownRight = 0;
    let withPeersCount = 0;
    const times: number[] = [];
    const pairs: Array<[score: number, right: boolean]> = [];
    for (let q = 0; q < n; q++) {
      const t = performance.now();
      const scored = rank(q);
      times.push(performance.now() - t);
      const list = scored.map(([j]) => j);
      const right = (j: number) => topics[j] === topics[q];
      const shownList = shownCount === null ? list : list.slice(0, shownCount);
      shown += shownList.length;
      shownRight += shownList.filter(right).length;
      for (const [j, score] of scored.slice(0, 20)) pairs.push([score, right(j)]);
      if (withPeers[q]) {
        withPeersCount++;
        p1 += list.length > 0 && right(list[0]) ? 1 : 0;
        p5 += list.slice(0, 5).filter(right).length / 5;
      }
    }
    // How many same-topic pairs one score threshold can show before the first other-topic pair.
    pairs.sort((a, b) => b[0] - a[0]);
    const cleanRecall = shownCount === null ? shownRight : pairs.findIndex(([, right]) => !right) === -1 ? pairs.length : pairs.findIndex(([, right]) => !right);
    const row = `| ${name} | ${fmt(p1 / withPeersCount)} | ${fmt(p5 / withPeersCount)} | ${fmt(shown / n, 1)} | ${fmt(shownRight / Math.max(1, shown))} | ${shown - shownRight} | ${cleanRecall} | ${fmt(median(times), 2)} ms |`;
    log(row);
    return row;
  };
  const rows = [
    evaluate('Crossread (as shown: thresholds, at most 20)', crossreadShown, null),
    evaluate('Crossread scores, ranked without thresholds, top 5', crossreadRanked, 5),
    evaluate('TF-IDF cosine, whole texts, names and dates, top 5', tfidf, 5),
    evaluate('MiniSearch 7.2 (BM25+), whole text as query, top 5', minisearch, 5),
    evaluate('FlexSearch 0.8 (strict, suggest), whole text as query, top 5', flexsearch, 5),
  ];
  return `### Retrieval quality on real reports

${n} real reports (corpus/wikiref-dev and the seeds; the topic is in the file name; ${withPeers.filter(Boolean).length} have another report of their topic, ${withPeers.filter((x) => !x).length} have none). Each report is looked up against an index of all of them (itself excluded). P@1 and P@5 over the reports that have a same-topic peer; "shown" is what a reader would see: Crossread's list after its thresholds, the top 5 for the others, which have no notion of "nothing related". Topics are broad (38 reports on Michelle Obama are many stories), so P@5 is a floor on story-level precision. The next-to-last column asks how much a method finds when it may show nothing unrelated: the same-topic pairs above the best single score threshold (for Crossread as shown, what its own thresholds show).

| method | P@1 | P@5 | shown per report | share of shown on topic | other-topic reports shown (total) | same-topic reports shown with none of another topic | time per lookup (median) |
|---|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
}

export function latencySection(
  sizes: number[],
  runChild: (script: string, args: string[], nodeArgs?: string[]) => Record<string, number | string>,
  log: (s: string) => void,
): Promise<string> {
  return (async () => {
    const rows: string[] = [];
    for (const lib of ['minisearch', 'flexsearch']) {
      // The largest size the library holds in a 4 GB heap.
      for (const size of [...sizes].sort((a, b) => b - a)) {
        const { dir } = await syntheticCorpusDir(size);
        const crix = `${dir}.crix`;
        const queries = `${dir}.queries.ndjson`;
        if (!existsSync(crix) || !existsSync(queries)) {
          log(`${lib}: no Crossread index for ${size} yet (run the index section first)`);
          continue;
        }
        log(`${lib}: ${size} reports…`);
        const r = runChild('bench/baselines-child.ts', [lib, dir, crix, queries], ['--max-old-space-size=4096']);
        if (r.error) {
          log(`${lib} at ${size}: ${r.error}`);
          rows.push(`| ${lib} | ${size.toLocaleString('en')} | did not fit in 4 GB (${String(r.error).slice(0, 80)}) | | | | |`);
          continue;
        }
        const row = `| ${lib} | ${size.toLocaleString('en')} | ${fmt(Number(r.buildMs) / 1000, 1)} s | ${mb(Number(r.heapBytes))} | ${fmt(Number(r.theirMedianMs))} / ${fmt(Number(r.theirP95Ms))} ms | ${fmt(Number(r.ourMedianMs))} / ${fmt(Number(r.ourP95Ms))} ms | ${fmt(Number(r.ourMedianMs) / Number(r.theirMedianMs))} |`;
        rows.push(row);
        log(row);
        break;
      }
    }
    return `### Lookup latency at scale

The same 100 reworded reports of a synthetic archive looked up through the library (its whole text as the query) and through Crossread (analysing the article's words included), in one process with a 4 GB heap, at the largest archive size the library could hold.

| library | reports | library build | library heap | library lookup median / p95 | Crossread lookup median / p95 | Crossread ÷ library |
|---|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
  })();
}

export async function baselinesSection(
  sizes: number[],
  runChild: (script: string, args: string[], nodeArgs?: string[]) => Record<string, number | string>,
  log: (s: string) => void,
  stamp: string,
): Promise<string> {
  return `## Against the libraries a developer would use instead\n\n${stamp}${await qualitySection(log)}\n${await latencySection(sizes, runChild, log)}`;
}
