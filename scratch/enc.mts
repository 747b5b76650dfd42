import { readFileSync } from 'node:fs';
import { analyseReport, textHash } from '../src/index/build-index';
import { parseJsonLine, type ParsedFile } from '../src/ingest/parse-report-file';
import { readerIdOf } from '../src/shared/remembered';
import { deflateSync } from 'fflate';
const enc = new TextEncoder();
const lines = readFileSync('/work/shared/corpus/gva-dev/gva-dev.ndjson','utf8').trim().split('\n');
const arts = lines.map((l,i)=>{ const o: ParsedFile = {reports:[],problems:[]}; parseJsonLine(o,'g',i+1,l); return o.reports[0].article; });
const t = { sep: 0, comb: 0, comb2: 0, comb9: 0, text: 0 };
for (const a of arts) {
  const h = textHash(a.text); const an = analyseReport({ id: readerIdOf(a, h), article: a }, h);
  const fj = JSON.stringify({ h: an.hash, w: an.words, s: an.shingleCount, d: an.day, m: an.sample, t: an.terms.map(x=>x[0]), c: an.terms.map(x=>x[1]), n: an.terms.flatMap((x,i)=>x[2]?[i]:[]) });
  t.sep += deflateSync(enc.encode(fj), {level:6}).length + deflateSync(an.record, {level:6}).length;
  const rec = new TextDecoder().decode(an.record);
  t.comb += deflateSync(enc.encode(rec + '\n' + fj), {level:6}).length;
  const f2 = [an.hash, an.words, an.shingleCount, an.day].join(' ') + '\n' + an.sample.map(x=>x.toString(36)).join(' ') + '\n' + an.terms.map(([w,c,nm]) => w + (c>1?':'+c:'') + (nm?'*':'')).join(' ');
  t.comb2 += deflateSync(enc.encode(rec + '\n' + f2), {level:6}).length;
  const f3 = [an.hash, an.words, an.shingleCount, an.day].join(' ') + '\n' + an.sample.map(x=>x.toString(36)).join(' ') + '\n' + an.terms.map(([w,c,nm]) => `${c} ${nm ? 1 : 0} ${w}`).join('\n');
  t.comb9 += deflateSync(enc.encode(rec + '\n' + f3), {level:6}).length;
  t.text += enc.encode(a.text).length;
}
for (const k of Object.keys(t)) (t as any)[k] = Math.round((t as any)[k] / arts.length);
console.log(t);
