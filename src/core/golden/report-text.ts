/**
 * Builds a report's text from a raw file the way ingest does, so that golden
 * tests and the evaluation see the same text and the same positions as the
 * index: CRLF → LF; with a known title, the title is the headline and the
 * file's first non-empty line is dropped; without one there is no headline;
 * the body's non-empty lines, trimmed, are the paragraphs.
 */
import { articleText } from '../article';

export interface BuiltReport {
  title: string;
  text: string;
  /** Span of the headline in `text`, or null when the report has none. */
  headline: { start: number; end: number } | null;
}

/**
 * @param title the catalogued title; `undefined` takes the file's first
 * non-empty line as the headline (wikiref-dev), `null` means no headline.
 */
export function buildReportText(raw: string, title: string | null | undefined): BuiltReport {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  let body = lines.filter((l) => l.length > 0);
  let headline = '';
  if (title !== null) {
    const first = (body[0] ?? '').replace(/^#+\s+/, '');
    headline = title === undefined ? first : title.trim();
    body = body.slice(1);
  }
  const text = articleText(headline, body);
  return { title: headline, text, headline: headline ? { start: 0, end: headline.length } : null };
}
