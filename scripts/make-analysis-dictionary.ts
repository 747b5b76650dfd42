/**
 * Writes src/shared/analysis-dictionary.ts: the preset dictionary the reader's
 * index deflates every stored analysis with (stored-analysis.ts). It is the
 * last 32 KB (deflate's window) of the analyses of the project's own corpus
 * (corpus/seeds and corpus/wikiref-dev, in file order) as they are stored,
 * so it holds what analyses repeat: the records' JSON keys and values, the
 * features' layout, the common words of news. Not of gva-dev, on which the
 * saving is measured.
 *
 * Run once; never again for the same packing: entries already stored are
 * inflated with these very bytes. A new dictionary is a new PACKING in
 * stored-analysis.ts, with the old one kept to read what was stored before.
 *
 *   npx tsx scripts/make-analysis-dictionary.ts --new-packing
 *
 * (Without --new-packing it refuses to replace the dictionary there is.)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseReport } from '../src/index/build-index';
import { featuresText } from '../src/shared/stored-analysis';
import { readCorpus } from '../src/node/corpus';

const WINDOW = 32 * 1024;
const ROOT = join(import.meta.dirname, '..');

const OUT = join(ROOT, 'src/shared/analysis-dictionary.ts');
if (existsSync(OUT) && !process.argv.includes('--new-packing')) {
  console.error('src/shared/analysis-dictionary.ts exists: the entries stored with it need it as it is. For a new dictionary, add a packing to stored-analysis.ts (keeping this one to read the old), then run this with --new-packing.');
  process.exit(1);
}
const inputs = await readCorpus(join(ROOT, 'corpus/seeds'), join(ROOT, 'corpus/wikiref-dev'));
const decoder = new TextDecoder();
const text = inputs.map((input) => {
  const a = analyseReport(input);
  return `${featuresText(a)}\n${decoder.decode(a.record)}`;
}).join('');
// Cut at a character, not inside one: the dictionary is kept as a string.
let dictionary = text.slice(-WINDOW);
while (new TextEncoder().encode(dictionary).length > WINDOW) dictionary = dictionary.slice(1);
const file = `/**
 * The preset dictionary of stored analyses (stored-analysis.ts, packing 2),
 * written by scripts/make-analysis-dictionary.ts. Never change it: the
 * entries stored with it are read with it.
 */
export const ANALYSIS_DICTIONARY: Uint8Array = new TextEncoder().encode(${JSON.stringify(dictionary)});
`;
writeFileSync(OUT, file);
console.log(`src/shared/analysis-dictionary.ts: ${new TextEncoder().encode(dictionary).length} bytes from ${inputs.length} analyses`);
