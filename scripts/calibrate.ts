/**
 * How well matching separates same-topic from other-topic reports on
 * wikiref-dev plus the seeds: every report is looked up against an index of
 * all the others. Prints the score distributions and, at the current
 * thresholds, related reports of another topic (false) and of the same topic.
 * Run: npm run calibrate
 */
import { readInputs } from '../src/cli/read-inputs';
import { buildIndex, type IndexInput } from '../src/index/build-index';
import { loadIndex } from '../src/index/load-index';
import { findRelated } from '../src/index/find-related';
import { textFeatures } from '../src/core/features';
import { termVector } from '../src/core/weights';
import background from '../src/index/background-df.json';

const topicOf = (id: string) => (/^\d{3}_/.test(id) ? 'seeds' : id.replace(/\.\d+$/, ''));
const inputs: IndexInput[] = [];
for await (const e of readInputs(['corpus/wikiref-dev', 'corpus/seeds'])) if (e.type === 'file') inputs.push(...e.reports);
const index = loadIndex(buildIndex(inputs, background).index);

const same: number[] = [];
const other: number[] = [];
let falseRelated = 0;
let trueRelated = 0;
let possible = 0;
const falses: string[] = [];
for (const input of inputs) {
  const f = textFeatures(input.article.text);
  const v = new Map(termVector(f, index.stats));
  for (const r of index.reports) {
    if (r.id === input.id) continue;
    let cos = 0;
    for (const [t, w] of r.terms) cos += w * (v.get(t) ?? 0);
    (topicOf(r.id) === topicOf(input.id) ? same : other).push(cos);
    if (topicOf(r.id) === topicOf(input.id)) possible++;
  }
  const { related } = findRelated(input.article, f, index);
  for (const r of related) {
    if (r.report.id === input.id) continue;
    if (topicOf(r.report.id) === topicOf(input.id)) trueRelated++;
    else {
      falseRelated++;
      falses.push(`${input.id} → ${r.report.id} ${r.relation} ${r.score.toFixed(3)}`);
    }
  }
}
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))].toFixed(3);
console.log(`same-topic pairs: ${same.length}; cosine p10 ${q(same, 0.1)} p50 ${q(same, 0.5)} p90 ${q(same, 0.9)}`);
console.log(`other-topic pairs: ${other.length}; cosine p50 ${q(other, 0.5)} p99 ${q(other, 0.99)} p99.9 ${q(other, 0.999)} max ${q(other, 1)}`);
console.log(`at current thresholds: ${trueRelated} same-topic related (of ${possible} same-topic pairs), ${falseRelated} other-topic related`);
for (const f of falses.slice(0, 30)) console.log('  false: ' + f);
