import { describe, expect, it } from "vitest";
import { chunked } from "../test-support/streams";
import { parseIngestBody } from "./api-body";

const agent = { type: "agent", id: "a1", name: "Li" };

describe("parseIngestBody", () => {
  it("rejects a record nested too deeply on its own, as JSON and as JSONL, and keeps the rest", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const json = await parseIngestBody(chunked(`[${JSON.stringify(agent)},${deep}]`, 1 << 16), "json", 1 << 20);
    expect(json.items).toHaveLength(2);
    expect(json.rejected).toEqual([{ index: 1, field: null, reason: "a record must be a JSON object" }]);

    const deepAttr = `{"type":"agent","id":"a2","name":"X","extra":${"[".repeat(5_000)}${"]".repeat(5_000)}}`;
    const ndjson = await parseIngestBody(chunked(`${JSON.stringify(agent)}\n${deepAttr}\n`, 1 << 16), "ndjson", 1 << 20);
    expect(ndjson.rejected).toEqual([{ index: 1, field: null, reason: "a record may nest objects and arrays at most 32 levels deep" }]);
  });

  it("keeps a field called constructor or __proto__ in attrs", async () => {
    const body = await parseIngestBody(chunked('[{"type":"agent","id":"a1","name":"Li","constructor":"c","__proto__":"p"}]'), "json", 1 << 20);
    expect(body.rejected).toEqual([]);
    expect(JSON.parse((body.items[0] as { text: string }).text).attrs).toEqual(JSON.parse('{"constructor":"c","__proto__":"p"}'));
  });
});
