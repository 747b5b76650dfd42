/**
 * The content script: on a page that looks like an article, extracts it from
 * a clone of the document (Readability changes what it parses) and hands it to
 * the background. On any other page it does nothing more.
 */
import browser from 'webextension-polyfill';
import { isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../extract/extract-article';
import type { ContentMessage } from '../shared/messages';

declare const __TEST_HOOKS__: boolean;

function send(message: ContentMessage): void {
  browser.runtime.sendMessage(message).then(
    (response) => {
      // Test builds only: the Firefox smoke test reads the background's answer off the page.
      if (__TEST_HOOKS__) document.documentElement.setAttribute('data-crossread-test', JSON.stringify(response));
    },
    // The background may be restarting; the popup then shows the page as not analysed yet.
    () => {},
  );
}

function analysePage(): void {
  const url = location.href;
  try {
    if (!isProbablyReaderable(document)) {
      send({ type: 'page-not-article', url, reason: 'not-an-article' });
      return;
    }
    const started = performance.now();
    const result = extractArticle(document.cloneNode(true) as Document, { url, force: true });
    const extractMs = performance.now() - started;
    if (!result.ok) send({ type: 'page-not-article', url, reason: result.reason });
    else send({ type: 'page-article', article: result.article, extractMs });
  } catch (error) {
    send({ type: 'page-error', url, message: error instanceof Error ? error.message : String(error) });
  }
}

if (location.protocol === 'http:' || location.protocol === 'https:') analysePage();
