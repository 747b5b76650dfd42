/**
 * Messages only the end-to-end tests send, compiled into the test builds
 * only (`__TEST_MESSAGES__`, see vite.config.ts): the shipped extension
 * neither knows nor answers them, which the build checks (scripts/build-extension.ts).
 */
import * as v from 'valibot';
import type { Channel } from './contract';
import { Count, DivergenceSchema, listOf, MAX_TEXT_CHARS, ReportRefSchema, text } from './message-shapes';

/** To a tab's content script, from a test's service worker. */
export const testTabChannel = {
  /**
   * Highlight these divergences, found in `articleText` (the extracted text
   * their offsets point into), as if the background had found them: the real
   * news pages have no related report in the seed index. Answered with the
   * indices placed.
   */
  'show-divergences': {
    request: v.object({ articleText: text(MAX_TEXT_CHARS), divergences: listOf(DivergenceSchema), reports: listOf(ReportRefSchema) }),
    answer: listOf(Count),
  },
} satisfies Channel;

/** To the background, from the Firefox test build's content script. */
export const testContentChannel = {
  /**
   * Firefox gives tests no way to open extension pages or private windows:
   * the options page, the popup as a tab (for this tab or `tabId`), or a
   * loopback address in a private window (answered with its tab's id).
   */
  'test-open': {
    request: v.variant('page', [
      v.object({ page: v.literal('options') }),
      v.object({ page: v.literal('popup'), tabId: v.optional(Count) }),
      v.object({ page: v.literal('private'), url: v.pipe(text(), v.regex(/^http:\/\/127\.0\.0\.1:\d+\//)) }),
    ]),
    answer: v.nullable(Count),
  },
} satisfies Channel;
