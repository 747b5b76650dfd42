import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, serviceWorkerOf } from '../e2e/support/chromium';
const profile = mkdtempSync(join(tmpdir(), 'cr-dbg-'));
const context = await launchWithExtension(profile);
const sw = await serviceWorkerOf(context);
sw.on('console', (m) => console.log('sw:', m.text()));
const own = `chrome-extension://${new URL(sw.url()).host}/`;
const options = await context.newPage();
options.on('console', (m) => console.log('page:', m.text()));
options.on('pageerror', (e) => console.log('pageerror:', e.message));
await options.goto(`${own}options.html`);
await options.locator('#restore-file').setInputFiles('bench/.cache/reader-v1-1000.ndjson.gz');
await options.locator('#restore').click();
for (let i = 0; i < 40; i++) {
  await new Promise((r) => setTimeout(r, 3000));
  console.log(i, JSON.stringify(await options.locator('[data-backup]').innerText()));
  if (await options.locator('[data-backup="done"], [data-backup="refused"]').count()) break;
}
const sw2 = await serviceWorkerOf(context);
console.log('workers', context.serviceWorkers().length, sw2 === sw);
console.log('simple', await sw2.evaluate(() => 1 + 1));
console.log('idb', await sw2.evaluate(() => new Promise((res, rej) => { const o = indexedDB.open('crossread'); o.onsuccess = () => res(o.result.objectStoreNames.length); o.onerror = () => rej(o.error); o.onblocked = () => res('blocked'); })));
await context.close();
