/** Reports from the project's corpus folders, for tests and scripts that run in Node. */
import { readInputs } from '../cli/read-inputs';
import type { IndexInput } from './build-index';

export async function readCorpus(...folders: string[]): Promise<IndexInput[]> {
  const inputs: IndexInput[] = [];
  for await (const e of readInputs(folders)) if (e.type === 'file') inputs.push(...e.reports);
  return inputs;
}
