/**
 * Reading aid for figure flags on real coverage: every pair of gva-dev reports of one incident (the figure gold's
 * incidents left out) compared as `story`, and every figure flag printed once, one line each, tab-separated:
 * incident, measure, subtype, then each side's figure (its subject) and the words around it. To see what a change
 * does, run it in a checkout of the commit before and in this one, sort both and compare (`comm -3`), and read
 * the lines that differ. `--quotes` prints the quote and attribution flags instead (kind, subtype, each side's words
 * and facts). `--unnamed` keeps the age flags one of whose sides names no one (compared by the person's
 * part, core/claims/age-roles.ts). `--skip=ID,ID` leaves more incidents out (stories being annotated as held-out
 * gold, which must not be read before they are measured). The last line counts incidents and flags. Needs
 * ../shared/corpus/gva-dev.
 *
 *   npx tsx eval/figure-flags.ts [--measure=time] [--unnamed] [--quotes] [--skip=ID,…] > flags.tsv
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findDivergences } from '../src/core/compare/find-divergences';
import type { ComparedReport } from '../src/core/compare/types';
import type { FigureClaim } from '../src/core/claims/types';
import { extractReportClaims } from '../src/core/report-claims';

const ROOT = join(import.meta.dirname, '..');
const GVA = join(ROOT, '../shared/corpus/gva-dev/gva-dev.ndjson');
if (!existsSync(GVA)) {
  console.log(`${GVA} is not here: this reading aid needs the shared corpus.`);
  process.exit(0);
}
const unnamed = process.argv.includes('--unnamed');
const quotes = process.argv.includes('--quotes');
const only = unnamed ? 'age' : process.argv.find((a) => a.startsWith('--measure='))?.slice(10);
const named = (s: string | null) => !!s && /^\p{Lu}/u.test(s);
const gold = new Set(readdirSync(join(ROOT, 'src/golden/figures')).filter((f) => f.endsWith('.gold')).map((f) => f.replace(/^gva-|\.gold$/g, '')));
for (const id of process.argv.find((a) => a.startsWith('--skip='))?.slice(7).split(',') ?? []) gold.add(id.trim());
interface GvaRow { id: string; title: string; text: string; published: string | null; event: string }
const rows = readFileSync(GVA, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GvaRow);
const byEvent = new Map<string, GvaRow[]>();
for (const r of rows) if (!gold.has(r.event)) byEvent.set(r.event, [...(byEvent.get(r.event) ?? []), r]);

/** The figure and the words around it, on one line. */
function shown(f: FigureClaim): string {
  const t = f.context.text.replace(/\s+/g, ' ');
  const i = Math.max(0, t.indexOf(f.span.text));
  return `${f.span.text} (${f.subject}) … ${t.slice(Math.max(0, i - 90), i + 70)}`;
}

const seen = new Set<string>();
let incidents = 0;
for (const [event, reports] of byEvent) {
  if (reports.length < 2) continue;
  incidents++;
  const claims = new Map(reports.map((r) => [r.id, extractReportClaims({ title: r.title, text: r.text, lang: 'en' })]));
  for (const a of reports) {
    const others: ComparedReport[] = reports.filter((b) => b.id !== a.id).map((b) => ({ id: b.id, title: b.title, outlet: null, published: b.published, url: null, relation: 'story', claims: claims.get(b.id)!, copies: [] }));
    for (const d of findDivergences({ text: a.text, published: a.published, claims: claims.get(a.id)! }, others)) {
      if (quotes && d.kind !== 'figure') {
        for (const o of d.others) {
          const key = [`${a.id}:${d.start}`, `${o.reportId}:${o.start}`].sort().join(' ') + d.kind + d.subtype;
          if (seen.has(key)) continue;
          seen.add(key);
          const words = (t: string) => t.replace(/\s+/g, ' ').slice(0, 100);
          console.log([event, d.kind, d.subtype, words(a.text.slice(d.start, d.end)), JSON.stringify(d.facts ?? {}), words(o.text ?? ''), JSON.stringify(o.facts ?? {})].join('\t'));
        }
        continue;
      }
      if (d.kind !== 'figure' || quotes) continue;
      const fa = claims.get(a.id)!.figures.find((f) => f.span.start === d.start);
      if (!fa || (only && fa.measure !== only)) continue;
      for (const o of d.others) {
        const fb = claims.get(o.reportId)!.figures.find((f) => f.span.start === o.start);
        if (!fb || (unnamed && named(fa.subject) && named(fb.subject))) continue;
        const key = [`${a.id}:${fa.span.start}`, `${o.reportId}:${fb.span.start}`].sort().join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        console.log([event, fa.measure, d.subtype, shown(fa), shown(fb)].join('\t'));
      }
    }
  }
}
console.log(`# ${incidents} incidents with two reports or more; ${seen.size} flags`);
