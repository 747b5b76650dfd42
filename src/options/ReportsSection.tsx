/**
 * "Your reports" on the options page: import report files (the formats
 * `crossread index` reads) or index files built by the CLI, see what was
 * added, delete it. Files are parsed here, where a DOM exists (a Chrome
 * service worker has none), and stored in IndexedDB in one transaction: a bad
 * import is refused whole and leaves what was there untouched.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { displayText } from '../shared/display-text';
import { collectionSummaries, deleteCollection, putCollections, type Collection, type CollectionSummary } from '../shared/user-reports-db';
import { filesCollection, indexFileCollection } from '../shared/user-reports';
import { extensionOf, parseCatalog, parseReportFile, type Catalog, type FileProblem, type SourceReport } from '../ingest/parse-report-file';
import { INDEX_FILE_EXTENSION } from '../index/format';
import type { ReportsMessage } from '../shared/reports-messages';

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'refused'; text: string; problems: FileProblem[] };

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Reads the chosen files into collections, or the problems that refuse the import. */
export async function importFiles(files: File[], progress: (text: string) => void): Promise<{ collections: Collection[]; problems: FileProblem[] }> {
  const problems: FileProblem[] = [];
  const collections: Collection[] = [];
  const catalogFile = files.find((f) => f.name === 'catalog.json');
  let catalog: Catalog | undefined;
  if (catalogFile) {
    try {
      catalog = parseCatalog(new Uint8Array(await catalogFile.arrayBuffer()));
    } catch {
      problems.push({ where: 'catalog.json', reason: 'not valid JSON' });
    }
  }
  const reports: SourceReport[] = [];
  const reportFiles: string[] = [];
  for (const [i, file] of files.entries()) {
    if (file === catalogFile) continue;
    progress(t('reportsReading', String(i + 1), String(files.length), file.name));
    await nextFrame();
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (extensionOf(file.name) === INDEX_FILE_EXTENSION) {
      try {
        collections.push(indexFileCollection(file.name, bytes));
      } catch (error) {
        problems.push({ where: file.name, reason: error instanceof Error ? error.message : String(error) });
      }
      continue;
    }
    const parsed = parseReportFile(file.name, bytes, { catalog, parseHtml });
    problems.push(...parsed.problems);
    reports.push(...parsed.reports);
    reportFiles.push(file.name);
  }
  if (problems.length > 0) return { collections: [], problems };
  if (reports.length > 0) {
    progress(t('reportsAnalysing', String(reports.length)));
    await nextFrame();
    const name = reportFiles.length <= 3 ? reportFiles.join(', ') : `${reportFiles.slice(0, 3).join(', ')} …`;
    collections.push(filesCollection(name, reports));
  }
  return { collections, problems };
}

function tellBackground(message: ReportsMessage) {
  return browser.runtime.sendMessage(message).catch(() => {});
}

export function ReportsSection() {
  const [list, setList] = useState<CollectionSummary[] | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [loadError, setLoadError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const refresh = () =>
    collectionSummaries().then(
      (l) => (setList(l), setLoadError(null)),
      (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)),
    );
  useEffect(() => void refresh(), []);

  const onImport = async () => {
    const files = [...(input.current?.files ?? [])];
    if (files.length === 0) return;
    setStatus({ kind: 'busy', text: t('reportsReading', '1', String(files.length), files[0].name) });
    try {
      const { collections, problems } = await importFiles(files, (text) => setStatus({ kind: 'busy', text }));
      if (problems.length > 0) {
        setStatus({ kind: 'refused', text: t('reportsRefused'), problems });
        return;
      }
      if (collections.length === 0) {
        setStatus({ kind: 'refused', text: t('reportsNothingFound'), problems: [] });
        return;
      }
      await putCollections(collections);
      await tellBackground({ type: 'user-reports-changed' });
      const count = collections.reduce((n, c) => n + c.reportCount, 0);
      setStatus({ kind: 'done', text: t('reportsImported', String(count)) });
      if (input.current) input.current.value = '';
      await refresh();
    } catch (error) {
      setStatus({ kind: 'refused', text: error instanceof Error ? error.message : String(error), problems: [] });
    }
  };

  const onDelete = async (c: CollectionSummary) => {
    try {
      await deleteCollection(c.id);
      await tellBackground({ type: 'user-reports-changed' });
      setStatus({ kind: 'done', text: t('reportsDeleted', c.name) });
    } catch (error) {
      setStatus({ kind: 'refused', text: error instanceof Error ? error.message : String(error), problems: [] });
    }
    await refresh();
  };

  return (
    <section aria-labelledby="reports-heading" data-testid="reports-section">
      <h2 id="reports-heading">{t('reportsHeading')}</h2>
      <p class="help" id="reports-help">
        {t('reportsHelp')}
      </p>
      <div class="field">
        <label for="reports-files">{t('reportsChoose')}</label>
        <input
          id="reports-files"
          ref={input}
          type="file"
          multiple
          accept=".ndjson,.jsonl,.json,.html,.htm,.txt,.md,.crix"
          aria-describedby="reports-help"
          disabled={status.kind === 'busy'}
        />
        <button type="button" id="reports-import" onClick={() => void onImport()} disabled={status.kind === 'busy'}>
          {t('reportsImport')}
        </button>
      </div>
      <div role="status" aria-live="polite" class={`reports-status reports-${status.kind}`} data-status={status.kind}>
        {status.kind !== 'idle' && <p>{status.text}</p>}
        {status.kind === 'refused' && status.problems.length > 0 && (
          <ul class="problems">
            {status.problems.slice(0, 50).map((p, i) => (
              <li key={i}>
                <bdi>{displayText(p.where)}</bdi>: {displayText(p.reason)}
              </li>
            ))}
            {status.problems.length > 50 && <li>{t('reportsMoreProblems', String(status.problems.length - 50))}</li>}
          </ul>
        )}
      </div>
      {loadError && (
        <p class="error" role="alert">
          {loadError}
        </p>
      )}
      {list && list.length === 0 && <p class="help">{t('reportsNone')}</p>}
      {list && list.length > 0 && (
        <ul class="collections">
          {list.map((c) => (
            <li key={c.id} class="collection" data-kind={c.kind}>
              <bdi class="collection-name">{displayText(c.name)}</bdi>
              <span class="help">
                {t(c.kind === 'page' ? 'reportsKindPage' : c.kind === 'index' ? 'reportsKindIndex' : 'reportsKindFiles')} · {t('reportsCount', String(c.reportCount))} ·{' '}
                {c.addedAt.slice(0, 10)}
              </span>
              <button type="button" onClick={() => void onDelete(c)} aria-label={t('reportsDeleteLabel', c.name)}>
                {t('reportsDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
