/**
 * Writes src/index/background-df.json: document frequencies of content words
 * over a corpus of general news (wikiref-dev: 145 reports on a dozen topics).
 * Every index built by `crossread index` adds these to its own, so that a
 * small index still knows "said" from "Kursk". Run: npx tsx scripts/build-background.ts
 */
import { writeFileSync } from 'node:fs';
import { textFeatures } from '../src/core/features';
import { readInputs } from '../src/node/read-inputs';

const df: Record<string, number> = {};
let docCount = 0;
for await (const event of readInputs(['corpus/wikiref-dev'])) {
  if (event.type !== 'file') continue;
  for (const r of event.reports) {
    docCount++;
    for (const term of textFeatures(r.article.text).termCounts.keys()) df[term] = (df[term] ?? 0) + 1;
  }
}
// Words seen once say little about how common they are, and would triple the file.
const kept = Object.fromEntries(Object.entries(df).filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync('src/index/background-df.json', JSON.stringify({ source: 'corpus/wikiref-dev', docCount, df: kept }) + '\n');
console.log(`background: ${docCount} documents, ${Object.keys(kept).length} terms (df >= 2)`);
