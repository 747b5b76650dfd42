/**
 * Renders a report as a news page of our own making (masthead, navigation,
 * headline, byline, date, paragraphs, related links and footer), so that the
 * extension meets the seed reports as it would meet a real site.
 */
import type { Article } from '../core/article';


export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderNewsPage(article: Article, options: { site?: string } = {}): string {
  const site = article.outlet ?? options.site ?? 'The Daily Example';
  const paragraphs = article.title && article.text.startsWith(article.title) ? article.text.slice(article.title.length) : article.text;
  const body = paragraphs
    .split('\n\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `      <p>${escapeHtml(p)}</p>`)
    .join('\n');
  const date = article.published ? new Date(article.published + 'T12:00:00Z') : null;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(article.title || 'Report')} | ${escapeHtml(site)}</title>
  <meta property="og:site_name" content="${escapeHtml(site)}">
  <meta property="og:title" content="${escapeHtml(article.title)}">
  ${date ? `<meta property="article:published_time" content="${date.toISOString()}">` : ''}
  <style>
    body { font: 18px/1.6 Georgia, serif; margin: 0; color: #222; }
    header.site, footer.site { background: #102a43; color: #fff; padding: 10px 24px; }
    header.site a, footer.site a { color: #fff; margin-right: 14px; font: 14px sans-serif; }
    main { max-width: 720px; margin: 24px auto; padding: 0 16px; }
    .byline { color: #555; font: 14px sans-serif; }
    aside { max-width: 720px; margin: 24px auto; font: 14px sans-serif; }
  </style>
</head>
<body>
  <header class="site">
    <strong>${escapeHtml(site)}</strong>
    <nav><a href="/">Home</a><a href="/world">World</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/opinion">Opinion</a></nav>
  </header>
  <main>
    <article>
      <h1>${escapeHtml(article.title)}</h1>
      <p class="byline">${article.byline ? `By <a rel="author" href="/authors">${escapeHtml(article.byline)}</a>` : ''}${date ? ` · <time datetime="${date.toISOString()}">${date.toDateString()}</time>` : ''}</p>
${body}
    </article>
  </main>
  <aside>
    <h2>More from ${escapeHtml(site)}</h2>
    <ul><li><a href="/a">Markets close higher on tech gains</a></li><li><a href="/b">Weather: storms expected this weekend</a></li><li><a href="/c">Five recipes for autumn</a></li></ul>
  </aside>
  <footer class="site"><a href="/about">About us</a><a href="/privacy">Privacy</a><a href="/contact">Contact</a> © ${escapeHtml(site)}</footer>
</body>
</html>
`;
}
