/**
 * An index file split into a core (everything matching needs) and record
 * shards (metadata and claims of `perShard` reports each). The extension
 * bundles its index split, so that a background starting after the browser
 * stopped it reads the core and then only the shards holding related reports.
 */
import { joinChunks } from './bytes';
import { decodeIndex, encodeIndex, IndexError } from './format';

export const RECORDS_PER_SHARD = 256;

/**
 * Throws IndexError for a file that is not a whole index (damaged, or split
 * already). `derivePostings`: leave the postings out of the core, to be made
 * from its vectors when it is opened (format.ts; the reader's segments).
 */
export function splitIndex(bytes: Uint8Array, perShard = RECORDS_PER_SHARD, options: { derivePostings?: boolean } = {}): { core: Uint8Array; shards: Uint8Array[] } {
  const sections = decodeIndex(bytes);
  if (sections.recordShards) throw new IndexError('this index is split already');
  const { records, recordOffsets } = sections;
  const n = recordOffsets.length - 1;
  const shards: Uint8Array[] = [];
  for (let first = 0; first < n; first += perShard) {
    shards.push(records.slice(recordOffsets[first], recordOffsets[Math.min(n, first + perShard)]));
  }
  // The same sections without the records; the record offsets stay, counted over all the shards.
  const { chunks } = encodeIndex({ ...sections, records: [], recordShards: { perShard, count: shards.length }, derivePostings: options.derivePostings });
  return { core: joinChunks(chunks), shards };
}
