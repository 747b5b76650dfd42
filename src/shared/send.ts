/**
 * The typed sends of the extension's pages and background over the browser's
 * messaging (contract.ts): every answer is checked against its channel
 * before it is returned, and a passage that fails is a failure answer.
 */
import browser from 'webextension-polyfill';
import { createSender, type RequestOf, type Result, type AnswerOf } from './contract';
import { pageChannel, tabChannel } from './messages';

/** From an extension page (popup, options) to the background. */
export const askBackground = createSender(pageChannel, (message) => browser.runtime.sendMessage(message));

type TabChannel = typeof tabChannel;

/** To the content script in a tab's top frame (the only frame it runs in); `unreachable` when none is there. */
export function tellTab<K extends keyof TabChannel & string>(tabId: number, message: RequestOf<TabChannel, K>): Promise<Result<AnswerOf<TabChannel, K>>> {
  return createSender(tabChannel, (m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }))(message);
}
