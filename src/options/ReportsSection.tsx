/**
 * "Your reports" on the options page: import report files (the formats
 * `crossread index` reads) or index files built by the CLI, see what was
 * imported, delete it, or build again one that cannot be read. The import
 * runs in a worker (reports-worker.ts) with its progress shown and a way to
 * cancel; it is stored in one transaction at its end, so a bad or cancelled
 * import leaves what was there untouched. Saved pages (.html) are read here,
 * where a DOM is, before the worker starts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { displayText } from '../shared/display-text';
import { collectionSummaries, deleteCollection, getCollection, type CollectionSummary } from '../shared/user-reports-db';
import { newCollectionId } from '../shared/user-reports';
import { extensionOf, parseReportFile, type FileProblem, type ParsedFile } from '../ingest/parse-report-file';
import type { UnreadableCollection } from '../shared/messages';
import { askBackground } from '../shared/send';
import { startJob, type Job } from './worker-client';
import { formatBytes, ProblemList, Progress } from './shared-ui';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string; done?: number; total?: number }
  | { kind: 'done'; text: string }
  | { kind: 'refused'; text: string; problems: FileProblem[] };

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Saved pages need a DOM: read here, one at a time, before the worker takes the rest. */
async function readPages(files: File[], progress: (text: string) => void): Promise<ParsedFile> {
  const out: ParsedFile = { reports: [], problems: [] };
  for (const file of files) {
    progress(t('reportsExtracting', file.name));
    await nextFrame();
    const parsed = parseReportFile(file.name, new Uint8Array(await file.arrayBuffer()), { parseHtml });
    out.reports.push(...parsed.reports);
    out.problems.push(...parsed.problems);
  }
  return out;
}

export function ReportsSection({ unreadable, onChanged }: { unreadable: UnreadableCollection[]; onChanged: () => void }) {
  const [list, setList] = useState<CollectionSummary[] | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [loadError, setLoadError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const job = useRef<Job | null>(null);
  const refresh = () =>
    collectionSummaries().then(
      (l) => (setList(l), setLoadError(null)),
      (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)),
    );
  useEffect(() => void refresh(), []);
  useEffect(() => () => job.current?.cancel(), []);

  const onImport = async () => {
    const files = [...(input.current?.files ?? [])];
    if (files.length === 0) return;
    const isPage = (f: File) => ['.html', '.htm'].includes(extensionOf(f.name));
    const reportFiles = files.filter((f) => !isPage(f) && f.name !== 'catalog.json').map((f) => f.name);
    const pageFiles = files.filter(isPage);
    const names = [...pageFiles.map((f) => f.name), ...reportFiles];
    const name = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} …`;
    const collectionId = newCollectionId('files');
    setStatus({ kind: 'busy', text: t('reportsReading', '1', String(files.length), files[0].name) });
    try {
      const extracted = await readPages(pageFiles, (text) => setStatus({ kind: 'busy', text }));
      const total = files.filter((f) => !isPage(f)).reduce((n, f) => n + f.size, 0);
      job.current = startJob({ type: 'import', files: files.filter((f) => !isPage(f)), collectionId, name, extracted }, (p) =>
        setStatus({ kind: 'busy', text: t('reportsProgress', formatBytes(p.done), formatBytes(p.total), String(p.reports)), done: p.done, total: p.total || total }),
      );
      const end = await job.current.result;
      job.current = null;
      if (end.type === 'imported') {
        await askBackground({ type: 'user-reports-changed' });
        setStatus({ kind: 'done', text: t('reportsImported', String(end.reports)) });
        if (input.current) input.current.value = '';
      } else if (end.type === 'refused') {
        setStatus({ kind: 'refused', text: t(end.problems.length > 0 ? 'reportsRefused' : 'reportsNothingFound'), problems: end.problems });
      } else if (end.type === 'cancelled') {
        // Ended just as it was storing? Then it is stored: say what is true.
        const stored = await getCollection(collectionId).catch(() => undefined);
        if (stored) await askBackground({ type: 'user-reports-changed' });
        setStatus(stored ? { kind: 'done', text: t('reportsImported', String(stored.reportCount)) } : { kind: 'refused', text: t('reportsCancelled'), problems: [] });
      } else if (end.type === 'failed') setStatus({ kind: 'refused', text: end.message, problems: [] });
    } catch (error) {
      setStatus({ kind: 'refused', text: error instanceof Error ? error.message : String(error), problems: [] });
    }
    await refresh();
    onChanged();
  };

  const onDelete = async (c: CollectionSummary) => {
    try {
      await deleteCollection(c.id);
      await askBackground({ type: 'user-reports-changed' });
      setStatus({ kind: 'done', text: t('reportsDeleted', c.name) });
    } catch (error) {
      setStatus({ kind: 'refused', text: error instanceof Error ? error.message : String(error), problems: [] });
    }
    await refresh();
    onChanged();
  };

  const onRebuild = async (c: CollectionSummary) => {
    setStatus({ kind: 'busy', text: t('reportsAnalysing', String(c.reportCount)) });
    const answer = await askBackground({ type: 'rebuild-collection', id: c.id });
    setStatus(answer.ok ? { kind: 'done', text: t('reportsRebuilt', c.name) } : { kind: 'refused', text: answer.error, problems: [] });
    await refresh();
    onChanged();
  };

  const busy = status.kind === 'busy';
  const broken = new Map(unreadable.map((u) => [u.id, u]));
  return (
    <section aria-labelledby="reports-heading" data-testid="reports-section">
      <h2 id="reports-heading">{t('reportsHeading')}</h2>
      <p class="help" id="reports-help">
        {t('reportsHelp')}
      </p>
      <div class="field">
        <label for="reports-files">{t('reportsChoose')}</label>
        <input id="reports-files" ref={input} type="file" multiple accept=".ndjson,.jsonl,.json,.html,.htm,.txt,.md,.crix" aria-describedby="reports-help" disabled={busy} />
        <button type="button" id="reports-import" onClick={() => void onImport()} disabled={busy}>
          {t('reportsImport')}
        </button>
      </div>
      <div role="status" aria-live="polite" class={`reports-status reports-${status.kind}`} data-status={status.kind}>
        {status.kind !== 'idle' && <p>{status.text}</p>}
        {status.kind === 'busy' && <Progress id="reports" label={status.text} done={status.done} total={status.total} onCancel={job.current ? () => job.current?.cancel() : undefined} />}
        {status.kind === 'refused' && <ProblemList problems={status.problems} />}
      </div>
      {loadError && (
        <p class="error" role="alert">
          {loadError}
        </p>
      )}
      {list && list.length === 0 && <p class="help">{t('reportsNone')}</p>}
      {list && list.length > 0 && (
        <ul class="collections">
          {list.map((c) => {
            const problem = broken.get(c.id);
            return (
              <li key={c.id} class="collection" data-kind={c.kind} data-unreadable={problem ? 'true' : undefined}>
                <bdi class="collection-name">{displayText(c.name)}</bdi>
                <span class="help">
                  {t(c.kind === 'index' ? 'reportsKindIndex' : c.kind === 'page' ? 'reportsKindPage' : 'reportsKindFiles')} · {t('reportsCount', String(c.reportCount))} · {c.addedAt.slice(0, 10)}
                </span>
                {problem && (
                  <span class="error collection-problem" role="note">
                    {t('reportsUnreadable', displayText(problem.reason))}
                  </span>
                )}
                {problem?.rebuildable && (
                  <button type="button" class="rebuild" onClick={() => void onRebuild(c)} disabled={busy}>
                    {t('reportsRebuild')}
                  </button>
                )}
                <button type="button" onClick={() => void onDelete(c)} aria-label={t('reportsDeleteLabel', c.name)} disabled={busy}>
                  {t('reportsDelete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
