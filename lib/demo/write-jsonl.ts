import type { Writable } from "node:stream";
import { RECORD_TYPES, type RecordType } from "../ingest/records";
import { generateShop, type ShopOptions } from "./generator";

export type RecordCounts = Record<RecordType, number>;

/** Lines are encoded into buffers of this size, one write each: one write per record is slow. */
const CHUNK_BYTES = 1024 * 1024;
/** UTF-8 needs at most three bytes per UTF-16 code unit. */
const MAX_BYTES_PER_CHAR = 3;
const NEWLINE = 0x0a;

/**
 * Streams the demo shop to `writable` as canonical JSONL (one record per line), waiting for
 * `drain` whenever the stream's buffer is full, so memory stays flat however large the shop.
 * Does not end `writable` (it may be stdout). `onProgress` sees the running counts after each write.
 */
export async function writeShopJsonl(
  options: ShopOptions,
  writable: Writable,
  onProgress?: (counts: Readonly<RecordCounts>) => void,
): Promise<RecordCounts> {
  const counts = Object.fromEntries(RECORD_TYPES.map((t) => [t, 0])) as RecordCounts;
  // Each line is encoded straight into the chunk: concatenating lines into one string and
  // encoding that costs several times more (the joined string has to be flattened first).
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  for (const record of generateShop(options)) {
    counts[record.type]++;
    const line = JSON.stringify(record);
    const room = line.length * MAX_BYTES_PER_CHAR + 1;
    if (used + room > chunk.length) {
      if (used > 0) {
        await write(writable, chunk.subarray(0, used));
        onProgress?.(counts);
      }
      // The stream keeps the written buffer until it is flushed, so every chunk is a new one.
      chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, room));
      used = 0;
    }
    used += chunk.write(line, used);
    chunk[used++] = NEWLINE;
  }
  if (used > 0) await write(writable, chunk.subarray(0, used));
  onProgress?.(counts);
  return counts;
}

async function write(writable: Writable, chunk: Buffer): Promise<void> {
  if (writable.errored) throw writable.errored;
  if (writable.destroyed) throw new Error("the output stream was closed before the shop was written");
  if (!writable.write(chunk)) await drained(writable);
}

/** Resolves on `drain`; rejects if the stream fails or closes first, instead of waiting forever. */
function drained(writable: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      writable.off("drain", onDrain);
      writable.off("error", onError);
      writable.off("close", onClose);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(new Error("the output stream closed before the shop was written"));
    };
    writable.on("drain", onDrain);
    writable.on("error", onError);
    writable.on("close", onClose);
  });
}
