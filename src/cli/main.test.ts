import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main';
import { openIndex } from '../index/load-index';
import { SCHEMA_VERSION } from '../core/compare/types';
import { isDivergence } from '../core/compare/validate-divergence';

function stream() {
  const chunks: string[] = [];
  return { write: (s: string) => (chunks.push(s), true), text: () => chunks.join(''), isTTY: false } as unknown as NodeJS.WritableStream & { text(): string };
}
async function run(...args: string[]) {
  const out = stream();
  const err = stream();
  const code = await main(args, out, err);
  return { code, out: out.text(), err: err.text() };
}

let dir: string;
let index: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crossread-cli-'));
  index = join(dir, 'seeds.crix');
  const r = await run('index', 'corpus/seeds', '--out', index, '--quiet');
  expect(r.code).toBe(0);
});

describe('crossread index', () => {
  it('builds an index from a folder and summarises', async () => {
    const out = join(dir, 'again.crix');
    const r = await run('index', 'corpus/seeds', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/indexed 5 reports from 5 files/);
    expect(openIndex(readFileSync(out)).reportCount).toBe(5);
  });

  it('skips unreadable files with their names and reasons; --strict makes that an error and writes nothing', async () => {
    const src = join(dir, 'mixed');
    mkdirSync(src);
    writeFileSync(join(src, 'good.txt'), 'Headline\nA body paragraph.');
    writeFileSync(join(src, 'empty.txt'), '');
    writeFileSync(join(src, 'broken.json'), '{"id": ');
    const lenient = await run('index', src, '--out', join(dir, 'mixed.json'));
    expect(lenient.code).toBe(0);
    expect(lenient.err).toMatch(/skipped .*empty\.txt: the file is empty/);
    expect(lenient.err).toMatch(/skipped .*broken\.json: not valid JSON/);
    const strict = await run('index', src, '--out', join(dir, 'strict.json'), '--strict');
    expect(strict.code).toBe(1);
    expect(existsSync(join(dir, 'strict.json'))).toBe(false);
  });

  it('streams a large .ndjson file in parts, naming the bad line', async () => {
    const lines = Array.from({ length: 1200 }, (_, i) =>
      i === 700 ? '{broken' : JSON.stringify({ id: `r${i}`, title: `Report ${i}`, text: `Mayor Ilse Varga${i} said ${i} homes in Town${i} were flooded on Tuesday.` }),
    );
    const file = join(dir, 'big.ndjson');
    writeFileSync(file, lines.join('\n'));
    const r = await run('index', file, '--out', join(dir, 'big.crix'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/indexed 1199 reports from 1 file into/);
    expect(r.err).toMatch(/skipped big\.ndjson:701: not valid JSON/);
  });

  it('leaves no temporary file behind when writing fails', async () => {
    const r = await run('index', 'corpus/seeds', '--out', join(dir, 'no-such-dir', 'x.json'));
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('explains bad arguments in one line and exits non-zero', async () => {
    expect((await run('index', 'corpus/seeds')).code).toBe(2);
    expect((await run('index', '--out', 'x.json')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    const bad = await run('index', 'corpus/seeds', '--out', 'x', '--bogus');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^crossread: index: Unknown option '--bogus'/);
  });
});

describe('crossread help and --version', () => {
  it('prints each command’s help with --help, -h or "help <command>", and exits 0', async () => {
    for (const args of [['index', '--help'], ['index', 'corpus/seeds', '-h'], ['help', 'index']]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.out).toMatch(/^Usage: crossread index <files or folders\.\.\.> --out <file>/);
      expect(r.out).toMatch(/--strict {2,}fail, writing nothing/);
      expect(r.out).toMatch(/Exit codes: 0 done; 1 failed .*; 2 wrong usage/);
      expect(r.err).toBe('');
    }
    const compare = await run('compare', '--help');
    expect(compare.code).toBe(0);
    expect(compare.out).toMatch(/^Usage: crossread compare/);
    expect(compare.out).toMatch(/--json/);
  });

  it('prints the general usage with --help, and on stderr with exit 2 when called with nothing', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/crossread index .*\n.*\n {2}crossread compare/);
    const nothing = await run();
    expect(nothing).toMatchObject({ code: 2, out: '' });
    expect(nothing.err).toMatch(/^Usage:/);
    expect((await run('help', 'frobnicate')).code).toBe(2);
  });

  it('prints its version', async () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    for (const flag of ['--version', '-v', 'version']) expect(await run(flag)).toEqual({ code: 0, out: `crossread ${version}\n`, err: '' });
  });

  it('counts in words that agree with the number', async () => {
    const src = join(dir, 'single');
    mkdirSync(src);
    writeFileSync(join(src, 'one.txt'), 'Headline\nA body paragraph.');
    const r = await run('index', src, '--out', join(dir, 'single.crix'));
    expect(r.out).toMatch(/^indexed 1 report from 1 file into /);
  });
});

describe('crossread compare', () => {
  it('prints the related reports for people', async () => {
    const r = await run('compare', 'corpus/seeds/003_3d713cfd4bd28cc2.txt', '--index', index);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/This article is in the index as 003_3d713cfd4bd28cc2/);
    expect(r.out).toMatch(/rewrite .*002_5aec3afbfa2df5c3/);
  });

  it('says how each divergence differs, in the locale’s words', async () => {
    const r = await run('compare', 'corpus/seeds/003_3d713cfd4bd28cc2.txt', '--index', index);
    expect(r.out).toMatch(/\b\d+ divergences:/);
    expect(r.out).toMatch(/quote, reworded, at \d+–\d+: The quote is worded differently in The Moscow Times \(\d+% of words changed\)\./);
    expect(r.out).toMatch(/figure, contested, at \d+–\d+: Contested/);
    expect(r.out).not.toMatch(/\$[A-Z]+\$/);
  });

  it('prints --json in the documented shape, an array for several inputs', async () => {
    const one = JSON.parse((await run('compare', 'corpus/seeds/001_434da23df04675cc.txt', '--index', index, '--json')).out);
    expect(Object.keys(one)).toEqual(expect.arrayContaining(['schemaVersion', 'input', 'article', 'related', 'divergences', 'timing']));
    expect(one.schemaVersion).toBe(SCHEMA_VERSION);
    expect(one.divergences.length).toBeGreaterThan(0);
    for (const d of one.divergences) {
      expect(isDivergence(d), JSON.stringify(d).slice(0, 200)).toBe(true);
      expect(d).not.toHaveProperty('summary');
    }
    expect(one.article).toMatchObject({ title: expect.any(String), outlet: 'The Kyiv Independent', published: '2025-02-25' });
    expect(one.related[0]).toMatchObject({ id: '000_b881272ba5bff583', relation: 'same', score: expect.any(Number) });
    expect(Object.keys(one.timing)).toEqual(['extractMs', 'matchMs', 'compareMs']);
    for (const d of one.divergences) expect(one.article.text.slice(d.start, d.end)).toBe(d.text);
    const many = JSON.parse((await run('compare', 'corpus/seeds/001_434da23df04675cc.txt', 'corpus/wikiref-dev/premier.league.22.txt', '--index', index, '--json')).out);
    expect(many).toHaveLength(2);
    expect(many[1].related).toEqual([]);
  });

  it('says so in one line when the index is missing, corrupt or of another version', async () => {
    const missing = await run('compare', 'corpus/seeds/001_434da23df04675cc.txt', '--index', join(dir, 'nope.json'));
    expect(missing).toMatchObject({ code: 1, err: expect.stringMatching(/^crossread: index file not found/) });
    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, readFileSync(index).subarray(0, 500));
    const c = await run('compare', 'corpus/seeds/001_434da23df04675cc.txt', '--index', corrupt);
    expect(c.code).toBe(1);
    expect(c.err).toMatch(/corrupt or truncated .*rebuild it with "crossread index"\n$/);
    const old = join(dir, 'old.json');
    writeFileSync(old, JSON.stringify({ format: 'crossread-index', version: 1 }));
    expect((await run('compare', 'corpus/seeds/001_434da23df04675cc.txt', '--index', old)).err).toMatch(/older Crossread/);
    expect((await run('compare', 'x.txt')).code).toBe(2);
  });

  it('reads a saved page in the encoding it declares (windows-1251)', async () => {
    const r = await run('compare', 'src/ingest/fixtures/windows-1251.html', '--index', index, '--json');
    expect(r.code).toBe(0);
    const page = JSON.parse(r.out);
    expect(page.article.title).toMatch(/^Россия и Украина договорились об эвакуации жителей Курской области/);
    expect(page.article.lang).toBe('ru');
    expect(page.article.text).toContain('«Как только обе стороны согласуют маршрут и сроки, мы начнём вывоз людей»');
  });

  it('reports an unreadable input and goes on with the others', async () => {
    const r = await run('compare', join(dir, 'missing.html'), 'corpus/seeds/003_3d713cfd4bd28cc2.txt', '--index', index, '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing\.html: no such file or folder/);
    expect(JSON.parse(r.out)).toHaveLength(1);
  });
});

describe('crossread claims', () => {
  it('prints each article and its claims in the documented shape, every span into article.text', async () => {
    const r = await run('claims', 'corpus/seeds/002_5aec3afbfa2df5c3.txt', '--json');
    expect(r.code).toBe(0);
    const one = JSON.parse(r.out);
    expect(Object.keys(one)).toEqual(['schemaVersion', 'input', 'article', 'claims']);
    expect(Object.keys(one.article)).toEqual(['title', 'outlet', 'published', 'url', 'byline', 'lang', 'text']);
    expect(Object.keys(one.claims)).toEqual(['figures', 'quotes', 'statements']);
    const text: string = one.article.text;
    const spans = [
      ...one.claims.figures.flatMap((f: Record<string, unknown>) => [f.span, f.context, f.attribution]),
      ...one.claims.quotes.flatMap((q: Record<string, unknown>) => [q.span, q.context, q.attribution, q.relaySpan]),
      ...one.claims.statements.flatMap((s: Record<string, unknown>) => [s.span, s.context, s.attribution, s.relaySpan]),
    ].filter(Boolean) as Array<{ start: number; end: number; text: string }>;
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    const quote = one.claims.quotes.find((q: { relay: string | null }) => q.relay === 'RIA Novosti');
    expect(quote).toMatchObject({ speaker: 'Moskalkova', verb: 'said', verbKind: 'neutral', attribution: expect.any(Object) });
    const figure = one.claims.figures.find((f: { value: number }) => f.value === 500);
    expect(figure).toMatchObject({ value: 500, qualifier: 'about', unit: null, measure: 'missing', subject: 'people', source: 'Russian authorities' });
  });

  it('takes several files and report files of several reports, and lists them for people', async () => {
    const file = join(dir, 'two.ndjson');
    writeFileSync(file, [
      JSON.stringify({ id: 'a', title: 'A', text: 'Police said 25-year-old Micah Johnson killed five officers just before 9 p.m. Thursday.' }),
      JSON.stringify({ id: 'b', title: 'B', text: '"We are devastated by this loss," Chief David Brown said on Friday morning.' }),
    ].join('\n'));
    const many = JSON.parse((await run('claims', file, 'corpus/seeds/000_b881272ba5bff583.txt', '--json')).out);
    expect(many.map((x: { input: string }) => x.input)).toEqual([`${file}#a`, `${file}#b`, 'corpus/seeds/000_b881272ba5bff583.txt']);
    expect(many[0].claims.figures.map((f: { measure: string }) => f.measure)).toEqual(['age', 'dead', 'time']);
    expect(many[1].claims.quotes[0]).toMatchObject({ speaker: 'David Brown', verb: 'said' });
    const text = await run('claims', file);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/Figures \(3\):[\s\S]*25 years old\s+age of Micah Johnson/);
    expect(text.out).toMatch(/Quotes \(1\):[\s\S]*— David Brown, “said” \(neutral\)/);
    const bad = await run('claims', join(dir, 'nope.txt'));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/nope\.txt: no such file or folder/);
    expect((await run('claims')).code).toBe(2);
  });
});
