/**
 * A web page to an Article, with Readability. Needs a DOM (the page, an
 * options page, an offscreen document, or jsdom in the CLI) but nothing of the
 * extension: the content script and the CLI share this code so that both see
 * the same text.
 *
 * Readability's `parse()` changes the document it is given, so callers pass a
 * clone, never the live page.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { articleText, isoDate, type Article } from '../core/article';
import { publishedFromMarkup } from './published-date';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH']);

/**
 * The text of an element as paragraphs: every block element starts a new one,
 * whitespace inside a paragraph collapses to single spaces.
 */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  // Iterative walk: deeply nested pages must not overflow the stack.
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIPPED_TAGS.has(tag)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (exit) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
  flush();
  return paragraphs;
}

export interface ExtractOptions {
  /** The page's address, kept as the article's url. */
  url?: string | null;
  /** Skip the readerability check (the CLI extracts any page it is given). */
  force?: boolean;
}

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: 'not-an-article' | 'no-content' };

/**
 * Extracts the article from `doc`, which Readability will modify: pass a clone.
 * `lang` falls back to the root element's lang attribute.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  if (!options.force && !isProbablyReaderable(doc)) return { ok: false, reason: 'not-an-article' };
  const pageLang = doc.documentElement?.getAttribute('lang') || null;
  // Read before Readability, which changes the document.
  const markedDate = publishedFromMarkup(doc);
  const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  if (!parsed || !parsed.content) return { ok: false, reason: 'no-content' };
  const title = (parsed.title ?? '').replace(/\s+/g, ' ').trim();
  const paragraphs = paragraphsOf(parsed.content);
  // Readability keeps a heading that repeats the title when it differs slightly; drop an exact repeat.
  if (paragraphs.length > 0 && paragraphs[0] === title) paragraphs.shift();
  if (paragraphs.length === 0) return { ok: false, reason: 'no-content' };
  return {
    ok: true,
    article: {
      title,
      text: articleText(title, paragraphs),
      outlet: clean(parsed.siteName),
      published: isoDate(parsed.publishedTime) ?? markedDate,
      url: options.url ?? null,
      byline: clean(parsed.byline),
      lang: clean(parsed.lang) ?? pageLang,
    },
  };
}

function clean(value: string | null | undefined): string | null {
  const v = (value ?? '').replace(/\s+/g, ' ').trim();
  return v ? v : null;
}
