import { describe, expect, it } from 'vitest';
import { senderKind } from './sender-kind';

describe('senderKind', () => {
  const id = 'abc';
  const base = 'chrome-extension://abc/';
  it('tells our pages from our content scripts, and refuses everything else', () => {
    expect(senderKind({ id, url: `${base}popup.html?tabId=3`, tab: { id: 9 } }, id, base)).toBe('extension-page');
    expect(senderKind({ id, url: `${base}options.html` }, id, base)).toBe('extension-page');
    expect(senderKind({ id, url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 }, id, base)).toBe('content-script');
    // A frame inside a page (the content script runs only in the top frame).
    expect(senderKind({ id, url: 'https://ads.example/', tab: { id: 3 }, frameId: 7 }, id, base)).toBeNull();
    // Another extension, or none.
    expect(senderKind({ id: 'other', url: `${base}popup.html` }, id, base)).toBeNull();
    expect(senderKind({ url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 }, id, base)).toBeNull();
    // A page that names our address in its own.
    expect(senderKind({ id, url: 'https://evil.example/chrome-extension://abc/', tab: { id: 3 }, frameId: 0 }, id, base)).toBe('content-script');
    // No tab: not a content script.
    expect(senderKind({ id, url: 'https://news.example/a', frameId: 0 }, id, base)).toBeNull();
  });
});
