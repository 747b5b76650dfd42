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

/** A job's progress (a bar that fills when its size is known) and, while it can be, a way to cancel it. */
export function Progress({ id, label, done, total, onCancel }: { id: string; label: string; done?: number; total?: number; onCancel?: () => void }) {
  return (
    <p class="row">
      {total ? <progress id={`${id}-progress`} value={done} max={total} aria-label={label} /> : <progress id={`${id}-progress`} aria-label={label} />}
      {onCancel && (
        <button type="button" id={`${id}-cancel`} onClick={onCancel}>
          {t('reportsCancel')}
        </button>
      )}
    </p>
  );
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
