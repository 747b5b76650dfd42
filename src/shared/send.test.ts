/**
 * The pages' and the background's sends check what comes back: a forged or
 * damaged answer is a failure, and so is a tab where nothing listens.
 */
import { describe, expect, it, vi } from 'vitest';

const answers: unknown[] = [];
const sentToTabs: Array<{ tabId: number; message: unknown; options: unknown }> = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { sendMessage: async () => answers.shift() },
    tabs: {
      sendMessage: async (tabId: number, message: unknown, options: unknown) => {
        sentToTabs.push({ tabId, message, options });
        if (tabId === 9) throw new Error('Could not establish connection. Receiving end does not exist.');
        return answers.shift();
      },
    },
  },
}));
const { askBackground, tellTab } = await import('./send');

describe('askBackground and tellTab', () => {
  it('return the answer when it is of its message’s shape, and a failure when it is not', async () => {
    answers.push({ ok: true, value: { status: 'added', title: 'T' } }, { ok: true, value: { status: 'pwned', title: 'T' } }, { ok: true, value: 3 });
    expect(await askBackground({ type: 'add-page', tabId: 1 })).toEqual({ ok: true, value: { status: 'added', title: 'T' } });
    expect(await askBackground({ type: 'add-page', tabId: 1 })).toEqual({ ok: false, error: 'bad-answer' });
    expect(await askBackground({ type: 'get-tab-state', tabId: 1 })).toEqual({ ok: false, error: 'bad-answer' });
    expect(await askBackground({ type: 'user-reports-changed' })).toEqual({ ok: false, error: 'no-answer' });
  });

  it('sends to the top frame only, and says when no content script is there', async () => {
    answers.push({ ok: true, value: null });
    expect(await tellTab(4, { type: 'reveal', index: 0 })).toEqual({ ok: true, value: null });
    expect(sentToTabs.at(-1)).toEqual({ tabId: 4, message: { type: 'reveal', index: 0 }, options: { frameId: 0 } });
    expect(await tellTab(9, { type: 'analyse-now' })).toEqual({ ok: false, error: 'unreachable' });
  });
});
