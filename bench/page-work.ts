/**
 * Injected into real news pages by bench/browser.ts (built as one script):
 * Readability's own parse of the page next to the content script's whole work
 * on it (the readerable check, the clone, the extraction to paragraphs, and
 * serialising the message to the background).
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../src/extract/extract-article';

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

(window as unknown as { __crossreadBench: unknown }).__crossreadBench = { readabilityOnly, contentScriptWork };
