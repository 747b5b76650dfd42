/**
 * Making the reader's collections: an import of report files, an imported
 * index file. Each becomes an index of its own, built by the same code as
 * `crossread index`, so it takes part in matching at once. (Pages the reader
 * adds go into the reader's index instead: src/background/reader-index.ts.)
 */
import { IndexBuilder, type IndexInput } from '../index/build-index';
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

/** A new collection's id: its kind, when it was made, and a few random letters. */
const newId = (kind: string, now: Date) => `${kind}:${now.getTime().toString(36)}:${Math.random().toString(36).slice(2, 8)}`;

/** An import of report files. `built`: their index, when the caller built it as it read them (the options page's worker). */
export function filesCollection(name: string, articles: IndexInput[], now = new Date(), options: { id?: string; built?: { bytes: Uint8Array; reportCount: number } } = {}): Collection {
  return {
    id: options.id ?? newId('files', now),
    kind: 'files',
    name,
    url: null,
    addedAt: now.toISOString(),
    analysisVersion: ANALYSIS_VERSION,
    articles,
    ...(options.built ?? buildCollectionBytes(articles)),
  };
}

export const newCollectionId = (kind: 'files' | 'index', now = new Date()) => newId(kind, now);

/** An index file built by `crossread index`; throws IndexError when it cannot be read. */
export function indexFileCollection(name: string, bytes: Uint8Array, now = new Date(), id = newId('index', now)): Collection {
  const index = openIndex(bytes);
  return {
    id,
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
  return rebuiltCollection(c);
}

/** A collection built again from the articles it keeps (one whose index cannot be read); an index file has none and is returned as it is. */
export function rebuiltCollection(c: Collection): Collection {
  if (!c.articles) return c;
  return { ...c, analysisVersion: ANALYSIS_VERSION, ...buildCollectionBytes(c.articles) };
}
