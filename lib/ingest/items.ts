import { type CanonicalRecord, type Rejection, validateRecord } from "./records";
import { printable } from "./sanitize";

export type PositionKind = "line" | "row" | "index";

export interface RejectionDetail {
  field: string | null;
  reason: string;
  /** The start of the record as received, for people to see and fix it. */
  raw: string | null;
}

/**
 * A record as it travels through the queue: its JSON text at its position in the input, or a
 * rejection the reader already made (a line too long, bytes that are not UTF-8). The worker parses
 * and checks the text, so each record is parsed once on its way in.
 */
export type RawItem = { position: number; text: string } | { position: number; rejection: RejectionDetail };

/** A record read and checked: accepted, or rejected with why and what it was. */
export type ParsedItem = { position: number; record: CanonicalRecord } | { position: number; rejection: RejectionDetail };

export function rejected(position: number, rejection: Rejection, raw: string | null): { position: number; rejection: RejectionDetail } {
  return {
    position,
    rejection: {
      field: rejection.field === null ? null : printable(rejection.field, 200),
      reason: printable(rejection.reason, 1_000),
      raw: raw === null ? null : printable(raw),
    },
  };
}

/** The queue form of a record a reader has already built and checked (CSV rows, adapters). */
export function asRaw(item: ParsedItem): RawItem {
  return "record" in item ? { position: item.position, text: JSON.stringify(item.record) } : item;
}

/** Parses and checks one queued item. */
export function parseRawItem(item: RawItem): ParsedItem {
  if ("rejection" in item) return item;
  let value: unknown;
  try {
    value = JSON.parse(item.text);
  } catch (error) {
    return rejected(item.position, { field: null, reason: `malformed JSON: ${(error as Error).message}` }, item.text);
  }
  const checked = validateRecord(value);
  return checked.ok ? { position: item.position, record: checked.record } : rejected(item.position, checked, item.text);
}

/** A re-readable byte source: adapters that need two passes (the Twitter threads) open it twice. */
export interface ByteSource {
  name: string;
  /** Total size in bytes when known, for progress. */
  size?: number;
  open(): AsyncIterable<Uint8Array>;
}
