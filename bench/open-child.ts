/**
 * Run in a child process by bench/run.ts (`--only ab`): opens an index with
 * the `openIndex` of a checkout, first in this fresh process (as a background
 * starting) and then 20 times more. Times are the process's CPU time, which
 * other work on a shared machine disturbs less than the clock does.
 * Prints one JSON line. Args: <checkout> <index file>
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './stats';

const [checkout, file] = process.argv.slice(2);
const { openIndex } = await import(pathToFileURL(join(resolve(checkout), 'src/index/load-index.ts')).href);
const bytes = new Uint8Array(readFileSync(file));
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const times: number[] = [];
for (let i = 0; i < 21; i++) {
  const t = cpuMs();
  openIndex(bytes); // Opening never changes the bytes: each round opens the same ones.
  times.push(cpuMs() - t);
}
console.log(JSON.stringify({ firstOpenMs: times[0], openMs: median(times.slice(1)) }));
