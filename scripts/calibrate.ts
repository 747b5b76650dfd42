/**
 * Fits the story model (src/index/story-match.ts) on real coverage and writes
 * src/index/story-model.json: a logistic regression over the evidence of each
 * candidate pair, boosted trees for the pairs with both publication dates,
 * and the probability at which a report is shown.
 *
 * Data: the tuning half of ../shared/corpus/gva-dev (real local news, right =
 * the same incident; when present) and of corpus/wikiref-dev (right = the
 * same event, by reading), split as `npm run eval:related` splits them, with
 * a quarter of the groups left out of the index. The threshold is the lowest
 * that shows anything for at most FALSE_RELATED_TARGET of the left-out
 * tuning reports (the logistic model's over all of them; the trees' over those
 * whose candidates are dated, then moved onto the logistic model's, so that
 * one threshold holds for both). The reporting half is never looked at here.
 *
 *   npm run calibrate [-- --dry-run]
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../src/index/build-index';
import { matchFeatures, weighCandidates } from '../src/index/find-related';
import { openIndex } from '../src/index/load-index';
import { FEATURES, sameHappening, treesLogit, type StoryModel, type TreeNode } from '../src/index/story-match';
import { fitLogistic } from './fit-logistic';
import { fitTrees } from './fit-trees';
import background from '../src/index/background-df.json';
import { GVA_PATH, loadGva, loadWikirefLabelled, WIKIREF_FOLDS, type Labelled } from '../eval/related-data';

const FALSE_RELATED_TARGET = 0.04;
const dryRun = process.argv.includes('--dry-run');
/** `--dump FILE`: every lookup of both halves with its candidates' evidence, as JSON lines, for study (no fitting). */
const dumpAt = process.argv.indexOf('--dump');
const dumpFile = dumpAt > 0 ? process.argv[dumpAt + 1] : null;

interface Sample {
  x: Float64Array;
  y: number;
}
/** Per looked-up report: its candidates' samples, and whether it was left out of the index. */
interface Lookup {
  leftOut: boolean;
  samples: Sample[];
}

/**
 * `undated`: the articles are looked up without their publication date (the days
 * their text names cannot be read either), so that the model learns to judge a
 * pair when dates are unknown, as for many reports a reader adds.
 */
function collect(reports: Labelled[], corpus: string, undated = false): Lookup[] {
  const index = openIndex(buildIndex(reports.filter((r) => !r.leftOut), background).bytes);
  const eventAt = Array.from({ length: index.reportCount }, (_, p) => index.record(p).id);
  const eventOf = new Map(reports.map((r) => [r.id, r.event]));
  const members = new Map<string, number>();
  for (const r of reports) if (!r.leftOut) members.set(r.event, (members.get(r.event) ?? 0) + 1);
  const lookups: Lookup[] = [];
  for (const report of reports) {
    const q = undated ? { ...report, article: { ...report.article, published: null } } : report;
    if (dumpFile) {
      const cands = weighCandidates(q.article, matchFeatures(q.article), index)
        .filter((c) => !c.isSelf)
        .map((c) => ({ id: eventAt[c.position], x: Array.from(c.evidence), y: eventOf.get(eventAt[c.position]) === q.event ? 1 : 0 }));
      appendFileSync(dumpFile, JSON.stringify({ corpus, q: q.id, half: q.half, leftOut: q.leftOut, others: q.leftOut ? 0 : members.get(q.event)! - 1, cands }) + '\n');
      continue;
    }
    if (q.half !== 'tune') continue;
    const samples = weighCandidates(q.article, matchFeatures(q.article), index)
      .filter((c) => !c.isSelf)
      .map((c) => ({ x: c.evidence, y: eventOf.get(eventAt[c.position]) === q.event ? 1 : 0 }));
    lookups.push({ leftOut: q.leftOut, samples });
  }
  return lookups;
}

const gva = loadGva(GVA_PATH);
if (!gva) console.log(`gva-dev is not here (${GVA_PATH}): fitting on wikiref-dev alone.`);
if (dumpFile) writeFileSync(dumpFile, '');
const lookups = [...(gva ? [...collect(gva, 'gva'), ...collect(gva, 'gva-undated', true)] : []), ...Array.from({ length: WIKIREF_FOLDS }, (_, fold) => collect(loadWikirefLabelled(fold), 'wikiref')).flat()];
if (dumpFile) {
  console.log(`dumped to ${dumpFile}`);
  process.exit(0);
}
const samples = lookups.flatMap((l) => l.samples);
console.log(`${lookups.length} tuning lookups, ${samples.length} candidate pairs (${samples.filter((s) => s.y).length} of the same happening)`);
const { weights, bias } = fitLogistic(samples);
const draft: StoryModel = { features: FEATURES, weights, bias, threshold: 0.5 };
/** The lowest probability that shows anything for at most FALSE_RELATED_TARGET of the left-out lookups whose best candidate scores `best`. */
function thresholdFor(best: number[]): number {
  const sorted = [...best].sort((a, b) => b - a);
  return (sorted[Math.floor(sorted.length * FALSE_RELATED_TARGET)] ?? 0) + 1e-6;
}
const leftOut = lookups.filter((l) => l.leftOut);
const threshold = Math.round(Math.max(0.5, thresholdFor(leftOut.map((l) => Math.max(0, ...l.samples.map((s) => sameHappening(s.x, draft)))))) * 1e4) / 1e4;
const NO_DATE = FEATURES.indexOf('noDate');
const isDated = (s: Sample) => s.x[NO_DATE] === 0;
const t0 = performance.now();
const trees = fitTrees(samples.filter(isDated));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const datedLeftOut = leftOut.map((l) => l.samples.filter(isDated)).filter((s) => s.length > 0);
const treesThreshold = thresholdFor(datedLeftOut.map((s) => Math.max(...s.map((x) => sigmoid(treesLogit(trees, x.x))))));
const logit = (p: number) => Math.log(p / (1 - p));
const model: StoryModel = { ...draft, dated: { ...trees, shift: logit(threshold) - logit(treesThreshold) }, threshold };
console.log(`${trees.trees.length} trees fitted on ${samples.filter(isDated).length} dated pairs in ${((performance.now() - t0) / 1000).toFixed(0)} s; their own threshold ${treesThreshold.toFixed(3)}, moved onto ${model.threshold}`);
const leftOutBest = leftOut.map((l) => Math.max(0, ...l.samples.map((s) => sameHappening(s.x, model))));
for (const [name, wj] of FEATURES.map((f, j) => [f, weights[j]] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))) console.log(`  ${name.padEnd(14)} ${wj >= 0 ? '+' : ''}${wj.toFixed(3)}`);
console.log(`threshold ${model.threshold} (false related on the tuning half: ${leftOutBest.filter((p) => p >= model.threshold).length} of ${leftOutBest.length})`);
function roundLeaves(node: TreeNode): TreeNode {
  return typeof node === 'number' ? Math.round(node * 1e5) / 1e5 : [node[0], node[1], roundLeaves(node[2]), roundLeaves(node[3])];
}
const out = join(import.meta.dirname, '../src/index/story-model.json');
const fitted = {
  ...model,
  weights: model.weights.map((x) => Math.round(x * 1e5) / 1e5),
  bias: Math.round(model.bias * 1e5) / 1e5,
  // Leaves rounded; cuts kept exact, since a value equal to a cut must fall on the side it was fitted on.
  dated: { ...model.dated!, shift: Math.round(model.dated!.shift * 1e5) / 1e5, trees: model.dated!.trees.map(roundLeaves) },
  fittedOn: `${gva ? 'gva-dev and ' : ''}wikiref-dev, tuning half (${samples.length} pairs, of which ${samples.filter(isDated).length} dated for the trees); npm run calibrate`,
};
if (dryRun) console.log('(dry run: story-model.json unchanged)');
else {
  // One tree a line: the file stays readable in a diff.
  const { trees, ...dated } = fitted.dated;
  const treesJson = `[\n${trees.map((t) => '   ' + JSON.stringify(t)).join(',\n')}\n  ]`;
  const json = JSON.stringify({ ...fitted, dated: { ...dated, trees: '<trees>' } }, null, 1).replace('"<trees>"', treesJson);
  writeFileSync(out, json + '\n');
  console.log(`written to ${out}`);
}
