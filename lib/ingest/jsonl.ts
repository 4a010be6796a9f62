import { decodeUtf8, excerpt } from "./bytes";
import { type ParsedItem, rejected } from "./items";
import { splitLines } from "./lines";
import { validateRecord } from "./records";

/** Canonical JSONL: one record per line; blank lines are skipped; positions are line numbers. */
export async function* readJsonl(source: AsyncIterable<Uint8Array>, maxRecordBytes: number): AsyncGenerator<ParsedItem> {
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
    const text = decoded.text;
    if (text.trim() === "") continue;
    yield parseJsonRecord(line.line, text);
  }
}

/** One JSON text as a canonical record. */
export function parseJsonRecord(position: number, text: string): ParsedItem {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return rejected(position, { field: null, reason: `malformed JSON: ${(error as Error).message}` }, text);
  }
  const checked = validateRecord(value);
  return checked.ok ? { position, record: checked.record } : rejected(position, checked, text);
}
