import { type ParsedItem, parseRawItem, type RawItem } from "../ingest/items";

/** Byte streams for reader tests: the same input cut into chunks of any size, to hit every boundary. */
export async function* chunked(input: string | Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Reads every item as the worker will: parsed and checked. */
export async function collectParsed(items: AsyncIterable<RawItem>): Promise<ParsedItem[]> {
  return (await collect(items)).map(parseRawItem);
}
