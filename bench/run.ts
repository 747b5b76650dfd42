/**
 * `npm run bench`: how Crossread's index scales, against the libraries a
 * developer would use instead, and what the extension costs in the browser.
 * Writes bench/RESULTS.md (and prints it). Not part of `npm test`.
 *
 *   npm run bench                        everything (about 30 minutes)
 *   npm run bench -- --sizes 1000,10000  fewer sizes
 *   npm run bench -- --only index        one section: index | quality | latency (or both: baselines) | related | analysis | browser | reader
 *   npm run bench -- --only ab --base DIR   lookups of this checkout against another checkout's (DIR, e.g. a
 *                                        worktree of the last release), alternating in one process
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, statSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { articleText } from '../src/core/article';
import { rng, syntheticCorpusDir } from './synthetic-corpus';
import { fmt, mb, median } from './stats';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, only: { type: 'string' }, base: { type: 'string' } } });
const SIZES = (values.sizes ?? '1000,10000,100000').split(',').map(Number);
const ONLY = values.only ?? 'all';
const CACHE = 'bench/.cache';
mkdirSync(CACHE, { recursive: true });

/** Each section's results are kept in bench/results/<section>.md; RESULTS.md joins them. */
const RESULTS_DIR = 'bench/results';
mkdirSync(RESULTS_DIR, { recursive: true });
function saveSection(name: string, markdown: string) {
  writeFileSync(join(RESULTS_DIR, `${name}.md`), markdown);
}
const log = (s: string) => console.log(s);

/** Runs a TypeScript file in a child Node process and returns its last JSON line. */
export function runChild(script: string, args: string[], nodeArgs: string[] = []): Record<string, number | string> {
  const r = spawnSync(process.execPath, [...nodeArgs, '--import', 'tsx', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line);
  } catch {
    return { error: (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ') || `exit ${r.status}` };
  }
}

/** Queries: every n-th report, reworded a little (first paragraph dropped, one word in ten replaced). */
function writeQueries(dir: string, count: number, stories: Map<string, number>, out: string, how = 200) {
  const r = rng(7);
  const step = Math.max(1, Math.floor(count / how));
  const lines: string[] = [];
  let i = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ndjson')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line) continue;
      if (i++ % step !== 0 || lines.length >= how) continue;
      const report = JSON.parse(line);
      const paragraphs = report.text.split('\n\n').slice(1).map((p: string) => p.replace(/\p{Ll}{4,}/gu, (w: string) => (r.chance(0.1) ? 'reportedly' : w)));
      const article = { title: '', text: articleText('', paragraphs), outlet: null, published: report.published, url: null, byline: null, lang: 'en' };
      lines.push(JSON.stringify({ article, story: stories.get(report.id) }));
    }
  }
  writeFileSync(out, lines.join('\n') + '\n');
}

async function indexSection() {
  const rows: string[] = [];
  for (const size of SIZES) {
    log(`index: ${size} reports…`);
    const { dir, stories } = await syntheticCorpusDir(size);
    const storiesFile = `${dir}.stories.json`;
    writeFileSync(storiesFile, JSON.stringify(Object.fromEntries(stories)));
    const queries = `${dir}.queries.ndjson`;
    writeQueries(dir, size, stories, queries);
    const inputBytes = readdirSync(dir).filter((f) => f.endsWith('.ndjson')).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    const out = `${dir}.crix`;
    const build = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, 'bin/crossread.mjs', 'index', dir, '--out', out, '--quiet'], { encoding: 'utf8' });
    const timeLine = /TIME ([\d.]+) (\d+)/.exec(build.stderr);
    if (build.status !== 0 || !timeLine) throw new Error(`build failed: ${build.stderr.slice(-500)}`);
    const buildS = Number(timeLine[1]);
    const peakBytes = Number(timeLine[2]) * 1024;
    const fileBytes = statSync(out).size;
    const gzBytes = gzipSync(readFileSync(out), { level: 9 }).length;
    const child = runChild('bench/index-child.ts', [out, queries, storiesFile], ['--expose-gc']);
    if (child.error) throw new Error(String(child.error));
    rows.push(
      `| ${size.toLocaleString('en')} | ${mb(inputBytes)} | ${fmt(buildS, 1)} s | ${mb(peakBytes)} | ${fmt(fileBytes / size, 0)} B | ${fmt(gzBytes / size, 0)} B | ${fmt(Number(child.firstOpenMs), 1)} / ${fmt(Number(child.openMs), 1)} ms | ${mb(Number(child.heldBytes))} | ${fmt(Number(child.lookupMedianMs))} / ${fmt(Number(child.lookupP95Ms))} ms | ${fmt(Number(child.compareMedianMs))} / ${fmt(Number(child.compareP95Ms))} ms | ${fmt(Number(child.precision))} / ${fmt(Number(child.recall))} |`,
    );
    log(rows.at(-1)!);
  }
  saveSection('1-index', `## Index at scale

${stamp}Synthetic archives generated from \`corpus/\` (bench/synthetic-corpus.ts: deterministic, seeded; every story has its own names, places, figures and a third of its other words; 1 to 7 reports per story: the original, copies, rewrites and other reports of the story). Build through the real CLI (\`crossread index\`, peak memory from \`/usr/bin/time\`); open, held memory and lookups in a fresh Node process. "Open" is reading the file into lookup structures (the first in a fresh process, as a background starting, then the median of five more). Lookups: 200 reports of the archive, reworded (first paragraph dropped, one word in ten replaced); "lookup" is finding related reports, "whole comparison" adds the divergence finder; precision and recall count reports of the query's story among those shown.

| reports | input | build time | build peak memory | index per report | gzip -9 per report | open: first / median of 5 | memory held | lookup median / p95 | whole comparison median / p95 | precision / recall |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`);
}

/** Builds an index of `dir` with the CLI of `checkout` (this one by default), unless it is there already. */
function buildWith(dir: string, out: string, checkout = '.') {
  if (existsSync(out)) return;
  const r = spawnSync(process.execPath, [join(checkout, 'bin/crossread.mjs'), 'index', dir, '--out', out, '--quiet'], { encoding: 'utf8', cwd: process.cwd() });
  if (r.status !== 0) throw new Error(`build with ${checkout} failed: ${r.stderr.slice(-500)}`);
}

async function abSection(): Promise<string> {
  const baseDir = values.base;
  if (!baseDir || !existsSync(join(baseDir, 'src/index/find-related.ts'))) throw new Error('--only ab needs --base <another checkout of Crossread, with its node_modules>');
  const commit = spawnSync('git', ['-C', baseDir, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).stdout.trim();
  const rows: string[] = [];
  for (const size of SIZES) {
    log(`ab: ${size} reports…`);
    const { dir, stories } = await syntheticCorpusDir(size);
    const queries = `${dir}.queries.ndjson`;
    if (!existsSync(queries)) writeQueries(dir, size, stories, queries);
    buildWith(dir, `${dir}.crix`);
    buildWith(dir, `${dir}.base.crix`, baseDir);
    const r = runChild('bench/ab-child.ts', [baseDir, `${dir}.crix`, `${dir}.base.crix`, queries]);
    if (r.error) throw new Error(String(r.error));
    const open = openAb(baseDir, `${dir}.crix`, `${dir}.base.crix`);
    const ours = statSync(`${dir}.crix`).size;
    const theirs = statSync(`${dir}.base.crix`).size;
    const row = `| ${size.toLocaleString('en')} | ${fmt(Number(r.baseLookupMs))} / ${fmt(Number(r.baseLookupP95Ms))} ms | ${fmt(Number(r.ourLookupMs))} / ${fmt(Number(r.ourLookupP95Ms))} ms | ${fmt(Number(r.ourLookupMs) / Number(r.baseLookupMs))}× | ${fmt(Number(r.baseWithAnalysisMs))} → ${fmt(Number(r.ourWithAnalysisMs))} ms (${fmt(Number(r.ourWithAnalysisMs) / Number(r.baseWithAnalysisMs))}×) | ${fmt(theirs / size, 0)} → ${fmt(ours / size, 0)} B | ${fmt(Number(r.baseShown), 2)} → ${fmt(Number(r.ourShown), 2)} | ${fmt(open.base.first, 1)} → ${fmt(open.ours.first, 1)} ms (${fmt(open.ours.first / open.base.first)}×) | ${fmt(open.base.again, 1)} → ${fmt(open.ours.again, 1)} ms (${fmt(open.ours.again / open.base.again)}×) |`;
    rows.push(row);
    log(row);
  }
  return `## Lookup against the previous matching

${stamp}The same archives and queries as *Index at scale*, each index built by its own checkout's \`crossread index\`; the baseline is \`${commit}\`. In one process, each query is looked up by this checkout and then by the baseline, 200 queries twice (the first round a warm-up). "Lookup" is finding related reports with the article's features given, as in *Index at scale*; "with analysis" adds reading the article's features (for this checkout, the keys of its happening too). "Open" is \`openIndex\` of the file's bytes by each checkout (its own index) in a fresh process, ${OPEN_RUNS} processes each, alternating: the first open (a background starting) and the median of 20 more, in CPU time; medians over the processes.

| reports | baseline lookup median / p95 | this lookup median / p95 | ratio of medians | with analysis, medians | index per report (uncompressed) | shown per query | first open, medians | open again, medians |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
}

const OPEN_RUNS = 10;

/** Opening by each checkout, in fresh processes taking turns (bench/open-child.ts): medians of the first open and of the opens after it. */
function openAb(baseDir: string, ourIndex: string, baseIndex: string) {
  const runs = { ours: { first: [] as number[], again: [] as number[] }, base: { first: [] as number[], again: [] as number[] } };
  for (let i = 0; i < OPEN_RUNS; i++) {
    for (const [side, checkout, file] of [['ours', '.', ourIndex], ['base', baseDir, baseIndex]] as const) {
      const r = runChild('bench/open-child.ts', [checkout, file]);
      if (r.error) throw new Error(String(r.error));
      runs[side].first.push(Number(r.firstOpenMs));
      runs[side].again.push(Number(r.openMs));
    }
  }
  const medians = (s: { first: number[]; again: number[] }) => ({ first: median(s.first), again: median(s.again) });
  return { ours: medians(runs.ours), base: medians(runs.base) };
}

function relatedSection(): string {
  const out = join(CACHE, 'related.md');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'eval/related.ts', '--markdown', out], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`eval/related.ts failed: ${r.stderr.slice(-500)}`);
  return `### Finding the same story in real coverage

${readFileSync(out, 'utf8').replace(/^_Measured[^\n]*\n/, stamp)}
Made by \`npm run eval:related\` (eval/related.ts; see its header for the measures). The reporting half is the one to quote: \`npm run calibrate\` fitted the story model on the tuning half.
`;
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${mb(totalmem())} RAM, Node ${process.version}`;
const stamp = `_Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, by \`npm run bench${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}\`._\n\n`;
if (ONLY === 'all' || ONLY === 'index') await indexSection();
if (ONLY === 'all' || ONLY === 'baselines' || ONLY === 'quality') saveSection('2-baselines-1-quality', await (await import('./baselines')).qualitySection(log, stamp));
if (ONLY === 'all' || ONLY === 'baselines' || ONLY === 'latency') saveSection('2-baselines-2-latency', await (await import('./baselines')).latencySection(SIZES, runChild, log, stamp));
if (ONLY === 'all' || ONLY === 'related') saveSection('2-baselines-3-related', relatedSection());
if (ONLY === 'ab') saveSection('1b-lookup-ab', await abSection());
if (ONLY === 'all' || ONLY === 'analysis') saveSection('3-analysis', (await (await import('./analysis')).analysisSection(log, stamp)));
if (ONLY === 'all' || ONLY === 'browser') saveSection('4-browser', (await (await import('./browser')).browserSection(log, stamp)));
// The reader's index at 1,000 and 10,000 remembered articles (or the sizes given).
if (ONLY === 'all' || ONLY === 'reader') saveSection('5-reader', await (await import('./reader')).readerSection(log, stamp, values.sizes ? SIZES : [1000, 10_000]));

const parts = readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(RESULTS_DIR, f), 'utf8'));
const report = `# Benchmark results

Made by \`npm run bench\` (bench/run.ts); each section says when and on what machine it was measured (this one: ${machine}). Medians unless said otherwise; ratios are against a baseline measured in the same run.

${parts.join('\n')}`;
writeFileSync('bench/RESULTS.md', report);
log(`\n${report}\nwritten to bench/RESULTS.md`);
