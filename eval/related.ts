/**
 * Retrieval evaluation (npm run eval:related): does Crossread find the other
 * reports of what is being read, and keep "nothing related" when the index
 * holds none?
 *
 * For each corpus, a quarter of the groups (incidents, topics) is left out
 * of the index. Every report in the index is looked up (itself set apart as
 * "this article", as the extension does); every left-out report is looked up
 * as a reader's new article would be.
 *
 *   recall@k        share of a report's other reports of its group among the
 *                   first k shown, k = min(other reports, 5)
 *   shown right     share of what is shown, over all lookups of reports in
 *                   the index, that is of the report's group
 *   false related   share of left-out reports shown anything
 *
 * Figures are given for the tuning half, the reporting half and both (groups
 * are split by a hash of their label; see related-data.ts). The baseline is a
 * TF-IDF cosine over whole texts with names weighted and a date discount,
 * behind the single threshold that keeps false related at 5% on the tuning half.
 *
 *   npm run eval:related [-- --corpus gva|wikiref] [-- --list N]
 */
import { parseArgs } from 'node:util';
import { textFeatures, type TextFeatures } from '../src/core/features';
import { termVector, type TermStats } from '../src/core/weights';
import { buildIndex } from '../src/index/build-index';
import { dateFactor, findRelated } from '../src/index/find-related';
import { openIndex } from '../src/index/load-index';
import background from '../src/index/background-df.json';
import { GVA_PATH, loadGva, loadWikirefLabelled, type Labelled } from './related-data';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, list: { type: 'string' }, salt: { type: 'string' } } });
const listWrong = Number(values.list ?? 0);
const salt = values.salt ?? '';

interface Shown {
  id: string;
  score: number;
  relation: string;
}
type Lookup = (q: Labelled, features: TextFeatures) => Shown[];

interface Row {
  name: string;
  recall: number;
  right: number;
  falseRelated: number;
  shownPerLookup: number;
  lookups: number;
}

const fmt = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : '–');

function measure(name: string, reports: Labelled[], lookup: Lookup, features: Map<string, TextFeatures>, groupOf: (r: Labelled) => string, half: 'tune' | 'test' | 'all', wrong?: string[]): Row {
  const inIndex = reports.filter((r) => !r.leftOut);
  const byId = new Map(reports.map((r) => [r.id, r]));
  const members = new Map<string, number>();
  for (const r of inIndex) members.set(groupOf(r), (members.get(groupOf(r)) ?? 0) + 1);
  let recallSum = 0;
  let recallN = 0;
  let shown = 0;
  let right = 0;
  let leftOut = 0;
  let leftOutShown = 0;
  let lookups = 0;
  for (const q of reports) {
    if (half !== 'all' && q.half !== half) continue;
    const list = lookup(q, features.get(q.id)!).filter((s) => s.id !== q.id);
    lookups++;
    if (q.leftOut) {
      leftOut++;
      if (list.length > 0) {
        leftOutShown++;
        wrong?.push(`left out ${q.id} [${groupOf(q)}] → ${list.map((s) => `${s.id} [${groupOf(byId.get(s.id)!)}] ${s.relation} ${fmt(s.score)}`).join('; ')}\n    ${q.article.title.slice(0, 90)}\n    ${byId.get(list[0].id)!.article.title.slice(0, 90)}`);
      }
      continue;
    }
    const others = (members.get(groupOf(q)) ?? 1) - 1;
    const isRight = (s: Shown) => groupOf(byId.get(s.id)!) === groupOf(q);
    shown += list.length;
    right += list.filter(isRight).length;
    for (const s of list) {
      if (!isRight(s)) wrong?.push(`wrong ${q.id} [${groupOf(q)}] → ${s.id} [${groupOf(byId.get(s.id)!)}] ${s.relation} ${fmt(s.score)}\n    ${q.article.title.slice(0, 90)}\n    ${byId.get(s.id)!.article.title.slice(0, 90)}`);
    }
    if (others > 0) {
      const k = Math.min(others, 5);
      recallSum += list.slice(0, k).filter(isRight).length / k;
      recallN++;
    }
  }
  return { name, recall: recallSum / recallN, right: right / shown, falseRelated: leftOutShown / leftOut, shownPerLookup: shown / Math.max(1, lookups - leftOut), lookups };
}

/** Full-text TF-IDF cosine (names weighted, date discount) over the index's reports. */
function tfidfScorer(inIndex: Labelled[], features: Map<string, TextFeatures>) {
  const df: Record<string, number> = { ...background.df };
  for (const r of inIndex) for (const t of features.get(r.id)!.termCounts.keys()) df[t] = (df[t] ?? 0) + 1;
  const stats: TermStats = { docCount: background.docCount + inIndex.length, df: (t) => df[t] ?? 0 };
  const vectors = inIndex.map((r) => new Map(termVector(features.get(r.id)!, stats)));
  // Postings, so that a lookup touches only the reports sharing a word.
  const postings = new Map<string, Array<[number, number]>>();
  vectors.forEach((v, i) => {
    for (const [t, w] of v) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push([i, w]);
    }
  });
  return (q: Labelled, f: TextFeatures): Array<[Labelled, number]> => {
    const acc = new Map<number, number>();
    for (const [t, w] of termVector(f, stats)) for (const [i, v] of postings.get(t) ?? []) acc.set(i, (acc.get(i) ?? 0) + w * v);
    return [...acc]
      .filter(([i]) => inIndex[i].id !== q.id)
      .map(([i, s]) => [inIndex[i], s * dateFactor(q.article.published, inIndex[i].article.published)] as [Labelled, number])
      .sort((a, b) => b[1] - a[1]);
  };
}

function evaluate(corpusName: string, reports: Labelled[], groupings: Array<[string, (r: Labelled) => string]>) {
  const inIndex = reports.filter((r) => !r.leftOut);
  const features = new Map(reports.map((r) => [r.id, textFeatures(r.article.text)]));
  const t0 = performance.now();
  const index = openIndex(buildIndex(inIndex, background).bytes);
  const buildMs = performance.now() - t0;
  const times: number[] = [];
  const crossread: Lookup = (q, f) => {
    const t = performance.now();
    const m = findRelated(q.article, f, index);
    times.push(performance.now() - t);
    return m.related.map((r) => ({ id: r.report.id, score: r.score, relation: r.relation }));
  };
  const tfidf = tfidfScorer(inIndex, features);
  const ranked = new Map(reports.map((q) => [q.id, tfidf(q, features.get(q.id)!)]));
  // The single threshold that keeps false related at 5% on the tuning half.
  const tops = reports.filter((r) => r.leftOut && r.half === 'tune').map((q) => ranked.get(q.id)![0]?.[1] ?? 0).sort((a, b) => a - b);
  const bar = tops[Math.min(tops.length - 1, Math.ceil(tops.length * 0.95))] + 1e-9;
  const tfidfShown: Lookup = (q) => ranked.get(q.id)!.filter(([, s]) => s >= bar).slice(0, 20).map(([r, score]) => ({ id: r.id, score, relation: 'story' }));
  const tfidfTop5: Lookup = (q) => ranked.get(q.id)!.slice(0, 5).map(([r, score]) => ({ id: r.id, score, relation: 'top5' }));

  const inCount = inIndex.length;
  console.log(`\n## ${corpusName}: ${reports.length} reports, ${inCount} in the index, ${reports.length - inCount} left out; index built in ${fmt(buildMs / 1000, 1)} s\n`);
  for (const [label, groupOf] of groupings) {
    const groups = new Set(reports.map(groupOf));
    console.log(`Right = same ${label} (${groups.size} groups)\n`);
    console.log('| method | half | recall@k | shown right | false related | shown per lookup |');
    console.log('|---|---|---:|---:|---:|---:|');
    const wrong: string[] = [];
    for (const half of ['tune', 'test', 'all'] as const) {
      for (const [name, lookup] of [
        ['Crossread', crossread],
        [`TF-IDF cosine, one threshold (${fmt(bar)}, 5% false related on tuning)`, tfidfShown],
        ['TF-IDF cosine, top 5, no threshold', tfidfTop5],
      ] as Array<[string, Lookup]>) {
        const row = measure(name, reports, lookup, features, groupOf, half, name === 'Crossread' && half === 'tune' ? wrong : undefined);
        console.log(`| ${row.name} | ${half} | ${fmt(row.recall)} | ${fmt(row.right)} | ${fmt(row.falseRelated)} | ${fmt(row.shownPerLookup, 2)} |`);
      }
    }
    times.sort((a, b) => a - b);
    console.log(`\nCrossread lookup: median ${fmt(times[times.length >> 1], 2)} ms over ${times.length} lookups (this index)\n`);
    times.length = 0;
    if (listWrong > 0) {
      console.log(`Wrong (tuning half, first ${listWrong}):`);
      for (const w of wrong.slice(0, listWrong)) console.log('  ' + w);
      console.log('');
    }
  }
}

const which = values.corpus ?? 'all';
if (which === 'all' || which === 'gva') {
  const gva = loadGva(GVA_PATH, salt);
  if (gva) evaluate('gva-dev (real local news, right = the same incident)', gva, [['incident', (r) => r.event]]);
  else console.log(`gva-dev is not here (${GVA_PATH}): skipped. It is in ../shared/corpus of the development machine.`);
}
if (which === 'all' || which === 'wikiref') {
  evaluate('wikiref-dev (real news by topic; events by reading)', loadWikirefLabelled(salt), [
    ['event', (r) => r.event],
    ['topic', (r) => r.story],
  ]);
}
