/**
 * Reports for the evaluation, read by the index builder's own reader (so the
 * texts and positions are what the index holds): wikiref-dev (Windows-1252,
 * CRLF, first non-empty line the headline, topic from the file name) and the
 * seeds (with their catalog).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/core/article';
import { parseCatalog, parseReportFile } from '../src/ingest/parse-report-file';

export interface EvalReport {
  id: string;
  topic: string;
  article: Article;
  /** Where the body starts: after the headline and its blank line. */
  bodyStart: number;
}

function load(dir: string, topicOf: (id: string) => string): EvalReport[] {
  const catalogPath = join(dir, 'catalog.json');
  const catalog = readdirSync(dir).includes('catalog.json') ? parseCatalog(readFileSync(catalogPath)) : undefined;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseReportFile(f, readFileSync(join(dir, f)), { catalog }).reports)
    .map((r) => ({ id: r.id, topic: topicOf(r.id), article: r.article, bodyStart: r.article.title ? r.article.title.length + 2 : 0 }));
}

export const loadWikiref = (dir: string) => load(dir, (id) => id.replace(/\.\d+$/, ''));
export const loadSeedReports = (dir: string) => load(dir, () => 'seeds');
