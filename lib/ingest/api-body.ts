import { badRequest } from "../errors";
import { decodeUtf8 } from "./bytes";
import { asRaw, type ParsedItem, parseRawItem, type RawItem, rejected } from "./items";
import { readJsonl } from "./jsonl";
import { deeperThan, MAX_NESTING, validateRecord } from "./records";

export interface IngestBody {
  /** What goes on the queue: every record, accepted or not, at its 0-based index. */
  items: RawItem[];
  rejected: { index: number; field: string | null; reason: string }[];
}

/**
 * The body of POST /api/v1/ingest: a JSON array of records, or JSONL. Positions are 0-based
 * indexes: the element of the array, or the line of the JSONL body. A body that cannot be read at
 * all is the caller's mistake (400); a bad record in a good body is rejected on its own. Records
 * are checked here because the answer lists the rejected ones.
 */
export async function parseIngestBody(
  body: AsyncIterable<Uint8Array>,
  kind: "json" | "ndjson",
  maxRecordBytes: number,
): Promise<IngestBody> {
  const parsed: ParsedItem[] = [];
  if (kind === "ndjson") {
    for await (const item of readJsonl(body, maxRecordBytes)) parsed.push(parseRawItem({ ...item, position: item.position - 1 }));
  } else {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body) chunks.push(chunk);
    const decoded = decodeUtf8(Buffer.concat(chunks));
    if (!decoded.ok) throw badRequest(`the body is not valid UTF-8: ${decoded.reason}`);
    let value: unknown;
    try {
      value = JSON.parse(decoded.text.replace(/^\ufeff/, ""));
    } catch (error) {
      throw badRequest(`the body is not valid JSON: ${(error as Error).message}`);
    }
    if (!Array.isArray(value)) {
      throw badRequest("the body must be a JSON array of records (or JSONL with Content-Type: application/x-ndjson)");
    }
    value.forEach((element, index) => {
      const checked = validateRecord(element);
      // A record nested too deeply to accept is also too deep to print back.
      const raw = deeperThan(element, MAX_NESTING) ? null : (JSON.stringify(element) ?? null);
      parsed.push(checked.ok ? { position: index, record: checked.record } : rejected(index, checked, raw));
    });
  }
  if (parsed.length === 0) throw badRequest("the body holds no records");
  return {
    items: parsed.map(asRaw),
    rejected: parsed.flatMap((item) =>
      "rejection" in item ? [{ index: item.position, field: item.rejection.field, reason: item.rejection.reason }] : [],
    ),
  };
}
