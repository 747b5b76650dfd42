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
 * already). `compact`: a compact core (format.ts: what can be made again
 * when it is opened is left out; the reader's segments).
 */
export function splitIndex(bytes: Uint8Array, perShard = RECORDS_PER_SHARD, options: { compact?: boolean } = {}): { core: Uint8Array; shards: Uint8Array[] } {
  const sections = decodeIndex(bytes);
  if (sections.recordShards) throw new IndexError('this index is split already');
  const { records, recordOffsets } = sections;
  const n = recordOffsets.length - 1;
  const shards: Uint8Array[] = [];
  for (let first = 0; first < n; first += perShard) {
    shards.push(records.slice(recordOffsets[first], recordOffsets[Math.min(n, first + perShard)]));
  }
  // The same sections without the records; the record offsets stay, counted over all the shards.
  const { chunks } = encodeIndex({ ...sections, records: [], recordShards: { perShard, count: shards.length }, compact: options.compact });
  return { core: joinChunks(chunks), shards };
}
