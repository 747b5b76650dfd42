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
