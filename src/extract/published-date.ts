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

/** Meta tags that name the publication date (attribute=value, lower case), most specific first. */
const META_NAMES = [
  'property=article:published_time',
  'property=article:published',
  'itemprop=datepublished',
  'name=dc.date.issued',
  'name=dcterms.issued',
  'name=dcterms.created',
  'name=publish-date',
  'name=publishdate',
  'name=pubdate',
];

/** Where a byline's date sits: the `<time>` itself, or what holds it, says so in its class. */
const BYLINE_DATE = /\b(?:byline|dateline|post-meta|article-meta|published|date)\b/i;

/** Node.DOCUMENT_POSITION_FOLLOWING (no `Node` global in every context this runs in). */
const FOLLOWING = 4;

// This runs on every page, before Readability changes it: only `<meta>` and `<time>` elements are
// looked at, fetched by tag name (fast in every engine; a selector list with attribute tests
// took up to 0.9 ms on the real pages).
export function publishedFromMarkup(doc: Document): string | null {
  const metas = new Map<string, string>();
  for (const meta of doc.getElementsByTagName('meta')) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = `${attribute}=${(meta.getAttribute(attribute) ?? '').toLowerCase()}`;
      if (!metas.has(key)) metas.set(key, content);
    }
  }
  for (const key of META_NAMES) {
    const date = plausible(metas.get(key));
    if (date) return date;
  }
  const times = [...doc.getElementsByTagName('time')];
  // <time itemprop="datePublished" datetime="…">, or <time pubdate>.
  for (const time of times) {
    if (!/\bdatePublished\b/i.test(time.getAttribute('itemprop') ?? '') && !time.hasAttribute('pubdate')) continue;
    const date = plausible(time.getAttribute('datetime'));
    if (date) return date;
  }
  // The first <time datetime> after the headline that is, or sits in, a byline or date line
  // (after the headline, so that a list of other articles above it does not count).
  const headline = doc.getElementsByTagName('h1')[0];
  if (!headline) return null;
  for (const time of times) {
    if (!time.hasAttribute('datetime') || !(headline.compareDocumentPosition(time) & FOLLOWING)) continue;
    let node: Element | null = time;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      if (BYLINE_DATE.test(node.getAttribute('class') ?? '')) return plausible(time.getAttribute('datetime'));
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
