import { decodeUtf8, excerpt } from "./bytes";
import { type RawItem, rejected } from "./items";
import { splitLines } from "./lines";

/**
 * Canonical JSONL: one record per line; blank lines are skipped; positions are line numbers.
 * Lines are only split and checked for size and UTF-8 here: the worker parses them.
 */
export async function* readJsonl(source: AsyncIterable<Uint8Array>, maxRecordBytes: number): AsyncGenerator<RawItem> {
  for await (const line of splitLines(source, maxRecordBytes)) {
    if ("tooLong" in line) {
      yield rejected(
        line.line,
        { field: null, reason: `line is ${line.tooLong} bytes, more than the limit of ${maxRecordBytes} bytes per record` },
        excerpt(line.head),
      );
      continue;
    }
    const decoded = decodeUtf8(line.bytes);
    if (!decoded.ok) {
      yield rejected(line.line, { field: null, reason: decoded.reason }, excerpt(line.bytes));
      continue;
    }
    if (decoded.text.trim() === "") continue;
    yield { position: line.line, text: decoded.text };
  }
}
