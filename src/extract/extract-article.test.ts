import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseHtmlDocument } from '../cli/html-dom';
import { extractArticle, paragraphsOf } from './extract-article';

const PAGES = new URL('../../e2e/fixtures/pages/', import.meta.url);

describe('extractArticle on real news pages', () => {
  for (const name of readdirSync(PAGES)) {
    it(name, () => {
      const html = readFileSync(new URL(`${name}/source.html`, PAGES), 'utf8');
      const expected = JSON.parse(readFileSync(new URL(`${name}/expected-metadata.json`, PAGES), 'utf8'));
      const result = extractArticle(parseHtmlDocument(html), { url: `https://example.com/${name}` });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.article.title).toBe(expected.title.replace(/\s+/g, ' ').trim());
      expect(result.article.text.startsWith(result.article.title + '\n\n')).toBe(true);
      expect(result.article.text.length).toBeGreaterThan(500);
      expect(result.article.text).not.toMatch(/[ \t]{2,}|\n{3,}/);
    });
  }
});

describe('paragraphsOf', () => {
  it('starts a paragraph at each block and collapses whitespace inside', () => {
    const doc = parseHtmlDocument('<div><p>One <b>bold</b>\n  word</p><ul><li>a</li><li>b<br>c</li></ul><script>x()</script>tail</div>');
    expect(paragraphsOf(doc.body)).toEqual(['One bold word', 'a', 'b', 'c', 'tail']);
  });
  it('survives very deep nesting', () => {
    const doc = parseHtmlDocument('<div>'.repeat(1500) + 'deep' + '</div>'.repeat(1500));
    expect(paragraphsOf(doc.body)).toEqual(['deep']);
  });
});

describe('extractArticle on pages that are not articles', () => {
  it('says so', () => {
    const doc = parseHtmlDocument('<html><body><nav><a href="/">Home</a></nav><p>Short.</p></body></html>');
    expect(extractArticle(doc)).toEqual({ ok: false, reason: 'not-an-article' });
  });
});
