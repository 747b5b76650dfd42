import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { pageTooLarge, PAGE_LIMITS } from './page-size';

const doc = (html: string) => new JSDOM(html).window.document;
const limits = { elements: 100, text: 1_000, depth: 20 };

describe('pageTooLarge', () => {
  it('lets an ordinary article through', () => {
    expect(pageTooLarge(doc('<html><head><title>T</title></head><body><article><h1>T</h1><p>Some text.</p><p>More.</p></article></body></html>'), limits)).toBeNull();
  });

  it('stops at too many elements', () => {
    expect(pageTooLarge(doc(`<body>${'<span>x</span>'.repeat(150)}</body>`), limits)).toEqual({ measure: 'elements', value: expect.any(Number), limit: 100 });
  });

  it('stops at too much text, not counting scripts and styles', () => {
    expect(pageTooLarge(doc(`<body><p>${'x'.repeat(1_200)}</p></body>`), limits)).toMatchObject({ measure: 'text', limit: 1_000 });
    expect(pageTooLarge(doc(`<body><script>${'x'.repeat(5_000)}</script><style>${'y'.repeat(5_000)}</style><p>short</p></body>`), limits)).toBeNull();
  });

  it('stops at deep nesting, and counts depth right across siblings', () => {
    const nested = (n: number) => '<div>'.repeat(n) + 'x' + '</div>'.repeat(n);
    // html > body > 17 divs = 19 deep: within 20.
    expect(pageTooLarge(doc(`<body>${nested(17)}${nested(17)}<p>after</p></body>`), limits)).toBeNull();
    expect(pageTooLarge(doc(`<body><p>before</p>${nested(19)}</body>`), limits)).toMatchObject({ measure: 'depth', value: 21, limit: 20 });
  });

  it('walks a deep page iteratively and stops at the limit', () => {
    const d = doc('<body></body>');
    let at: Element = d.body;
    for (let i = 0; i < 1_000; i++) at = at.appendChild(d.createElement('div'));
    expect(pageTooLarge(d, { ...PAGE_LIMITS, elements: 100_000 })).toMatchObject({ measure: 'depth', value: PAGE_LIMITS.depth + 1 });
  });
});
