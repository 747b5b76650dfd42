/**
 * Shows Crossread working on the bundled seed index: serves the seed reports
 * as local news pages, opens one in headless Chromium with the built
 * extension, and writes screenshots of the page and its popup to
 * artifacts/demo/. Keeps serving the pages until Ctrl-C when run in a terminal
 * (pass --once to stop at once), so they can be opened in a browser with the
 * extension loaded by hand.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension, serviceWorkerOf, tabIdOf } from '../e2e/support/chromium';
import { startSiteServer } from '../e2e/support/site-server';

const OUT = resolve('artifacts/demo');
const once = process.argv.includes('--once') || !process.stdout.isTTY;
const site = await startSiteServer(Number(process.env.PORT ?? 8377)).catch(() => startSiteServer(0));
mkdirSync(OUT, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'crossread-demo-'));
const context = await launchWithExtension(profile);
try {
  const sw = await serviceWorkerOf(context);
  const extensionId = new URL(sw.url()).host;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  const articleUrl = `${site.origin}/seeds/003_3d713cfd4bd28cc2.html`;
  await page.goto(articleUrl);
  const tabId = await tabIdOf(sw, page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('[data-state]:not([data-state="working"])').first().waitFor({ timeout: 20_000 });
  await page.bringToFront();
  await page.screenshot({ path: join(OUT, 'article.png') });
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  const related = await popup.locator('.related-report').evaluateAll((items) =>
    items.map((li) => `${(li.querySelector('.relation') as HTMLElement).innerText.padEnd(11)} ${(li.querySelector('.report-title') as HTMLElement).innerText}`),
  );
  console.log(`\nCrossread on ${articleUrl}\nRelated reports in the bundled index:\n  ${related.join('\n  ')}`);
  console.log(`\nScreenshots: ${join(OUT, 'article.png')} and ${join(OUT, 'popup.png')}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`
To try it in your own browser:
  Chrome/Chromium: open chrome://extensions, turn on Developer mode, "Load unpacked", choose ${resolve('dist/chrome')}
  Firefox:         open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose ${resolve('dist/firefox/manifest.json')}
Then open the seed reports at ${site.origin}/ ${once ? '(run again without --once to keep serving them)' : '(serving until Ctrl-C)'}`);
if (once) await site.close();
