/** HTML to a Document in Node, with jsdom (the DOM Readability's own tests use). */
import { JSDOM, VirtualConsole } from 'jsdom';

export function parseHtmlDocument(html: string, url?: string): Document {
  // A silent console: saved pages are full of CSS jsdom cannot parse, which is no concern of ours.
  const dom = new JSDOM(html, { url: url && /^https?:/.test(url) ? url : 'https://example.invalid/', virtualConsole: new VirtualConsole() });
  return dom.window.document;
}
