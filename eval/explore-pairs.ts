/* Exploration: pair features of candidates, for fitting the story matcher. Writes JSON lines to stdout. */
import { textFeatures } from '../src/core/features';
import { happeningKeys, epochDay } from '../src/core/happening';
import { termVector } from '../src/core/weights';
import { buildIndex } from '../src/index/build-index';
import { containmentOf } from '../src/core/features';
import { openIndex } from '../src/index/load-index';
import background from '../src/index/background-df.json';
import { loadGva, loadWikirefLabelled } from './related-data';

const corpus = process.argv[2] ?? 'gva';
const raw = corpus === 'gva' ? loadGva()! : loadWikirefLabelled();
const ORACLE = process.env.ORACLE === '1';
const paraEvents = new Map<string, Set<string>>();
for (const r of raw) for (const p of r.article.text.split('\n\n')) { const k = p.trim(); if (!paraEvents.has(k)) paraEvents.set(k, new Set()); paraEvents.get(k)!.add(r.event); }
const reports = ORACLE ? raw.map((r) => ({ ...r, article: { ...r.article, text: r.article.text.split('\n\n').filter((p, i) => i === 0 || paraEvents.get(p.trim())!.size < 2).join('\n\n') } })) : raw;
const inIndex = reports.filter((r) => !r.leftOut);
const index = openIndex(buildIndex(inIndex, background).bytes);
const posOf = new Map<string, number>();
for (let p = 0; p < index.reportCount; p++) posOf.set(index.record(p).id, p);
const byPos = (p: number) => inIndex.find((r) => r.id === index.record(p).id)!;
const feats = new Map(reports.map((r) => [r.id, textFeatures(r.article.text)]));
const keys = new Map(reports.map((r) => [r.id, happeningKeys(r.article)]));
const titleVec = new Map(reports.map((r) => [r.id, new Map(termVector(textFeatures(r.article.title || r.article.text.split('\n')[0]), index.stats))]));
const posReport = Array.from({ length: index.reportCount }, (_, p) => byPos(p));
// df of keys over the index's reports
const df = new Map<string, number>();
const bump = (k: string) => df.set(k, (df.get(k) ?? 0) + 1);
for (const r of inIndex) {
  const k = keys.get(r.id)!;
  for (const x of k.people) bump('n ' + x);
  for (const x of k.places) bump('p ' + x);
  for (const x of k.days) bump('d ' + x);
  for (const x of k.ages) bump('a ' + x);
  for (const x of k.numbers) bump('# ' + x);
  for (const x of k.tolls) bump('t ' + x);
  for (const x of feats.get(r.id)!.names) bump('u ' + x);
}
const N = inIndex.length;
const idf = (k: string) => Math.log((N + 1) / ((df.get(k) ?? 0) + 1));
const members = new Map<string, number>();
for (const r of inIndex) members.set(r.event, (members.get(r.event) ?? 0) + 1);

for (const q of reports) {
  const f = feats.get(q.id)!;
  const kq = keys.get(q.id)!;
  const scores = index.scores(termVector(f, index.stats), 0.03);
  const cands = [...scores].filter(([p]) => posReport[p].id !== q.id).sort((a, b) => b[1] - a[1]).slice(0, 40);
  const others = q.leftOut ? 0 : members.get(q.event)! - 1;
  const rows = cands.map(([p, cos]) => {
    const r = posReport[p];
    const kr = keys.get(r.id)!;
    const fr = feats.get(r.id)!;
    const shared = (a: Iterable<string | number>, b: Iterable<string | number>, pre: string) => {
      const bs = new Set(b);
      const out: number[] = [];
      for (const x of a) if (bs.has(x)) out.push(idf(pre + ' ' + x));
      return out.sort((x, y) => y - x);
    };
    const names = shared(f.names, fr.names, 'u');
    const pairs = shared(kq.people, kr.people, 'n');
    const places = shared(kq.places, kr.places, 'p');
    const days = shared(kq.days, kr.days, 'd');
    const ages = shared(kq.ages, kr.ages, 'a');
    const nums = shared(kq.numbers, kr.numbers, '#');
    const tolls = shared(kq.tolls, kr.tolls, 't');
    const tq = titleVec.get(q.id)!;
    const tr = titleVec.get(r.id)!;
    let tcos = 0;
    for (const [t, w] of tq) tcos += w * (tr.get(t) ?? 0);
    const pa = epochDay(q.article.published);
    const pb = epochDay(r.article.published);
    return {
      cos,
      rank: 0,
      apart: pa !== null && pb !== null ? Math.abs(pa - pb) : -1,
      names, pairs, places, days, tolls, tcos, qTolls: kq.tolls.length, rTolls: kr.tolls.length, ages, nums,
      qDays: kq.days.length, rDays: kr.days.length, qAges: kq.ages.length, rAges: kr.ages.length, qPairs: kq.people.length, rPairs: kr.people.length,
      cont: containmentOf(index.sampleOf(p), f.shingles),
      label: r.event === q.event ? 1 : 0,
      id: r.id,
      pairKeys: kq.people.filter((x) => kr.people.includes(x)).sort((x, y) => idf('n ' + y) - idf('n ' + x)).slice(0, 4),
      nameKeys: [...f.names].filter((x) => fr.names.has(x)).sort((x, y) => idf('u ' + y) - idf('u ' + x)).slice(0, 4),
    };
  });
  rows.forEach((r, i) => (r.rank = i));
  console.log(JSON.stringify({ q: q.id, half: q.half, leftOut: q.leftOut, others, cands: rows }));
}
