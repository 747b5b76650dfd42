/**
 * An article as the analysis sees it: one text (headline, blank line, body
 * paragraphs separated by blank lines) and what is known about where it is from.
 * All positions in findings are JavaScript string indices into `text`.
 */
export interface Article {
  /** Headline; empty when the source has none. */
  title: string;
  /** Headline and body as one string; findings point into it. */
  text: string;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  published: string | null;
  url: string | null;
  byline: string | null;
  /** BCP 47 language tag from the page, when it says. */
  lang: string | null;
}

/** Joins a headline and body paragraphs the way every source is joined. */
export function articleText(title: string, paragraphs: readonly string[]): string {
  const parts = [title, ...paragraphs].map((p) => p.trim()).filter((p) => p.length > 0);
  return parts.join('\n\n');
}

/** Keeps the date part of an ISO-like timestamp, or null when it is not one. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

/** A display title for a report that has none: its first sentence, shortened. */
export function fallbackTitle(body: string, max = 100): string {
  const first = body.trim().split(/\n/)[0] ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  return sentence.length > max ? sentence.slice(0, max - 1).trimEnd() + '…' : sentence;
}
