// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle } from '../extract/extract-article';
import { normalizeForMatch } from './anchor-quote';
import { anchorSpans, PageText } from './page-text';

const squash = (s: string) => normalizeForMatch(s).norm;

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  return doc;
}

describe('PageText', () => {
  it('maps the normalized text back to text nodes, skipping scripts, styles and our own card', () => {
    const doc = page('<p>Hello <b>big</b>\n world</p><script>var x = 1;</script><style>p{}</style><crossread-card>card</crossread-card><p>Bye</p>');
    const text = PageText.of(doc.body);
    expect(text.text).toBe('HellobigworldBye');
    const range = text.range(5, 13)!;
    expect(range.toString()).toBe('big</b>\n world'.replace('</b>', ''));
    expect(range.startContainer.parentElement!.tagName).toBe('B');
  });
});

const ARTICLE_PAGE = `
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>
  <h1>Russia&nbsp;Secures Evacuation Deal</h1>
  <p class="byline">By A. Reporter</p>
  <p>Moskalkova said:  “There are people who are <em>currently</em> in Sumy.
     We have established an agreement with both the <a href="/rc">Red Cross</a> and the Ukrainian authorities.”</p>
  <p>Russian authorities indicated that around 500 individuals are missing, while local residents claim the figure is closer to 3,000.</p>
  <p>The figure of around 500 was repeated later.</p>
</article></main>
<aside><h2>More</h2><ul><li><a href="/x">Russia Secures Evacuation Deal</a></li><li>Around 500 readers liked this</li></ul></aside>
<footer>© Example</footer>`;

describe('anchorSpans', () => {
  const doc = page(ARTICLE_PAGE);
  const extracted = extractArticle(doc.cloneNode(true) as Document, { force: true });
  if (!extracted.ok) throw new Error('fixture page did not extract');
  const text = extracted.article.text;
  const span = (needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`not in the article: ${needle}`);
    return { start, end: start + needle.length, text: needle };
  };

  it('places claims across element boundaries, entities and other white space', () => {
    const claims = [span('There are people who are currently in Sumy. We have established an agreement with both the Red Cross and the Ukrainian authorities.'), span('local residents claim')];
    const ranges = anchorSpans(doc.body, text, claims);
    expect(ranges.map((r) => r && squash(r.toString()))).toEqual(claims.map((c) => squash(c.text)));
    expect(ranges[0]!.startContainer.parentElement!.tagName).toBe('P');
  });

  it('tells repeated words apart by the text around them', () => {
    const first = span('around 500');
    const second = span('around 500', first.end);
    const [a, b] = anchorSpans(doc.body, text, [first, second]);
    expect(a!.startContainer.textContent).toContain('Russian authorities indicated');
    expect(b!.startContainer.textContent).toContain('The figure of');
  });

  it('places the headline in the article, not in the list of other stories', () => {
    const [range] = anchorSpans(doc.body, text, [span('Russia Secures Evacuation Deal')]);
    expect(range!.startContainer.parentElement!.tagName).toBe('H1');
  });

  it('leaves a claim that the page does not hold unplaced', () => {
    expect(anchorSpans(doc.body, text + '\n\nAn added paragraph.', [{ start: text.length + 2, end: text.length + 21, text: 'An added paragraph.' }])).toEqual([null]);
  });

  it('changes nothing in the page', () => {
    const before = doc.documentElement.outerHTML;
    anchorSpans(doc.body, text, [span('around 500')]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('anchorSpans, property', () => {
  const word = fc.stringMatching(/^[a-z]{1,8}$/).map((w) => (w.length > 3 ? w[0].toUpperCase() + w.slice(1) : w));
  const sentence = fc.array(word, { minLength: 3, maxLength: 12 }).map((ws) => ws.join(' ') + '.');
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
  it('every span of the extracted text is placed on text that reads the same', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 3, maxLength: 6 }), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 }), (paragraphs, a, b, style) => {
        // The same paragraphs, marked up with element boundaries and white space of several kinds.
        const markup = paragraphs.map((p) => {
          const words = p.split(' ');
          const inner = words.map((w, i) => (i % 5 === style ? `<em>${w}</em>` : w)).join(style === 1 ? '\n   ' : style === 2 ? '&nbsp;' : ' ');
          return `<p>${inner}</p>`;
        });
        const doc = page(`<nav>Home</nav><article><h1>Title here</h1>${markup.join('\n')}</article>`);
        const text = `Title here\n\n${paragraphs.join('\n\n')}`;
        const start = a % text.length;
        const end = Math.min(text.length, start + 1 + (b % 200));
        const claim = text.slice(start, end);
        if (!squash(claim)) return;
        const [range] = anchorSpans(doc.body, text, [{ start, end, text: claim }]);
        if (range) expect(squash(range.toString())).toBe(squash(claim));
        else expect(squash(claim).length).toBeLessThan(24);
      }),
      { numRuns: 150 },
    );
  });
});
