/** The analysis benchmarks' input: a 5,000-word article (the Tohoku reports and more, joined as paragraphs) and the reports it is compared with. */
import { join } from 'node:path';
import { loadWikiref } from '../eval/corpus';

export function analysisInput(root: string) {
  const reports = loadWikiref(join(root, 'corpus/wikiref-dev'));
  const paras: string[] = [];
  let words = 0;
  for (const r of reports.filter((r) => r.topic === 'tohoku.earthquake.tsunami').concat(reports)) {
    for (const p of r.article.text.split('\n\n')) {
      if (words >= 5000) break;
      paras.push(p);
      words += p.split(/\s+/).length;
    }
  }
  return { reports, article: paras.join('\n\n'), words };
}
