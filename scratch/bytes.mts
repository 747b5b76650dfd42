import { readFileSync } from 'node:fs';
import { analyseReport, IndexBuilder, textHash } from '../src/index/build-index';
import { splitIndex } from '../src/index/split-index';
import { parseJsonLine, type ParsedFile } from '../src/ingest/parse-report-file';
import { entryOf, readerIdOf } from '../src/shared/remembered';
import background from '../src/index/background-df.json';
import { deflateSync } from 'fflate';
const lines = readFileSync('/work/shared/corpus/gva-dev/gva-dev.ndjson','utf8').trim().split('\n');
const arts = lines.map((l,i)=>{ const o: ParsedFile = {reports:[],problems:[]}; parseJsonLine(o,'g',i+1,l); return o.reports[0].article; });
const f: Record<string, number> = {};
let n = 0; const b = new IndexBuilder(background); let combined = 0; let lvl9 = 0;
for (const a of arts) {
  const h = textHash(a.text); const an = analyseReport({ id: readerIdOf(a, h), article: a }, h);
  const e = entryOf(an, { how: 'read', rememberedAt: Date.now() });
  for (const [k, v] of Object.entries(e)) f[k] = (f[k] ?? 0) + (v instanceof Uint8Array ? v.byteLength : typeof v === 'string' ? v.length : 8);
  combined += deflateSync(new Uint8Array([...e.features, ...an.record]), {level: 9}).length; // not meaningful: features compressed already
  lvl9 += deflateSync(an.record, { level: 9 }).length;
  b.addAnalysis(an); n++;
}
const { core } = splitIndex(b.finish(), 16);
for (const k of Object.keys(f)) f[k] = Math.round(f[k] / n);
console.log(n, f, 'core/art', Math.round(core.length / n), 'record lvl9', Math.round(lvl9/n));
