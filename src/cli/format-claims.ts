/** An article's claims as text for people, as `crossread claims` prints them without --json. */
import type { ClaimsOutput } from './main';
import { figureText, measureText, verbKindText } from '../shared/divergence-text';
import { cliMessages } from './messages';

const clip = (s: string, n = 100) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function how(verb: string | null | undefined, kind: string | null | undefined, relay: string | null | undefined): string {
  const parts = [verb ? `“${verb}”${kind ? ` (${verbKindText(kind, cliMessages)})` : ''}` : '', relay ? `through ${relay}` : ''].filter(Boolean);
  return parts.join(', ');
}

export function formatClaims(r: ClaimsOutput): string {
  const { figures, quotes, statements } = r.claims;
  const where = [r.article.outlet, r.article.published].filter(Boolean).join(', ');
  const lines = [r.input, `  “${r.article.title || '(untitled)'}”${where ? ` (${where})` : ''}`];
  lines.push(`  Figures (${figures.length}):`);
  for (const f of figures) {
    const scope = [f.scope?.place ? `${f.scope.partial ? 'part' : 'in'}: ${f.scope.place}` : '', f.scope?.total ? 'in all' : '', f.scope?.day ? `day: ${f.scope.day}` : '', f.scope?.forecast ? 'forecast' : '', f.scope?.many ? 'many happenings' : '', f.change ? `text says it ${f.change}` : '']
      .filter(Boolean)
      .join('; ');
    const source = f.source ? `, from ${f.source}${f.verb ? ` (${how(f.verb, f.verbKind, null)})` : ''}` : '';
    lines.push(`    ${String(f.span.start).padStart(6)}  ${figureText(f, 'en', cliMessages).padEnd(22)} ${measureText(f, cliMessages)}${scope ? ` [${scope}]` : ''}${source}   “${clip(f.span.text, 40)}”`);
  }
  lines.push(`  Quotes (${quotes.length}):`);
  for (const q of quotes) {
    const said = q.speaker ? `${q.speaker}${q.continued ? ' (continuing)' : ''}` : 'no speaker found';
    const h = how(q.verb, q.verbKind, q.relay);
    lines.push(`    ${String(q.span.start).padStart(6)}  “${clip(q.span.text, 70)}” — ${said}${h ? `, ${h}` : ''}`);
  }
  lines.push(`  Statements (${statements.length}):`);
  for (const s of statements) {
    const said = s.speaker ? `${s.negated ? 'not ' : ''}attributed to ${s.speaker}` : 'stated as fact';
    const h = how(s.verb, s.verbKind, s.relay);
    lines.push(`    ${String(s.span.start).padStart(6)}  ${s.headline ? 'headline, ' : ''}${said}${h ? ` (${h})` : ''}: “${clip(s.span.text, 70)}”`);
  }
  return lines.join('\n');
}
