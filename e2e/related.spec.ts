/** Issue 2: from the article on screen to its related reports, in Chromium. */
import { test, expect, finalPopupState, popupRelated } from './fixtures';

const SEED = {
  s000: '000_b881272ba5bff583',
  s001: '001_434da23df04675cc',
  s002: '002_5aec3afbfa2df5c3',
  s003: '003_3d713cfd4bd28cc2',
  s004: '004_38ea710e3fa7f1ba',
};

test('seed 003: 002 first as a rewrite, 000 and 001 as story or better', async ({ page, site, openPopup }) => {
  await page.goto(`${site.origin}/seeds/${SEED.s003}.html`);
  const popup = await openPopup(page);
  expect(await finalPopupState(popup)).toBe('done');
  const related = await popupRelated(popup);
  expect(related[0]).toEqual([SEED.s002, 'rewrite']);
  const ids = related.map(([id]) => id);
  expect(ids).toContain(SEED.s000);
  expect(ids).toContain(SEED.s001);
  expect(ids).not.toContain(SEED.s003);
  await expect(popup.locator('.self')).toBeVisible();
  await expect(popup.locator('.article-title')).toHaveText(/Russia Secures Evacuation Deal/);
});

test('seed 001: seed 000 is the same text', async ({ page, site, openPopup }) => {
  await page.goto(`${site.origin}/seeds/${SEED.s001}.html`);
  const popup = await openPopup(page);
  expect(await finalPopupState(popup)).toBe('done');
  const related = await popupRelated(popup);
  expect(related).toContainEqual([SEED.s000, 'same']);
  expect(related.map(([id]) => id)).not.toContain(SEED.s001);
});

test('a Premier League report: nothing related in the seed index', async ({ page, site, openPopup }) => {
  await page.goto(`${site.origin}/wikiref/premier.league.22.html`);
  const popup = await openPopup(page);
  expect(await finalPopupState(popup)).toBe('nothing-related');
  await expect(popup.locator('.related-report')).toHaveCount(0);
});

test('a page that is not an article says so', async ({ page, site, openPopup }) => {
  await page.goto(`${site.origin}/`);
  const popup = await openPopup(page);
  expect(await finalPopupState(popup)).toBe('not-article');
});

test('crossread compare --json agrees with the popup on the same pages', async ({ page, site, openPopup }) => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'crossread-pages-'));
  for (const path of [`/seeds/${SEED.s003}.html`, `/seeds/${SEED.s001}.html`, '/wikiref/premier.league.22.html']) {
    await page.goto(site.origin + path);
    const file = join(dir, path.split('/').pop()!);
    writeFileSync(file, await (await fetch(site.origin + path)).text());
    const popup = await openPopup(page);
    await finalPopupState(popup);
    const fromPopup = await popupRelated(popup);
    const cli = JSON.parse(execFileSync('node', ['bin/crossread.mjs', 'compare', file, '--index', 'dist/chrome/index/seeds.crix', '--json'], { encoding: 'utf8' }));
    expect(cli.related.map((r: { id: string; relation: string }) => [r.id, r.relation])).toEqual(fromPopup);
    await popup.close();
  }
});
