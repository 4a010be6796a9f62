/**
 * Rejection reasons and excerpts quote what the sender sent, which may be anything; PostgreSQL
 * cannot store NUL or unpaired surrogates, so those are made visible instead of failing the batch.
 */
export function printable(text: string, maxChars = 2_000): string {
  const clipped = text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
  return clipped.replaceAll("\u0000", "\u2400").toWellFormed();
}
