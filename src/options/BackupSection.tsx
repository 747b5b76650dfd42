/**
 * "Export and restore" on the options page: the reader's reports to one
 * file (export-file.ts) and back, in the worker (reports-worker.ts) with
 * progress and a way to cancel. A restore is checked whole before anything
 * is stored, stored in one transaction, then indexed by the background.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { FileProblem } from '../ingest/parse-report-file';
import { startJob, type Job } from './worker-client';
import { askBackground } from '../shared/send';
import { formatBytes, ProblemList, Progress } from './shared-ui';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string; done?: number; total?: number; cancellable: boolean }
  | { kind: 'done'; text: string }
  | { kind: 'refused'; text: string; problems: FileProblem[] };

export function BackupSection({ onChanged }: { onChanged: () => void }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [download, setDownload] = useState<{ url: string; name: string } | null>(null);
  const job = useRef<Job | null>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => () => job.current?.cancel(), []);
  useEffect(() => {
    if (download) link.current?.click();
    return () => {
      if (download) URL.revokeObjectURL(download.url);
    };
  }, [download]);

  const onExport = async () => {
    setStatus({ kind: 'busy', text: t('backupExporting', '0', '…'), cancellable: true });
    job.current = startJob({ type: 'export' }, (p) => setStatus({ kind: 'busy', text: t('backupExporting', String(p.done), String(p.total)), done: p.done, total: p.total, cancellable: true }));
    const end = await job.current.result;
    job.current = null;
    if (end.type === 'exported') {
      const name = `crossread-reports-${new Date().toISOString().slice(0, 10)}.ndjson.gz`;
      setDownload({ url: URL.createObjectURL(end.blob), name });
      const text = `${t('backupExported', String(end.articles), String(end.collections))}${end.skipped ? ` ${t('backupSkipped', String(end.skipped))}` : ''}`;
      setStatus({ kind: 'done', text });
    } else if (end.type === 'cancelled') setStatus({ kind: 'idle' });
    else setStatus({ kind: 'refused', text: end.type === 'failed' ? end.message : end.type, problems: [] });
  };

  const onRestore = async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy', text: t('backupRestoring', '0', formatBytes(file.size)), cancellable: true });
    job.current = startJob({ type: 'restore', file }, (p) =>
      setStatus({ kind: 'busy', text: t('backupRestoring', formatBytes(p.done), formatBytes(p.total)), done: p.done, total: p.total, cancellable: true }),
    );
    const end = await job.current.result;
    job.current = null;
    if (end.type === 'restored') {
      // Stored; now the background indexes the articles (a large restore takes seconds).
      setStatus({ kind: 'busy', text: t('backupIndexing', String(end.articles)), cancellable: false });
      await askBackground({ type: 'reports-restored' });
      setStatus({ kind: 'done', text: t('backupRestored', String(end.articles), String(end.collections), String(end.skipped)) });
      if (input.current) input.current.value = '';
      onChanged();
    } else if (end.type === 'refused') setStatus({ kind: 'refused', text: t('backupRefused'), problems: end.problems });
    else if (end.type === 'cancelled') setStatus({ kind: 'refused', text: t('backupCancelled'), problems: [] });
    else setStatus({ kind: 'refused', text: end.type === 'failed' ? end.message : t('backupRefused'), problems: [] });
  };

  const busy = status.kind === 'busy';
  return (
    <section aria-labelledby="backup-heading" data-testid="backup-section">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p class="help" id="backup-help">
        {t('backupHelp')}
      </p>
      <p>
        <button type="button" id="export" disabled={busy} onClick={() => void onExport()}>
          {t('backupExport')}
        </button>{' '}
        {download && (
          <a id="export-download" ref={link} href={download.url} download={download.name}>
            {t('backupDownload')}
          </a>
        )}
      </p>
      <div class="field">
        <label for="restore-file">{t('backupRestoreChoose')}</label>
        <input id="restore-file" ref={input} type="file" accept=".gz,.ndjson,application/gzip" aria-describedby="backup-help" disabled={busy} />
        <button type="button" id="restore" disabled={busy} onClick={() => void onRestore()}>
          {t('backupRestore')}
        </button>
      </div>
      <div role="status" aria-live="polite" class={`reports-status reports-${status.kind}`} data-backup={status.kind}>
        {status.kind !== 'idle' && <p>{status.text}</p>}
        {status.kind === 'busy' && (
          <Progress id="backup" label={status.text} done={status.done} total={status.total} onCancel={status.cancellable && job.current ? () => job.current?.cancel() : undefined} />
        )}
        {status.kind === 'refused' && <ProblemList problems={status.problems} />}
      </div>
    </section>
  );
}
