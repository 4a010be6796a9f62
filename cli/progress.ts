/**
 * Progress on stderr, so stdout stays clean for `--json`. On a terminal it redraws one line; in a
 * log (CI, a pipe) it prints a line at most every few seconds.
 */
export class Progress {
  private lastDraw = 0;
  private readonly tty = Boolean(process.stderr.isTTY);
  private readonly started = Date.now();

  constructor(
    private readonly label: string,
    private readonly enabled = true,
  ) {}

  update(done: number, total: number | undefined, detail = ""): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < (this.tty ? 100 : 3_000)) return;
    this.lastDraw = now;
    this.draw(done, total, detail);
  }

  finish(detail: string): void {
    if (!this.enabled) return;
    if (this.tty) process.stderr.write("\r\x1b[2K");
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    process.stderr.write(`${this.label}: ${detail} (${seconds} s)\n`);
  }

  private draw(done: number, total: number | undefined, detail: string): void {
    const width = 30;
    const share = total ? Math.min(1, done / total) : 0;
    const bar = total ? `[${"#".repeat(Math.round(share * width)).padEnd(width, ".")}] ${(share * 100).toFixed(0).padStart(3)}%` : "";
    const line = `${this.label} ${bar} ${detail}`;
    if (this.tty) process.stderr.write(`\r\x1b[2K${line}`);
    else process.stderr.write(`${line}\n`);
  }
}
