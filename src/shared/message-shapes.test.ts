/**
 * The schemas of shapes defined by the layers below are those shapes: a
 * field added to or dropped from either side fails the type check
 * (`npx tsc -p .`), not a user's message.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as v from 'valibot';
import type { Article } from '../core/article';
import type { Relation } from '../core/relation';
import type { Chapter, RelatedSummary, Skipped } from '../index/compare-article';
import type { ArticleSummary as RememberedSummary } from './user-reports-db';
import { isArticle, type ArticleSchema, type ChapterSchema, type RelatedSummarySchema, type RelationSchema, type RememberedSummarySchema, type SkippedSchema } from './message-shapes';

describe('the shapes owned elsewhere', () => {
  it('are exactly their types', () => {
    expectTypeOf<v.InferOutput<typeof ArticleSchema>>().toEqualTypeOf<Article>();
    expectTypeOf<v.InferOutput<typeof RelationSchema>>().toEqualTypeOf<Relation>();
    expectTypeOf<v.InferOutput<typeof ChapterSchema>>().toEqualTypeOf<Chapter>();
    expectTypeOf<v.InferOutput<typeof RelatedSummarySchema>>().toEqualTypeOf<RelatedSummary>();
    expectTypeOf<v.InferOutput<typeof SkippedSchema>>().toEqualTypeOf<Skipped>();
    expectTypeOf<v.InferOutput<typeof RememberedSummarySchema>>().toEqualTypeOf<RememberedSummary>();
  });

  it('isArticle: an article in its shape, and nothing else', () => {
    const article: Article = { title: 'T', text: 'T\n\nBody.', outlet: null, published: null, url: null, byline: null, lang: null };
    expect(isArticle(article)).toBe(true);
    expect(isArticle({ ...article, outlet: 'O', published: '2025-02-24', url: 'https://example.com/a', byline: 'B', lang: 'en' })).toBe(true);
    expect(isArticle({ ...article, lang: undefined })).toBe(false);
    expect(isArticle({ ...article, title: 5 })).toBe(false);
  });
});
