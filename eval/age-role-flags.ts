/**
 * Reading aid for age flags by a person's part (src/core/claims/age-roles.ts): every pair of gva-dev reports of
 * one incident (the figure gold's incidents left out) compared as `story`, and each age flag printed where one
 * side names no one, with both sentences, for reading by hand. Needs ../shared/corpus/gva-dev.
 *
 *   npx tsx eval/age-role-flags.ts [incidents=2000]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { findDivergences } from '../src/core/compare/find-divergences';
import type { ComparedReport } from '../src/core/compare/types';
import { extractReportClaims } from '../src/core/report-claims';
const GVA = '../shared/corpus/gva-dev/gva-dev.ndjson';
if (!existsSync(GVA)) {
  console.log(`${GVA} is not here: this reading aid needs the shared corpus.`);
  process.exit(0);
}
const gold = new Set(readdirSync('src/golden/figures').filter((f) => f.endsWith('.gold')).map((f) => f.replace(/^gva-|\.gold$/g, '')));
interface GvaRow { id: string; title: string; text: string; published: string | null; event: string }
const rows: GvaRow[] = readFileSync(GVA, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GvaRow);
const byEvent = new Map<string, GvaRow[]>();
for (const r of rows) if (!gold.has(r.event)) byEvent.set(r.event, [...(byEvent.get(r.event) ?? []), r]);
let flags = 0, roleFlags = 0, events = 0;
const seen = new Set<string>();
const limit = Number(process.argv[2] ?? 2000);
for (const [ev, reps] of byEvent) {
  if (reps.length < 2) continue;
  if (++events > limit) break;
  const claims = new Map(reps.map((r) => [r.id, extractReportClaims({ title: r.title, text: r.text, lang: 'en' })]));
  for (const a of reps) {
    const others: ComparedReport[] = reps.filter((b) => b.id !== a.id).map((b) => ({ id: b.id, title: b.title, outlet: null, published: b.published, url: null, relation: 'story', claims: claims.get(b.id)!, copies: [] }));
    const ds = findDivergences({ text: a.text, published: a.published, claims: claims.get(a.id)! }, others);
    for (const d of ds) {
      if (d.kind !== 'figure' || d.subtype === 'contested') continue;
      const fa = claims.get(a.id)!.figures.find((f) => f.span.start === d.start);
      if (!fa || fa.measure !== 'age') continue;
      for (const o of d.others) {
        const fb = claims.get(o.reportId)!.figures.find((f) => f.span.start === o.start);
        if (!fb) continue;
        const key = [a.id + d.start, o.reportId + o.start].sort().join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        flags++;
        const named = (s: string | null) => !!s && /^\p{Lu}/u.test(s);
        if (named(fa.subject) && named(fb.subject)) continue;
        roleFlags++;
        console.log(`${ev} ${d.subtype} [${fa.role}] ${fa.span.text} (${fa.subject}) | ${fa.context.text.slice(0, 200).replace(/\s+/g, ' ')}\n     [${fb.role}] ${fb.span.text} (${fb.subject}) | ${fb.context.text.slice(0, 200).replace(/\s+/g, ' ')}`);
      }
    }
  }
}
console.log(`${events} incidents; ${flags} age flags, ${roleFlags} of them with an unnamed side`);
