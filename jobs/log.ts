/**
 * One JSON line per event on stderr. Only ids, counts and timings: never record text, buyer data
 * or connection strings.
 */
export function log(event: string, fields: Record<string, unknown> = {}): void {
  process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), event, ...fields })}\n`);
}
