import { describe, expect, it } from "vitest";
import { findNearDuplicates } from "./near-duplicates";

describe("findNearDuplicates", () => {
  it("pairs templates that hold most of each other's text, and nothing else", () => {
    const pairs = findNearDuplicates([
      { key: 1, text: "Thanks for your order! It ships from our warehouse within [days] business days and you will get a tracking link by email." },
      { key: 2, text: "Thank you for your order! It ships from our warehouse within [days] business days and you will get a tracking link by email soon." },
      { key: 3, text: "We are sorry the item arrived damaged. Please send us a photo and we will replace it right away." },
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 1, b: 2 });
    expect(pairs[0]!.similarity).toBeGreaterThan(0.8);
  });
});
