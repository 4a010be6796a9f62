import { describe, expect, it } from "vitest";
import { findTemplateGaps, type GapInput } from "./gaps";

const message = (conversationId: number, text: string, converted = false): GapInput => ({
  conversationId,
  text,
  converted,
  scenario: "presale",
});

describe("findTemplateGaps", () => {
  it("groups rewordings of one question and ranks clusters by size", () => {
    const messages = [
      message(1, "Do you ship to Norway? How long does shipping take?"),
      message(2, "Do you ship to Sweden? How long does shipping take?", true),
      message(3, "How long does shipping take to Finland, do you ship there?"),
      message(4, "Can I pay with PayPal at checkout?"),
      message(5, "Can I pay with PayPal at checkout please?"),
      message(6, "Is the lamp dimmable?"),
    ];
    const gaps = findTemplateGaps(messages, { minSize: 2, limit: 10 });
    expect(gaps.map((g) => g.conversations)).toEqual([3, 2]);
    expect(gaps[0]!.conversions).toBe(1);
    expect(gaps[0]!.keywords).toContain("shipping");
    expect(gaps[1]!.label).toContain("PayPal");
  });

  it("ignores order numbers and keeps singletons out", () => {
    const gaps = findTemplateGaps([message(1, "Order #LM123456"), message(2, "Order #LM654321"), message(3, "Hello there")], {
      minSize: 2,
      limit: 10,
    });
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.keywords).toEqual(["order"]);
  });
});
