/**
 * Evaluation of the divergence finder on planted changes (npm run eval).
 *
 * Every real report (wikiref-dev and the seeds) is in one index, built by the
 * same code as `crossread index`. For each report, an unmodified copy (with
 * harmless edits) and copies with one planted change (a figure, a quote's
 * wording, a quote's speaker) go through the extension's whole pipeline
 * (`compareArticle`: matching, copies folded, divergences) against that
 * index, which holds the original among the others. Prints recall per kind
 * and false flags per report, then the figure conflicts found between the
 * reports of each topic, for people to judge.
 *
 *   npm run eval [-- --seed=N] [-- --verbose]
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Article } from '../src/core/article';
import { extractReportClaims } from '../src/core/report-claims';
import { findDivergences } from '../src/core/compare/find-divergences';
import type { ComparedReport, Divergence } from '../src/core/compare/types';
import { compareArticle } from '../src/index/compare-article';
import { indexOf } from '../src/node/corpus';
import { loadSeedReports, loadWikiref, type EvalReport } from './corpus';
import { benign, plantAge, plantDuration, plantFigure, plantReword, plantSpeaker, rng, type Kind, type Planted } from './plant';
import messages from '../public/_locales/en/messages.json';
import { measureText } from '../src/shared/divergence-text';
import { messagesFrom, type MessageEntry } from '../src/shared/locale-messages';

const t = messagesFrom(messages as unknown as Record<string, MessageEntry>);

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const seedArg = Number(args.find((a) => a.startsWith('--seed='))?.slice(7) ?? 1);

const reports: EvalReport[] = [...loadWikiref(join(ROOT, 'corpus/wikiref-dev')), ...loadSeedReports(join(ROOT, 'corpus/seeds'))];
const index = indexOf(reports.map((r) => ({ id: r.id, article: r.article })));
const byTopic = new Map<string, EvalReport[]>();
for (const r of reports) byTopic.set(r.topic, [...(byTopic.get(r.topic) ?? []), r]);

/** The article as a reader's page would give it: the same metadata, another text, not the indexed copy's address. */
const withText = (r: EvalReport, text: string): Article => ({ ...r.article, text, url: null });

function hit(p: Planted, ds: Divergence[], originalId: string): boolean {
  const want = (d: Divergence) =>
    p.kind === 'figure' || p.kind === 'age' || p.kind === 'duration' ? d.kind === 'figure' && d.subtype !== 'contested'
    : p.kind === 'quote' ? d.kind === 'quote' && d.subtype === 'reworded'
    : d.kind === 'attribution' && d.subtype === 'speaker';
  return ds.some((d) => want(d) && d.start < p.end && p.start < d.end && d.others.some((o) => o.reportId === originalId || o.copies.includes(originalId)));
}
const againstOriginal = (d: Divergence, id: string) => d.others.some((o) => o.reportId === id || o.copies.includes(id));

const kinds: Kind[] = ['figure', 'age', 'duration', 'quote', 'speaker'];
const planted: Record<Kind, number> = { figure: 0, age: 0, duration: 0, quote: 0, speaker: 0 };
const found: Record<Kind, number> = { figure: 0, age: 0, duration: 0, quote: 0, speaker: 0 };
const misses: string[] = [];
let originalFound = 0;
let copyFlags = 0;
let copyContested = 0;
let storyFlags = 0;
let wikirefStoryFlags = 0;
let extraPlantFlags = 0;
const flagLines: string[] = [];

for (const [i, r] of reports.entries()) {
  // Unmodified copy: flags against its original are false; flags against other reports are story-level, for people to judge.
  const copy = benign(r.article.text, r.bodyStart);
  const c = await compareArticle(withText(r, copy), index);
  if (c.self?.id === r.id || c.related.some((x) => x.id === r.id)) originalFound++;
  for (const d of c.divergences) {
    if (againstOriginal(d, r.id)) {
      copyFlags++;
      if (d.subtype === 'contested') copyContested++;
      flagLines.push(`copy  ${r.id}: ${d.kind}/${d.subtype} ${JSON.stringify(d.text.slice(0, 70))}`);
    } else {
      storyFlags++;
      if (r.topic !== 'seeds') wikirefStoryFlags++;
      flagLines.push(`story ${r.id}: ${d.kind}/${d.subtype} ${JSON.stringify(d.text.slice(0, 60))} ← ${d.others.map((o) => o.reportId).join(', ')}`);
    }
  }

  // The seeds of the three original plants are kept, so their figures stay comparable with earlier runs.
  const plants = [plantFigure, plantReword, plantSpeaker, plantAge, plantDuration].map((f, k) => f(copy, r.bodyStart, rng(seedArg * 7919 + i * 31 + k)));
  for (const p of plants) {
    if (!p) continue;
    planted[p.kind]++;
    const ds = (await compareArticle(withText(r, p.text), index)).divergences;
    if (hit(p, ds, r.id)) found[p.kind]++;
    else misses.push(`${p.kind.padEnd(7)} ${r.id}: ${JSON.stringify(p.before.slice(0, 80))} → ${JSON.stringify(p.after.slice(0, 80))}  …${JSON.stringify(p.text.slice(Math.max(0, p.start - 60), p.end + 40))}`);
    const away = ds.filter((d) => !(d.start < p.end && p.start < d.end) && againstOriginal(d, r.id));
    extraPlantFlags += away.length;
    for (const d of away) flagLines.push(`plant ${r.id} (${p.kind} ${JSON.stringify(p.before)}→${JSON.stringify(p.after)}): ${d.kind}/${d.subtype} ${JSON.stringify(d.text.slice(0, 60))} vs ${JSON.stringify(d.others[0]?.text.slice(0, 60))}`);
  }
}

const n = reports.length;
console.log(`Crossread divergence evaluation: ${n} reports (${byTopic.size} topics) in one index, seed ${seedArg}\n`);
console.log(`Each copy went through the whole pipeline (matching, copies folded, divergences); its original was found for ${originalFound} of ${n}.\n`);
console.log('Recall on planted changes:');
const LABELS: Record<Kind, string> = { figure: 'count changed', age: 'age changed', duration: 'duration changed', quote: 'quote reworded', speaker: 'quote given to another speaker' };
for (const k of kinds) console.log(`  ${LABELS[k].padEnd(32)} ${found[k]}/${planted[k]}  recall ${(found[k] / Math.max(1, planted[k])).toFixed(3)}`);
const figureKinds: Kind[] = ['figure', 'age', 'duration'];
const fFound = figureKinds.reduce((n, k) => n + found[k], 0);
const fPlanted = figureKinds.reduce((n, k) => n + planted[k], 0);
console.log(`  ${'any figure changed'.padEnd(32)} ${fFound}/${fPlanted}  recall ${(fFound / Math.max(1, fPlanted)).toFixed(3)}`);
console.log('\nFalse flags per report:');
console.log(`  unmodified copy vs its original   ${(copyFlags / n).toFixed(3)}  (${copyFlags} in all, of which ${copyContested} contested figures: two sources within the report itself, shown by design)`);
console.log(`  planted copy, away from the plant ${(extraPlantFlags / n).toFixed(3)}  (${extraPlantFlags} in all, against the original)`);
console.log(`  unmodified copy vs other reports  ${(storyFlags / n).toFixed(3)}  (${storyFlags} in all, against reports the matcher found related; an upper bound: some are real divergences)`);
const nWiki = reports.filter((r) => r.topic !== 'seeds').length;
console.log(`    of which wikiref-dev only        ${(wikirefStoryFlags / nWiki).toFixed(3)}  (${wikirefStoryFlags} over ${nWiki} reports; the seeds are built to diverge)`);

const claims = new Map(reports.map((r) => [r.id, extractReportClaims(r.article)]));
const sizes = reports.map((r) => gzipSync(JSON.stringify(claims.get(r.id))).length).sort((a, b) => a - b);
console.log(`\nStored claims per report, gzip: median ${sizes[sizes.length >> 1]} B, max ${sizes[sizes.length - 1]} B`);

if (verbose) {
  console.log('\nMisses:');
  for (const m of misses) console.log('  ' + m);
  console.log('\nFlags:');
  for (const f of flagLines) console.log('  ' + f);
}

// Every pair of a topic, related or not by the matcher: what figures would conflict if they told one story.
const asStory = (r: EvalReport): ComparedReport => ({
  id: r.id, title: r.article.title, outlet: r.article.outlet, published: r.article.published, url: null, relation: 'story', claims: claims.get(r.id)!, copies: [],
});
console.log('\nFigure conflicts between reports of each topic (for people to judge):');
for (const [topic, rs] of byTopic) {
  const lines = new Set<string>();
  for (const r of rs) {
    const others = rs.filter((o) => o.id !== r.id).map(asStory);
    if (others.length === 0) continue;
    const ds = findDivergences({ text: r.article.text, published: r.article.published, claims: claims.get(r.id)! }, others);
    for (const d of ds) {
      if (d.kind !== 'figure' || d.subtype === 'contested') continue;
      for (const o of d.others) {
        const key = [r.id, o.reportId].sort().join('|') + d.text + o.text;
        if (lines.has(key)) continue;
        lines.add(key);
        console.log(`  ${topic}: ${r.id} "${d.text}" (${measureText(d.facts, t)}) vs ${o.reportId} "${o.text}" [${d.subtype}]`);
        if (verbose) console.log(`      here:  ${(d as Divergence & { context?: string }).context ?? ''}${ds.length ? '' : ''}\n      there: ${o.context.slice(0, 160)}`);
      }
    }
  }
}
