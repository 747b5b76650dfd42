/**
 * Evaluation of the divergence finder on planted changes (npx tsx eval/run.ts).
 *
 * For each real report (wikiref-dev and the seeds): an unmodified copy (with
 * harmless edits) and copies with one planted change (a figure, a quote's
 * wording, a quote's speaker) are compared against the original, as a
 * `rewrite`, and against the other reports of the same topic, as `story`.
 * Prints recall per kind and flags per report, then the figure conflicts
 * found between the reports of each topic, for people to judge.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extractClaims } from '../src/core/claims/extract-claims';
import type { ReportClaims } from '../src/core/claims/types';
import { findDivergences } from '../src/core/compare/find-divergences';
import type { ComparedReport, Divergence } from '../src/core/compare/types';
import { loadSeedReports, loadWikiref, type EvalReport } from './corpus';
import { benign, plantFigure, plantReword, plantSpeaker, rng, type Kind, type Planted } from './plant';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const seedArg = Number(args.find((a) => a.startsWith('--seed='))?.slice(7) ?? 1);

const reports: EvalReport[] = [...loadWikiref(join(ROOT, 'corpus/wikiref-dev')), ...loadSeedReports(join(ROOT, 'corpus/seeds'))];
const claims = new Map<string, ReportClaims>();
const claimsOf = (r: EvalReport) => {
  let c = claims.get(r.id);
  if (!c) {
    c = extractClaims(r.text, { headline: r.headline, lang: 'en' });
    claims.set(r.id, c);
  }
  return c;
};
const asCompared = (r: EvalReport, relation: ComparedReport['relation']): ComparedReport => ({
  id: r.id, title: r.title, outlet: r.outlet, published: r.published, url: null, relation, claims: claimsOf(r), copies: [],
});

const byTopic = new Map<string, EvalReport[]>();
for (const r of reports) byTopic.set(r.topic, [...(byTopic.get(r.topic) ?? []), r]);

function compare(text: string, headline: EvalReport['headline'], published: string | null, others: ComparedReport[]): Divergence[] {
  return findDivergences({ text, published, claims: extractClaims(text, { headline, lang: 'en' }) }, others);
}

function hit(p: Planted, ds: Divergence[], originalId: string): boolean {
  const want = (d: Divergence) =>
    p.kind === 'figure' ? d.kind === 'figure' && (d.subtype === 'conflict' || d.subtype === 'changed-over-time')
    : p.kind === 'quote' ? d.kind === 'quote' && d.subtype === 'reworded'
    : d.kind === 'attribution' && d.subtype === 'speaker';
  return ds.some((d) => want(d) && d.start < p.end && p.start < d.end && d.others.some((o) => o.reportId === originalId));
}

const kinds: Kind[] = ['figure', 'quote', 'speaker'];
const planted: Record<Kind, number> = { figure: 0, quote: 0, speaker: 0 };
const found: Record<Kind, number> = { figure: 0, quote: 0, speaker: 0 };
const misses: string[] = [];
let copyFlags = 0;
let copyContested = 0;
let storyFlags = 0;
let wikirefStoryFlags = 0;
let extraPlantFlags = 0;
const flagLines: string[] = [];

for (const [i, r] of reports.entries()) {
  const bodyStart = r.headline ? r.headline.end : 0;
  const original = asCompared(r, 'rewrite');
  const sameTopic = (byTopic.get(r.topic) ?? []).filter((o) => o.id !== r.id).map((o) => asCompared(o, 'story'));

  // Unmodified copy against its original: every flag is false.
  const copy = benign(r.text, bodyStart);
  const copyDs = compare(copy, r.headline, r.published, [original]);
  copyFlags += copyDs.length;
  copyContested += copyDs.filter((d) => d.subtype === 'contested').length;
  for (const d of copyDs) flagLines.push(`copy  ${r.id}: ${d.kind}/${d.subtype} ${JSON.stringify(d.text.slice(0, 70))}`);

  // The original against the other reports of its topic: flags for people to judge.
  const storyDs = sameTopic.length > 0 ? findDivergences({ text: r.text, published: r.published, claims: claimsOf(r) }, sameTopic) : [];
  storyFlags += storyDs.length;
  if (r.topic !== 'seeds') wikirefStoryFlags += storyDs.length;
  for (const d of storyDs) flagLines.push(`story ${r.id}: ${d.kind}/${d.subtype} ${JSON.stringify(d.text.slice(0, 60))} ← ${d.others.map((o) => o.reportId).join(', ')}`);

  const plants = [plantFigure, plantReword, plantSpeaker].map((f, k) => f(copy, bodyStart, rng(seedArg * 7919 + i * 31 + k)));
  for (const p of plants) {
    if (!p) continue;
    planted[p.kind]++;
    const ds = compare(p.text, r.headline, r.published, [original, ...sameTopic]);
    if (hit(p, ds, r.id)) found[p.kind]++;
    else misses.push(`${p.kind.padEnd(7)} ${r.id}: ${JSON.stringify(p.before.slice(0, 80))} → ${JSON.stringify(p.after.slice(0, 80))}  …${JSON.stringify(p.text.slice(Math.max(0, p.start - 60), p.end + 40))}`);
    extraPlantFlags += ds.filter((d) => !(d.start < p.end && p.start < d.end) && d.others.some((o) => o.reportId === r.id)).length;
  }
}

const n = reports.length;
console.log(`Crossread divergence evaluation: ${n} reports (${byTopic.size} topics), seed ${seedArg}\n`);
console.log('Recall on planted changes (copy vs original as rewrite, plus same-topic reports as story):');
for (const k of kinds) {
  const label = k === 'figure' ? 'figure changed' : k === 'quote' ? 'quote reworded' : 'quote given to another speaker';
  console.log(`  ${label.padEnd(32)} ${found[k]}/${planted[k]}  recall ${(found[k] / Math.max(1, planted[k])).toFixed(3)}`);
}
console.log('\nFalse flags per report:');
console.log(`  unmodified copy vs original      ${(copyFlags / n).toFixed(3)}  (${copyFlags} in all, of which ${copyContested} contested figures: two sources within the report itself, shown by design)`);
console.log(`  planted copy, away from the plant ${(extraPlantFlags / n).toFixed(3)}  (${extraPlantFlags} in all, against the original)`);
console.log(`  original vs same-topic reports    ${(storyFlags / n).toFixed(3)}  (${storyFlags} in all; an upper bound: some are real divergences)`);
const nWiki = reports.filter((r) => r.topic !== 'seeds').length;
console.log(`    of which wikiref-dev only        ${(wikirefStoryFlags / nWiki).toFixed(3)}  (${wikirefStoryFlags} over ${nWiki} reports; the seeds are built to diverge)`);

const sizes = reports.map((r) => gzipSync(JSON.stringify(claimsOf(r))).length).sort((a, b) => a - b);
console.log(`\nStored claims per report, gzip: median ${sizes[sizes.length >> 1]} B, max ${sizes[sizes.length - 1]} B`);

if (verbose) {
  console.log('\nMisses:');
  for (const m of misses) console.log('  ' + m);
  console.log('\nFlags:');
  for (const f of flagLines) console.log('  ' + f);
}

console.log('\nFigure conflicts between reports of each topic (for people to judge):');
for (const [topic, rs] of byTopic) {
  const lines = new Set<string>();
  for (const r of rs) {
    const others = rs.filter((o) => o.id !== r.id).map((o) => asCompared(o, 'story'));
    if (others.length === 0) continue;
    const ds = findDivergences({ text: r.text, published: r.published, claims: claimsOf(r) }, others);
    for (const d of ds) {
      if (d.kind !== 'figure' || d.subtype === 'contested') continue;
      for (const o of d.others) {
        const key = [r.id, o.reportId].sort().join('|') + d.text + o.text;
        if (lines.has(key)) continue;
        lines.add(key);
        console.log(`  ${topic}: ${r.id} "${d.text}" (${d.detail?.counted ?? '?'}) vs ${o.reportId} "${o.text}" [${d.subtype}]`);
        if (verbose) console.log(`      here:  ${(d as Divergence & { context?: string }).context ?? ''}${ds.length ? '' : ''}\n      there: ${o.context.slice(0, 160)}`);
      }
    }
  }
}
