/**
 * Pages that would hold a reading tool for seconds or worse, for the limits
 * tests (e2e/limits.spec.ts). Each has a button that counts clicks, so a test
 * can see that the page still answers.
 */
import type { Article } from '../../src/core/article';
import { escapeHtml, renderNewsPage } from '../../src/golden/news-page';

const BUTTON = `<button id="clicker" onclick="this.dataset.clicks = String(Number(this.dataset.clicks || 0) + 1)">Click</button>`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${BUTTON}<article><h1>${escapeHtml(title)}</h1>${body}</article></body></html>`;
}

const SENTENCE = 'The minister said on Monday that 500 people had been evacuated from the town, and officials expected more to leave before the weekend. ';

export const STRESS_PAGES: Record<string, (seed003: Article) => string> = {
  /** 10 MB of text in a thousand paragraphs. */
  text: () => page('Ten megabytes of text', `<p>${SENTENCE.repeat(Math.ceil(10_000 / SENTENCE.length))}</p>`.repeat(1_000)),
  /** 100,000 elements. */
  elements: () => page('A hundred thousand elements', '<p>Paragraph <b>with</b> <i>some</i> <span>inline</span></p>'.repeat(20_000)),
  /** 3,000 elements nested in one another (the HTML parser stops nesting at 512). */
  deep: () => page('Deep nesting', `${'<div>'.repeat(3_000)}<p>${SENTENCE.repeat(5)}</p>${'</div>'.repeat(3_000)}`),
  /** Thousands of figures. */
  numbers: () =>
    page('Thousands of figures', Array.from({ length: 400 }, (_, i) => `<p>${Array.from({ length: 10 }, (_, j) => `${i * 10 + j} people, ${j}.5 million dollars and ${i}% of ${j * 1_000} homes`).join('; ')}.</p>`).join('')),
  /** Thousands of quote marks, most never closed. */
  quotes: () => page('Thousands of quote marks', Array.from({ length: 400 }, (_, i) => `<p>${Array.from({ length: 10 }, (_, j) => `“He said ${i} ${j}, "she said" ‘and’ «so» „on`).join(' ')}</p>`).join('')),
  /** An article of a story in the seed index, so long that the analysis stops at its budget. */
  long: (seed) => {
    const body = seed.text.slice(seed.title.length).trim();
    const html = renderNewsPage({ ...seed, title: `${seed.title} (the long version)`, text: `${seed.title} (the long version)\n\n${Array.from({ length: 130 }, () => body).join('\n\n')}` });
    return html.replace('<body>', `<body>${BUTTON}`);
  },
  /** Not an article itself, with forty article pages in frames: the content script runs in the top frame only. */
  frames: () =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body>${BUTTON}<h1>Frames</h1>${Array.from({ length: 40 }, (_, i) => `<iframe src="/seeds/00${i % 5}_${['b881272ba5bff583', '434da23df04675cc', '5aec3afbfa2df5c3', '3d713cfd4bd28cc2', '38ea710e3fa7f1ba'][i % 5]}.html" width="300" height="200"></iframe>`).join('')}</body></html>`,
};
