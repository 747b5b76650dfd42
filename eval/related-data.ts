/**
 * Labelled real coverage for the retrieval evaluation (`npm run eval:related`)
 * and the calibration of story matching.
 *
 * - gva-dev (../shared/corpus/gva-dev): real local news, `event` = the
 *   shooting incident; read only when ../shared is there.
 * - wikiref-dev (corpus/wikiref-dev, in the project): real news by topic in
 *   the file name, grouped into events by reading them (bench/wikiref-events.json).
 *
 * Every group (incident, event) is assigned by a hash of its label to one of
 * four parts: a quarter is left out of the index (its reports are looked up
 * to measure false related), and, across the rest, half of the groups are
 * for tuning and half for reporting.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textHash, type IndexInput } from '../src/index/build-index';
import { parseReportFile } from '../src/ingest/parse-report-file';
import { loadWikiref } from './corpus';

export interface Labelled extends IndexInput {
  /** The happening it reports (incident, event). */
  event: string;
  /** The wider story it belongs to: the topic for wikiref, the event itself for gva. */
  story: string;
  /** Left out of the index: its lookups measure false related. */
  leftOut: boolean;
  /** Tuning or reporting half (by its group). */
  half: 'tune' | 'test';
}

const ROOT = join(import.meta.dirname, '..');
export const GVA_PATH = join(ROOT, '../shared/corpus/gva-dev/gva-dev.ndjson');

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A group's part, by a hash of its label: a quarter left out; half of all groups for tuning. */
function assign(group: string, salt: string): Pick<Labelled, 'leftOut' | 'half'> {
  const h = hash(salt + group);
  return { leftOut: h % 4 === 0, half: (h >>> 2) % 2 === 0 ? 'tune' : 'test' };
}

/** gva-dev's reports, or null when ../shared is not there. */
export function loadGva(path = GVA_PATH, salt = ''): Labelled[] | null {
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const events = new Map<string, string>();
  for (const line of bytes.toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; event: string | number };
    events.set(r.id, String(r.event));
  }
  // Reports with the same text (21 in gva-dev, some under two incidents) are one report to an index: the first is kept.
  const seen = new Set<number>();
  return parseReportFile('gva-dev.ndjson', bytes)
    .reports.filter((r) => {
      const h = textHash(r.article.text);
      if (seen.has(h)) return false;
      seen.add(h);
      return true;
    })
    .map((r) => {
      const event = events.get(r.id)!;
      return { ...r, event, story: event, ...assign(event, salt) };
    });
}

/**
 * wikiref-dev's reports with their event (by reading) and topic (the file
 * name). Whole topics are left out, so that a left-out report has no report
 * of its subject in the index; with only 14 topics, a quarter of them is left
 * out in each of four folds (`fold` 0 to 3) and the figures are summed over
 * the folds. Topics are split into the tuning and reporting halves.
 */
export function loadWikirefLabelled(fold = 0, salt = ''): Labelled[] {
  const data = JSON.parse(readFileSync(join(ROOT, 'bench/wikiref-events.json'), 'utf8')) as { events: Array<{ event: string; reports: string[] }> };
  const eventOf = new Map<string, string>();
  for (const e of data.events) for (const id of e.reports) eventOf.set(id, e.event);
  const reports = loadWikiref(join(ROOT, 'corpus/wikiref-dev'));
  const topics = [...new Set(reports.map((r) => r.topic))].sort((a, b) => hash(salt + a) - hash(salt + b));
  return reports.map((r) => {
    const event = eventOf.get(r.id) ?? `unlabelled:${r.id}`;
    const rank = topics.indexOf(r.topic);
    return { id: r.id, article: r.article, event, story: r.topic, leftOut: rank % 4 === fold, half: Math.floor(rank / 4) % 2 === 0 ? 'tune' : 'test' };
  });
}

/** The number of wikiref folds (see loadWikirefLabelled). */
export const WIKIREF_FOLDS = 4;
