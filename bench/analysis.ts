/**
 * The analysis core's own costs (issue 3): a 5,000-word article analysed and
 * compared with ten related reports, extraction alone beside it, and hostile
 * input (digits and quote marks) at growing sizes, which must grow in line
 * with size. Runs bench/analysis-core.ts in a child process and keeps its report.
 */
import { spawnSync } from 'node:child_process';

export async function analysisSection(log: (s: string) => void, stamp: string): Promise<string> {
  log('analysis: 5,000-word article and hostile input…');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/analysis-core.ts'], { encoding: 'utf8' });
  const out = (r.stdout || r.stderr).trim();
  log(out);
  return `## The analysis core

${stamp}Claims of a 5,000-word article extracted and compared with ten related reports' stored claims (bench/analysis-core.ts), and the same on hostile input of growing size: the ratio beside each size is to the size before it (×2.0 is linear).

\`\`\`
${out}
\`\`\`
`;
}
