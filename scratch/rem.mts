import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, serviceWorkerOf, tabIdOf } from '../e2e/support/chromium';
import { renderNewsPage } from '../e2e/support/news-page';
import { parseJsonLine, type ParsedFile } from '../src/ingest/parse-report-file';
const lines = readFileSync('/work/shared/corpus/gva-dev/gva-dev.ndjson','utf8').trim().split('\n');
const arts = lines.map((l,i)=>{ const o: ParsedFile = {reports:[],problems:[]}; parseJsonLine(o,'g',i+1,l); return o.reports[0].article; }).filter(a => a.text.length > 2500).slice(-40);
const profile = mkdtempSync(join(tmpdir(), 'cr-rem-'));
const context = await launchWithExtension(profile);
await context.route('http://crossread.bench/**', (route) => { const i = Number(new URL(route.request().url()).pathname.split('/').pop()); route.fulfill({ contentType: 'text/html', body: renderNewsPage({ ...arts[i], url: null }) }); });
const sw = await serviceWorkerOf(context);
const own = `chrome-extension://${new URL(sw.url()).host}/`;
const options = await context.newPage();
await options.goto(`${own}options.html`);
await options.locator('#restore-file').setInputFiles(process.argv[2]);
await options.locator('#restore').click();
await options.locator('[data-backup="done"]').waitFor({ timeout: 600000 });
const page = await context.newPage();
for (let i = 0; i < 30; i++) {
  await page.goto(`http://crossread.bench/q/${i}`);
  const tabId = await tabIdOf(sw, page);
  const s: any = await sw.evaluate(async (id) => { for (let k = 0; k < 3000; k++) { const s = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as any; if (s?.memory || s?.status === 'not-article') return s; await new Promise(r => setTimeout(r, 10)); } return null; }, tabId);
  console.log(i, s?.status, s?.memory?.status, s?.memory?.ms, JSON.stringify(s?.memory?.parts), s?.timing?.matchMs, s?.timing?.compareMs);
}
await context.close();
