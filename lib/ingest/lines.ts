import { ByteBuffer, startsWithBom } from "./bytes";

export type Line =
  | { line: number; bytes: Uint8Array }
  /** A line longer than the limit: its bytes were skipped, never held in memory. */
  | { line: number; tooLong: number; head: Uint8Array };

const NEWLINE = 0x0a;
const CR = 0x0d;
const HEAD_BYTES = 200;

/**
 * Splits a byte stream on `\n` (dropping a `\r` before it), numbering lines from 1. Memory stays
 * bounded by `maxLineBytes` however long a line is: a 50 MB line costs 200 bytes, not 50 MB.
 * The yielded bytes are only valid until the next line is requested.
 */
export async function* splitLines(
  source: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<Line> {
  const pending = new ByteBuffer();
  let lineNo = 1;
  let overflow = 0;
  let head: Uint8Array | null = null;
  let first = true;

  const finish = (): Line => {
    if (overflow > 0) {
      const result: Line = { line: lineNo, tooLong: overflow, head: head ?? new Uint8Array() };
      overflow = 0;
      head = null;
      return result;
    }
    let bytes = pending.view();
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    return { line: lineNo, bytes };
  };

  for await (const incoming of source) {
    let chunk = incoming;
    if (first) {
      first = false;
      if (startsWithBom(chunk)) chunk = chunk.subarray(3);
    }
    let start = 0;
    while (start <= chunk.length) {
      const nl = chunk.indexOf(NEWLINE, start);
      const end = nl === -1 ? chunk.length : nl;
      const piece = chunk.subarray(start, end);
      if (overflow > 0) {
        overflow += piece.length;
      } else if (pending.length + piece.length > maxLineBytes) {
        head = pending.view().slice(0, HEAD_BYTES);
        if (head.length < HEAD_BYTES) head = concat(head, piece.subarray(0, HEAD_BYTES - head.length));
        overflow = pending.length + piece.length;
        pending.clear();
      } else {
        pending.append(piece);
      }
      if (nl === -1) break;
      yield finish();
      pending.clear();
      lineNo++;
      start = nl + 1;
    }
  }
  if (pending.length > 0 || overflow > 0) yield finish();
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
