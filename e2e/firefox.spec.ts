/**
 * Firefox smoke test: the Firefox build, installed in Debian's Firefox ESR,
 * finds the same related reports for the seed 003 page as Chromium does.
 * Firefox extension pages cannot be opened from a test, so this reads the
 * background's answer that the test build's content script writes on the page.
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

type Answer = { ok: boolean; value: { self: string | null; related: Array<{ id: string; relation: string }>; divergences: number } };

async function answerFor(path: string): Promise<Answer> {
  const page = await firefox.newPage();
  try {
    await page.goto(`${site.origin}${path}`);
    // The content script starts once the add-on is ready, a few seconds after launch.
    const handle = await page.waitForFunction(() => document.documentElement.getAttribute('data-crossread-test'), { timeout: 30_000 });
    return JSON.parse((await handle.jsonValue()) as string) as Answer;
  } finally {
    await page.close();
  }
}

test('Firefox: seed 003 gets 002 first as a rewrite, then 000 and 001', async () => {
  const answer = await answerFor('/seeds/003_3d713cfd4bd28cc2.html');
  expect(answer.ok).toBe(true);
  expect(answer.value.self).toBe('003_3d713cfd4bd28cc2');
  expect(answer.value.related[0]).toEqual({ id: '002_5aec3afbfa2df5c3', relation: 'rewrite' });
  const ids = answer.value.related.map((r) => r.id);
  expect(ids).toEqual(expect.arrayContaining(['000_b881272ba5bff583', '001_434da23df04675cc']));
});
