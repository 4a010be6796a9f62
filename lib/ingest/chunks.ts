import type { RawItem, RejectionDetail } from "./items";

/** Records of an input on their way to one queue job: accepted texts and the rejections among them. */
export interface ItemChunk {
  positions: number[];
  lines: string[];
  rejected: ({ position: number } & RejectionDetail)[];
}

export interface ChunkLimits {
  /** Records (accepted or rejected) per chunk. */
  records: number;
  /**
   * Characters of record text per chunk: a file of large records (up to the record size limit
   * each) must not make one job of gigabytes. Characters stand in for bytes; a budget needs no more.
   */
  chars: number;
}

/** Groups items into chunks in input order, each ending at whichever limit it reaches first. */
export async function* chunkItems(items: AsyncIterable<RawItem> | Iterable<RawItem>, limits: ChunkLimits): AsyncGenerator<ItemChunk> {
  let chunk: ItemChunk = { positions: [], lines: [], rejected: [] };
  let chars = 0;
  for await (const item of items) {
    if ("rejection" in item) {
      chunk.rejected.push({ position: item.position, ...item.rejection });
    } else {
      chunk.positions.push(item.position);
      chunk.lines.push(item.text);
      chars += item.text.length;
    }
    if (chunk.positions.length + chunk.rejected.length >= limits.records || chars >= limits.chars) {
      yield chunk;
      chunk = { positions: [], lines: [], rejected: [] };
      chars = 0;
    }
  }
  if (chunk.positions.length + chunk.rejected.length > 0) yield chunk;
}
