/** Small pieces the options page's sections share. */
import type { FileProblem } from '../ingest/parse-report-file';
import { displayText } from '../shared/display-text';
import { t } from '../shared/i18n';

/** Bytes for people: 12.3 MB, 456 KB. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

/** What could not be read, where: the first 50, and how many more. */
export function ProblemList({ problems }: { problems: FileProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul class="problems">
      {problems.slice(0, 50).map((p, i) => (
        <li key={i}>
          <bdi>{displayText(p.where)}</bdi>: {displayText(p.reason)}
        </li>
      ))}
      {problems.length > 50 && <li>{t('reportsMoreProblems', String(problems.length - 50))}</li>}
    </ul>
  );
}
