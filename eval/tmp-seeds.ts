import { readCorpus, indexOf } from '../src/index/test-corpus';
import { findRelated, matchFeatures, weighCandidates } from '../src/index/find-related';
import { sameHappening } from '../src/index/story-match';
const seeds = await readCorpus('corpus/seeds');
const wiki = await readCorpus('corpus/wikiref-dev');
const index = indexOf(seeds);
for (const s of seeds) {
  const f = matchFeatures(s.article);
  const m = findRelated(s.article, f, index);
  console.log(s.id.slice(0, 3), 'self', m.self?.report.id.slice(0, 3), m.related.map((r) => `${r.report.id.slice(0, 3)} ${r.relation} ${r.score.toFixed(3)}`).join(', '));
  console.log('    ', weighCandidates(s.article, f, index).map((c) => `${index.record(c.position).id.slice(0, 3)} cos=${c.cosine.toFixed(2)} cont=${c.containment.toFixed(2)} p=${sameHappening(c.evidence).toFixed(3)}`).join(' | '));
}
const all = indexOf([...seeds, ...wiki]);
let shown = 0, wrong = 0;
const topic = (id: string) => (/^\d{3}_/.test(id) ? 'seeds' : id.replace(/\.\d+$/, ''));
for (const s of [...seeds, ...wiki]) {
  const m = findRelated(s.article, matchFeatures(s.article), all);
  for (const r of m.related) { shown++; if (topic(r.report.id) !== topic(s.id)) { wrong++; console.log('other topic:', s.id, '→', r.report.id, r.relation, r.score.toFixed(3)); } }
}
console.log('shown', shown, 'other topic', wrong);
