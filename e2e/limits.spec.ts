/**
 * Pages made to hold a reading tool (support/stress.ts): 10 MB of text,
 * 100,000 elements, nesting 3,000 deep; thousands of figures or quote marks;
 * an article too long for the analysis budget. The content script's size
 * check refuses the first three before Readability runs (which cannot be
 * interrupted); the others are read. Every page still answers a click, and
 * the popup says what was skipped.
 */
import { test, expect, finalPopupState, tabState } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const CASES = [
  { kind: 'text', state: 'not-article', measure: 'text' },
  { kind: 'elements', state: 'not-article', measure: 'elements' },
  { kind: 'deep', state: 'not-article', measure: 'depth' },
  { kind: 'numbers', state: 'nothing-related', measure: null },
  { kind: 'quotes', state: 'nothing-related', measure: null },
  { kind: 'long', state: 'done', measure: null },
] as const;

for (const c of CASES) {
  test(`${c.kind}: the page stays responsive and the popup says what was skipped`, async ({ page, site, openPopup, context }) => {
    await page.goto(`${site.origin}/stress/${c.kind}.html`, { timeout: 30_000 });
    await expect.poll(async () => (await tabState(context, page))?.status ?? 'none', { timeout: 30_000 }).toMatch(/^(done|not-article|error)$/);
    // The page answers: a click is handled.
    await page.locator('#clicker').click({ timeout: 5_000 });
    await expect(page.locator('#clicker')).toHaveAttribute('data-clicks', '1', { timeout: 5_000 });

    const popup = await openPopup(page);
    expect(await finalPopupState(popup)).toBe(c.state);
    if (c.measure) {
      const state = await tabState(context, page);
      expect(state).toMatchObject({ status: 'not-article', reason: 'too-large', size: { measure: c.measure } });
      await expect(popup.locator('[data-reason="too-large"]')).toContainText('too large');
      await expect(popup.locator('[data-skipped="page"]')).toBeVisible();
    }
    if (c.kind === 'long') {
      const note = popup.locator('[data-skipped="analysis"]');
      await expect(note).toContainText('were skipped');
      await expect(note).toContainText('more differences were found');
      const state = (await tabState(context, page)) as { divergences: unknown[]; skipped?: { analysedChars: number; totalChars: number } };
      expect(state.divergences.length).toBeLessThanOrEqual(100);
      expect(state.skipped!.analysedChars).toBeLessThan(state.skipped!.totalChars);
    }
  });
}
