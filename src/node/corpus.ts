/** Reports from the project's corpus folders, for tests and scripts that run in Node. */
import { readInputs } from './read-inputs';
import { buildIndex, type IndexInput } from '../index/build-index';
import { openIndex, type LoadedIndex } from '../index/load-index';
import background from '../index/background-df.json';

export async function readCorpus(...folders: string[]): Promise<IndexInput[]> {
  const inputs: IndexInput[] = [];
  for await (const e of readInputs(folders)) if (e.type === 'file') inputs.push(...e.reports);
  return inputs;
}

/** An opened index over `inputs`, with the usual background. */
export function indexOf(inputs: Iterable<IndexInput>): LoadedIndex {
  return openIndex(buildIndex(inputs, background).bytes);
}
