import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, serviceWorkerOf, tabIdOf } from '../e2e/support/chromium';
import { startSiteServer } from '../e2e/support/site-server';
const site = await startSiteServer();
const profile = mkdtempSync(join(tmpdir(), 'cr-smoke-'));
const ctx = await launchWithExtension(profile);
const sw = await serviceWorkerOf(ctx);
const id = new URL(sw.url()).host;
ctx.on('console', (m) => console.log('console', m.text()));
sw.on('console', (m) => console.log('sw', m.text()));
const page = await ctx.newPage();
await page.goto(site.origin + '/wikiref/premier.league.22.html');
const tabId = await tabIdOf(sw, page);
for (let i = 0; i < 50; i++) {
  const s = await sw.evaluate(async (t) => (await chrome.storage.session.get(`tab:${t}`))[`tab:${t}`], tabId) as any;
  if (s?.memory) { console.log('memory', s.memory, s.timing); break; }
  await new Promise(r => setTimeout(r, 200));
}
const p2 = await ctx.newPage();
await p2.goto(site.origin + '/rewrite/wikiref/premier.league.22.html');
const tab2 = await tabIdOf(sw, p2);
for (let i = 0; i < 50; i++) {
  const s = await sw.evaluate(async (t) => (await chrome.storage.session.get(`tab:${t}`))[`tab:${t}`], tab2) as any;
  if (s?.memory) { console.log('related', s.related.map((r:any)=>[r.id,r.relation]), 'div', s.divergences.length, s.memory); break; }
  await new Promise(r => setTimeout(r, 200));
}
const opt = await ctx.newPage();
opt.on('pageerror', e => console.log('pageerror', e.message));
await opt.goto(`chrome-extension://${id}/options.html`);
await opt.waitForSelector('#memory-count');
console.log(await opt.locator('[data-testid=memory-section]').innerText());
await opt.screenshot({ path: '/tmp/w13/options.png', fullPage: true });
await ctx.close(); await site.close();
