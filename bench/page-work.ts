/**
 * Injected into real news pages by bench/browser.ts (built as one script):
 * Readability's own parse of the page next to the content script's whole work
 * on it (the readerable check, the clone, the extraction to paragraphs, and
 * serialising the message to the background).
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractArticle, paragraphsOf } from '../src/extract/extract-article';
import { publishedFromMarkup } from '../src/extract/published-date';

/** Readability as a developer would call it on a live page: on a clone (its parse() changes what it parses), default options. */
function readabilityOnly(): number {
  const t = performance.now();
  new Readability(document.cloneNode(true) as Document).parse();
  return performance.now() - t;
}

function contentScriptWork(): number {
  const t = performance.now();
  if (isProbablyReaderable(document)) {
    const result = extractArticle(document.cloneNode(true) as Document, { url: location.href, force: true });
    // What runtime.sendMessage does with the article: serialise it.
    if (result.ok) JSON.stringify({ type: 'page-article', article: result.article });
  }
  return performance.now() - t;
}

/**
 * The content script's own steps around Readability (the readerable check, the
 * publication date from the markup, the walk into paragraphs, serialising the
 * message), timed apart from it: what the ratio above is made of, without the
 * garbage collections that land now on one side, now on the other.
 */
function ownSteps(): number {
  const content = new Readability<Node>(document.cloneNode(true) as Document, { serializer: (node) => node }).parse()?.content;
  const t = performance.now();
  isProbablyReaderable(document);
  publishedFromMarkup(document);
  const paragraphs = content ? paragraphsOf(content) : [];
  JSON.stringify({ type: 'page-article', article: { text: paragraphs.join('\n\n') } });
  return performance.now() - t;
}

(window as unknown as { __crossreadBench: unknown }).__crossreadBench = { readabilityOnly, contentScriptWork, ownSteps };
