/**
 * Reports for the evaluation: wikiref-dev (Windows-1252 or UTF-8, CRLF, first
 * non-empty line the headline, topic from the file name) and the seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReportText } from '../src/core/golden/report-text';
import { loadSeeds } from '../src/core/golden/loader';

export interface EvalReport {
  id: string;
  topic: string;
  title: string;
  text: string;
  headline: { start: number; end: number } | null;
  published: string | null;
  outlet: string | null;
}

export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function loadWikiref(dir: string): EvalReport[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const built = buildReportText(decode(readFileSync(join(dir, f))), undefined);
      return { id: f.replace(/\.txt$/, ''), topic: f.replace(/\.\d+\.txt$/, ''), ...built, published: null, outlet: null };
    });
}

export function loadSeedReports(dir?: string): EvalReport[] {
  return [...loadSeeds(dir).values()].map((s) => ({
    id: s.id, topic: 'seeds', title: s.title, text: s.text, headline: s.headline, published: s.published, outlet: s.outlet,
  }));
}
