import { ByteBuffer, decodeUtf8, excerpt, startsWithBom } from "./bytes";

export type CsvRow =
  | { line: number; fields: string[]; raw: () => string }
  | { line: number; error: string; raw: () => string };

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const CR = 0x0d;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

/**
 * RFC 4180 CSV read byte by byte, so invalid UTF-8 is caught per field and memory stays bounded
 * per row. Rows end at `\n` or `\r\n` outside quotes; a bare `\r` is data (the Twitter export has
 * tweets holding `\r\r`), quoted fields may span lines. `line` is the line the row starts on.
 */
export async function* parseCsv(
  source: AsyncIterable<Uint8Array>,
  maxRowBytes: number,
): AsyncGenerator<CsvRow> {
  const field = new ByteBuffer();
  const rowBytes = new ByteBuffer();
  let fields: Uint8Array[] = [];
  let state = State.FieldStart;
  let line = 1;
  let rowStartLine = 1;
  let rowSize = 0;
  let tooLong = false;
  let badQuote = false;
  let first = true;

  const endField = () => {
    let bytes = field.view();
    fields.push(bytes.slice());
    field.clear();
    return bytes;
  };

  const emit = (): CsvRow | null => {
    const rawBytes = rowBytes.view().slice(0, 2_000);
    const raw = () => excerpt(rawBytes);
    const startLine = rowStartLine;
    const collected = fields;
    const size = rowSize;
    fields = [];
    rowBytes.clear();
    rowSize = 0;
    const wasTooLong = tooLong;
    const wasBadQuote = badQuote;
    tooLong = false;
    badQuote = false;
    if (wasTooLong) {
      return { line: startLine, raw, error: `row is ${size} bytes, more than the limit of ${maxRowBytes}` };
    }
    if (collected.length === 1 && collected[0]?.length === 0) return null; // blank line
    if (wasBadQuote) {
      return { line: startLine, raw, error: "a quoted field has text after its closing quote" };
    }
    const decoded: string[] = [];
    for (let i = 0; i < collected.length; i++) {
      const d = decodeUtf8(collected[i] as Uint8Array);
      if (!d.ok) return { line: startLine, raw, error: `column ${i + 1}: ${d.reason}` };
      decoded.push(d.text);
    }
    return { line: startLine, fields: decoded, raw };
  };

  for await (const incoming of source) {
    let chunk = incoming;
    if (first) {
      first = false;
      if (startsWithBom(chunk)) chunk = chunk.subarray(3);
    }
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      rowSize++;
      if (!tooLong && rowSize > maxRowBytes) {
        tooLong = true;
        field.clear();
      }
      if (!tooLong && rowBytes.length < 2_000) rowBytes.push(b);
      const keep = !tooLong;
      switch (state) {
        case State.FieldStart:
          if (b === QUOTE) {
            state = State.Quoted;
            break;
          }
          state = State.Unquoted;
        // falls through: the byte starts an unquoted field
        case State.Unquoted:
          if (b === COMMA) {
            endField();
            state = State.FieldStart;
          } else if (b === NEWLINE) {
            const view = field.view();
            if (view.length > 0 && view[view.length - 1] === CR) field.length--;
            endField();
            rowSize--; // the newline is not part of the row
            const row = emit();
            if (row) yield row;
            line++;
            rowStartLine = line;
            state = State.FieldStart;
          } else if (keep) {
            field.push(b);
          }
          break;
        case State.Quoted:
          if (b === QUOTE) state = State.QuoteInQuoted;
          else {
            if (b === NEWLINE) line++;
            if (keep) field.push(b);
          }
          break;
        case State.QuoteInQuoted:
          if (b === QUOTE) {
            if (keep) field.push(QUOTE);
            state = State.Quoted;
          } else if (b === COMMA) {
            endField();
            state = State.FieldStart;
          } else if (b === NEWLINE) {
            endField();
            rowSize--;
            const row = emit();
            if (row) yield row;
            line++;
            rowStartLine = line;
            state = State.FieldStart;
          } else if (b === CR) {
            // CRLF after a closing quote: the \n ends the row.
          } else {
            badQuote = true;
            state = State.Unquoted;
          }
          break;
      }
    }
  }
  if (state === State.Quoted) {
    endField();
    const row = emit();
    if (row) {
      yield {
        line: row.line,
        raw: row.raw,
        error: "error" in row ? row.error : "the file ends inside a quoted field (a missing closing quote)",
      };
    }
    return;
  }
  if (state !== State.FieldStart || fields.length > 0) {
    endField();
    const row = emit();
    if (row) yield row;
  }
}
