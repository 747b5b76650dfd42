/** The claims of an article or report, with its headline marked as such. */
import type { Article } from './article';
import { extractClaims } from './claims/extract-claims';
import type { ReportClaims } from './claims/types';

export function extractReportClaims(article: Pick<Article, 'title' | 'text' | 'lang'>): ReportClaims {
  const headline = article.title && article.text.startsWith(article.title) ? { start: 0, end: article.title.length } : null;
  return extractClaims(article.text, { headline, lang: article.lang });
}
