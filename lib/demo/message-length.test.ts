import { describe, expect, it } from "vitest";
import { CALL_SHARE } from "./channels";
import { MessageLengths, type ConversationShape } from "./message-length";
import { Random } from "./random";

describe("MessageLengths", () => {
  it.each([4, 8, 10, 20])("hits a target mean of %d messages over the mix of shapes", (target) => {
    const unanswered = 0.05;
    const lengths = new MessageLengths(target, unanswered, CALL_SHARE);
    const rng = new Random(`lengths-${target}`);
    const n = 60_000;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const shape: ConversationShape = rng.chance(unanswered) ? "unanswered" : rng.chance(CALL_SHARE) ? "call" : "written";
      total += lengths.sample(shape, rng);
    }
    expect(Math.abs(total / n / target - 1)).toBeLessThan(0.02);
  });

  it("never goes below what a shape needs", () => {
    const lengths = new MessageLengths(2, 0.05, CALL_SHARE);
    const rng = new Random("minimum");
    for (let i = 0; i < 2_000; i++) {
      expect(lengths.sample("outreach", rng)).toBeGreaterThanOrEqual(3);
      expect(lengths.sample("written", rng)).toBeGreaterThanOrEqual(2);
      expect(lengths.sample("unanswered", rng)).toBeGreaterThanOrEqual(1);
    }
  });
});
