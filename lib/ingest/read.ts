import { readTwcs } from "./adapters/twcs";
import { type OlistType, readOlist } from "./adapters/olist";
import { readCanonicalCsv } from "./canonical-csv";
import type { ByteSource, PositionKind, RawItem } from "./items";
import { readJsonl } from "./jsonl";
import type { RecordType } from "./records";

export const FORMATS = ["canonical", "twcs", "olist"] as const;
export type Format = (typeof FORMATS)[number];

export interface ReadSpec {
  format: Format;
  /** Canonical CSV: the records' type (unless the file has a type column). Olist: review or order. */
  type?: RecordType;
  /** Canonical input only: JSONL or CSV. */
  syntax?: "jsonl" | "csv";
  maxRecordBytes: number;
}

export class ReadSpecError extends Error {}

/** Checks a read spec before any byte is read, so usage mistakes fail fast with a clear message. */
export function checkReadSpec(spec: ReadSpec): void {
  if (spec.format === "olist" && spec.type !== "review" && spec.type !== "order") {
    throw new ReadSpecError("--format olist needs --type review or --type order");
  }
  if (spec.format === "twcs" && spec.type !== undefined && spec.type !== "message") {
    throw new ReadSpecError("--format twcs reads the whole Twitter export; it takes no --type");
  }
}

export function positionKind(spec: ReadSpec): PositionKind {
  return spec.format === "canonical" && spec.syntax !== "csv" ? "line" : "row";
}

/** Canonical files are JSONL unless they are named .csv. */
export function syntaxOf(filename: string): "jsonl" | "csv" {
  return filename.toLowerCase().endsWith(".csv") ? "csv" : "jsonl";
}

/** Every input format, read as a stream of canonical records and rejections. */
export function readRecords(source: ByteSource, spec: ReadSpec): AsyncGenerator<RawItem> {
  checkReadSpec(spec);
  switch (spec.format) {
    case "twcs":
      return readTwcs(source, spec.maxRecordBytes);
    case "olist":
      return readOlist(source.open(), spec.type as OlistType, spec.maxRecordBytes);
    case "canonical":
      return (spec.syntax ?? syntaxOf(source.name)) === "csv"
        ? readCanonicalCsv(source.open(), spec.type, spec.maxRecordBytes)
        : readJsonl(source.open(), spec.maxRecordBytes);
  }
}
