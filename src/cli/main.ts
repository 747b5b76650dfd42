/**
 * The `crossread` command: builds an index from report files, and compares
 * saved pages against an index with the same pipeline as the extension.
 */
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Article } from '../core/article';
import { IndexBuilder } from '../index/build-index';
import { compareArticle, type Comparison } from '../index/compare-article';
import { IndexError, openIndex, type LoadedIndex } from '../index/load-index';
import background from '../index/background-df.json';
import { SCHEMA_VERSION } from '../core/compare/types';
import { extractReportClaims } from '../core/report-claims';
import type { ReportClaims } from '../core/claims/types';
import { readInputs } from '../node/read-inputs';
import { formatComparison } from './format-comparison';
import { formatClaims } from './format-claims';

import pkg from '../../package.json';

/** Each command's synopsis and what `crossread <command> --help` says of it. */
const COMMANDS = {
  index: {
    synopsis: 'crossread index <files or folders...> --out <file> [--strict] [--quiet]',
    summary: 'Build an index from report files (.ndjson .jsonl .json .html .htm .txt .md).',
    options: [
      ['-o, --out <file>', 'the index file to write (written whole, or not at all)'],
      ['--strict', 'fail, writing nothing, when any file or line cannot be read'],
      ['-q, --quiet', 'print nothing but errors and skipped files'],
    ],
  },
  compare: {
    synopsis: 'crossread compare <page.html | article.txt>... --index <file> [--json]',
    summary: 'Compare saved pages with the reports of an index.',
    options: [
      ['-i, --index <file>', 'the index to compare with (a split index reads <file>.0, <file>.1, … beside it)'],
      ['--json', 'print the comparison as JSON (an array for several inputs)'],
    ],
  },
  claims: {
    synopsis: 'crossread claims <page.html | article.txt | report files>... [--json]',
    summary: 'List the claims of each article: figures, quotes and statements.',
    options: [['--json', 'print the claims as JSON (an array for several articles)']],
  },
} as const;
type Command = keyof typeof COMMANDS;

const EXIT_CODES = `Exit codes: 0 done; 1 failed (a file could not be read or written, no reports were found, or --strict met a file it skipped); 2 wrong usage.`;

const USAGE = `Usage:
${Object.values(COMMANDS)
  .map((c) => `  ${c.synopsis}\n      ${c.summary}`)
  .join('\n')}
  crossread <command> --help
  crossread --version

${EXIT_CODES}`;

function commandHelp(name: Command): string {
  const c = COMMANDS[name];
  const width = Math.max('-h, --help'.length, ...c.options.map(([flag]) => flag.length));
  return `Usage: ${c.synopsis}\n\n${c.summary}\n\nOptions:\n${c.options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`).join('\n')}\n  ${'-h, --help'.padEnd(width)}  show this help\n\n${EXIT_CODES}`;
}

/** An error meant for people: printed as one line, no stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'index' || command === 'compare' || command === 'claims') {
      if (rest.includes('--help') || rest.includes('-h')) {
        out.write(commandHelp(command) + '\n');
        return 0;
      }
      if (command === 'index') return await runIndex(rest, out, err);
      return command === 'compare' ? await runCompare(rest, out, err) : await runClaims(rest, out, err);
    }
    switch (command) {
      case '--version':
      case '-v':
      case 'version':
        out.write(`crossread ${pkg.version}\n`);
        return 0;
      case 'help':
        if (rest[0] === 'index' || rest[0] === 'compare' || rest[0] === 'claims') {
          out.write(commandHelp(rest[0]) + '\n');
          return 0;
        }
        if (rest.length > 0) throw new UsageError(`no help for "${rest[0]}": the commands are index, compare and claims\n${USAGE}`);
        out.write(USAGE + '\n');
        return 0;
      case undefined:
        // Called with nothing to do: the usage, and the exit of a wrong call.
        err.write(USAGE + '\n');
        return 2;
      case '--help':
      case '-h':
        out.write(USAGE + '\n');
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`crossread: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof IndexError) {
      err.write(`crossread: ${error.message}\n`);
      return 1;
    }
    const e = error as NodeJS.ErrnoException;
    err.write(`crossread: ${e.code ? `${e.code}: ` : ''}${e.message ?? String(error)}\n`);
    return 1;
  }
}

function parse(command: Command, args: string[], options: NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message}\n${commandHelp(command)}`);
  }
}

async function runIndex(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse('index', args, {
    out: { type: 'string', short: 'o' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (positionals.length === 0) throw new UsageError(`index: name at least one file or folder\n${commandHelp('index')}`);
  const outPath = values.out as string | undefined;
  if (!outPath) throw new UsageError(`index: --out <file> is required\n${commandHelp('index')}`);
  const tty = (err as NodeJS.WriteStream).isTTY === true && !values.quiet;
  const builder = new IndexBuilder(background);
  const problems: Array<{ where: string; reason: string }> = [];
  let files = 0;
  let read = 0;
  let duplicates = 0;
  const started = Date.now();
  for await (const event of readInputs(positionals)) {
    if (event.type === 'problem') problems.push({ where: event.path, reason: event.reason });
    else {
      if (event.last) files++;
      problems.push(...event.problems);
      for (const report of event.reports) {
        read++;
        const outcome = builder.add(report);
        if (outcome.added) continue;
        duplicates++;
        if (!values.quiet) {
          err.write(`${tty ? '\r\x1b[K' : ''}dropped ${report.id}: ${outcome.reason === 'duplicate' ? `same text as ${outcome.duplicateOf}` : 'an earlier report has the same id'}\n`);
        }
      }
    }
    if (tty && files % 20 === 0) {
      const rate = read / Math.max(0.001, (Date.now() - started) / 1000);
      err.write(`\r\x1b[Kreading: ${count(files, 'file')}, ${count(builder.size, 'report')} indexed, ${problems.length} skipped (${rate.toFixed(0)} reports/s)`);
    }
  }
  if (tty) err.write('\r\x1b[K');
  for (const p of problems) err.write(`skipped ${p.where}: ${p.reason}\n`);
  if (values.strict && problems.length > 0) throw new UsageError(`index: ${count(problems.length, 'file or line', 'files or lines')} could not be read (--strict); no index written`, 1);
  if (builder.size === 0) throw new UsageError('index: no reports found; no index written', 1);
  if (tty) err.write('writing the index…');
  const { chunks, size } = builder.finishChunks();
  await writeAtomically(outPath, chunks);
  if (tty) err.write('\r\x1b[K');
  if (!values.quiet) {
    out.write(
      `indexed ${count(builder.size, 'report')} from ${count(files, 'file')} into ${outPath} (${formatBytes(size)}, ${formatBytes(size / builder.size)} per report)` +
        `; read ${read}, skipped ${problems.length}, duplicates dropped ${duplicates}\n`,
    );
  }
  return 0;
}

/** Writes to a temporary file beside the target, then renames: the index is never half-written. */
async function writeAtomically(path: string, chunks: Uint8Array[]): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    const file = await open(tmp, 'w');
    try {
      for (const chunk of chunks) await file.write(chunk);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => {});
    throw error;
  }
}

async function loadIndexFile(path: string): Promise<LoadedIndex> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `index file not found: ${path}` : `cannot read index ${path}: ${(error as Error).message}`, 1);
  }
  try {
    // A split index (as the extension bundles it) keeps its records in <file>.0, <file>.1, …
    return openIndex(bytes, { loadShard: async (k) => new Uint8Array(await readFile(`${path}.${k}`)) });
  } catch (error) {
    throw new UsageError(`${path}: ${(error as Error).message}`, 1);
  }
}

export interface CompareOutput extends Omit<Comparison, 'timing'> {
  /** The version of the shape of `divergences` (see src/core/compare/types.ts). */
  schemaVersion: number;
  input: string;
  article: Pick<Article, 'title' | 'outlet' | 'published' | 'url' | 'byline' | 'lang' | 'text'>;
  timing: { extractMs: number; matchMs: number; compareMs: number };
}

async function runCompare(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse('compare', args, { index: { type: 'string', short: 'i' }, json: { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError(`compare: name at least one page or article\n${commandHelp('compare')}`);
  const indexPath = values.index as string | undefined;
  if (!indexPath) throw new UsageError(`compare: --index <file> is required\n${commandHelp('compare')}`);
  const index = await loadIndexFile(indexPath);
  const results: CompareOutput[] = [];
  let failed = 0;
  for (const input of positionals) {
    const t0 = performance.now();
    const article = await readArticle(input);
    const extractMs = Math.round((performance.now() - t0) * 1000) / 1000;
    if (typeof article === 'string') {
      err.write(`crossread: ${input}: ${article}\n`);
      failed++;
      continue;
    }
    const comparison = await compareArticle(article, index);
    results.push({
      schemaVersion: SCHEMA_VERSION,
      input,
      article: { title: article.title, outlet: article.outlet, published: article.published, url: article.url, byline: article.byline, lang: article.lang, text: article.text },
      ...comparison,
      timing: { extractMs, ...comparison.timing },
    });
  }
  if (values.json) out.write(JSON.stringify(results.length === 1 && positionals.length === 1 ? results[0] : results, null, 2) + '\n');
  else for (const r of results) out.write(formatComparison(r) + '\n');
  return failed > 0 ? 1 : 0;
}

export interface ClaimsOutput {
  schemaVersion: number;
  input: string;
  article: Pick<Article, 'title' | 'outlet' | 'published' | 'url' | 'byline' | 'lang' | 'text'>;
  claims: ReportClaims;
}

/** `crossread claims`: the claims of every article the inputs hold, every span pointing into `article.text`. */
async function runClaims(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse('claims', args, { json: { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError(`claims: name at least one page, article or report file\n${commandHelp('claims')}`);
  const results: ClaimsOutput[] = [];
  let failed = 0;
  for await (const event of readInputs(positionals)) {
    if (event.type === 'problem') {
      err.write(`crossread: ${event.path}: ${event.reason}\n`);
      failed++;
      continue;
    }
    for (const p of event.problems) {
      err.write(`crossread: ${p.where}: ${p.reason}\n`);
      failed++;
    }
    // A file of several reports (.ndjson, a .json array) names each one.
    const several = event.reports.length > 1 || !event.last;
    for (const report of event.reports) {
      const a = report.article;
      const entry: ClaimsOutput = {
        schemaVersion: SCHEMA_VERSION,
        input: several ? `${event.path}#${report.id}` : event.path,
        article: { title: a.title, outlet: a.outlet, published: a.published, url: a.url, byline: a.byline, lang: a.lang, text: a.text },
        claims: extractReportClaims(a),
      };
      if (values.json) results.push(entry);
      else out.write(formatClaims(entry) + '\n');
    }
  }
  if (values.json) out.write(JSON.stringify(results.length === 1 && positionals.length === 1 ? results[0] : results, null, 2) + '\n');
  return failed > 0 ? 1 : 0;
}

/** One page or article file to an Article, or a reason it cannot be read. */
async function readArticle(path: string): Promise<Article | string> {
  for await (const event of readInputs([path])) {
    if (event.type === 'problem') return event.reason;
    if (event.reports.length === 0) return event.problems[0]?.reason ?? 'no article found';
    return event.reports[0].article;
  }
  return 'no such file';
}

/** "1 report", "2 reports". */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${n} ${n === 1 ? one : other}`;
}

function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}
