/**
 * Firefox smoke test: the Firefox build, installed in Debian's Firefox ESR,
 * finds the same related reports for the seed 003 page as Chromium does, and
 * highlights its divergences with a card on hover. Firefox extension pages
 * cannot be opened from a test, so this reads the background's answer that
 * the test build's content script writes on the page; the test build also
 * opens the card's shadow root (closed in the shipped build), since this
 * test has no DevTools Protocol to pierce it.
 */
import { test, expect } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { launchFirefox } from './support/firefox';
import { startSiteServer, type SiteServer } from './support/site-server';

let firefox: Browser;
let site: SiteServer;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  [firefox, site] = await Promise.all([launchFirefox(), startSiteServer()]);
});
test.afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

type Answer = { ok: boolean; value: { self: string | null; related: Array<{ id: string; relation: string }>; divergences: unknown[] } };

test('Firefox: seed 003 gets 002 first as a rewrite, then 000 and 001; its quotes are highlighted and hovering one opens the card', async () => {
  const page = await firefox.newPage();
  try {
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${site.origin}/seeds/003_3d713cfd4bd28cc2.html`);
    // The content script starts once the add-on is ready, a few seconds after launch.
    const handle = await page.waitForFunction(() => document.documentElement.getAttribute('data-crossread-test'), { timeout: 30_000 });
    const answer = JSON.parse((await handle.jsonValue()) as string) as Answer;
    expect(answer.ok).toBe(true);
    expect(answer.value.self).toBe('003_3d713cfd4bd28cc2');
    expect(answer.value.related[0]).toEqual({ id: '002_5aec3afbfa2df5c3', relation: 'rewrite' });
    const ids = answer.value.related.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['000_b881272ba5bff583', '001_434da23df04675cc']));
    expect(answer.value.divergences.length).toBeGreaterThanOrEqual(3);

    // Highlights: ranges in CSS.highlights entries named crossread-*.
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('crossread-quote')?.size, { timeout: 15_000 });
    const quotes = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('crossread-quote')!].map((r) => {
        const box = r.getClientRects()[0];
        return { text: r.toString().replace(/\s+/g, ' '), x: box.left + Math.min(40, box.width / 2), y: box.top + box.height / 2 };
      }),
    );
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    const sumy = quotes.find((q) => q.text.includes('currently in Sumy'));
    expect(sumy).toBeDefined();

    await page.bringToFront(); // a tab Firefox opened behind another runs no animation frames: no hover is seen
    await page.mouse.move(sumy!.x, sumy!.y);
    const card = await page.waitForFunction(() => document.querySelector('crossread-card')?.shadowRoot?.textContent, { timeout: 15_000 });
    const text = (await card.jsonValue()) as string;
    expect(text).toContain('The Moscow Times');
    expect(text).toContain('There are people who are already in Sumy today');
    // Styled inside its shadow root, and inside the viewport.
    const look = await page.evaluate(() => {
      const host = document.querySelector('crossread-card')!;
      const box = host.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      return { border: getComputedStyle(host.shadowRoot!.querySelector('.card')!).borderLeftWidth, top: box.top, bottom: box.bottom, height: window.innerHeight };
    });
    expect(look.border).toBe('4px');
    expect(look.top).toBeGreaterThanOrEqual(0);
    expect(look.bottom).toBeLessThanOrEqual(look.height);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('crossread-card'), { timeout: 5_000 });
  } finally {
    await page.close();
  }
});
