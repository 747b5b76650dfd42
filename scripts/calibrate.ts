/**
 * How well matching separates reports of one event, other events of the same
 * topic, and other topics on wikiref-dev plus the seeds: every report is
 * looked up against an index of all the others. Prints the score
 * distributions and, at the current thresholds, what is shown: same event,
 * same topic but another event, another topic (the events are
 * bench/wikiref-events.json, labelled by reading the reports).
 * Run: npm run calibrate
 */
import { readFileSync } from 'node:fs';
import { readInputs } from '../src/node/read-inputs';
import type { IndexInput } from '../src/index/build-index';
import { indexOf } from '../src/node/corpus';
import { findRelated } from '../src/index/find-related';
import { textFeatures } from '../src/core/features';
import { termVector } from '../src/core/weights';

const topicOf = (id: string) => (/^\d{3}_/.test(id) ? 'seeds' : id.replace(/\.\d+$/, ''));
const events = new Map<string, string>();
for (const e of (JSON.parse(readFileSync('bench/wikiref-events.json', 'utf8')) as { events: Array<{ event: string; reports: string[] }> }).events)
  for (const id of e.reports) events.set(id, e.event);
const eventOf = (id: string) => (/^\d{3}_/.test(id) ? 'seeds' : (events.get(id) ?? id));
const inputs: IndexInput[] = [];
for await (const e of readInputs(['corpus/wikiref-dev', 'corpus/seeds'])) if (e.type === 'file') inputs.push(...e.reports);
const index = indexOf(inputs);

const sameEvent: number[] = [];
const shownBy = { event: 0, topic: 0, other: 0 };
const shownByRelation: Record<string, { event: number; topic: number; other: number }> = {};
const otherEvents: string[] = [];
const same: number[] = [];
const other: number[] = [];
let falseRelated = 0;
let trueRelated = 0;
let possible = 0;
const falses: string[] = [];
for (const input of inputs) {
  const f = textFeatures(input.article.text);
  const v = new Map(termVector(f, index.stats));
  const scores = index.scores([...v]);
  for (let r = 0; r < index.reportCount; r++) {
    const id = index.record(r).id;
    if (id === input.id) continue;
    const cos = scores.get(r) ?? 0;
    (topicOf(id) === topicOf(input.id) ? same : other).push(cos);
    if (eventOf(id) === eventOf(input.id)) sameEvent.push(cos);
    if (topicOf(id) === topicOf(input.id)) possible++;
  }
  const { related } = findRelated(input.article, f, index);
  for (const r of related) {
    if (r.report.id === input.id) continue;
    const kind = eventOf(r.report.id) === eventOf(input.id) ? 'event' : topicOf(r.report.id) === topicOf(input.id) ? 'topic' : 'other';
    shownBy[kind]++;
    (shownByRelation[r.relation] ??= { event: 0, topic: 0, other: 0 })[kind]++;
    if (kind === 'topic') otherEvents.push(`${input.id} → ${r.report.id} ${r.relation} ${r.score.toFixed(3)}`);
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
console.log(`same-event pairs: ${sameEvent.length}; cosine p10 ${q(sameEvent, 0.1)} p50 ${q(sameEvent, 0.5)} p90 ${q(sameEvent, 0.9)}`);
console.log(`shown at current thresholds: ${shownBy.event} same event, ${shownBy.topic} same topic but another event, ${shownBy.other} another topic`);
for (const [relation, by] of Object.entries(shownByRelation)) console.log(`  ${relation}: ${by.event} same event, ${by.topic} another event, ${by.other} another topic`);
if (process.argv.includes('--list')) for (const o of otherEvents) console.log('  another event: ' + o);
console.log(`at current thresholds: ${trueRelated} same-topic related (of ${possible} same-topic pairs), ${falseRelated} other-topic related`);
for (const f of falses.slice(0, 30)) console.log('  false: ' + f);
