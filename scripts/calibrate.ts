/**
 * Fits the story model (src/index/story-match.ts) on real coverage and writes
 * src/index/story-model.json: a logistic regression over the evidence of each
 * candidate pair, and the probability at which a report is shown.
 *
 * Data: the tuning half of ../shared/corpus/gva-dev (real local news, right =
 * the same incident; when present) and of corpus/wikiref-dev (right = the
 * same event, by reading), split as `npm run eval:related` splits them, with
 * a quarter of the groups left out of the index. The threshold is the lowest
 * that shows anything for at most FALSE_RELATED_TARGET of the left-out
 * tuning reports. The reporting half is never looked at here.
 *
 *   npm run calibrate [-- --dry-run]
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../src/index/build-index';
import { matchFeatures, weighCandidates } from '../src/index/find-related';
import { openIndex } from '../src/index/load-index';
import { FEATURES, sameHappening, type StoryModel } from '../src/index/story-match';
import { fitLogistic } from './fit-logistic';
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
const best = (l: Lookup) => Math.max(0, ...l.samples.map((s) => sameHappening(s.x, draft)));
const leftOutBest = lookups.filter((l) => l.leftOut).map(best).sort((a, b) => b - a);
// The lowest threshold that keeps false related at or under the target on the tuning half.
const allowed = Math.floor(leftOutBest.length * FALSE_RELATED_TARGET);
const threshold = Math.max(0.5, (leftOutBest[allowed] ?? 0) + 1e-6);
const model = { ...draft, threshold: Math.round(threshold * 1e4) / 1e4 };
for (const [name, wj] of FEATURES.map((f, j) => [f, weights[j]] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))) console.log(`  ${name.padEnd(14)} ${wj >= 0 ? '+' : ''}${wj.toFixed(3)}`);
console.log(`threshold ${model.threshold} (false related on the tuning half: ${leftOutBest.filter((p) => p >= model.threshold).length} of ${leftOutBest.length})`);
const out = join(import.meta.dirname, '../src/index/story-model.json');
const fitted = {
  ...model,
  weights: model.weights.map((x) => Math.round(x * 1e5) / 1e5),
  bias: Math.round(model.bias * 1e5) / 1e5,
  fittedOn: `${gva ? 'gva-dev and ' : ''}wikiref-dev, tuning half (${samples.length} pairs); npm run calibrate`,
};
if (dryRun) console.log('(dry run: story-model.json unchanged)');
else {
  writeFileSync(out, JSON.stringify(fitted, null, 1) + '\n');
  console.log(`written to ${out}`);
}
