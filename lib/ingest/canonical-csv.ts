import { parseCsv } from "./csv";
import { asRaw, type RawItem, rejected } from "./items";
import { usageError } from "../errors";
import { type RecordType, validateRecord } from "./records";

/**
 * Canonical CSV: a header row naming the fields, then one record per row, all of `type` (or of
 * each row's `type` column when the file has one). Unknown columns are kept in `attrs`.
 * Positions are spreadsheet row numbers: the header is row 1.
 */
export async function* readCanonicalCsv(
  source: AsyncIterable<Uint8Array>,
  type: RecordType | undefined,
  maxRecordBytes: number,
): AsyncGenerator<RawItem> {
  for await (const row of readCsvObjects(source, maxRecordBytes)) {
    if ("error" in row) {
      yield rejected(row.row, { field: null, reason: row.error }, row.raw());
      continue;
    }
    const record = type ? { ...row.values, type } : row.values;
    // Every row would be refused for the same reason: the import is refused instead, once.
    if (!Object.hasOwn(record, "type")) {
      throw usageError("the CSV has no type column: name its records' type (--type on the command line, Record type on the Imports page)");
    }
    const checked = validateRecord(record, { fromCsv: true });
    yield checked.ok ? asRaw({ position: row.row, record: checked.record }) : rejected(row.row, checked, row.raw());
  }
}

/** `raw` is computed on demand: only rejected rows need their text. */
export type CsvObject =
  | { row: number; values: Record<string, string>; raw: () => string }
  | { row: number; error: string; raw: () => string };

/** CSV rows as objects keyed by the header, with rows of the wrong width refused. */
export async function* readCsvObjects(
  source: AsyncIterable<Uint8Array>,
  maxRecordBytes: number,
): AsyncGenerator<CsvObject> {
  let header: string[] | null = null;
  let rowNo = 0;
  for await (const row of parseCsv(source, maxRecordBytes)) {
    rowNo++;
    if (header === null) {
      if ("error" in row) throw new CsvHeaderError(`the header row cannot be read: ${row.error}`);
      header = row.fields.map((f) => f.trim());
      continue;
    }
    if ("error" in row) {
      yield { row: rowNo, error: row.error, raw: row.raw };
      continue;
    }
    if (row.fields.length !== header.length) {
      const which = row.fields.length > header.length ? "too many" : "too few";
      yield {
        row: rowNo,
        error: `${which} columns: the row has ${row.fields.length}, the header has ${header.length}`,
        raw: row.raw,
      };
      continue;
    }
    // Built as data properties: a column called "__proto__" is a column like any other.
    const values: Record<string, string> = Object.fromEntries(header.map((name, i) => [name, row.fields[i] ?? ""]));
    yield { row: rowNo, values, raw: row.raw };
  }
}

/** A CSV without a readable header cannot be imported at all. */
export class CsvHeaderError extends Error {}
