/**
 * A deterministic rewording of a report, for tests of "the same report,
 * reworded": headline changed, the first paragraph dropped, paragraphs in
 * pairs swapped, and one long word in six replaced.
 */
import { articleText, type Article } from '../../src/core/article';

export function rewordArticle(article: Article): Article {
  const body = article.title && article.text.startsWith(article.title) ? article.text.slice(article.title.length) : article.text;
  const paragraphs = body.split('\n\n').map((p) => p.trim()).filter(Boolean).slice(1);
  for (let i = 0; i + 1 < paragraphs.length; i += 2) [paragraphs[i], paragraphs[i + 1]] = [paragraphs[i + 1], paragraphs[i]];
  let n = 0;
  const reworded = paragraphs.map((p) => p.replace(/\p{Ll}{5,}/gu, (w) => (++n % 6 === 0 ? 'reportedly' : w)));
  const title = `Reworded: ${article.title}`;
  return { ...article, title, text: articleText(title, reworded), url: null, outlet: 'The Rewording Gazette' };
}
