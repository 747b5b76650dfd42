/**
 * The analysis never throws on what pages, files and indexes may hold
 * (property tests over arbitrary input), and it keeps to its budget on very
 * long articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIndex, type IndexInput } from './build-index';
import { openIndex, IndexError, type LoadedIndex } from './load-index';
import { findRelated } from './find-related';
import { ANALYSIS_BUDGET, compareArticle, withinBudget } from './compare-article';
import { textFeatures } from '../core/features';
import { parseReportFile, REPORT_EXTENSIONS } from '../ingest/parse-report-file';
import { splitIndex } from './split-index';
import { readCorpus } from '../node/corpus';
import background from './background-df.json';
import type { Article } from '../core/article';

let seeds: IndexInput[];
let bytes: Uint8Array;
let index: LoadedIndex;
const seed003 = () => seeds.find((s) => s.id.startsWith('003'))!.article;

beforeAll(async () => {
  seeds = await readCorpus('corpus/seeds');
  bytes = buildIndex(seeds, background).bytes;
  index = openIndex(bytes);
});

/** Opens bytes as an index: fine, or an IndexError with a message for people; nothing else. */
function openOrIndexError(b: Uint8Array): LoadedIndex | null {
  try {
    return openIndex(b);
  } catch (error) {
    expect(error).toBeInstanceOf(IndexError);
    expect((error as Error).message.length).toBeGreaterThan(0);
    return null;
  }
}

/** Text that looks like news at its worst: numbers, quote marks of every kind, names, punctuation, and anything else. */
const newsish = fc.array(
  fc.oneof(
    fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', ' said ', ' according to ', ' 500 ', '3,000', '1.5 million', '%', '$', '£', 'Putin', 'Kursk', '.', ', ', '\n\n', '—', '(', ')', '\u202E', 'ـ', '٣'),
    fc.string({ maxLength: 12 }),
    fc.integer().map(String),
  ),
  { maxLength: 300 },
).map((parts) => parts.join(''));

const articleOf = (title: string, body: string): Article => ({ title, text: title ? `${title}\n\n${body}` : body, outlet: null, published: null, url: null, byline: null, lang: 'en' });

describe('openIndex on arbitrary bytes', () => {
  it('random bytes: an IndexError, never anything else', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (b) => void openOrIndexError(b)), { numRuns: 1000 });
    // Random bytes behind a valid magic and version: the header and sections are checked.
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (rest) => {
        const b = new Uint8Array(8 + rest.length);
        b.set(bytes.subarray(0, 8));
        b.set(rest, 8);
        openOrIndexError(b);
      }),
      { numRuns: 1000 },
    );
  });

  it('a real index truncated anywhere, or with bytes changed: an IndexError, or an index that compares without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.boolean(), async (cut, changes, truncate) => {
        let b = bytes.slice();
        if (truncate) b = b.slice(0, cut % b.length);
        else for (const [at, value] of changes) b[at % b.length] = value;
        const opened = openOrIndexError(b);
        if (!opened) return;
        // Damage the open did not see (a record's bytes) shows when the record is read: an IndexError, or a result.
        try {
          await compareArticle(seed003(), opened);
        } catch (error) {
          expect(error).toBeInstanceOf(IndexError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a damaged byte inside a word of the vocabulary makes another word, not a failure', async () => {
    // Found by the property above in CI: a word that was no longer UTF-8 threw a TypeError when its report was compared.
    const word = index.termsOf(0).find((t) => t.length > 6)!;
    const damaged = bytes.slice();
    const at = Buffer.from(damaged).indexOf(Buffer.from(word));
    expect(at).toBeGreaterThan(0);
    damaged[at + 1] = 0x80;
    const opened = openIndex(damaged);
    expect(() => opened.termsOf(0)).not.toThrow();
    await compareArticle(seed003(), opened);
  });

  it('a split index whose shard is missing or damaged: an IndexError when a record is needed', async () => {
    const { core, shards } = splitIndex(bytes);
    const broken = openIndex(core, { loadShard: async () => shards[0].slice(0, 10) });
    await expect(compareArticle(seed003(), broken)).rejects.toBeInstanceOf(IndexError);
    const missing = openIndex(core, { loadShard: () => Promise.reject(new IndexError('index/seeds.crix.0 is missing')) });
    await expect(compareArticle(seed003(), missing)).rejects.toBeInstanceOf(IndexError);
  });
});

describe('the analysis on arbitrary articles', () => {
  it('compareArticle and findRelated never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), newsish, async (title, body) => {
        const article = articleOf(title, body);
        findRelated(article, textFeatures(article.text), index);
        const result = await compareArticle(article, index);
        for (const d of result.divergences) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(article.text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a seed article with arbitrary text spliced in never throws, and its offsets stay in the text', async () => {
    const base = seed003();
    await fc.assert(
      fc.asyncProperty(newsish, fc.nat(), async (insert, at) => {
        const i = at % base.text.length;
        const article = { ...base, text: base.text.slice(0, i) + insert + base.text.slice(i) };
        const result = await compareArticle(article, index);
        for (const d of result.divergences) expect(article.text.slice(d.start, d.end)).toBe(d.text);
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseReportFile on arbitrary bytes', () => {
  it('never throws: every file gives reports or problems', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REPORT_EXTENSIONS, '.exe', ''), fc.uint8Array({ maxLength: 2048 }), (ext, b) => {
        const parsed = parseReportFile(`file${ext}`, b);
        expect(parsed.reports.length + parsed.problems.length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
    // JSON-shaped input with fields of every type.
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        parseReportFile('r.json', new TextEncoder().encode(JSON.stringify(value)));
        parseReportFile('r.ndjson', new TextEncoder().encode(`${JSON.stringify(value)}\n${JSON.stringify([value])}`));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the analysis budget', () => {
  it('cuts a very long article at a boundary and says what was skipped', async () => {
    const base = seed003();
    const body = base.text.slice(base.title.length);
    const long = { ...base, text: base.text + body.repeat(Math.ceil((ANALYSIS_BUDGET.maxChars * 1.5) / body.length)) };
    const result = await compareArticle(long, index);
    expect(result.skipped).toBeDefined();
    expect(result.skipped!.totalChars).toBe(long.text.length);
    expect(result.skipped!.analysedChars).toBeLessThanOrEqual(ANALYSIS_BUDGET.maxChars);
    expect(result.skipped!.analysedChars).toBeGreaterThan(ANALYSIS_BUDGET.maxChars / 2);
    expect(result.divergences.length).toBeLessThanOrEqual(ANALYSIS_BUDGET.maxDivergences);
    for (const d of result.divergences) expect(d.end).toBeLessThanOrEqual(result.skipped!.analysedChars);
    // The divergences cut by the budget are counted.
    const unlimited = await compareArticle(long, index, undefined, { maxChars: ANALYSIS_BUDGET.maxChars, maxDivergences: 10_000 });
    expect(result.skipped!.divergences).toBe(unlimited.divergences.length - result.divergences.length);
  });

  it('leaves an ordinary article whole, with nothing said', async () => {
    expect((await compareArticle(seed003(), index)).skipped).toBeUndefined();
    expect(withinBudget('a b c', 10)).toBe('a b c');
    expect(withinBudget('one two three four five', 12)).toBe('one two');
  });
});
