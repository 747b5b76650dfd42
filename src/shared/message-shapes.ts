/**
 * The shapes of the data that crosses between the extension's parts, as
 * valibot schemas: each is the type (`v.InferOutput`) and its runtime check
 * at once. The channels (messages.ts) are made of these.
 *
 * Shapes owned by a layer below keep their TypeScript definition there (an
 * `Article` in the core, a related report in the index, a remembered article
 * in the store); their schema here is checked against it at compile time
 * (message-shapes.test.ts), so the two cannot drift. A divergence is checked
 * by the core's own validator, which knows each kind's facts.
 *
 * Every string and list is bounded: a message may come from a content script
 * in a hostile page's process.
 */
import * as v from 'valibot';
import type { Divergence } from '../core/compare/types';
import { isDivergence } from '../core/compare/validate-divergence';
import { RELATION_ORDER } from '../core/relation';

/** Longest article text accepted from a page: the content script refuses larger pages before extracting (see page-size.ts). */
export const MAX_TEXT_CHARS = 3_000_000;
/** Longest address, title, outlet or other short field. */
const MAX_SHORT = 100_000;
/** Most divergences or report references in one message. */
const MAX_ITEMS = 10_000;

export const text = (max = MAX_SHORT) => v.pipe(v.string(), v.maxLength(max));
const textOrNull = (max = MAX_SHORT) => v.nullable(text(max));
/** A date as the reports carry it (ISO, YYYY-MM-DD), or null. */
const dateOrNull = textOrNull(64);
/** A count, an index into a list, or a tab's id. */
export const Count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const Finite = v.pipe(v.number(), v.finite());
export const listOf = <T extends v.GenericSchema>(item: T, max = MAX_ITEMS) => v.pipe(v.array(item), v.maxLength(max));

export const ArticleSchema = v.object({
  title: text(),
  text: text(MAX_TEXT_CHARS),
  outlet: textOrNull(),
  published: dateOrNull,
  url: textOrNull(),
  byline: textOrNull(),
  lang: textOrNull(64),
});

/** Whether this is an article in its shape (an export file's, a message's). */
export const isArticle = (x: unknown): x is v.InferOutput<typeof ArticleSchema> => v.is(ArticleSchema, x);

export const DivergenceSchema = v.custom<Divergence>(isDivergence);

export const RelationSchema = v.picklist(RELATION_ORDER);
export const ChapterSchema = v.picklist(['same-event', 'earlier', 'later', 'other']);

/** A related report as the popup lists it (src/index/compare-article.ts). */
export const RelatedSummarySchema = v.object({
  id: text(),
  title: text(),
  outlet: textOrNull(),
  published: dateOrNull,
  url: textOrNull(),
  score: Finite,
  relation: RelationSchema,
  chapter: ChapterSchema,
  through: v.optional(text()),
  copies: listOf(text()),
});

/** A related report as the hover card names it. */
export const ReportRefSchema = v.pick(RelatedSummarySchema, ['id', 'title', 'outlet', 'published', 'url']);
export type ReportRef = v.InferOutput<typeof ReportRefSchema>;

/** What the analysis left out of a very long article (src/index/compare-article.ts). */
export const SkippedSchema = v.object({ analysedChars: Count, totalChars: Count, divergences: Count });

/** Why a page was not read: it does not look like an article, has no text, or is too large. */
export const NotArticleReasonSchema = v.picklist(['not-an-article', 'no-content', 'too-large']);

/** Why a page was too large to read: what was measured, its value and the limit (see src/content/page-size.ts). */
export const PageSizeSchema = v.object({ measure: v.picklist(['elements', 'text', 'depth']), value: Count, limit: Count });
export type PageSize = v.InferOutput<typeof PageSizeSchema>;

/** Why a page was not read yet: automatic analysis is off, or the site is one where Crossread stays silent. */
export const WaitReasonSchema = v.picklist(['manual', 'silenced']);

/**
 * Whether the tab's article was kept in the reader's index: remembered now,
 * already there, or not, and why not (remembering is off, a private window,
 * a site the reader excluded, a page already among the bundled or imported
 * reports); `forgotten` once the reader forgot it from the popup. `id` is its
 * report id, `site` its site, `ms` the background's work to remember it.
 */
const MemoryStateSchema = v.object({
  status: v.picklist(['remembered', 'already', 'added', 'forgotten', 'off', 'private', 'excluded', 'known', 'failed']),
  id: v.optional(text()),
  site: v.optional(text()),
  ms: v.optional(Finite),
  error: v.optional(text()),
});
export type MemoryState = v.InferOutput<typeof MemoryStateSchema>;

/** The article as the popup shows it: no text, which stays in the page. */
const ArticleSummarySchema = v.pick(ArticleSchema, ['title', 'outlet', 'published', 'url', 'byline']);

/** What the background keeps of each tab, in session storage; the popup shows it. */
export const TabStateSchema = v.variant('status', [
  /** `since`: when the analysis started (ms since the epoch); a state left behind by a stopped background is detected and the page asked again. */
  v.object({ status: v.literal('working'), url: text(), since: v.optional(Finite) }),
  v.object({ status: v.literal('not-article'), url: text(), reason: NotArticleReasonSchema, size: v.optional(PageSizeSchema) }),
  v.object({ status: v.literal('waiting'), url: text(), reason: WaitReasonSchema }),
  v.object({
    status: v.literal('done'),
    url: text(),
    article: ArticleSummarySchema,
    self: v.nullable(v.object({ id: text(), title: text() })),
    related: listOf(RelatedSummarySchema),
    divergences: listOf(DivergenceSchema),
    /** What the analysis left out of a very long article; absent when nothing was. */
    skipped: v.optional(SkippedSchema),
    /** Indices of the divergences found in the live page; absent until the page reports them. */
    placed: v.optional(listOf(Count)),
    /** When the answer was ready (ms since the epoch) and what it cost; for diagnosis and the benchmark. */
    timing: v.optional(v.object({ answeredAt: Finite, receivedAt: v.optional(Finite), indexMs: Finite, matchMs: Finite, compareMs: Finite, workerStartedAt: Finite })),
    /** Set once the background has decided whether to remember the article (after the answer). */
    memory: v.optional(MemoryStateSchema),
  }),
  v.object({ status: v.literal('error'), url: text(), message: text() }),
]);
export type TabState = v.InferOutput<typeof TabStateSchema>;

/** The background's answer to `page-article`: what to highlight. */
export const PageArticleAnswerSchema = v.object({
  self: textOrNull(),
  related: listOf(v.object({ id: text(), relation: RelationSchema })),
  divergences: listOf(DivergenceSchema),
  reports: listOf(ReportRefSchema),
});
export type PageArticleAnswer = v.InferOutput<typeof PageArticleAnswerSchema>;

/** The parts of the reader's index, newest first (src/background/reader-index.ts). */
export const SegmentTierSchema = v.picklist(['tail', 'recent', 'main']);
export type SegmentTier = v.InferOutput<typeof SegmentTierSchema>;

/** A segment of the reader's index (src/background/reader-index.ts), for the options page. */
const SegmentStatusSchema = v.object({
  tier: SegmentTierSchema,
  articles: Count,
  /** Of those, forgotten and still listed until the segment is rebuilt. */
  forgotten: Count,
  bytes: Count,
  builtAt: Finite,
  /** Why it cannot be read, when it cannot. */
  problem: textOrNull(),
});

/** What the reader's index holds. */
export const ReaderStatusSchema = v.object({
  articles: Count,
  read: Count,
  segments: listOf(SegmentStatusSchema, SegmentTierSchema.options.length),
  /** Milliseconds of the last rebuild of each tier (for people diagnosing it, and the benchmark). */
  // valibot takes a list for an object whose fields are all optional: not here.
  lastBuildMs: v.pipe(v.custom((x) => !Array.isArray(x)), v.partial(v.object({ tail: Finite, recent: Finite, main: Finite }))),
});
export type ReaderStatus = v.InferOutput<typeof ReaderStatusSchema>;

/** A collection that cannot be opened, and why (options page). */
export const UnreadableCollectionSchema = v.object({
  id: text(),
  reason: text(),
  /** It keeps the articles it was built from, so it can be built again. */
  rebuildable: v.boolean(),
});
export type UnreadableCollection = v.InferOutput<typeof UnreadableCollectionSchema>;

/** Most entries in the reader's index one message names (forgetting some, listing those that cannot be read). */
export const MAX_KEYS = 200_000;

/** A remembered article as the options page lists it (src/shared/user-reports-db.ts). */
export const RememberedSummarySchema = v.object({
  key: text(),
  id: text(),
  how: v.picklist(['read', 'added']),
  site: text(),
  title: text(),
  outlet: textOrNull(),
  published: dateOrNull,
  rememberedAt: Finite,
  problem: v.optional(text()),
});

/** What to forget from the reader's index: one page (its report id), a site (host name), some entries (keys), or everything. */
export const ForgetWhatSchema = v.variant('what', [
  v.object({ what: v.literal('page'), id: text() }),
  v.object({ what: v.literal('site'), site: text(300) }),
  v.object({ what: v.literal('keys'), keys: listOf(text(), MAX_KEYS) }),
  v.object({ what: v.literal('everything') }),
]);
export type ForgetWhat = v.InferOutput<typeof ForgetWhatSchema>;

export const AddPageAnswerSchema = v.object({ status: v.picklist(['added', 'already-added']), title: text() });
export type AddPageAnswer = v.InferOutput<typeof AddPageAnswerSchema>;
