import { describe, expect, it } from 'vitest';
import { findDivergences } from '../core/compare/find-divergences';
import type { Divergence } from '../core/compare/types';
import { isDivergence } from '../core/compare/validate-divergence';
import messages from '../../public/_locales/en/messages.json';
import { describeDivergence } from '../shared/divergence-text';
import { messagesFrom, type MessageEntry } from '../shared/locale-messages';
import { claimsOf, compared, loadCases, loadSeeds, seed, type ExpectedFinding, type GoldenCase } from './loader';
import { renderNewsPage } from './news-page';
import { parseHtmlDocument } from '../node/html-dom';
import { extractArticle } from '../extract/extract-article';
import { compareArticle } from '../index/compare-article';
import { indexOf } from '../node/corpus';

const seeds = loadSeeds();

function matches(d: Divergence, e: ExpectedFinding): boolean {
  if (d.kind !== e.kind) return false;
  if (e.subtype !== undefined && !(Array.isArray(e.subtype) ? e.subtype : [e.subtype]).includes(d.subtype)) return false;
  if (e.textIncludes && !d.text.includes(e.textIncludes)) return false;
  if (e.others && !e.others.every((p) => d.others.some((o) => o.reportId.startsWith(p) || o.copies.some((c) => c.startsWith(p))))) return false;
  if (e.otherTextIncludes && !d.others.some((o) => o.text.includes(e.otherTextIncludes!))) return false;
  const diff = 'diff' in d ? d.diff : [];
  const removed = diff.filter((p) => p[0] === -1).map((p) => p[1]).join(' ');
  const added = diff.filter((p) => p[0] === 1).map((p) => p[1]).join(' ');
  if (e.removed && !removed.includes(e.removed)) return false;
  if (e.added && !added.includes(e.added)) return false;
  return true;
}

function show(ds: Divergence[]): string {
  return ds.map((d) => `${d.kind}/${d.subtype} ${JSON.stringify(d.text.slice(0, 60))} ← ${d.others.map((o) => o.reportId.slice(0, 3)).join(',')}`).join('\n');
}

/** One test per expected finding of the case: present ones must be found, absent ones must not. */
function expectFindings(c: GoldenCase, divergences: Divergence[]) {
  for (const e of c.expected.present) {
    it(`finds ${e.kind}/${String(e.subtype ?? '*')} ${e.textIncludes ?? ''}`, () => {
      expect(divergences.some((d) => matches(d, e)), show(divergences)).toBe(true);
    });
  }
  for (const e of c.expected.absent) {
    it(`does not find ${e.kind}/${String(e.subtype ?? '*')} ${e.others ? `with ${e.others}` : ''} ${e.textIncludes ?? ''}`, () => {
      expect(divergences.filter((d) => matches(d, e)).map((d) => `${d.kind}/${d.subtype} ${d.text.slice(0, 60)}`)).toEqual([]);
    });
  }
}

for (const c of loadCases()) {
  describe(`golden ${c.name}`, () => {
    const article = seed(seeds, c.article);
    const others = c.others.map((o) => compared(seeds, o.report, o.relation, o.copies ?? []));
    const divergences = findDivergences({ text: article.text, published: article.published, claims: claimsOf(article) }, others);

    expectFindings(c, divergences);
    it('gives exact spans, sorted by start, in the typed shape, each with a sentence for people', () => {
      const t = messagesFrom(messages as unknown as Record<string, MessageEntry>);
      for (const d of divergences) {
        expect(article.text.slice(d.start, d.end)).toBe(d.text);
        expect(isDivergence(JSON.parse(JSON.stringify(d))), JSON.stringify(d).slice(0, 300)).toBe(true);
        expect(describeDivergence(d, { t, lang: 'en', name: (o) => o.outlet ?? o.reportId })).not.toMatch(/\$|undefined/);
      }
      expect(divergences.map((d) => d.start)).toEqual([...divergences.map((d) => d.start)].sort((a, b) => a - b));
    });
  });
}

/*
 * The same cases end to end, as the issue asks: the article seed rendered as a
 * news page and extracted with Readability (as the extension and `crossread
 * compare` do), compared against an index of the other four seeds, with the
 * relations found by the matcher rather than given.
 */
for (const c of loadCases()) {
  describe(`golden ${c.name}, as a page against the index of the other four`, async () => {
    const article = seed(seeds, c.article);
    const extracted = extractArticle(parseHtmlDocument(renderNewsPage(article)), { force: true });
    if (!extracted.ok) throw new Error(`seed ${c.article} could not be extracted from its page`);
    const others = [...seeds.values()].filter((s) => s.id !== article.id).map((s) => ({ id: s.id, article: s }));
    const comparison = await compareArticle(extracted.article, indexOf(others));
    const divergences = comparison.divergences;
    expectFindings(c, divergences);
    it('gives spans into the extracted text', () => {
      for (const d of divergences) expect(extracted.article.text.slice(d.start, d.end)).toBe(d.text);
    });
  });
}

describe('golden: copies count once', () => {
  it('lists a copy under its report instead of repeating the finding', () => {
    const article = seed(seeds, '003');
    const ds = findDivergences({ text: article.text, published: article.published, claims: claimsOf(article) }, [
      compared(seeds, '001', 'story', ['000']),
    ]);
    const fact = ds.filter((d) => d.subtype === 'fact-vs-attributed');
    expect(fact).toHaveLength(1);
    expect(fact[0].others).toHaveLength(1);
    expect(fact[0].others[0].copies).toEqual([seed(seeds, '000').id]);
  });
});
