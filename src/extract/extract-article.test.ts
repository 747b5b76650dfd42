import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseHtmlDocument } from '../node/html-dom';
import { extractArticle, paragraphsOf } from './extract-article';
import { publishedFromMarkup } from './published-date';

const PAGES = new URL('../../e2e/fixtures/pages/', import.meta.url);

/**
 * Publication days as the pages mark them (read from their source; Readability finds only
 * bbc-1, guardian-1 and seattletimes-1). wapo-1 and herald-sun-1 mark none.
 */
const PUBLISHED: Record<string, string | null> = {
  'ars-1': '2015-04-16', // <time datetime> in the byline
  'bbc-1': '2015-07-24',
  cnn: '2016-02-01', // DC.date.issued
  'guardian-1': '2019-01-03',
  'herald-sun-1': null,
  'lemonde-1': '2015-05-04', // <time itemprop="datePublished">
  'nytimes-1': '2017-01-13', // <meta property="article:published">
  'nytimes-2': '2016-07-29',
  'seattletimes-1': '2019-04-28',
  telegraph: '2017-11-16', // <meta itemprop="datePublished">
  'wapo-1': null,
  'yahoo-1': '2016-10-13', // <time class="date">
};

describe('extractArticle on real news pages', () => {
  for (const name of readdirSync(PAGES)) {
    it(name, () => {
      const html = readFileSync(new URL(`${name}/source.html`, PAGES), 'utf8');
      const expected = JSON.parse(readFileSync(new URL(`${name}/expected-metadata.json`, PAGES), 'utf8'));
      const result = extractArticle(parseHtmlDocument(html), { url: `https://example.com/${name}` });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.article.title).toBe(expected.title.replace(/\s+/g, ' ').trim());
      expect(result.article.published).toBe(PUBLISHED[name]);
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

describe('publication date from the markup', () => {
  const dateOf = (head: string, body = '') => publishedFromMarkup(parseHtmlDocument(`<html><head>${head}</head><body>${body}</body></html>`));
  it('reads meta tags, microdata and a byline\'s <time>', () => {
    expect(dateOf('<meta name="dc.date.issued" content="2016-02-01T01:28:49">')).toBe('2016-02-01');
    expect(dateOf('', '<p>By A <time itemprop="datePublished" datetime="2015-05-04T13:36:31+02:00">4 May</time></p>')).toBe('2015-05-04');
    expect(dateOf('', '<h1>Title</h1><p class="byline">A - <time datetime="2015-04-16T20:02:01+00:00">Apr 16</time></p>')).toBe('2015-04-16');
  });
  it('takes no date a page does not mark as its publication date, nor an implausible one', () => {
    expect(dateOf('', '<h1>Title</h1><aside><time datetime="2015-04-16">a comment</time></aside>')).toBeNull();
    // A dated list of other articles above the headline.
    expect(dateOf('', '<ul><li><span class="date"><time datetime="2014-01-01">1 Jan</time></span></li></ul><h1>Title</h1><p>Text</p>')).toBeNull();
    expect(dateOf('<meta property="article:published_time" content="0001-01-01">')).toBeNull();
    expect(dateOf('<meta property="article:published_time" content="not a date">')).toBeNull();
  });
});
