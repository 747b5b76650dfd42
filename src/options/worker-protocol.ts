/**
 * Messages between the options page and its worker (reports-worker.ts),
 * which imports report files, exports the reader's reports and restores
 * them, off the page's thread. HTML needs a DOM, which a worker has not:
 * the page extracts .html files before an import, and the worker asks it
 * (`extract`) for report lines or files that carry HTML.
 */
import type { FileProblem, ParsedFile, SourceReport } from '../ingest/parse-report-file';

export type WorkerRequest =
  | { type: 'import'; files: File[]; collectionId: string; name: string; extracted: ParsedFile }
  | { type: 'export' }
  | { type: 'restore'; file: File }
  | { type: 'extracted'; request: number; parsed: ParsedFile };

export type WorkerEvent =
  /** `done` of `total` bytes read; `reports` read so far. */
  | { type: 'progress'; done: number; total: number; reports: number }
  /** Please extract this: one line of a report file (`lineNo`) or a whole .json file (`lineNo` null). */
  | { type: 'extract'; request: number; name: string; lineNo: number | null; text: string }
  | { type: 'imported'; reports: number }
  | { type: 'refused'; problems: FileProblem[] }
  | { type: 'exported'; blob: Blob; articles: number; collections: number; skipped: number }
  | { type: 'restored'; articles: number; collections: number; skipped: number }
  | { type: 'failed'; message: string };

export type { SourceReport };
