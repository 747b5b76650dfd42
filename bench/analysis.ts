/**
 * The analysis core's own costs (issue 3): a 5,000-word article analysed and
 * compared with ten related reports, extraction alone beside it, and hostile
 * input (digits and quote marks) at growing sizes, which must grow in line
 * with size. Runs bench/analysis-core.ts in a child process and keeps its report. With CROSSREAD_BENCH_BASE set to
 * the folder of another checkout (`CROSSREAD_BENCH_BASE=/tmp/base npm run bench -- --only analysis`) it also runs
 * bench/analysis-ab.ts: the same comparison by both checkouts, interleaved in one process.
 */
import { spawnSync } from 'node:child_process';

export async function analysisSection(log: (s: string) => void, stamp: string): Promise<string> {
  log('analysis: 5,000-word article and hostile input…');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/analysis-core.ts'], { encoding: 'utf8' });
  const out = (r.stdout || r.stderr).trim();
  log(out);
  const base = process.env.CROSSREAD_BENCH_BASE ? `--base=${process.env.CROSSREAD_BENCH_BASE}` : null;
  let ab = '';
  if (base) {
    log('analysis: the same against another checkout, interleaved…');
    const x = spawnSync(process.execPath, ['--import', 'tsx', 'bench/analysis-ab.ts', base, '--runs=200'], { encoding: 'utf8' });
    const abOut = (x.stdout || x.stderr).trim();
    log(abOut);
    ab = `\nThe same article and reports, extracted and compared by this checkout and by another (bench/analysis-ab.ts, with CROSSREAD_BENCH_BASE naming the other), interleaved run by run in one process so that the machine's load falls on both alike:\n\n\`\`\`\n${abOut}\n\`\`\`\n`;
  }
  return `## The analysis core

${stamp}Claims of a 5,000-word article extracted and compared with ten related reports' stored claims (bench/analysis-core.ts), and the same on hostile input of growing size: the ratio beside each size is to the size before it (×2.0 is linear).

\`\`\`
${out}
\`\`\`
${ab}`;
}
