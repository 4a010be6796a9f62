import { describe, expect, it } from "vitest";
import { chunkItems, type ItemChunk } from "./chunks";
import type { RawItem } from "./items";

const collect = async (items: RawItem[], records: number, chars: number) => {
  const chunks: ItemChunk[] = [];
  for await (const chunk of chunkItems(items, { records, chars })) chunks.push(chunk);
  return chunks;
};
const text = (position: number, length = 10): RawItem => ({ position, text: "x".repeat(length) });
const bad = (position: number): RawItem => ({ position, rejection: { field: "type", reason: "unknown type", raw: "{}" } });

describe("chunkItems", () => {
  it("ends a chunk at the record limit, counting rejections, and keeps input order", async () => {
    const chunks = await collect([text(1), bad(2), text(3), text(4), bad(5)], 2, 1_000);
    expect(chunks.map((c) => [c.positions, c.rejected.map((r) => r.position)])).toEqual([
      [[1], [2]],
      [[3, 4], []],
      [[], [5]],
    ]);
    expect(chunks[0]?.rejected[0]).toEqual({ position: 2, field: "type", reason: "unknown type", raw: "{}" });
  });

  it("ends a chunk at the text budget, so large records make small jobs", async () => {
    const chunks = await collect([text(1, 600), text(2, 600), text(3, 100), text(4, 900), text(5, 10)], 1_000, 1_000);
    expect(chunks.map((c) => c.positions)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks[0]?.lines).toEqual(["x".repeat(600), "x".repeat(600)]);
  });

  it("makes no chunk of nothing", async () => {
    expect(await collect([], 10, 10)).toEqual([]);
  });
});
