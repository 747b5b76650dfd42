/**
 * Figure flags against the hand-made gold (npm run eval:figures).
 *
 * For every story of src/golden/figures, each report is compared, as the
 * article, with every other report of the story (relation "story": the
 * comparison as it runs between other outlets' reports of one story), and
 * every figure flag is looked up in the gold:
 *
 * - precision: flags whose two sides are figures of one quantity (and, of
 *   those, the share where the two values really differ);
 * - recall: disagreements, a pair of reports and a quantity for which the two
 *   give different values, that get a flag between a figure of each;
 * - by quantity: quantities with a disagreement somewhere, flagged somewhere.
 *
 * Stories are split into `tune` (looked at while building the extractor) and
 * `test` (kept aside: the figures reported). `--verbose` prints every flag
 * with both sentences and every missed disagreement, for reading by hand.
 *
 *   npm run eval:figures [-- --verbose] [-- --split=tune|test|all]
 */
import { findDivergences } from '../src/core/compare/find-divergences';
import type { ComparedReport, Divergence } from '../src/core/compare/types';
import { extractReportClaims } from '../src/core/report-claims';
import type { ReportClaims } from '../src/core/claims/types';
import { loadFigureGold, sameGoldValue, type GoldFigure, type GoldReport, type GoldStory } from '../src/golden/figure-gold';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const splitArg = args.find((a) => a.startsWith('--split='))?.slice(8) ?? 'all';

/** The figure flags, the ones that claim two reports give one quantity differently. */
const FLAG_SUBTYPES = new Set(['conflict', 'changed-over-time', 'compatible']);

interface Flag {
  story: string;
  subtype: string;
  a: { report: GoldReport; start: number; end: number; gold: GoldFigure | null };
  b: { report: GoldReport; start: number; end: number; gold: GoldFigure | null };
}

const overlaps = (g: GoldFigure, start: number, end: number) => g.start < end && start < g.end;
const goldAt = (r: GoldReport, start: number, end: number) => r.figures.find((g) => overlaps(g, start, end)) ?? null;

function asCompared(r: GoldReport, claims: ReportClaims): ComparedReport {
  return { id: r.id, title: r.article.title, outlet: r.article.outlet, published: r.article.published, url: null, relation: 'story', claims, copies: [] };
}

/**
 * A living person's age is keyed by the month of the report (`age:gomez@2016-04`) where reports months apart may see
 * it grow: two months' ages are one quantity only when the months between cannot explain the difference (a man 23
 * in November and 32 in December is misreported; 27 in April and 28 in June has had a birthday).
 */
const baseQuantity = (q: string) => q.replace(/@\d{4}-\d{2}$/, '');
function oneQuantityOf(x: GoldFigure, y: GoldFigure): boolean {
  if (x.quantity === y.quantity) return true;
  if (baseQuantity(x.quantity) !== baseQuantity(y.quantity)) return false;
  const month = (q: string) => /@(\d{4})-(\d{2})$/.exec(q);
  const [mx, my] = [month(x.quantity), month(y.quantity)];
  if (!mx || !my || !x.quantity.startsWith('age:')) return false;
  const months = Math.abs((Number(mx[1]) - Number(my[1])) * 12 + Number(mx[2]) - Number(my[2]));
  return Math.abs(x.value - y.value) > Math.ceil(months / 12) + 1;
}

export interface FigureScore {
  flags: number;
  oneQuantity: number;
  realDisagreement: number;
  disagreements: number;
  flagged: number;
  quantities: number;
  quantitiesFlagged: number;
  contested: number;
}

function evaluate(story: GoldStory, lines: string[]): FigureScore {
  const claims = new Map(story.reports.map((r) => [r.id, extractReportClaims(r.article)]));
  const flags = new Map<string, Flag>();
  let contested = 0;
  for (const a of story.reports) {
    const others = story.reports.filter((b) => b.id !== a.id).map((b) => asCompared(b, claims.get(b.id)!));
    const ds: Divergence[] = findDivergences({ text: a.article.text, published: a.article.published, claims: claims.get(a.id)! }, others);
    for (const d of ds) {
      if (d.kind !== 'figure') continue;
      if (d.subtype === 'contested') contested++;
      if (!FLAG_SUBTYPES.has(d.subtype)) continue;
      for (const o of d.others) {
        const b = story.reports.find((r) => r.id === o.reportId)!;
        // One flag per pair of figures, whichever report was the article.
        const key = [`${a.id}@${d.start}`, `${b.id}@${o.start}`].sort().join('|');
        if (flags.has(key)) continue;
        flags.set(key, {
          story: story.name, subtype: d.subtype,
          a: { report: a, start: d.start, end: d.end, gold: goldAt(a, d.start, d.end) },
          b: { report: b, start: o.start, end: o.end, gold: goldAt(b, o.start, o.end) },
        });
      }
    }
  }
  const flagList = [...flags.values()];
  const same = (f: Flag) => !!f.a.gold && !!f.b.gold && oneQuantityOf(f.a.gold, f.b.gold);
  const oneQuantity = flagList.filter(same);
  const real = oneQuantity.filter((f) => !sameGoldValue(f.a.gold!, f.b.gold!));

  // Disagreements: a pair of reports and a quantity for which one gives a value the other does not.
  const disagreements = new Map<string, { a: GoldReport; b: GoldReport; q: string; fa: GoldFigure; fb: GoldFigure }>();
  for (let i = 0; i < story.reports.length; i++) {
    for (let j = i + 1; j < story.reports.length; j++) {
      const [a, b] = [story.reports[i], story.reports[j]];
      for (const q of new Set(a.figures.map((f) => baseQuantity(f.quantity)))) {
        const fa = a.figures.filter((f) => baseQuantity(f.quantity) === q);
        const fb = b.figures.filter((f) => baseQuantity(f.quantity) === q);
        // A figure of the quantity that the other report gives, none of them with its value.
        const lonely = (x: GoldFigure, ys: GoldFigure[]) => ys.some((y) => oneQuantityOf(x, y)) && !ys.some((y) => oneQuantityOf(x, y) && sameGoldValue(x, y));
        const lone = fa.find((x) => lonely(x, fb)) ?? fb.find((y) => lonely(y, fa));
        if (!lone) continue;
        const other = (fa.includes(lone) ? fb : fa).find((z) => oneQuantityOf(z, lone) && !sameGoldValue(z, lone))!;
        const [x, y] = fa.includes(lone) ? [lone, other] : [other, lone];
        // Keyed by the two ids in order, as the flags are.
        disagreements.set(`${[a.id, b.id].sort().join('|')}|${q}`, { a, b, q, fa: x, fb: y });
      }
    }
  }
  const flaggedKeys = new Set<string>();
  for (const f of real) {
    const [x, y] = f.a.report.id < f.b.report.id ? [f.a, f.b] : [f.b, f.a];
    flaggedKeys.add(`${x.report.id}|${y.report.id}|${baseQuantity(x.gold!.quantity)}`);
  }
  const flagged = [...disagreements.keys()].filter((k) => flaggedKeys.has(k));
  const quantities = new Set([...disagreements.values()].map((d) => d.q));
  const quantitiesFlagged = new Set(flagged.map((k) => k.split('|')[2]));

  if (verbose) {
    const side = (s: Flag['a']) => {
      const t = s.report.article.text;
      const from = t.lastIndexOf('\n', s.start) + 1;
      const to = t.indexOf('\n', s.end);
      const sent = t.slice(Math.max(from, s.start - 110), Math.min(to < 0 ? t.length : to, s.end + 90)).replace(/\s+/g, ' ');
      return `${s.report.id.slice(-8)} [${s.gold?.quantity ?? '—'}] “${t.slice(s.start, s.end)}”  …${sent}…`;
    };
    lines.push(`\n== ${story.name} (${story.split}): flags`);
    for (const f of flagList) {
      const mark = !same(f) ? 'WRONG' : sameGoldValue(f.a.gold!, f.b.gold!) ? 'same ' : 'right';
      lines.push(`  ${mark} ${f.subtype.padEnd(17)} ${side(f.a)}\n${' '.repeat(26)}${side(f.b)}`);
    }
    lines.push(`== ${story.name}: disagreements not flagged`);
    for (const [k, d] of disagreements) {
      if (flaggedKeys.has(k)) continue;
      const t = (r: GoldReport, g: GoldFigure) => `${r.id.slice(-8)} “${r.article.text.slice(Math.max(0, g.start - 40), g.end + 30).replace(/\s+/g, ' ')}”`;
      lines.push(`  ${d.q.padEnd(28)} ${t(d.a, d.fa)}  vs  ${t(d.b, d.fb)}`);
    }
  }
  return {
    flags: flagList.length, oneQuantity: oneQuantity.length, realDisagreement: real.length,
    disagreements: disagreements.size, flagged: flagged.length, quantities: quantities.size, quantitiesFlagged: quantitiesFlagged.size, contested,
  };
}

const add = (a: FigureScore, b: FigureScore): FigureScore =>
  Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof FigureScore] + b[k as keyof FigureScore]])) as unknown as FigureScore;
const ratio = (n: number, d: number) => (d === 0 ? '  n/a' : (n / d).toFixed(3));

const stories = loadFigureGold().filter((s) => splitArg === 'all' || s.split === splitArg);
const lines: string[] = [];
const totals: Record<string, FigureScore> = {};
console.log('Figure flags against the hand-made gold (src/golden/figures): each report compared with every other report of its story.\n');
console.log('story                          split  reports figures | flags  one quantity  differ | disagreements flagged  recall | quantities flagged');
for (const s of stories) {
  const r = evaluate(s, lines);
  const figures = s.reports.reduce((n, x) => n + x.figures.length, 0);
  totals[s.split] = totals[s.split] ? add(totals[s.split], r) : r;
  console.log(
    `${s.name.padEnd(30)} ${s.split.padEnd(5)} ${String(s.reports.length).padStart(7)} ${String(figures).padStart(7)} | ${String(r.flags).padStart(5)}  ${String(r.oneQuantity).padStart(4)} ${ratio(r.oneQuantity, r.flags)}  ${ratio(r.realDisagreement, r.flags)} | ${String(r.disagreements).padStart(13)} ${String(r.flagged).padStart(7)}  ${ratio(r.flagged, r.disagreements)} | ${String(r.quantities).padStart(10)} ${String(r.quantitiesFlagged).padStart(7)}`,
  );
}
console.log('');
for (const [split, r] of Object.entries(totals)) {
  console.log(`${split.padEnd(5)}: precision (one quantity) ${ratio(r.oneQuantity, r.flags)} of ${r.flags} flags (values really differ: ${ratio(r.realDisagreement, r.flags)}); recall ${ratio(r.flagged, r.disagreements)} of ${r.disagreements} disagreements (${r.quantitiesFlagged} of ${r.quantities} quantities); contested flags ${r.contested}`);
}
if (verbose) console.log(lines.join('\n'));
