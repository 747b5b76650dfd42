/**
 * An index file split into a core (everything matching needs) and record
 * shards (metadata and claims of `perShard` reports each). The extension
 * bundles its index split, so that a background starting after the browser
 * stopped it reads the core and then only the shards holding related reports.
 */
import { ByteReader, ByteWriter, fromUtf8, u32View, utf8 } from './bytes';
import { INDEX_MAGIC, INDEX_VERSION, type IndexHeader } from './format';
import { openIndex } from './load-index';

export const RECORDS_PER_SHARD = 256;

export function splitIndex(bytes: Uint8Array, perShard = RECORDS_PER_SHARD): { core: Uint8Array; shards: Uint8Array[] } {
  openIndex(bytes); // Refuses a file that is not a whole, current index.
  const head = new ByteReader(bytes, 8);
  const headerLength = head.u32();
  const header = JSON.parse(fromUtf8(head.bytes(headerLength))) as IndexHeader;
  const base = head.pos + ((4 - (head.pos % 4)) % 4);
  const n = header.reports;
  const [recOffset, recLength] = header.sections.records;
  const records = bytes.subarray(base + recOffset, base + recOffset + recLength);
  const offsets = u32View(bytes, base + header.sections.offsets[0], n + 1);
  const shards: Uint8Array[] = [];
  for (let first = 0; first < n; first += perShard) {
    shards.push(records.slice(offsets[first], offsets[Math.min(n, first + perShard)]));
  }
  // The same sections without the records; section offsets shift by what the records took.
  const sections = { ...header.sections };
  const removed = recLength + ((4 - (recLength % 4)) % 4);
  for (const [name, [offset, length]] of Object.entries(header.sections)) {
    if (name === 'records') sections.records = [offset, 0];
    else if (offset > recOffset) sections[name as keyof IndexHeader['sections']] = [offset - removed, length];
  }
  const out = new ByteWriter();
  out.bytes(utf8(INDEX_MAGIC));
  out.u32(INDEX_VERSION);
  const newHeader = utf8(JSON.stringify({ ...header, sections, recordShards: { perShard, count: shards.length } }));
  out.u32(newHeader.length);
  out.bytes(newHeader);
  out.align4();
  out.bytes(bytes.subarray(base, base + recOffset));
  out.bytes(bytes.subarray(base + recOffset + removed));
  return { core: out.finish(), shards };
}
