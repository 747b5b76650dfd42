/**
 * An index file, checked and made ready for lookups: term postings so that a
 * lookup touches only reports sharing a word with the article.
 */
import { INDEX_FORMAT, INDEX_VERSION, type IndexFile, type StoredReport } from './format';
import { statsOf } from './build-index';
import type { TermStats } from '../core/weights';

export interface LoadedIndex {
  reports: StoredReport[];
  stats: TermStats;
  /** term → report positions and weights, parallel arrays. */
  postings: Map<string, { docs: number[]; weights: number[] }>;
  created: string;
}

export class IndexError extends Error {
  override name = 'IndexError';
}

/** Checks a parsed index file and prepares it; throws IndexError with a message for people. */
export function loadIndex(data: unknown): LoadedIndex {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new IndexError('not a Crossread index (not a JSON object)');
  const file = data as Partial<IndexFile>;
  if (file.format !== INDEX_FORMAT) throw new IndexError('not a Crossread index (no "format": "crossread-index")');
  if (file.version !== INDEX_VERSION) {
    throw new IndexError(`index version ${String(file.version)} is not supported (this Crossread reads version ${INDEX_VERSION}); rebuild it with "crossread index"`);
  }
  if (!Array.isArray(file.reports) || typeof file.docCount !== 'number' || !file.df || typeof file.df !== 'object') {
    throw new IndexError('the index is incomplete or corrupt (reports, docCount or df missing)');
  }
  const postings = new Map<string, { docs: number[]; weights: number[] }>();
  file.reports.forEach((report, i) => {
    if (!isStoredReport(report)) throw new IndexError(`the index is corrupt: report #${i + 1} is malformed`);
    for (const [term, weight] of report.terms) {
      let p = postings.get(term);
      if (!p) postings.set(term, (p = { docs: [], weights: [] }));
      p.docs.push(i);
      p.weights.push(weight);
    }
  });
  const df = Object.assign(Object.create(null), file.df) as Record<string, number>;
  return { reports: file.reports, stats: statsOf({ docCount: file.docCount, df }), postings, created: String(file.created ?? '') };
}

/** Parses index JSON text; throws IndexError for anything that is not a readable index. */
export function parseIndex(json: string): LoadedIndex {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new IndexError('the index file is not valid JSON (truncated or corrupt?)');
  }
  return loadIndex(data);
}

function isStoredReport(r: unknown): r is StoredReport {
  if (!r || typeof r !== 'object') return false;
  const s = r as StoredReport;
  return (
    typeof s.id === 'string' &&
    typeof s.title === 'string' &&
    Array.isArray(s.terms) &&
    Array.isArray(s.sample) &&
    typeof s.shingleCount === 'number' &&
    !!s.claims &&
    Array.isArray(s.claims.figures) &&
    Array.isArray(s.claims.quotes) &&
    Array.isArray(s.claims.statements)
  );
}
