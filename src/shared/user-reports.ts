/**
 * Making the reader's collections: a page they added, an import of report
 * files, an imported index file. Each becomes an index of its own, built by
 * the same code as `crossread index`, so it takes part in matching at once.
 */
import type { Article } from '../core/article';
import { IndexBuilder, textHash, type IndexInput } from '../index/build-index';
import { ANALYSIS_VERSION } from '../index/format';
import { openIndex } from '../index/load-index';
import background from '../index/background-df.json';
import type { Collection } from './user-reports-db';

/** Builds the index bytes of some articles; duplicates and repeated ids are dropped. */
export function buildCollectionBytes(articles: IndexInput[]): { bytes: Uint8Array; reportCount: number } {
  const builder = new IndexBuilder(background);
  for (const a of articles) builder.add(a);
  return { bytes: builder.finish(), reportCount: builder.size };
}

export function pageCollection(article: Article, now = new Date()): Collection {
  const key = article.url ?? `text-${textHash(article.text)}`;
  const id = `page:${key}`;
  const articles = [{ id: `mine:${key}`, article }];
  return {
    id,
    kind: 'page',
    name: article.title || key,
    url: article.url,
    addedAt: now.toISOString(),
    analysisVersion: ANALYSIS_VERSION,
    articles,
    ...buildCollectionBytes(articles),
  };
}

/** A new collection's id: its kind, when it was made, and a few random letters. */
const newId = (kind: string, now: Date) => `${kind}:${now.getTime().toString(36)}:${Math.random().toString(36).slice(2, 8)}`;

export function filesCollection(name: string, articles: IndexInput[], now = new Date()): Collection {
  return {
    id: newId('files', now),
    kind: 'files',
    name,
    url: null,
    addedAt: now.toISOString(),
    analysisVersion: ANALYSIS_VERSION,
    articles,
    ...buildCollectionBytes(articles),
  };
}

/** An index file built by `crossread index`; throws IndexError when it cannot be read. */
export function indexFileCollection(name: string, bytes: Uint8Array, now = new Date()): Collection {
  const index = openIndex(bytes);
  return {
    id: newId('index', now),
    kind: 'index',
    name,
    url: null,
    addedAt: now.toISOString(),
    analysisVersion: ANALYSIS_VERSION,
    reportCount: index.reportCount,
    bytes,
  };
}

/** A collection rebuilt with this version's analysis, when it was made by another and can be. */
export function upToDate(c: Collection): Collection {
  if (c.analysisVersion === ANALYSIS_VERSION || !c.articles) return c;
  return { ...c, analysisVersion: ANALYSIS_VERSION, ...buildCollectionBytes(c.articles) };
}
