import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { collectParsed } from "../../test-support/streams";
import { sampleData } from "../../test-support/files";
import { readOlist } from "./olist";

const read = (file: string, type: "review" | "order") =>
  collectParsed(readOlist(fs.createReadStream(sampleData("olist", file)), type, 1 << 20));

describe("readOlist on the real Olist sample", () => {
  it("reads every review with its order, rating and Brazil-local time", async () => {
    const items = await read("olist_order_reviews_2k.csv", "review");
    expect(items).toHaveLength(1990);
    expect(items.filter((i) => "rejection" in i)).toEqual([]);
    expect(items[0]).toEqual({
      position: 2,
      record: expect.objectContaining({
        type: "review",
        id: "e64fb393e7b32834bb789ff8bb30750e",
        order_id: "658677c97b385a9be170737859d3511b",
        rating: 5,
        text: "Recebi bem antes do prazo estipulado.",
        created_at: "2017-04-21T00:00:00-03:00",
        market: "BR",
        language: "pt",
      }),
    });
    const withText = items.filter((i) => "record" in i && i.record.type === "review" && i.record.text !== "");
    expect(withText).toHaveLength(827);
  });

  it("reads orders with their buyer and delivery times, summer time included", async () => {
    const items = await read("olist_orders_2k.csv", "order");
    expect(items).toHaveLength(2000);
    expect(items[0]).toMatchObject({
      record: {
        type: "order",
        id: "40c5e18f7d112b59b3e5113a59a905b3",
        buyer_id: "67407057a7d5ee17d1cd09523f484d13",
        placed_at: "2018-06-11T10:25:52-03:00",
        delivered_at: "2018-06-19T00:31:13-03:00",
        status: "delivered",
      },
    });
    const summer = items.find((i) => "record" in i && i.record.type === "order" && i.record.placed_at.startsWith("2017-01"));
    expect(summer && "record" in summer && summer.record.type === "order" && summer.record.placed_at).toMatch(/-02:00$/);
    const undelivered = items.filter((i) => "record" in i && i.record.type === "order" && i.record.delivered_at === undefined);
    expect(undelivered).toHaveLength(69);
  });

  it("reads the fully quoted 62-review export", async () => {
    const items = await read("olist_order_reviews_sample62.csv", "review");
    expect(items).toHaveLength(62);
    expect(items.every((i) => "record" in i)).toBe(true);
  });
});
