/**
 * A tab's state is changed one change at a time: found in Firefox, where the
 * page telling which divergences it placed read the state, the article's
 * "remembered" was written meanwhile, and the first write put back the state
 * without it.
 */
import { describe, expect, it, vi } from 'vitest';

const store = new Map<string, unknown>();
const later = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: async (key: string) => {
          await later();
          return store.has(key) ? { [key]: structuredClone(store.get(key)) } : {};
        },
        set: async (items: Record<string, unknown>) => {
          await later();
          for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
        },
      },
    },
  },
}));
const { updateTabState, inTabOrder, readTabState } = await import('./tab-state');

const done = (url: string) => ({ status: 'done', url, article: { title: 'T', outlet: null, published: null, url: null, byline: null }, self: null, related: [], divergences: [] });

describe('updateTabState', () => {
  it('keeps every change when several read and write the same tab at once', async () => {
    store.set('tab:1', done('u'));
    await Promise.all([
      updateTabState(1, (s) => (s?.status === 'done' ? { ...s, placed: [0, 1] } : null)),
      updateTabState(1, (s) => (s?.status === 'done' ? { ...s, memory: { status: 'remembered' } } : null)),
      updateTabState(2, () => ({ status: 'working', url: 'v' })),
    ]);
    expect(await readTabState(1)).toMatchObject({ placed: [0, 1], memory: { status: 'remembered' } });
    expect(await readTabState(2)).toEqual({ status: 'working', url: 'v' });
  });

  it('what is stored and is not a tab state (another version left it) reads as none', async () => {
    store.set('tab:4', { status: 'done', url: 'u', divergences: 'all of them' });
    store.set('tab:5', { status: 'working', url: 'u', since: 1, extra: 'dropped' });
    expect(await readTabState(4)).toBeNull();
    expect(await readTabState(5)).toEqual({ status: 'working', url: 'u', since: 1 });
  });

  it('a change after the tab moved on leaves the new state alone', async () => {
    store.set('tab:3', done('first'));
    const moved = inTabOrder(3, async () => store.set('tab:3', { status: 'working', url: 'second' }));
    const remembered = updateTabState(3, (s) => (s?.status === 'done' && s.url === 'first' ? { ...s, memory: { status: 'remembered' } } : null));
    await Promise.all([moved, remembered]);
    expect(await readTabState(3)).toEqual({ status: 'working', url: 'second' });
  });
});
