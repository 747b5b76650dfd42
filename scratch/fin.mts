import { readFileSync } from 'node:fs';
import { analyseReport, IndexBuilder } from '../src/index/build-index';
import { utf8, compareBytes } from '../src/index/bytes';
import background from '../src/index/background-df.json';
const lines = readFileSync('/work/shared/corpus/gva-dev/gva-dev.ndjson','utf8').trim().split('\n').slice(0,50).map(l=>JSON.parse(l));
const an = lines.map((r:any)=>analyseReport({id:r.id, article:{title:r.title, text:r.title+'\n\n'+r.text, outlet:null, published:r.published, url:r.url, byline:null, lang:'en'}}));
const terms = Object.keys(background.df);
for (let round = 0; round < 5; round++) {
  let t = performance.now(); const enc = terms.map(utf8); const e1 = performance.now() - t;
  t = performance.now(); const order = terms.map((_, i) => i).sort((a, b) => compareBytes(enc[a], enc[b])); const e2 = performance.now() - t;
  t = performance.now(); const b = new IndexBuilder(background); const e3 = performance.now() - t;
  t = performance.now(); for (const a of an.slice(0, 16)) b.addAnalysis(a); const e4 = performance.now() - t;
  t = performance.now(); b.finish(); const e5 = performance.now() - t;
  console.log('encode', e1.toFixed(2), 'sort', e2.toFixed(2), 'ctor', e3.toFixed(2), 'add16', e4.toFixed(2), 'finish', e5.toFixed(2));
}
