/**
 * The messages between the extension's parts: one channel per direction,
 * each message with its request's fields and its answer (contract.ts makes
 * the types, the checks and the typed send and handle from these maps).
 *
 * - `contentChannel`: a content script tells the background about its page;
 * - `pageChannel`: the popup and the options page ask the background;
 * - `tabChannel`: the background and the popup tell a tab's content script.
 *
 * Who may send on which channel is checked by the background (sender-kind.ts).
 * Messages that only tests send are in test-messages.ts, built into the
 * test builds only.
 */
import * as v from 'valibot';
import type { Channel, MessageOf } from './contract';
import {
  AddPageAnswerSchema,
  ArticleSchema,
  Count,
  ForgetWhatSchema,
  listOf,
  MAX_KEYS,
  NotArticleReasonSchema,
  PageArticleAnswerSchema,
  PageSizeSchema,
  ReaderStatusSchema,
  RememberedSummarySchema,
  SegmentTierSchema,
  TabStateSchema,
  text,
  UnreadableCollectionSchema,
  WaitReasonSchema,
} from './message-shapes';

export type { Result } from './contract';
export type { AddPageAnswer, ForgetWhat, MemoryState, PageArticleAnswer, PageSize, ReaderStatus, ReportRef, TabState, UnreadableCollection } from './message-shapes';

const nothing = v.object({});
const done = v.null();

/** What the content script tells the background about the page it runs in. */
export const contentChannel = {
  /** The page's article, to compare: answered with what to highlight. */
  'page-article': { request: v.object({ article: ArticleSchema, extractMs: v.pipe(v.number(), v.finite()) }), answer: PageArticleAnswerSchema },
  /** Not read: not an article, no text, or too large (then how large). */
  'page-not-article': {
    request: v.pipe(
      v.object({ url: text(), reason: NotArticleReasonSchema, size: v.optional(PageSizeSchema) }),
      v.check((m) => m.size === undefined || m.reason === 'too-large', 'a size only for a page too large'),
    ),
    answer: done,
  },
  'page-error': { request: v.object({ url: text(), message: text(10_000) }), answer: done },
  /** The page was not read; it will be when the popup asks. */
  'page-waiting': { request: v.object({ url: text(), reason: WaitReasonSchema }), answer: done },
  /** The page changed its address without loading (a single-page site): what was known of it is stale. */
  'page-navigated': { request: v.object({ url: text() }), answer: done },
  /** Which divergences (indices into the tab state's list) were found in the live page. */
  'page-anchored': { request: v.object({ url: text(), placed: listOf(Count) }), answer: done },
} satisfies Channel;

/** What the popup asks about its tab. */
const tabStateMessages = {
  'get-tab-state': { request: v.object({ tabId: Count }), answer: v.nullable(TabStateSchema) },
  /** Read the tab's page now (automatic analysis off, a silent site, or reading it again); fails when nothing runs in the page. */
  'analyse-tab': { request: v.object({ tabId: Count }), answer: done },
} satisfies Channel;

/** About the reader's own reports, from the options page and the popup (src/background/user-reports-handler.ts). */
export const reportsMessages = {
  /** The options page changed the stored collections: read them again. */
  'user-reports-changed': { request: nothing, answer: done },
  /** The popup's "Add this page to my reports". */
  'add-page': { request: v.object({ tabId: Count }), answer: AddPageAnswerSchema },
  /** Forget from the reader's index (options page, popup); `tabId`: the popup's tab, whose state then says so. Answered with how many were forgotten (-1: everything). */
  forget: {
    request: v.intersect([ForgetWhatSchema, v.object({ tabId: v.optional(Count) })]),
    answer: v.pipe(v.number(), v.safeInteger(), v.minValue(-1)),
  },
  /** What the reader's index holds, and what cannot be read (options page). */
  'reader-status': {
    request: nothing,
    answer: v.object({ reader: ReaderStatusSchema, unreadable: listOf(UnreadableCollectionSchema), broken: listOf(RememberedSummarySchema, MAX_KEYS) }),
  },
  /** Make a segment of the reader's index again from its articles, or forget them with it (answered with how many). */
  'rebuild-segment': { request: v.object({ tier: SegmentTierSchema }), answer: done },
  'delete-segment': { request: v.object({ tier: SegmentTierSchema }), answer: Count },
  /** A collection rebuilt from the articles it keeps. */
  'rebuild-collection': { request: v.object({ id: text() }), answer: done },
  /** The options page restored an export file into the stores: read them again, index what is new, answer when done. */
  'reports-restored': { request: nothing, answer: ReaderStatusSchema },
} satisfies Channel;

/** What the extension's pages (popup, options) ask the background. */
export const pageChannel = { ...tabStateMessages, ...reportsMessages } satisfies Channel;

/** What the background and the popup tell a tab's content script. */
export const tabChannel = {
  /** Read the page now. */
  'analyse-now': { request: nothing, answer: done },
  /** Scroll to the divergence with this index in the tab state's list and flash it; fails when it is not in the page. */
  reveal: { request: v.object({ index: Count }), answer: done },
  /** Move to the next (1) or previous (-1) highlight and open its card (the keyboard shortcut): the divergence's index, or null with none shown. */
  step: { request: v.object({ direction: v.picklist([1, -1]) }), answer: v.nullable(Count) },
  /** Extract the page's article now ("Add this page to my reports"). */
  'get-article': { request: nothing, answer: ArticleSchema },
} satisfies Channel;

export type ContentMessage = MessageOf<typeof contentChannel>;

export const tabStateKey = (tabId: number) => `tab:${tabId}`;
