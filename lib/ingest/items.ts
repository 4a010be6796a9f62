import type { CanonicalRecord, Rejection } from "./records";
import { printable } from "./sanitize";

export type PositionKind = "line" | "row" | "index";

/** One record read from an input, at its position: accepted, or rejected with why and what it was. */
export type ParsedItem =
  | { position: number; record: CanonicalRecord }
  | { position: number; rejection: { field: string | null; reason: string; raw: string | null } };

export function rejected(position: number, rejection: Rejection, raw: string | null): ParsedItem {
  return {
    position,
    rejection: {
      field: rejection.field === null ? null : printable(rejection.field, 200),
      reason: printable(rejection.reason, 1_000),
      raw: raw === null ? null : printable(raw),
    },
  };
}

/** A re-readable byte source: adapters that need two passes (the Twitter threads) open it twice. */
export interface ByteSource {
  name: string;
  /** Total size in bytes when known, for progress. */
  size?: number;
  open(): AsyncIterable<Uint8Array>;
}
