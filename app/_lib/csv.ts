/**
 * CSV cells for files people open in Excel or WPS: RFC 4180 quoting, and no formula injection.
 * A cell that starts with =, +, -, @, a tab or a carriage return would be run as a formula by a
 * spreadsheet (https://owasp.org/www-community/attacks/CSV_Injection), so it gets a leading `'`,
 * which spreadsheets hide and treat as "this is text".
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One text cell, neutralised and quoted as needed; null and undefined are empty cells. */
export function csvCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A row of cells: numbers are written as they are, strings through `csvCell`. Ends with CRLF. */
export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map((c) => (typeof c === "number" ? String(c) : csvCell(c))).join(",")}\r\n`;
}
