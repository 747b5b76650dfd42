/**
 * The options page's worker: imports report files, exports the reader's
 * reports and restores them, off the page's thread, so that a 50 MB import
 * leaves the page free to answer. Progress goes to the page as it reads;
 * the page cancels by ending the worker, which is safe because nothing is
 * stored until the end, in one transaction.
 */
import { IndexBuilder, type IndexInput } from '../index/build-index';
import { INDEX_FILE_EXTENSION } from '../index/format';
import background from '../index/background-df.json';
import { extensionOf, parseCatalog, parseJsonLine, parseReportFile, type Catalog, type FileProblem, type ParsedFile } from '../ingest/parse-report-file';
import { filesCollection, indexFileCollection } from '../shared/user-reports';
import { allCollections, articleCounts, articleHashes, collectionSummaries, commitReader, everyArticle, openDb, putCollections, type Collection, type RememberedArticle } from '../shared/user-reports-db';
import { articleLine, collectionLine, headerLine, parseHeader, parseItem } from '../shared/export-file';
import { readLines } from '../shared/read-lines';
import { READER_INDEX_LOCK, withLock } from '../shared/lock';
import type { WorkerEvent, WorkerRequest } from './worker-protocol';

const post = (event: WorkerEvent, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(event, transfer);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Progress is sent at most this often (bytes), so that messages do not outnumber the work. */
const PROGRESS_EVERY = 256 * 1024;

let nextRequest = 1;
const waiting = new Map<number, (parsed: ParsedFile) => void>();

/** Asks the page to read something that carries HTML, which needs a DOM. */
function extractOnPage(name: string, lineNo: number | null, text: string): Promise<ParsedFile> {
  const request = nextRequest++;
  return new Promise((resolve) => {
    waiting.set(request, resolve);
    post({ type: 'extract', request, name, lineNo, text });
  });
}

/** A report entry that has HTML and no text: only a DOM can read it. */
function needsDom(entry: unknown): boolean {
  if (!entry || typeof entry !== 'object') return false;
  const r = entry as { text?: unknown; html?: unknown };
  return !(typeof r.text === 'string' && r.text.trim()) && typeof r.html === 'string' && r.html.trim() !== '';
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'extracted') {
    waiting.get(request.request)?.(request.parsed);
    waiting.delete(request.request);
    return;
  }
  const run = request.type === 'import' ? importFiles(request) : request.type === 'export' ? exportReports() : restore(request.file);
  run.catch((error) => post({ type: 'failed', message: message(error) }));
};

class Progress {
  private done = 0;
  private sentAt = 0;
  reports = 0;
  constructor(private readonly total: number) {}
  add(bytes: number): void {
    this.done += bytes;
    if (this.done - this.sentAt >= PROGRESS_EVERY || this.done === this.total) this.send();
  }
  send(): void {
    this.sentAt = this.done;
    post({ type: 'progress', done: this.done, total: this.total, reports: this.reports });
  }
}

async function importFiles(request: Extract<WorkerRequest, { type: 'import' }>): Promise<void> {
  const { files } = request;
  const progress = new Progress(files.reduce((n, f) => n + f.size, 0));
  const problems: FileProblem[] = [...request.extracted.problems];
  const collections: Collection[] = [];
  const reports: IndexInput[] = [];
  // Each report is analysed as it is read: the index grows with the reading, not after it.
  const builder = new IndexBuilder(background);
  const take = (parsed: ParsedFile) => {
    problems.push(...parsed.problems);
    for (const r of parsed.reports) {
      reports.push(r);
      builder.add(r);
      progress.reports++;
    }
  };
  take({ reports: request.extracted.reports, problems: [] });
  const catalogFile = files.find((f) => f.name === 'catalog.json');
  let catalog: Catalog | undefined;
  if (catalogFile) {
    try {
      catalog = parseCatalog(new Uint8Array(await catalogFile.arrayBuffer()));
    } catch {
      problems.push({ where: 'catalog.json', reason: 'not valid JSON' });
    }
    progress.add(catalogFile.size);
  }
  for (const [i, file] of files.entries()) {
    if (file === catalogFile) continue;
    const ext = extensionOf(file.name);
    if (ext === '.ndjson' || ext === '.jsonl') {
      let lineNo = 0;
      const parsed: ParsedFile = { reports: [], problems: [] };
      for await (const line of readLines(file.stream(), (n) => progress.add(n))) {
        lineNo++;
        let entry: unknown = null;
        if (line.includes('"html"')) {
          try {
            entry = JSON.parse(line);
          } catch {
            // parseJsonLine says so.
          }
        }
        if (needsDom(entry)) take(await extractOnPage(file.name, lineNo, line));
        else parseJsonLine(parsed, file.name, lineNo, line);
        if (parsed.reports.length + parsed.problems.length >= 200) {
          take(parsed);
          parsed.reports = [];
          parsed.problems = [];
        }
      }
      if (lineNo === 0) parsed.problems.push({ where: file.name, reason: 'the file is empty' });
      take(parsed);
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    progress.add(file.size);
    if (ext === INDEX_FILE_EXTENSION) {
      try {
        collections.push(indexFileCollection(file.name, bytes, new Date(), `${request.collectionId}-${i}`));
      } catch (error) {
        problems.push({ where: file.name, reason: message(error) });
      }
      continue;
    }
    if (ext === '.json' && jsonNeedsDom(bytes)) take(await extractOnPage(file.name, null, new TextDecoder().decode(bytes)));
    else take(parseReportFile(file.name, bytes, { catalog }));
  }
  progress.send();
  if (problems.length > 0) return post({ type: 'refused', problems });
  if (reports.length > 0) {
    collections.push(filesCollection(request.name, reports, new Date(), { id: request.collectionId, built: { bytes: builder.finish(), reportCount: builder.size } }));
  }
  if (collections.length === 0) return post({ type: 'refused', problems: [] });
  await putCollections(collections);
  post({ type: 'imported', reports: collections.reduce((n, c) => n + c.reportCount, 0) });
}

/** A .json file with a report that has only HTML (the page reads that one whole). */
function jsonNeedsDom(bytes: Uint8Array): boolean {
  try {
    const data = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    return (Array.isArray(data) ? data : [data]).some(needsDom);
  } catch {
    return false;
  }
}

/** Everything the reader has, as one gzip-compressed ndjson file (export-file.ts). */
async function exportReports(): Promise<void> {
  await openDb();
  const { all } = await articleCounts();
  const collections = await allCollections();
  const progress = new Progress(all + collections.length);
  const lines: string[] = [];
  let skipped = 0;
  let articles = 0;
  for await (const batch of everyArticle()) {
    for (const a of batch) {
      try {
        lines.push(articleLine(a));
        articles++;
      } catch {
        skipped++; // Its stored analysis cannot be read: left out, and counted.
      }
    }
    progress.add(batch.length);
  }
  for (const c of collections) {
    lines.push(collectionLine(c));
    progress.add(1);
  }
  const text = new Blob([headerLine({ articles, collections: collections.length }), '\n', ...lines.map((l) => `${l}\n`)], { type: 'application/x-ndjson' });
  const blob = await new Response(text.stream().pipeThrough(new CompressionStream('gzip'))).blob();
  post({ type: 'exported', blob: new Blob([blob], { type: 'application/gzip' }), articles, collections: collections.length, skipped });
}

/**
 * An export file back into the stores: every line is read and checked
 * first; any problem refuses the whole file; then one transaction adds what
 * is not there already (the same text, the same collection), and the
 * background indexes it.
 */
async function restore(file: File): Promise<void> {
  const progress = new Progress(file.size);
  const magic = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const counted = file.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        progress.add(chunk.length);
        controller.enqueue(chunk);
      },
    }),
  );
  const stream = magic[0] === 0x1f && magic[1] === 0x8b ? counted.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>) : counted;
  const problems: FileProblem[] = [];
  const entries: RememberedArticle[] = [];
  const collections: Collection[] = [];
  let lineNo = 0;
  let header = false;
  try {
    for await (const line of readLines(stream)) {
      lineNo++;
      if (!line.trim()) continue;
      if (!header) {
        parseHeader(line);
        header = true;
        continue;
      }
      try {
        const item = parseItem(line);
        if (item.type === 'article') entries.push(item.entry);
        else collections.push(item.collection);
        progress.reports++;
      } catch (error) {
        problems.push({ where: `${file.name}:${lineNo}`, reason: message(error) });
      }
    }
  } catch (error) {
    // A truncated or damaged file: the decompressor fails partway. Nothing of it is kept.
    problems.push({ where: file.name, reason: header ? `the file is damaged or cut short (${message(error)})` : message(error) });
  }
  if (!header && problems.length === 0) problems.push({ where: file.name, reason: 'this is not a Crossread export file' });
  progress.send();
  if (problems.length > 0) return post({ type: 'refused', problems });
  const { added, collectionsAdded, skipped } = await withLock(READER_INDEX_LOCK, async () => {
    const known = await articleHashes();
    const existing = new Set((await collectionSummaries()).map((c) => c.id));
    const fresh = entries.filter((e) => !known.has(e.hash) && (known.add(e.hash), true));
    const freshCollections = collections.filter((c) => !existing.has(c.id));
    await commitReader({ putArticles: fresh, putCollections: freshCollections });
    return { added: fresh.length, collectionsAdded: freshCollections.length, skipped: entries.length - fresh.length + collections.length - freshCollections.length };
  });
  post({ type: 'restored', articles: added, collections: collectionsAdded, skipped });
}
