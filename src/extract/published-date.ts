/**
 * A page's publication date from its markup, for pages where Readability
 * finds none: it reads JSON-LD and a few meta tags, but not schema.org
 * microdata, Dublin Core, or the `<time>` beside a byline, which is where many
 * news sites put it (the New York Times, Le Monde, CNN, the Telegraph, Ars
 * Technica, Yahoo in e2e/fixtures/pages). Dates matter: matching marks down
 * reports far apart in time, and figures that change are ordered by date.
 *
 * Only what the page marks as its publication date is taken, never a date
 * guessed from an address or the text.
 */
import { isoDate } from '../core/article';

/** Meta tags that name the publication date, most specific first. */
const META_SELECTORS = [
  'meta[property="article:published_time" i]',
  'meta[property="article:published" i]',
  'meta[itemprop="datePublished" i]',
  'meta[name="DC.date.issued" i]',
  'meta[name="dcterms.issued" i]',
  'meta[name="dcterms.created" i]',
  'meta[name="publish-date" i]',
  'meta[name="publishdate" i]',
  'meta[name="pubdate" i]',
];

/** Node.DOCUMENT_POSITION_FOLLOWING (no `Node` global in every context this runs in). */
const FOLLOWING = 4;

/** Where a byline's date sits: the `<time>` itself, or what holds it, says so in its class. */
const BYLINE_DATE = /\b(?:byline|dateline|post-meta|article-meta|published|date)\b/i;

export function publishedFromMarkup(doc: Document): string | null {
  for (const selector of META_SELECTORS) {
    const date = plausible(doc.querySelector(selector)?.getAttribute('content'));
    if (date) return date;
  }
  // Microdata on an element (<time itemprop="datePublished" datetime="…">), or a <time pubdate>.
  for (const el of doc.querySelectorAll('[itemprop~="datePublished" i], time[pubdate]')) {
    const date = plausible(el.getAttribute('datetime') ?? el.getAttribute('content'));
    if (date) return date;
  }
  // The first <time datetime> after the headline that is, or sits in, a byline or date line
  // (after the headline, so that a list of other articles above it does not count).
  const headline = doc.querySelector('h1');
  if (!headline) return null;
  for (const el of doc.querySelectorAll('time[datetime]')) {
    if (!(headline.compareDocumentPosition(el) & FOLLOWING)) continue;
    let node: Element | null = el;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      if (BYLINE_DATE.test(node.getAttribute('class') ?? '')) return plausible(el.getAttribute('datetime'));
    }
  }
  return null;
}

/** An ISO day for a date between 1990 and next year, else null. */
function plausible(value: string | null | undefined): string | null {
  const date = isoDate(value ?? null);
  if (!date) return null;
  const year = Number(date.slice(0, 4));
  return year >= 1990 && year <= new Date().getUTCFullYear() + 1 ? date : null;
}
