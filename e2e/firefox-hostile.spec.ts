/**
 * Untrusted text stays text in Firefox too: the hostile seed 003 page
 * (e2e/support/hostile.ts) compared with a hostile bundled index, in the
 * Firefox test build (whose card has an open shadow root, since puppeteer
 * over WebDriver BiDi cannot pierce a closed one). Every card and the popup
 * hold only Crossread's own elements, http(s) links, no right-to-left
 * override, and the canary stays unset. The same checks in Chromium, with
 * more (the page talking to the extension, imports), are in hostile.spec.ts.
 */
import { test, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { launchFirefox, openExtensionPage, FIREFOX_TEST_BUILD } from './support/firefox';
import { startSiteServer, type SiteServer } from './support/site-server';
import { extensionVariant, withBundledIndex } from './support/variant';
import { hostileReports, LOOKALIKE_HOST_ASCII, payloads, RLO, untrustedMarkup } from './support/hostile';
import { buildIndex, type IndexInput } from '../src/index/build-index';
import { readInputs } from '../src/node/read-inputs';

let firefox: Browser;
let site: SiteServer;
let variant: { dir: string; remove(): void };

test.beforeAll(async () => {
  const seeds: IndexInput[] = [];
  for await (const e of readInputs(['corpus/seeds'])) if (e.type === 'file') seeds.push(...e.reports);
  const background = JSON.parse(readFileSync('src/index/background-df.json', 'utf8'));
  const { bytes } = buildIndex(hostileReports(seeds), background);
  variant = extensionVariant('firefox-hostile', (dir) => withBundledIndex(dir, bytes), FIREFOX_TEST_BUILD);
  [firefox, site] = await Promise.all([launchFirefox(variant.dir), startSiteServer()]);
});
test.afterAll(async () => {
  await firefox?.close();
  await site?.close();
  variant?.remove();
});

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __crossreadPwned?: unknown }).__crossreadPwned ?? null);

test('Firefox: a hostile page compared with a hostile index: every card and the popup show it as text, links http(s) only', async () => {
  test.setTimeout(90_000);
  const page = await firefox.newPage();
  try {
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${site.origin}/hostile/003.html`);
    const handle = await page.waitForFunction(() => document.documentElement.getAttribute('data-crossread-test'), { timeout: 30_000 });
    expect((JSON.parse((await handle.jsonValue()) as string) as { ok: boolean }).ok).toBe(true);
    await page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.keys()].some((k) => k.startsWith('crossread-')), { timeout: 15_000 });

    // Each highlighted claim: hover it, check its card, close it. The tab is brought to the front first: Firefox
    // can open a new tab behind the last one, and a hidden tab runs no animation frames, so no hover is seen.
    await page.bringToFront();
    const marks = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.entries()]
        .filter(([name]) => name !== 'crossread-active')
        .flatMap(([, set]) => [...set])
        .map((r) => r.getClientRects()[0])
        .filter((box) => box && box.width > 0)
        .map((box) => ({ x: box.left + Math.min(20, box.width / 2), y: box.top + box.height / 2 + window.scrollY })),
    );
    expect(marks.length).toBeGreaterThanOrEqual(3);
    const hosts = new Set<string>();
    let cards = 0;
    for (const mark of marks) {
      await page.evaluate((y) => window.scrollTo(0, Math.max(0, y - 300)), mark.y);
      const y = await page.evaluate((y) => y - window.scrollY, mark.y);
      await page.mouse.move(mark.x, y);
      const opened = await page.waitForFunction(() => !!document.querySelector('crossread-card')?.shadowRoot?.textContent, { timeout: 5_000 }).then(() => true, () => false);
      if (!opened) continue; // two highlights on one claim open one card
      cards++;
      const card = {
        bad: await page.evaluate(untrustedMarkup, { card: true as const }),
        ...(await page.evaluate(() => {
          const root = document.querySelector('crossread-card')!.shadowRoot!;
          return { text: root.textContent ?? '', hrefs: [...root.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href) };
        })),
      };
      expect(card.bad).toEqual([]);
      expect(card.text).not.toContain(RLO);
      for (const href of card.hrefs) hosts.add(new URL(href).hostname);
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      await page.waitForFunction(() => !document.querySelector('crossread-card'), { timeout: 5_000 });
    }
    expect(cards).toBeGreaterThanOrEqual(3);
    // The one http(s) report address is a lookalike, shown as the browser spells it.
    expect([...hosts]).toEqual([LOOKALIKE_HOST_ASCII]);

    // The popup (opened as a tab by the test build): the hostile titles there, as text.
    const popup = await openExtensionPage(firefox, page, 'popup');
    await popup.waitForSelector('[data-state="done"]', { timeout: 20_000 });
    const popupText = await popup.evaluate(() => document.body.innerText);
    expect(popupText).toContain(payloads('index').img);
    expect(popupText).toContain('Kursk deal txet desrever'); // the override removed, the letters kept
    expect(popupText).not.toContain(RLO);
    const own = await popup.evaluate(() => location.origin + '/');
    expect(await popup.evaluate(untrustedMarkup, { own })).toEqual([]);
    expect(await pwned(popup)).toBeNull();
    expect(await pwned(page)).toBeNull();
    console.log(`[figures] hostile page, Firefox: ${cards} cards opened and checked; popup checked; canary unset`);
    await popup.close();
  } finally {
    await page.close();
  }
});
