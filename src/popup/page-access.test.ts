import { describe, expect, it } from 'vitest';
import { classifyUrl, originPattern } from './page-access';

describe('classifyUrl', () => {
  it('knows the pages browsers keep extensions out of', () => {
    for (const url of ['chrome://extensions/', 'about:addons', 'about:blank', 'view-source:https://example.com/', 'edge://settings', 'moz-extension://x/popup.html', 'chrome-extension://x/popup.html', 'file:///tmp/a.html', 'https://chromewebstore.google.com/detail/x', 'https://chrome.google.com/webstore/detail/x', 'https://addons.mozilla.org/en-US/firefox/']) {
      expect(classifyUrl(url), url).toBe('restricted');
    }
  });
  it('tells PDFs apart', () => {
    expect(classifyUrl('https://example.com/report.PDF')).toBe('pdf');
  });
  it('takes other http(s) pages as web pages, and an unknown address as unknown', () => {
    expect(classifyUrl('https://www.bbc.com/news/x')).toBe('web');
    expect(classifyUrl('http://127.0.0.1:8080/seeds/a.html')).toBe('web');
    expect(classifyUrl('https://chrome.google.com/search')).toBe('web');
    expect(classifyUrl(undefined)).toBe('unknown');
    expect(classifyUrl('')).toBe('unknown');
  });
});

describe('originPattern', () => {
  it('covers the site on any port and path', () => {
    expect(originPattern('http://127.0.0.1:8080/seeds/a.html')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://www.example.com/x?y')).toBe('https://www.example.com/*');
  });
});
