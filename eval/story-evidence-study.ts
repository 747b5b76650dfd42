/**
 * A study, not part of the product or the tests (issue 10, stop 20): would
 * two more kinds of evidence lift the story model's recall on gva-dev?
 *
 * - **Month named**: of two reports more than a week apart, the later one
 *   names the month of the earlier one's publication ("a July shooting"), and
 *   its year ("in 2014"). Most of the right pairs the model misses are far
 *   apart: a trial or a sentencing months after the shooting.
 * - **The list**: a second logistic model over each candidate's place among
 *   the others of its lookup (its probability, its rank, its margin over the
 *   best other candidate, how many candidates score high).
 *
 * Both are fitted on the tuning half of a dump of every candidate pair, the
 * threshold chosen as calibrate chooses it (at most 4% of the left-out tuning
 * lookups shown anything, not below 0.5), and reported on both halves of
 * gva-dev, for direct matches only (no chapters, no copies: lower than
 * `npm run eval:related`, but the same for every row).
 *
 *   npx tsx scripts/calibrate.ts --dump /tmp/dump.jsonl         (about 30 s)
 *   npx tsx eval/story-evidence-study.ts /tmp/dump.jsonl        (about 3 minutes)
 *
 * What it found (2026-12-03, the model fitted on gva-dev alone here): on the
 * reporting half, recall@k 0.801 → 0.807, shown right 0.966 → 0.976 and
 * false related 0.048 → 0.045 with the month named; 0.806, 0.962 and 0.045
 * with the list. Neither comes near the 0.9 of recall the issue asks for, and
 * the month would need a key group of its own in the index: neither was
 * built (see the stop's closing note). Of the right pairs the model missed on
 * the tuning half, 174 of 319 were more than 30 days apart, and in 126 of
 * those the later report named the earlier one's month or year (as 13% of the
 * wrong pairs more than 30 days apart do).
 */
import { readFileSync } from 'node:fs';
import { fitLogistic } from '../scripts/fit-logistic';
import { GVA_PATH, loadGva } from './related-data';

const dumpFile = process.argv[2];
const gvaReports = loadGva(GVA_PATH);
if (!dumpFile || !gvaReports) {
  console.log(gvaReports ? 'usage: npx tsx eval/story-evidence-study.ts <dump.jsonl from scripts/calibrate.ts --dump>' : `gva-dev is not here (${GVA_PATH}): nothing to study.`);
  process.exit(gvaReports ? 2 : 0);
}
type Cand = { id: string; x: number[]; y: number; p?: number };
type Lookup = { corpus: string; q: string; half: string; leftOut: boolean; others: number; cands: Cand[] };
const lookups: Lookup[] = readFileSync(dumpFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((l: Lookup) => l.corpus === 'gva');
const tune = lookups.filter((l) => l.half === 'tune');
const articles = new Map(gvaReports.map((r) => [r.id, r.article]));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// "May" is a verb too: only as a month ("in May", "May 3").
const MONTH_NAMED = MONTHS.map((m) => (m === 'May' ? /\b(?:in|of|since|on|last|early|late|mid-?)\s+May\b|\bMay\s+\d/ : new RegExp(`\\b${m}\\b`)));
const namedIn = new Map<string, { months: Set<number>; years: Set<number> }>();
function named(id: string) {
  let n = namedIn.get(id);
  if (!n) {
    const text = articles.get(id)!.text;
    n = { months: new Set(MONTHS.map((_, i) => i).filter((i) => MONTH_NAMED[i].test(text))), years: new Set([...text.matchAll(/\b(?:19[89]\d|20[0-3]\d)\b/g)].map((m) => Number(m[0]))) };
    namedIn.set(id, n);
  }
  return n;
}
/** [the later report names the earlier one's month, and its year too], for reports more than a week apart. */
function monthEvidence(q: string, id: string): number[] {
  const a = articles.get(q)!.published;
  const b = articles.get(id)!.published;
  if (!a || !b || Math.abs(Date.parse(a) - Date.parse(b)) <= 7 * 864e5) return [0, 0];
  const [earlier, later] = a < b ? [a, id] : [b, q];
  const d = new Date(earlier);
  const n = named(later);
  const month = n.months.has(d.getUTCMonth()) ? 1 : 0;
  return [month, month && n.years.has(d.getUTCFullYear()) ? 1 : 0];
}

const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));
const logit = (p: number) => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));
function fit(samples: Array<{ x: number[]; y: number }>) {
  const { weights, bias } = fitLogistic(samples);
  return (x: number[]) => sigmoid(weights.reduce((t, w, j) => t + w * x[j], bias));
}

function report(name: string, score: (l: Lookup, c: Cand) => number) {
  const best = (l: Lookup) => Math.max(0, ...l.cands.map((c) => score(l, c)));
  const leftOut = tune.filter((l) => l.leftOut).map(best).sort((a, b) => b - a);
  const threshold = Math.max(0.5, (leftOut[Math.floor(leftOut.length * 0.04)] ?? 0) + 1e-6);
  for (const half of ['tune', 'test']) {
    let recallSum = 0, recallN = 0, shown = 0, right = 0, out = 0, outShown = 0;
    for (const l of lookups.filter((x) => x.half === half)) {
      const list = l.cands.map((c) => ({ c, p: score(l, c) })).filter((o) => o.p >= threshold).sort((a, b) => b.p - a.p);
      if (l.leftOut) {
        out++;
        if (list.length) outShown++;
        continue;
      }
      shown += list.length;
      right += list.filter((o) => o.c.y).length;
      if (l.others > 0) {
        const k = Math.min(5, l.others);
        recallSum += list.slice(0, k).filter((o) => o.c.y).length / k;
        recallN++;
      }
    }
    console.log(`${name.padEnd(22)} ${half}: threshold ${threshold.toFixed(3)}  recall@k ${(recallSum / recallN).toFixed(3)}  shown right ${(right / shown).toFixed(3)}  false related ${(outShown / out).toFixed(3)} (${outShown}/${out})`);
  }
}

const base = fit(tune.flatMap((l) => l.cands));
report('logistic', (_, c) => base(c.x));
const withMonth = fit(tune.flatMap((l) => l.cands.map((c) => ({ x: [...c.x, ...monthEvidence(l.q, c.id)], y: c.y }))));
report('logistic + month', (l, c) => withMonth([...c.x, ...monthEvidence(l.q, c.id)]));

// The list: each candidate among the others of its lookup.
const listEvidence = new Map<Cand, number[]>();
for (const l of lookups) {
  for (const c of l.cands) c.p = base(c.x);
  const ps = l.cands.map((c) => c.p!).sort((a, b) => b - a);
  for (const c of l.cands) {
    const rank = ps.indexOf(c.p!);
    const bestOther = rank > 0 ? ps[0] : (ps[1] ?? 0);
    listEvidence.set(c, [logit(c.p!), rank === 0 ? 1 : 0, Math.log1p(rank), logit(c.p!) - logit(bestOther), Math.log1p(ps.filter((p) => p > 0.3).length)]);
  }
}
const second = fit(tune.flatMap((l) => l.cands.map((c) => ({ x: listEvidence.get(c)!, y: c.y }))));
report('logistic, then list', (_, c) => second(listEvidence.get(c)!));
