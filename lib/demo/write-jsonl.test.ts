import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { generateShop } from "./generator";
import { writeShopJsonl } from "./write-jsonl";

/** A sink with a tiny buffer that takes its time, so the writer has to wait for `drain`. */
class SlowSink extends Writable {
  readonly chunks: Buffer[] = [];
  maxBuffered = 0;

  constructor() {
    super({ highWaterMark: 1024 });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    this.chunks.push(chunk);
    setImmediate(done);
  }
}

describe("writeShopJsonl", () => {
  it("streams the shop as JSONL, one record per line, waiting for the sink", async () => {
    const options = { conversations: 1_000, weeks: 2 };
    const sink = new SlowSink();
    const progress: number[] = [];
    const counts = await writeShopJsonl(options, sink, (c) => progress.push(c.message));

    const output = Buffer.concat(sink.chunks);
    const lines = output.toString("utf8").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toEqual([...generateShop(options)].map((r) => JSON.stringify(r)));
    expect(counts.conversation).toBe(1_000);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(lines.length);
    // Several chunks in all, but never more than one waiting: the writer paused on every full buffer.
    expect(output.length).toBeGreaterThan(3 * 1024 * 1024);
    expect(sink.maxBuffered).toBeLessThanOrEqual(1024 * 1024);
    expect(progress.at(-1)).toBe(counts.message);
    expect(sink.writableEnded).toBe(false);
  });

  it("fails, instead of hanging, when the sink breaks", async () => {
    const sink = new Writable({
      highWaterMark: 16,
      write: (_chunk, _encoding, done) => setImmediate(() => done(new Error("disk full"))),
    });
    await expect(writeShopJsonl({ conversations: 3_000 }, sink)).rejects.toThrow(/disk full|closed/);
  });
});
