import { describe, expect, it } from "vitest";
import { chunked, collectParsed } from "../test-support/streams";
import { readJsonl } from "./jsonl";

const ok = (id: string) =>
  JSON.stringify({ type: "message", id, conversation_id: "c", sender: "buyer", sent_at: "2026-11-23T08:00:00Z", text: "hi" });

describe("readJsonl", () => {
  it("keeps good lines and rejects bad ones with their line number, field and reason", async () => {
    const input = [
      ok("m1"),
      '{"type": "message", "id": "m2",', // malformed JSON
      "",
      JSON.stringify({ type: "review", id: "r1", rating: 9, text: "bad", created_at: "2026-11-23T08:00:00Z" }),
      JSON.stringify({ type: "parcel", id: "p1" }),
      ok("m3"),
    ].join("\r\n");
    for (const size of [1, 5, 1 << 16]) {
      const items = await collectParsed(readJsonl(chunked(input, size), 1 << 20));
      expect(items.map((i) => i.position)).toEqual([1, 2, 4, 5, 6]);
      expect(items[0]).toMatchObject({ record: { id: "m1" } });
      expect(items[1]).toMatchObject({ rejection: { field: null, reason: expect.stringMatching(/^malformed JSON/) } });
      expect(items[2]).toMatchObject({ rejection: { field: "rating" } });
      expect(items[3]).toMatchObject({ rejection: { field: "type", reason: expect.stringMatching(/unknown type "parcel"/) } });
      expect(items[4]).toMatchObject({ record: { id: "m3" } });
    }
  });

  it("rejects invalid UTF-8 by line and position without touching its neighbours", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(`${ok("m1")}\n{"text": "caf`),
      0xc3, 0x28, // an invalid two-byte sequence
      ...new TextEncoder().encode(`"}\n${ok("m2")}\n`),
    ]);
    const items = await collectParsed(readJsonl(chunked(bytes, 3), 1 << 20));
    expect(items).toHaveLength(3);
    expect(items[1]).toMatchObject({ position: 2, rejection: { reason: "invalid UTF-8 at byte 14" } });
    expect(items[2]).toMatchObject({ position: 3, record: { id: "m2" } });
  });

  it("rejects a 50 MB line while holding only a bounded part of it", async () => {
    async function* huge(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode(`${ok("m1")}\n{"type":"message","text":"`);
      const block = new Uint8Array(1 << 20).fill(0x61);
      for (let i = 0; i < 50; i++) yield block;
      yield new TextEncoder().encode(`"}\n${ok("m2")}`);
    }
    const before = process.memoryUsage().arrayBuffers;
    const items = await collectParsed(readJsonl(huge(), 1 << 20));
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 << 20);
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items[1]).toMatchObject({ rejection: { reason: expect.stringMatching(/line is 524288\d\d bytes, more than the limit/) } });
    expect("rejection" in items[1]! && items[1].rejection.raw?.length).toBe(200);
    expect(items[2]).toMatchObject({ record: { id: "m2" } });
  });

  it("yields nothing for an empty input and skips a byte-order mark", async () => {
    expect(await collectParsed(readJsonl(chunked(""), 1 << 20))).toEqual([]);
    const items = await collectParsed(readJsonl(chunked(`\ufeff${ok("m1")}\n`), 1 << 20));
    expect(items).toMatchObject([{ position: 1, record: { id: "m1" } }]);
  });

  it("stores script text as sent", async () => {
    const line = JSON.stringify({
      type: "message", id: "x", conversation_id: "c", sender: "buyer", sent_at: "2026-11-23T08:00:00Z",
      text: "<script>alert(document.cookie)</script>",
    });
    const [item] = await collectParsed(readJsonl(chunked(line), 1 << 20));
    expect(item).toMatchObject({ record: { text: "<script>alert(document.cookie)</script>" } });
  });
});
