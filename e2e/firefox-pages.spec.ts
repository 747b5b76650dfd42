/**
 * Every real news page of e2e/fixtures/pages in Firefox: the article is found
 * (the background's answer, written on the page by the test build, holds a
 * comparison), the extension reports no error, and the page logs no error it
 * does not log without the extension: each page is loaded first in the same
 * Firefox before the extension is installed, then again with it (three pages
 * at a time, as most of a load is the wait after it). Some pages'
 * own errors (bbc-1's "Krux is not defined", from a blocked outside script)
 * come or not with the timing of a busy machine, so an error seen only with
 * the extension is checked again with the extension removed: one that comes
 * back without it is the page's. The hostile page is read too, and its canary
 * stays unset.
 */
import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX_TEST_BUILD, launchFirefox, newTab } from './support/firefox';
import { startSiteServer, type SiteServer } from './support/site-server';

const PAGES = readdirSync(resolve(import.meta.dirname, 'fixtures/pages')).sort();

let firefox: Browser;
let site: SiteServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  [firefox, site] = await Promise.all([launchFirefox(null), startSiteServer()]);
});
test.afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

/** Loads a page and returns the errors it logged (uncaught exceptions and console errors), normalised. */
async function load(path: string, after?: (page: Page) => Promise<void>, settleMs = 2_500): Promise<string[]> {
  const page = await newTab(firefox);
  const errors: string[] = [];
  const norm = (s: string) => s.replace(/\d+/g, '#').slice(0, 200);
  page.on('pageerror', (e) => errors.push(norm(`exception: ${(e as Error).message ?? e}`)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(norm(`console: ${m.text()}`));
  });
  try {
    // Some pages send themselves elsewhere once loaded (an outside address, refused here): they stay on the page.
    await page.goto(site.origin + path, { waitUntil: 'load', timeout: 30_000 }).catch((error: Error) => {
      if (!/Address rejected|NS_ERROR/.test(error.message)) throw error;
    });
    const loaded = Date.now();
    if (after) await after(page);
    // The same time after load with and without the extension: page scripts keep failing for a while on blocked outside scripts.
    await new Promise((r) => setTimeout(r, Math.max(0, loaded + settleMs - Date.now())));
  } finally {
    await page.close();
  }
  return [...new Set(errors)];
}

/** Runs `task` on every item, a few at a time: most of a load is the wait after it, which tabs can share. */
async function eachFew<T>(items: readonly T[], task: (item: T) => Promise<void>, few = 3): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(few, items.length) }, worker));
}

test('Firefox: every real page, article found, no error from the extension or caused by it', async () => {
  test.setTimeout(180_000);
  const without = new Map<string, string[]>();
  await eachFew(PAGES, async (name) => {
    without.set(name, await load(`/pages/${name}/`));
  });

  const extension = await firefox.installExtension(FIREFOX_TEST_BUILD);
  const problems: string[] = [];
  const onlyWithExtension = new Map<string, string[]>();
  await eachFew(PAGES, async (name) => {
    const got: { answer: { ok: boolean; error?: string; value: { related: unknown[] } | null } | null } = { answer: null };
    const errors = await load(`/pages/${name}/`, async (page) => {
      const handle = await page.waitForFunction(() => document.documentElement.getAttribute('data-crossread-test'), { timeout: 30_000 });
      got.answer = JSON.parse((await handle.jsonValue()) as string);
    });
    const a = got.answer;
    if (!a?.ok) problems.push(`${name}: the extension answered ${JSON.stringify(a)}`);
    else if (!a.value) problems.push(`${name}: no article found`);
    const ours = errors.filter((e) => !without.get(name)!.includes(e));
    if (ours.length) onlyWithExtension.set(name, ours);
  });
  if (onlyWithExtension.size) {
    await firefox.uninstallExtension(extension);
    for (const [name, ours] of onlyWithExtension) {
      // Longer, as a busy machine may have put the page's late errors past the first wait.
      const again = [...(await load(`/pages/${name}/`, undefined, 8_000)), ...(await load(`/pages/${name}/`, undefined, 8_000))];
      const still = ours.filter((e) => !again.includes(e));
      if (still.length) problems.push(`${name}: errors only with the extension: ${still.join(' | ')}`);
    }
    await firefox.installExtension(FIREFOX_TEST_BUILD);
  }
  expect(problems).toEqual([]);

  // The hostile page: read, and nothing it carries runs.
  await load('/hostile/003.html', async (page) => {
    const handle = await page.waitForFunction(() => document.documentElement.getAttribute('data-crossread-test'), { timeout: 30_000 });
    expect(JSON.parse((await handle.jsonValue()) as string).ok).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __crossreadPwned?: unknown }).__crossreadPwned)).toBeUndefined();
  });
  console.log(`[figures] Firefox real pages: ${PAGES.length} pages, article found on ${PAGES.length}, 0 errors from or caused by the extension`);
});
