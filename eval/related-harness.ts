/**
 * A study harness, not part of the product (issue 10): calibrate and
 * eval:related in one process, with the candidates weighed once, so that
 * variants of the evidence and of the chapter rule can be compared in
 * minutes. It re-implements the decision of find-related.ts (decide, copies
 * of related, chapters) over cached candidates, with the model passed in; its
 * base row should reproduce `npm run calibrate` + `npm run eval:related`.
 *
 *   npx tsx eval/related-harness.ts [--variants base,farAll,...] [--rules hop:hops:link:depth,...]
 *   (DIAG=1 adds a count of the tuning half's missed right pairs by days apart; WEIGHTS=N prints the fitted weights from the N-th on)
 *
 * What it found (2026-12-03; gva-dev, recall@k / shown right / false related, reporting half): base 0.822 / 0.945
 * / 0.045 (as eval:related); farAll, the evidence again for pairs more than 30 days apart, 0.830 / 0.951 / 0.042
 * (built into story-match.ts); see ARCHITECTURE.md (the decision on story matching) for the variants not kept.
 * Cross-validated within the tuning half (2026-12-03, related24; --cv, recall@k / shown right / false related):
 * base 0.840 / 0.919 / 0.041, and 0.847 / 0.913 / 0.041 with CV_SHIFT=9; no variant since was kept (the table
 * is in eval/README.md, *Related reports*). L2=X sets the fit's L2 penalty (1e-3 as scripts/calibrate.ts).
 * About 5 minutes for the first variant, 3 to 4 for each further one, on the shared 2-core machine (each fit
 * about 90 s: --cv fits twice, then once more on the whole tuning half unless --cv-only).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { containmentOf, sampleContainment } from '../src/core/features';
import { KEY_GROUPS, type KeyStrings } from '../src/core/happening';
import { termVector, type TermVector } from '../src/core/weights';
import { buildIndex, textHash } from '../src/index/build-index';
import { matchFeatures, sameUrl, topScores } from '../src/index/find-related';
import { openIndex, type LoadedIndex } from '../src/index/load-index';
import { articleKeys, lookupContext, pairFeatures, sameHappening, type StoryModel } from '../src/index/story-match';
import { epochDay } from '../src/core/happening';
import { fitLogistic } from '../scripts/fit-logistic';
import background from '../src/index/background-df.json';
import { GVA_PATH, loadGva, loadWikirefLabelled, WIKIREF_FOLDS, type Labelled } from './related-data';

const { values } = parseArgs({ options: { variants: { type: 'string' }, rules: { type: 'string' }, report: { type: 'boolean' }, cv: { type: 'boolean' }, 'cv-only': { type: 'boolean' }, misses: { type: 'string' } } });
/**
 * `--cv`: the tuning half's incidents in two folds (by a hash of the incident); the model is fitted (and its
 * threshold chosen) on one fold and measured on the other, both ways, so that a variant is judged on tuning
 * lookups it was not fitted on (`CV_SHIFT=N` draws the folds from another bit of the hash, 5 unless told;
 * `--cv-only` skips the fit on the whole tuning half). The reporting half is printed only with `--report`.
 */
const cvFold = (event: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < event.length; i++) h = Math.imul(h ^ event.charCodeAt(i), 0x01000193);
  return ((h >>> 0) >>> Number(process.env.CV_SHIFT ?? 5)) % 2;
};

type Ctx = ReturnType<typeof lookupContext>;
interface Query {
  vector: TermVector;
  keys: KeyStrings;
  day: number | null;
  shingles: Set<number> | null;
  hash: number;
  /** The query's vector words (for extra evidence). */
  words: Set<string>;
}
interface Raw {
  position: number;
  isSelf: boolean;
  cosine: number;
  containment: number;
  daysApart: number | null;
  keyless: boolean;
  reportKeys: Uint32Array[];
}
interface Weighed {
  ctx: Ctx;
  query: Query;
  cands: Raw[];
}
export interface Extra {
  ctx: Ctx;
  index: LoadedIndex;
  query: Query;
  raw: Raw;
  base: Float64Array;
}
type Variant = { name: string; extra: (e: Extra) => number[] };

function weigh(query: Query, index: LoadedIndex): Weighed {
  const scores = topScores(index.scores(query.vector, 0.05), 40);
  const selfInIndex = scores.some(([p]) => index.textHash(p) === query.hash);
  const ctx = lookupContext(articleKeys(query.keys, index), index, selfInIndex);
  const cands = scores.map(([position, cosine]) => {
    let containment = 0;
    if (query.shingles) {
      const inArticle = containmentOf(index.sampleOf(position), query.shingles);
      const articleInReport = query.shingles.size > 0 ? Math.min(1, (inArticle * index.shingleCount(position)) / query.shingles.size) : 0;
      containment = Math.max(inArticle, articleInReport);
    }
    const rd = index.publishedDay(position);
    const daysApart = query.day === null || rd === null ? null : Math.abs(query.day - rd);
    const reportKeys = index.keysOf(position);
    return { position, isSelf: index.textHash(position) === query.hash, cosine, containment, daysApart, keyless: reportKeys.every((g) => g.length === 0), reportKeys };
  });
  return { ctx, query, cands };
}

function articleQuery(a: Labelled['article'], index: LoadedIndex): Query {
  const f = matchFeatures(a);
  const vector = termVector(f, index.stats);
  return { vector, keys: f.keys, day: epochDay(a.published), shingles: f.shingles, hash: textHash(a.text) % 4294967296, words: new Set(vector.slice(0, 64).map(([t]) => t)) };
}
function reportQuery(index: LoadedIndex, position: number): Query {
  const groups = index.keysOf(position);
  const keys = Object.fromEntries(KEY_GROUPS.map((g, i) => [g, Array.from(groups[i], (id) => index.termOf(id))])) as KeyStrings;
  const vector = index.vectorOf(position);
  return { vector, keys, day: index.publishedDay(position), shingles: null, hash: index.textHash(position), words: new Set(vector.map(([t]) => t)) };
}

interface World {
  name: string;
  corpus: 'gva' | 'gva-undated' | 'wikiref';
  reports: Labelled[];
  index: LoadedIndex;
  eventAt: string[];
  lookups: Array<{ q: Labelled; w: Weighed }>;
  hopCache: Map<number, Weighed>;
}

function makeWorld(name: string, corpus: World['corpus'], reports: Labelled[], index?: LoadedIndex): World {
  const idx = index ?? openIndex(buildIndex(reports.filter((r) => !r.leftOut), background).bytes);
  const eventOf = new Map(reports.map((r) => [r.id, r.event]));
  const eventAt = Array.from({ length: idx.reportCount }, (_, p) => eventOf.get(idx.record(p).id)!);
  const lookups = reports.map((q) => {
    const article = corpus === 'gva-undated' ? { ...q.article, published: null } : q.article;
    return { q, w: weigh(articleQuery(article, idx), idx) };
  });
  return { name, corpus, reports, index: idx, eventAt, lookups, hopCache: new Map() };
}

function features(v: Variant, index: LoadedIndex, w: Weighed, raw: Raw): Float64Array {
  const base = pairFeatures(w.ctx, index, raw.position, { cosine: raw.cosine, daysApart: raw.daysApart, reportKeys: raw.reportKeys });
  const extra = v.extra({ ctx: w.ctx, index, query: w.query, raw, base });
  if (extra.length === 0) return base;
  const out = new Float64Array(base.length + extra.length);
  out.set(base);
  out.set(extra, base.length);
  return out;
}

interface Rule {
  hop: number;
  hops: number;
  /** Link bar as a multiple of the threshold. */
  link: number;
  /** Rounds of chapters (1 = as now). */
  depth: number;
}

interface Cand {
  position: number;
  relation: string | null;
  isSelf: boolean;
  score: number;
  containment: number;
  chapter: boolean;
}

function lookupShown(world: World, q: Labelled, w: Weighed, m: StoryModel, v: Variant, rule: Rule): Array<Cand & { id: string }> {
  const index = world.index;
  const t = m.threshold;
  const score = (ww: Weighed, r: Raw) => (r.keyless ? wordsOnly(r.cosine, r.daysApart, t) : sameHappening(features(v, index, ww, r), m));
  const out: Cand[] = [];
  const near: Cand[] = [];
  for (const r of w.cands) {
    const s = r.isSelf ? 1 : score(w, r);
    let relation: string | null = null;
    if (s >= t) relation = r.containment >= 0.5 ? 'same' : r.cosine >= 0.5 ? 'rewrite' : 'story';
    const c = { position: r.position, relation, isSelf: r.isSelf, score: s, containment: r.containment, chapter: false };
    if (r.isSelf || relation !== null) out.push(c);
    else if (s >= t / 2) near.push(c);
  }
  const related = out.filter((c) => c.relation !== null);
  for (const c of near) {
    const o = related.find((r) => sampleContainment(index.sampleOf(c.position), index.shingleCount(c.position), index.sampleOf(r.position), index.shingleCount(r.position)) >= 0.5);
    if (o) out.push({ ...c, relation: o.relation });
  }
  const known = new Set(out.map((c) => c.position));
  let frontier = out.filter((c) => !c.isSelf && c.relation !== null && c.score >= rule.hop).sort((a, b) => b.score - a.score).slice(0, rule.hops);
  for (let round = 0; round < rule.depth && frontier.length > 0; round++) {
    const next: Cand[] = [];
    for (const hop of frontier) {
      let hw = world.hopCache.get(hop.position);
      if (!hw) world.hopCache.set(hop.position, (hw = weigh(reportQuery(index, hop.position), index)));
      for (const r of hw.cands) {
        if (r.isSelf || known.has(r.position)) continue;
        const link = score(hw, r);
        if (link < t * rule.link) continue;
        const c = { position: r.position, relation: 'story', isSelf: false, score: hop.score * link, containment: 0, chapter: true };
        out.push(c);
        next.push(c);
        known.add(r.position);
      }
    }
    frontier = next.filter((c) => c.score >= rule.hop).sort((a, b) => b.score - a.score).slice(0, rule.hops);
  }
  const order = ['same', 'rewrite', 'story'];
  const list = out
    .filter((c) => !(c.isSelf || (!!q.article.url && !!index.record(c.position).url && sameUrl(q.article.url, index.record(c.position).url!))))
    .map((c) => ({ ...c, id: index.record(c.position).id }));
  list.sort((a, b) => order.indexOf(a.relation ?? 'same') - order.indexOf(b.relation ?? 'same') || b.score - a.score || a.id.localeCompare(b.id));
  return list.slice(0, 20);
}

function wordsOnly(cosine: number, d: number | null, t: number): number {
  const f = d === null || d <= 14 ? 1 : Math.max(0.5, 1 - (d - 14) / 700);
  const c = cosine * f;
  return c >= 0.3 ? t + ((1 - t) * (c - 0.3)) / 0.7 : (c / 0.3) * t;
}

function fit(worlds: World[], v: Variant, inFit: (q: Labelled, world: World) => boolean = (q) => q.half === 'tune'): StoryModel & { tuneFalse: string } {
  const samples: Array<{ x: Float64Array; y: number }> = [];
  const perLookup: Array<{ leftOut: boolean; xs: Float64Array[] }> = [];
  for (const world of worlds)
    for (const { q, w } of world.lookups) {
      if (!inFit(q, world)) continue;
      const xs: Float64Array[] = [];
      for (const r of w.cands) {
        if (r.isSelf) continue;
        const x = features(v, world.index, w, r);
        xs.push(x);
        samples.push({ x, y: world.eventAt[r.position] === q.event ? 1 : 0 });
      }
      perLookup.push({ leftOut: q.leftOut, xs });
    }
  const { weights, bias } = fitLogistic(samples, Number(process.env.L2 ?? 1e-3));
  const draft = { features: [], weights, bias, threshold: 0.5 };
  const best = perLookup.filter((l) => l.leftOut).map((l) => Math.max(0, ...l.xs.map((x) => sameHappening(x, draft)))).sort((a, b) => b - a);
  const threshold = Math.round(Math.max(0.5, (best[Math.floor(best.length * 0.04)] ?? 0) + 1e-6) * 1e4) / 1e4;
  const r5 = (x: number) => Math.round(x * 1e5) / 1e5;
  return { features: [], weights: weights.map(r5), bias: r5(bias), threshold, tuneFalse: `${best.filter((p) => p >= threshold).length} of ${best.length}` };
}

function measure(world: World, m: StoryModel, v: Variant, rule: Rule, groupOf: (r: Labelled) => string = (r) => r.event, only?: (q: Labelled) => boolean) {
  const t = { tune: tally(), test: tally() };
  const members = new Map<string, number>();
  for (const r of world.reports) if (!r.leftOut) members.set(groupOf(r), (members.get(groupOf(r)) ?? 0) + 1);
  const byId = new Map(world.reports.map((r) => [r.id, r]));
  for (const { q, w } of world.lookups) {
    if (only && !only(q)) continue;
    const tt = t[q.half];
    const list = lookupShown(world, q, w, m, v, rule).filter((s) => s.id !== q.id);
    if (q.leftOut) {
      tt.leftOut++;
      if (list.length) tt.leftOutShown++;
      continue;
    }
    const right = (s: { id: string }) => groupOf(byId.get(s.id)!) === groupOf(q);
    tt.shown += list.length;
    tt.right += list.filter(right).length;
    const others = (members.get(groupOf(q)) ?? 1) - 1;
    if (others > 0) {
      const k = Math.min(others, 5);
      tt.recallSum += list.slice(0, k).filter(right).length / k;
      tt.recallN++;
    }
  }
  return t;
}
const tally = () => ({ recallSum: 0, recallN: 0, shown: 0, right: 0, leftOut: 0, leftOutShown: 0 });
const row = (t: ReturnType<typeof tally>) => `${(t.recallSum / t.recallN).toFixed(3)} ${(t.right / t.shown).toFixed(3)} ${(t.leftOutShown / t.leftOut).toFixed(3)} (${t.leftOutShown}/${t.leftOut})`;
const add = (a: ReturnType<typeof tally>, b: ReturnType<typeof tally>) => Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof typeof a] + b[k as keyof typeof b]])) as ReturnType<typeof tally>;

// ---- variants of the evidence ----
import { VARIANTS } from './related-variants';

const t0 = performance.now();
const gvaReports = stripFurniture(loadGva(GVA_PATH)!);

/**
 * FURNITURE=F (a study): every line that occurs in F or more of the index's reports (case and spacing set aside) is
 * taken for a site's furniture and removed from every report's text, in the index and looked up, before anything
 * is read from it.
 */
function stripFurniture(reports: Labelled[]): Labelled[] {
  const f = Number(process.env.FURNITURE ?? 0);
  if (!f) return reports;
  const norm = (l: string) => l.trim().toLowerCase().replace(/\s+/g, ' ');
  const df = new Map<string, number>();
  for (const r of reports) {
    if (r.leftOut) continue;
    for (const l of new Set(r.article.text.split('\n').map(norm))) if (l) df.set(l, (df.get(l) ?? 0) + 1);
  }
  let cut = 0;
  const out = reports.map((r) => {
    const kept = r.article.text.split('\n').filter((l) => (df.get(norm(l)) ?? 0) < f);
    cut += r.article.text.split('\n').length - kept.length;
    return { ...r, article: { ...r.article, text: kept.join('\n') } };
  });
  console.log(`furniture: ${cut} lines in ${f} or more reports removed`);
  return out;
}
const gva = makeWorld('gva', 'gva', gvaReports);
const gvaU = makeWorld('gva-undated', 'gva-undated', gvaReports, gva.index);
const wiki = Array.from({ length: WIKIREF_FOLDS }, (_, f) => makeWorld(`wikiref${f}`, 'wikiref', loadWikirefLabelled(f)));
console.log(`weighed in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
const worlds = [gva, gvaU, ...wiki];
// --rules hop:hops:link:depth,... (default 0.9:3:1:1, as find-related.ts)
const rules: Rule[] = (values.rules ?? '0.9:3:1:1').split(',').map((s) => {
  const [hop, hops, link, depth] = s.split(':').map(Number);
  return { hop, hops, link, depth };
});
for (const name of (values.variants ?? 'base').split(',')) {
  const v = VARIANTS[name];
  if (!v) throw new Error(`no variant ${name}`);
  if (values.cv) {
    // Fit on one fold of gva's tuning half (with wikiref's tuning half), measure on the other, both ways.
    const ms = [0, 1].map((k) => fit(worlds, v, (q, world) => q.half === 'tune' && (world.corpus === 'wikiref' || cvFold(q.event) !== k)));
    for (const rule of rules) {
      const parts = [0, 1].map((k) => measure(gva, ms[k], v, rule, undefined, (q) => q.half === 'tune' && cvFold(q.event) === k).tune);
      console.log(`${name.padEnd(12)} ${Object.values(rule).join(':').padEnd(12)} cv thr ${ms.map((m) => m.threshold).join('/')} | gva tune cv ${row(add(parts[0], parts[1]))} | folds ${row(parts[0])} ; ${row(parts[1])}  [${((performance.now() - t0) / 1000).toFixed(0)} s]`);
    }
    if (values['cv-only']) continue;
  }
  const m = fit(worlds, v);
  if (process.env.WEIGHTS) console.log(JSON.stringify(m.weights.slice(Number(process.env.WEIGHTS))));
  for (const rule of rules) {
    const g = measure(gva, m, v, rule);
    const wt = wiki.map((w) => measure(w, m, v, rule)).reduce((a, b) => ({ tune: add(a.tune, b.tune), test: add(a.test, b.test) }));
    const test = values.report ? `gva test ${row(g.test)} | ` : '';
    console.log(`${name.padEnd(12)} ${Object.values(rule).join(':').padEnd(12)} thr ${m.threshold} (tune false ${m.tuneFalse}) | ${test}gva tune ${row(g.tune)} | wiki tune ${row(wt.tune)}${values.report ? ` test ${row(wt.test)}` : ''}  [${((performance.now() - t0) / 1000).toFixed(0)} s]`);
    if (values.misses) dumpMisses(values.misses, m, v, rule);
  }
}

/** The tuning half's right pairs not shown in the first k, and its wrong shows, for reading (never the reporting half). */
function dumpMisses(file: string, m: StoryModel, v: Variant, rule: Rule) {
  const lines: string[] = [];
  const members = new Map<string, string[]>();
  for (const r of gva.reports) if (!r.leftOut) members.set(r.event, [...(members.get(r.event) ?? []), r.id]);
  const byId = new Map(gva.reports.map((r) => [r.id, r]));
  const head = (r: Labelled) => `${r.id} ${r.article.published?.slice(0, 10)} ${r.article.url ?? ''}\n      ${r.article.title.slice(0, 110)}\n      ${r.article.text.replace(/\s+/g, ' ').slice(0, 400)}`;
  for (const { q, w } of gva.lookups) {
    if (q.half !== 'tune') continue;
    const shown = lookupShown(gva, q, w, m, v, rule).filter((s) => s.id !== q.id);
    const others = q.leftOut ? [] : members.get(q.event)!.filter((id) => id !== q.id);
    const k = Math.min(others.length, 5);
    const top = new Set(shown.slice(0, k).map((s) => s.id));
    for (const s of shown) {
      if (byId.get(s.id)!.event === q.event) continue;
      lines.push(`WRONG${q.leftOut ? ' (left out)' : ''} p=${s.score.toFixed(2)} ${s.chapter ? 'chapter ' : ''}${s.relation}\n  Q ${head(q)}\n  R ${head(byId.get(s.id)!)}`);
    }
    if (k === 0 || top.size === 0 && others.length === 0) continue;
    const missed = others.filter((id) => !top.has(id));
    if (missed.length === 0 || shown.slice(0, k).filter((s) => byId.get(s.id)!.event === q.event).length === k) continue;
    for (const id of missed) {
      const r = w.cands.find((c) => gva.index.record(c.position).id === id);
      const x = r ? features(v, gva.index, w, r) : null;
      const p = x ? sameHappening(x, m) : -1;
      const ev = x && r ? `p=${p.toFixed(2)} d=${r.daysApart} cos=${r.cosine.toFixed(2)} title=${x[2].toFixed(2)} name1=${x[3].toFixed(2)} person1=${x[5].toFixed(2)} place1=${x[7].toFixed(2)} day=${x[9]}/${x[10]} age=${x[11]}/${x[12]} toll=${x[13]}/${x[14]}` : 'not a candidate';
      lines.push(`MISS (${k} of ${others.length}) ${ev}\n  Q ${head(q)}\n  R ${head(byId.get(id)!)}`);
    }
  }
  writeFileSync(file, lines.join('\n\n') + '\n');
  console.log(`misses and wrong shows of the tuning half written to ${file}`);
}

if (process.env.DIAG) {
  // The right pairs of the tuning half that the base model does not show in the first k: what they look like.
  const v = VARIANTS.base;
  const m = fit(worlds, v);
  const rule = rules[0];
  const buckets = new Map<string, number>();
  const bump = (k: string) => buckets.set(k, (buckets.get(k) ?? 0) + 1);
  const LEGAL = /\b(?:trial|sentenced|sentencing|pleaded|plea|guilty|convicted|charged|indicted|jury|verdict|arraigned|testified)\b/i;
  const members = new Map<string, string[]>();
  for (const r of gva.reports) if (!r.leftOut) members.set(r.event, [...(members.get(r.event) ?? []), r.id]);
  const byId = new Map(gva.reports.map((r) => [r.id, r]));
  for (const { q, w } of gva.lookups) {
    if (q.half !== 'tune' || q.leftOut) continue;
    const others = members.get(q.event)!.filter((id) => id !== q.id);
    if (others.length === 0) continue;
    const k = Math.min(others.length, 5);
    const shown = lookupShown(gva, q, w, m, v, rule).filter((s) => s.id !== q.id);
    const top = new Set(shown.slice(0, k).map((s) => s.id));
    const shownAll = new Set(shown.map((s) => s.id));
    for (const r of w.cands) {
      if (r.isSelf) continue;
      const id = gva.index.record(r.position).id;
      if (gva.eventAt[r.position] !== q.event || top.has(id)) continue;
      const x = features(v, gva.index, w, r);
      const p = sameHappening(x, m);
      const d = r.daysApart;
      const db = d === null ? 'nodate' : d <= 3 ? '0-3' : d <= 30 ? '4-30' : d <= 180 ? '31-180' : '>180';
      const legal = LEGAL.test(q.article.text) || LEGAL.test(byId.get(id)!.article.text) ? 'legal' : 'nolegal';
      const p1 = x[5] >= 0.8 ? 'person>=.8' : x[5] > 0 ? 'person<.8' : 'noperson';
      bump(`all`);
      bump(`shownBelowK=${shownAll.has(id)}`);
      bump(`days ${db}`);
      bump(`days ${db} ${legal}`);
      bump(`days ${db} ${p1}`);
      bump(`p ${p >= m.threshold ? '>=t' : p >= 0.3 ? '.3-t' : p >= 0.1 ? '.1-.3' : '<.1'}`);
      if (d !== null && d > 30 && process.env.DIAG === '2') console.log(`${q.id} → ${id} d=${d} p=${p.toFixed(2)} person1=${x[5].toFixed(2)} name1=${x[3].toFixed(2)} cos=${x[0].toFixed(2)} title=${x[2].toFixed(2)}\n   ${q.article.title.slice(0, 100)}\n   ${byId.get(id)!.article.title.slice(0, 100)}`);
    }
  }
  for (const [k, n] of [...buckets].sort()) console.log(`${k.padEnd(40)} ${n}`);
}
