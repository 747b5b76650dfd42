/** A comparison as text for people, as `crossread compare` prints it without --json. */
import type { CompareOutput } from './main';
import { describeDivergence, plural, subtypeText } from '../shared/divergence-text';
import { cliMessages } from './messages';

const RELATION_LABEL = { same: 'same text', rewrite: 'rewrite', story: 'same story' } as const;
const CHAPTER_LABEL = { 'same-event': 'same event', earlier: 'earlier in the story', later: 'later in the story', other: 'same story' } as const;

export function formatComparison(r: CompareOutput): string {
  const lines: string[] = [];
  const where = [r.article.outlet, r.article.published].filter(Boolean).join(', ');
  lines.push(`${r.input}`);
  lines.push(`  “${r.article.title || '(untitled)'}”${where ? ` (${where})` : ''}`);
  if (r.self) lines.push(`  This article is in the index as ${r.self.id}.`);
  if (r.related.length === 0) lines.push('  Nothing related in the index.');
  else {
    lines.push(`  Related reports (${r.related.length}), best first:`);
    for (const rel of r.related) {
      const meta = [rel.outlet, rel.published].filter(Boolean).join(', ');
      const label = rel.relation === 'story' ? CHAPTER_LABEL[rel.chapter] : RELATION_LABEL[rel.relation];
      const through = rel.through ? `, through ${rel.through}` : '';
      lines.push(`    ${label.padEnd(20)} ${rel.score.toFixed(2)}  “${rel.title}”${meta ? ` (${meta})` : ''}  [${rel.id}${through}]`);
    }
  }
  if (r.divergences.length > 0) {
    const titles = new Map(r.related.map((x) => [x.id, x.outlet ?? x.title]));
    const name = (o: { reportId: string; outlet: string | null }) => o.outlet ?? titles.get(o.reportId) ?? o.reportId;
    lines.push(`  ${plural(cliMessages, 'en', 'cliDivergences', r.divergences.length, [String(r.divergences.length)])}`);
    for (const d of r.divergences) {
      lines.push(`    ${d.kind}, ${subtypeText(d.subtype, cliMessages)}, at ${d.start}–${d.end}: ${describeDivergence(d, { t: cliMessages, lang: 'en', name })}`);
      for (const o of d.others) lines.push(`      ${o.reportId}: “${o.text}”`);
    }
  } else if (r.related.length > 0) lines.push('  No divergences found.');
  return lines.join('\n');
}
