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
import { existsSync, readFileSync } from 'node:fs';
import { readCorpus, indexOf } from '../src/node/corpus';
import { findRelated, dateFactor } from '../src/index/find-related';
import { textFeatures } from '../src/core/features';
import { termVector, type TermStats } from '../src/core/weights';
import background from '../src/index/background-df.json';
import { syntheticCorpusDir } from './synthetic-corpus';
import { fmt, mb, median } from './stats';

/** Other reports for a query, best first, with the method's score. */
type Ranker = (query: number) => Array<[report: number, score: number]>;
const topicOf = (id: string) => (/^\d{3}_/.test(id) ? 'seeds' : id.replace(/\.\d+$/, ''));

/** Event labels of wikiref-dev made by reading the reports (bench/wikiref-events.json); the seeds are one story. */
function eventLabels(): Map<string, string> {
  const data = JSON.parse(readFileSync('bench/wikiref-events.json', 'utf8')) as { events: Array<{ event: string; reports: string[] }> };
  const labels = new Map<string, string>();
  for (const e of data.events) for (const id of e.reports) labels.set(id, e.event);
  return labels;
}

export async function qualitySection(log: (s: string) => void, stamp = ''): Promise<string> {
  const reports = await readCorpus('corpus/wikiref-dev', 'corpus/seeds');
  const labels = eventLabels();
  const eventOf = (id: string) => (/^\d{3}_/.test(id) ? 'seeds-kursk' : (labels.get(id) ?? `unlabelled:${id}`));
  const n = reports.length;

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
  // The same cosine behind one score threshold, set to show as many pairs in all as Crossread's thresholds
  // show: what it shows wrong at the same volume is the fair comparison for "without showing unrelated reports".
  const crossreadShownTotal = reports.reduce((sum, _, q) => sum + crossreadShown(q).length, 0);
  const tfidfScores = reports.flatMap((_, q) => tfidf(q).map(([, score]) => score)).sort((a, b) => b - a);
  const sameVolumeBar = tfidfScores[Math.max(0, crossreadShownTotal - 1)];
  const tfidfSameVolume: Ranker = (q) => tfidf(q).filter(([, score]) => score >= sameVolumeBar);

  /** One row: how a method's answers fare when "right" means the same group (topic, or event). */
  const evaluate = (groups: string[], name: string, rank: Ranker, shownCount: number | null) => {
    const withPeers = groups.map((g, i) => groups.some((h, j) => j !== i && h === g));
    let p1 = 0;
    let p5 = 0;
    let averagePrecision = 0;
    const firstRight: boolean[] = [];
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
      const right = (j: number) => groups[j] === groups[q];
      const shownList = shownCount === null ? list : list.slice(0, shownCount);
      shown += shownList.length;
      shownRight += shownList.filter(right).length;
      for (const [j, score] of scored.slice(0, 20)) pairs.push([score, right(j)]);
      if (withPeers[q]) {
        withPeersCount++;
        p1 += list.length > 0 && right(list[0]) ? 1 : 0;
        firstRight[q] = list.length > 0 && right(list[0]);
        let found = 0;
        let sum = 0;
        list.forEach((j, i) => {
          if (right(j)) sum += ++found / (i + 1);
        });
        averagePrecision += sum / groups.filter((g, j) => j !== q && g === groups[q]).length;
        const peers = groups.filter((g, j) => j !== q && g === groups[q]).length;
        p5 += list.slice(0, 5).filter(right).length / Math.min(5, peers);
      }
    }
    // How many right pairs one score threshold can show before the first wrong one.
    pairs.sort((a, b) => b[0] - a[0]);
    const firstWrong = pairs.findIndex(([, right]) => !right);
    const cleanRecall = shownCount === null ? (shown === shownRight ? shownRight : NaN) : firstWrong === -1 ? pairs.length : firstWrong;
    const row = `| ${name} | ${fmt(p1 / withPeersCount)} | ${fmt(p5 / withPeersCount)} | ${fmt(averagePrecision / withPeersCount)} | ${fmt(shown / n, 1)} | ${fmt(shownRight / Math.max(1, shown))} | ${shown - shownRight} | ${cleanRecall} | ${fmt(median(times), 2)} ms |`;
    log(row);
    return { row, withPeers: withPeers.filter(Boolean).length, firstRight };
  };
  const methods: Array<[string, Ranker, number | null]> = [
    ['Crossread (as shown: thresholds, at most 20)', crossreadShown, null],
    ['Crossread scores, ranked without thresholds, top 5', crossreadRanked, 5],
    ['TF-IDF cosine, whole texts, names and dates, top 5', tfidf, 5],
    [`TF-IDF cosine as above, shown above one threshold (${fmt(sameVolumeBar)}) set to show as many pairs as Crossread`, tfidfSameVolume, null],
    ['MiniSearch 7.2 (BM25+), whole text as query, top 5', minisearch, 5],
    ['FlexSearch 0.8 (strict, suggest), whole text as query, top 5', flexsearch, 5],
  ];
  const table = (groups: string[]) => {
    const results = methods.map(([name, rank, count]) => evaluate(groups, name, rank, count));
    // Paired, report by report: where the first answers of Crossread's ranking and the TF-IDF cosine differ, which is right.
    const ours = results[1].firstRight;
    const theirs = results[2].firstRight;
    const onlyOurs = ours.filter((r, q) => r && !theirs[q]).length;
    const onlyTheirs = theirs.filter((r, q) => r && !ours[q]).length;
    const paired = `First answer right for one and wrong for the other: Crossread's ranking ${onlyOurs} reports, the TF-IDF cosine ${onlyTheirs}.`;
    log(paired);
    return { rows: results.map((r) => r.row).join('\n'), withPeers: results[0].withPeers, paired };
  };
  const events = table(reports.map((r) => eventOf(r.id)));
  const topicTable = table(reports.map((r) => topicOf(r.id)));
  const header = `| method | P@1 | P@5 | MAP | shown per report | share of shown right | wrong reports shown (total) | right pairs shown with nothing wrong | time per lookup (median) |
|---|---:|---:|---:|---:|---:|---:|---:|---:|`;
  const eventCount = new Set(reports.map((r) => eventOf(r.id))).size;
  return `## Against the libraries a developer would use instead

MiniSearch and FlexSearch (full-text search, BM25-style) and a plain TF-IDF cosine over whole texts that weights names and takes dates into account.

### Retrieval quality on real reports

${stamp}${n} real reports: corpus/wikiref-dev and the seeds. Each report is looked up against an index of all of them (itself excluded). "Shown" is what a reader would see: Crossread's list after its thresholds, the top 5 for the others, which have no notion of "nothing related". P@1, P@5 (over min(5, peers)) and MAP (mean average precision over the whole ranking) count the reports that have a peer. The next-to-last column asks how much a method finds when it may show nothing wrong: the right pairs above the best single score threshold for the others (a threshold chosen knowing the answers), and what Crossread's own thresholds show when all of it is right ("NaN" when it showed something wrong).

**By event** — what Crossread is for: other outlets' reports of the same happening. bench/wikiref-events.json groups wikiref-dev into ${eventCount - 1} events by reading the reports (same event = the same specific happening, not the same subject; ${events.withPeers} reports have a peer); the seeds are one story.

${header}
${events.rows}

${events.paired}

**By topic** — the file names' broad subjects (38 reports on Michelle Obama are many stories); the issue's "share of same-topic reports among the top results". ${topicTable.withPeers} reports have a peer.

${header}
${topicTable.rows}

${topicTable.paired}
`;
}
export function latencySection(
  sizes: number[],
  runChild: (script: string, args: string[], nodeArgs?: string[]) => Record<string, number | string>,
  log: (s: string) => void,
  stamp = '',
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
          const oom = /heap|Allocation failed|v8::internal/.test(String(r.error));
          rows.push(`| ${lib} | ${size.toLocaleString('en')} | ${oom ? 'ran out of memory in a 4 GB heap while building' : `failed: ${String(r.error).slice(0, 80)}`} | | | | |`);
          continue;
        }
        const row = `| ${lib} | ${size.toLocaleString('en')} | ${fmt(Number(r.buildMs) / 1000, 1)} s | ${mb(Number(r.heapBytes))} | ${fmt(Number(r.theirMedianMs))} / ${fmt(Number(r.theirP95Ms))} ms | ${fmt(Number(r.ourMedianMs))} / ${fmt(Number(r.ourP95Ms))} ms | ${fmt(Number(r.theirMedianMs) / Number(r.ourMedianMs), 0)}× |`;
        rows.push(row);
        log(row);
        break;
      }
    }
    return `### Lookup latency at scale

${stamp}The same 100 reworded reports of a synthetic archive looked up through the library (its whole text as the query) and through Crossread (analysing the article's words included), in one process with a 4 GB heap, at the largest archive size the library could hold.

| library | reports | library build | library heap | library lookup median / p95 | Crossread lookup median / p95 | library's median ÷ Crossread's |
|---|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
  })();
}
