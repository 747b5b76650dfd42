/**
 * Retrieval evaluation (npm run eval:related): does Crossread find the other
 * reports of what is being read, and keep "nothing related" when the index
 * holds none?
 *
 * A quarter of the groups (gva-dev's incidents; wikiref-dev's topics, in four
 * folds) is left out of the index. Every report in the index is looked up
 * (itself set apart as "this article", as the extension does); every left-out
 * report is looked up as a reader's new article would be.
 *
 *   recall@k        share of a report's other reports of its group among the
 *                   first k shown, k = min(other reports, 5)
 *   shown right     share of what is shown, over all lookups of reports in
 *                   the index, that is of the report's group
 *   false related   share of left-out reports shown anything
 *
 * Figures are given for the tuning half (the groups `npm run calibrate` fits
 * on), the reporting half and both; the reporting half is what to quote. The
 * baseline is a TF-IDF cosine over whole texts with names weighted and a date
 * discount, behind the single threshold that keeps false related at 5% on the
 * tuning half.
 *
 *   npm run eval:related [-- --corpus gva|wikiref] [-- --list N] [-- --markdown FILE]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { textFeatures, type TextFeatures } from '../src/core/features';
import { termVector, type TermStats } from '../src/core/weights';
import { buildIndex } from '../src/index/build-index';
import { dateFactor, findRelated, matchFeatures, weighCandidates } from '../src/index/find-related';
import { openIndex } from '../src/index/load-index';
import background from '../src/index/background-df.json';
import { GVA_PATH, loadGva, loadWikirefLabelled, WIKIREF_FOLDS, type Labelled } from './related-data';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, list: { type: 'string' }, salt: { type: 'string' }, markdown: { type: 'string' } } });
const listWrong = Number(values.list ?? 0);
const salt = values.salt ?? '';

interface Shown {
  id: string;
  score: number;
  relation: string;
  /** Found through another related report. */
  chapter: boolean;
}
/** One index and its lookups: the reports of the corpus, some left out of the index. */
type World = Labelled[];
type Lookup = (q: Labelled) => Shown[];

interface Tally {
  recallSum: number;
  recallN: number;
  shown: number;
  right: number;
  chapters: number;
  chaptersRight: number;
  leftOut: number;
  leftOutShown: number;
  lookups: number;
}
const tally = (): Tally => ({ recallSum: 0, recallN: 0, shown: 0, right: 0, chapters: 0, chaptersRight: 0, leftOut: 0, leftOutShown: 0, lookups: 0 });

const fmt = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const out: string[] = [];
const print = (s = '') => {
  console.log(s);
  out.push(s);
};

/** Adds the lookups of one world to the tallies of each half. */
function measure(world: World, lookup: Lookup, groupOf: (r: Labelled) => string, tallies: Record<'tune' | 'test', Tally>, wrong?: string[]) {
  const inIndex = world.filter((r) => !r.leftOut);
  const byId = new Map(world.map((r) => [r.id, r]));
  const members = new Map<string, number>();
  for (const r of inIndex) members.set(groupOf(r), (members.get(groupOf(r)) ?? 0) + 1);
  const describe = (s: Shown) => `${s.id} [${groupOf(byId.get(s.id)!)}] ${s.relation}${s.chapter ? ' (chapter)' : ''} ${fmt(s.score)}`;
  for (const q of world) {
    const t = tallies[q.half];
    const list = lookup(q).filter((s) => s.id !== q.id);
    t.lookups++;
    if (q.leftOut) {
      t.leftOut++;
      if (list.length > 0) {
        t.leftOutShown++;
        if (q.half === 'tune') wrong?.push(`left out ${q.id} [${groupOf(q)}] → ${list.map(describe).join('; ')}\n    ${q.article.title.slice(0, 90)}\n    ${byId.get(list[0].id)!.article.title.slice(0, 90)}`);
      }
      continue;
    }
    const others = (members.get(groupOf(q)) ?? 1) - 1;
    const isRight = (s: Shown) => groupOf(byId.get(s.id)!) === groupOf(q);
    t.shown += list.length;
    t.right += list.filter(isRight).length;
    t.chapters += list.filter((s) => s.chapter).length;
    t.chaptersRight += list.filter((s) => s.chapter && isRight(s)).length;
    if (q.half === 'tune') for (const s of list) if (!isRight(s)) wrong?.push(`wrong ${q.id} [${groupOf(q)}] → ${describe(s)}\n    ${q.article.title.slice(0, 90)}\n    ${byId.get(s.id)!.article.title.slice(0, 90)}`);
    if (others > 0) {
      const k = Math.min(others, 5);
      t.recallSum += list.slice(0, k).filter(isRight).length / k;
      t.recallN++;
    }
  }
}

const sumTallies = (a: Tally, b: Tally): Tally => Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof Tally] + b[k as keyof Tally]])) as unknown as Tally;

const crossread = (world: World): { lookup: Lookup; candidates: (q: Labelled) => string[] } => {
  const index = openIndex(buildIndex(world.filter((r) => !r.leftOut), background).bytes);
  return {
    lookup: (q) =>
      findRelated(q.article, matchFeatures(q.article), index).related.map((r) => ({ id: r.report.id, score: r.score, relation: r.relation, chapter: !!r.through })),
    // The reports the decision weighs (the highest cosines), best cosine first.
    candidates: (q) =>
      weighCandidates(q.article, matchFeatures(q.article), index)
        .filter((c) => !c.isSelf)
        .map((c) => index.record(c.position).id),
  };
};

/** Full-text TF-IDF cosine (names weighted, date discount) over the index's reports: each report's ranking of the others. */
function tfidfRanking(world: World): (q: Labelled) => Array<[string, number]> {
  const inIndex = world.filter((r) => !r.leftOut);
  const features = new Map<string, TextFeatures>(world.map((r) => [r.id, textFeatures(r.article.text)]));
  const df: Record<string, number> = { ...background.df };
  for (const r of inIndex) for (const t of features.get(r.id)!.termCounts.keys()) df[t] = (df[t] ?? 0) + 1;
  const stats: TermStats = { docCount: background.docCount + inIndex.length, df: (t) => df[t] ?? 0 };
  const vectors = inIndex.map((r) => new Map(termVector(features.get(r.id)!, stats)));
  const postings = new Map<string, Array<[number, number]>>();
  vectors.forEach((v, i) => {
    for (const [t, w] of v) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push([i, w]);
    }
  });
  return (q) => {
    const acc = new Map<number, number>();
    for (const [t, w] of termVector(features.get(q.id)!, stats)) for (const [i, v] of postings.get(t) ?? []) acc.set(i, (acc.get(i) ?? 0) + w * v);
    return [...acc]
      .filter(([i]) => inIndex[i].id !== q.id)
      .map(([i, s]) => [inIndex[i].id, s * dateFactor(q.article.published, inIndex[i].article.published)] as [string, number])
      .sort((a, b) => b[1] - a[1]);
  };
}

function evaluate(corpusName: string, worlds: World[], groupings: Array<[string, (r: Labelled) => string]>) {
  const first = worlds[0];
  const inCount = first.filter((r) => !r.leftOut).length;
  print(`\n### ${corpusName}\n`);
  print(
    worlds.length === 1
      ? `${first.length} reports; ${inCount} in the index, ${first.length - inCount} left out.\n`
      : `${first.length} reports; in each of ${worlds.length} folds a quarter of the topics is left out of the index, and the figures are summed over the folds.\n`,
  );
  const t0 = performance.now();
  const lookups = worlds.map((w) => crossread(w));
  const byIds = worlds.map((w) => new Map(w.map((r) => [r.id, r])));
  const rankings = worlds.map((w) => tfidfRanking(w));
  // The TF-IDF threshold that keeps false related at 5% on the tuning half.
  const tops = worlds.flatMap((w, i) => w.filter((r) => r.leftOut && r.half === 'tune').map((q) => rankings[i](q)[0]?.[1] ?? 0)).sort((a, b) => a - b);
  const bar = tops.length > 0 ? tops[Math.min(tops.length - 1, Math.ceil(tops.length * 0.95))] + 1e-9 : Infinity;
  const methods: Array<[string, (i: number, groupOf: (r: Labelled) => string) => Lookup]> = [
    ['Crossread', (i) => lookups[i].lookup],
    [`TF-IDF cosine, one threshold (${fmt(bar)}: 5% false related on tuning)`, (i) => (q) => rankings[i](q).filter(([, s]) => s >= bar).slice(0, 20).map(([id, score]) => ({ id, score, relation: 'story', chapter: false }))],
    ['TF-IDF cosine, top 5, no threshold', (i) => (q) => rankings[i](q).slice(0, 5).map(([id, score]) => ({ id, score, relation: 'top5', chapter: false }))],
    // What a perfect decision over Crossread's candidates would show: the ceiling of recall before other chapters are added.
    [
      'Ceiling: the right ones among Crossread\'s candidates (a perfect decision, no chapters)',
      (i, groupOf) => (q) =>
        lookups[i]
          .candidates(q)
          .filter((id) => groupOf(byIds[i].get(id)!) === groupOf(q))
          .map((id) => ({ id, score: 1, relation: 'ceiling', chapter: false })),
    ],
  ];
  for (const [label, groupOf] of groupings) {
    print(`Right = the same ${label}.\n`);
    print('| method | half | recall@k | shown right | false related | shown per lookup | of which other chapters (right) |');
    print('|---|---|---:|---:|---:|---:|---:|');
    const wrong: string[] = [];
    const rows: string[] = [];
    for (const [name, method] of methods) {
      const tallies = { tune: tally(), test: tally() };
      worlds.forEach((w, i) => measure(w, method(i, groupOf), groupOf, tallies, name === 'Crossread' ? wrong : undefined));
      for (const [half, t] of [['tune', tallies.tune], ['test', tallies.test], ['both', sumTallies(tallies.tune, tallies.test)]] as Array<[string, Tally]>) {
        const inLookups = t.lookups - t.leftOut;
        rows.push(
          `| ${name} | ${half} | ${fmt(t.recallSum / t.recallN)} | ${fmt(t.right / t.shown)} | ${fmt(t.leftOutShown / t.leftOut)} (${t.leftOutShown} of ${t.leftOut}) | ${fmt(t.shown / Math.max(1, inLookups), 2)} | ${t.chapters ? `${t.chapters} (${t.chaptersRight})` : '–'} |`,
        );
      }
    }
    for (const half of ['test', 'tune', 'both']) for (const r of rows) if (r.split(' | ')[1] === half) print(r);
    print('');
    if (listWrong > 0) {
      console.log(`Wrong (tuning half, first ${listWrong}):`);
      for (const w of wrong.slice(0, listWrong)) console.log('  ' + w);
      console.log('');
    }
  }
  console.log(`(${fmt((performance.now() - t0) / 1000, 1)} s)`);
}

const which = values.corpus ?? 'all';
print(`_Measured ${new Date().toISOString().slice(0, 10)} by \`npm run eval:related\`._`);
if (which === 'all' || which === 'gva') {
  const gva = loadGva(GVA_PATH, salt);
  if (gva) evaluate('gva-dev: real local news, 2013–2017 (right = the same incident)', [gva], [['incident', (r) => r.event]]);
  else print(`\ngva-dev is not here (${GVA_PATH}): skipped. It is in ../shared/corpus on the development machine.`);
}
if (which === 'all' || which === 'wikiref') {
  const worlds = Array.from({ length: WIKIREF_FOLDS }, (_, fold) => loadWikirefLabelled(fold, salt));
  evaluate('wikiref-dev: real news on 14 topics (events by reading, bench/wikiref-events.json)', worlds, [
    ['event', (r) => r.event],
    ['topic', (r) => r.story],
  ]);
}
if (values.markdown) writeFileSync(values.markdown, out.join('\n') + '\n');
