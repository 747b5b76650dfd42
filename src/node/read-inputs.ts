/**
 * Files and folders named on the command line to reports, one file at a time
 * so that memory follows the index being built, not the size of the input.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { basename, dirname, join } from 'node:path';
import { extensionOf, parseCatalog, parseJsonLine, parseReportFile, REPORT_EXTENSIONS, type Catalog, type FileProblem, type ParsedFile, type SourceReport } from '../ingest/parse-report-file';
import { parseHtmlDocument } from './html-dom';

/** A file's reports; a large .ndjson file comes in several parts, the last with `last: true`. */
export type InputEvent =
  | { type: 'file'; path: string; reports: SourceReport[]; problems: FileProblem[]; last: boolean }
  | { type: 'problem'; path: string; reason: string };

const isReportFile = (name: string) => (REPORT_EXTENSIONS as readonly string[]).includes(extensionOf(name)) && basename(name) !== 'catalog.json';

/** Every report file under `paths`, sorted within each folder so builds are reproducible. */
async function* reportFiles(paths: string[]): AsyncGenerator<{ path: string } | { path: string; reason: string }> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      yield { path, reason: 'no such file or folder' };
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      for (const e of entries) {
        if (e.name.startsWith('.')) continue;
        const child = join(path, e.name);
        if (e.isDirectory()) yield* reportFiles([child]);
        else if (isReportFile(e.name)) yield { path: child };
      }
    } else if (isReportFile(path)) yield { path };
    else yield { path, reason: `unsupported file type; expected ${REPORT_EXTENSIONS.join(', ')}` };
  }
}

const catalogs = new Map<string, Promise<Catalog | undefined>>();

/** The catalog.json beside a file, read once per folder. A broken catalog is an error, not silence. */
function catalogFor(file: string): Promise<Catalog | undefined> {
  const dir = dirname(file);
  let c = catalogs.get(dir);
  if (!c) {
    c = readFile(join(dir, 'catalog.json')).then(
      (bytes) => parseCatalog(bytes),
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      },
    );
    catalogs.set(dir, c);
  }
  return c;
}

/** Reads and parses every report file under `paths`. */
export async function* readInputs(paths: string[]): AsyncGenerator<InputEvent> {
  for await (const entry of reportFiles(paths)) {
    if ('reason' in entry) {
      yield { type: 'problem', path: entry.path, reason: entry.reason };
      continue;
    }
    let catalog: Catalog | undefined;
    try {
      catalog = await catalogFor(entry.path);
    } catch (error) {
      yield { type: 'problem', path: join(dirname(entry.path), 'catalog.json'), reason: `catalog.json is not valid JSON (${(error as Error).message})` };
      catalog = undefined;
    }
    const ext = extensionOf(entry.path);
    if (ext === '.ndjson' || ext === '.jsonl') {
      yield* streamJsonLines(entry.path);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(entry.path);
    } catch (error) {
      yield { type: 'problem', path: entry.path, reason: (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message };
      continue;
    }
    const parsed = parseReportFile(entry.path, bytes, { catalog, parseHtml: parseHtmlDocument });
    yield { type: 'file', path: entry.path, ...parsed, last: true };
  }
}

const LINES_PER_PART = 500;

/** An .ndjson/.jsonl file line by line, so that a file of any size is read in constant memory. */
async function* streamJsonLines(path: string): AsyncGenerator<InputEvent> {
  const base = basename(path);
  let part: ParsedFile = { reports: [], problems: [] };
  let lineNo = 0;
  try {
    const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
      lineNo++;
      parseJsonLine(part, base, lineNo, lineNo === 1 ? line.replace(/^\uFEFF/, '') : line, { parseHtml: parseHtmlDocument });
      if (lineNo % LINES_PER_PART === 0) {
        yield { type: 'file', path, ...part, last: false };
        part = { reports: [], problems: [] };
      }
    }
  } catch (error) {
    part.problems.push({ where: `${base}:${lineNo + 1}`, reason: (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message });
  }
  if (lineNo === 0 && part.problems.length === 0) part.problems.push({ where: base, reason: 'the file is empty' });
  yield { type: 'file', path, ...part, last: true };
}
