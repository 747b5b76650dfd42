/**
 * The options page's side of its worker (reports-worker.ts): one worker per
 * job, its progress passed on, the HTML it asks for extracted here (where a
 * DOM is), and cancelling by ending it.
 */
import { parseJsonLine, parseReportFile, type ParsedFile } from '../ingest/parse-report-file';
import type { WorkerEvent, WorkerRequest } from './worker-protocol';

export type JobEnd = Exclude<WorkerEvent, { type: 'progress' } | { type: 'extract' }> | { type: 'cancelled' };

export interface Job {
  /** The worker's last word: done, refused, failed, or cancelled. */
  result: Promise<JobEnd>;
  cancel(): void;
}

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** What the worker could not read without a DOM, read here. */
function extract(name: string, lineNo: number | null, text: string): ParsedFile {
  if (lineNo === null) return parseReportFile(name, new TextEncoder().encode(text), { parseHtml });
  const out: ParsedFile = { reports: [], problems: [] };
  parseJsonLine(out, name, lineNo, text, { parseHtml });
  return out;
}

export function startJob(request: WorkerRequest, onProgress: (p: Extract<WorkerEvent, { type: 'progress' }>) => void): Job {
  const worker = new Worker(new URL('./reports-worker.ts', import.meta.url), { type: 'module' });
  let finish: (end: JobEnd) => void = () => {};
  const result = new Promise<JobEnd>((resolve) => (finish = resolve));
  worker.onmessage = (event: MessageEvent<WorkerEvent>) => {
    const e = event.data;
    if (e.type === 'progress') onProgress(e);
    else if (e.type === 'extract') worker.postMessage({ type: 'extracted', request: e.request, parsed: extract(e.name, e.lineNo, e.text) } satisfies WorkerRequest);
    else {
      worker.terminate();
      finish(e);
    }
  };
  worker.onerror = (event) => {
    worker.terminate();
    finish({ type: 'failed', message: event.message || 'the worker stopped' });
  };
  worker.postMessage(request);
  return {
    result,
    cancel() {
      worker.terminate();
      finish({ type: 'cancelled' });
    },
  };
}
