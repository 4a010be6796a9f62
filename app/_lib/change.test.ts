import { expect, test } from "vitest";
import { absoluteChange, direction, pointsChange, relativeChange, tone } from "./change";

test("relative change", () => {
  expect(relativeChange(15, 10)).toEqual({ kind: "relative", ratio: 0.5 });
  expect(relativeChange(5, 0)).toEqual({ kind: "new" });
  expect(relativeChange(0, 0)).toBeNull();
  expect(relativeChange(null, 3)).toBeNull();
});

test("points and absolute changes", () => {
  expect(pointsChange(0.25, 0.2)?.kind).toBe("points");
  expect((pointsChange(0.25, 0.2) as { points: number }).points).toBeCloseTo(5);
  expect(absoluteChange(4.1, 4.5)).toMatchObject({ kind: "absolute" });
  expect(absoluteChange(null, 4.5)).toBeNull();
});

test("tone follows the figure's polarity", () => {
  const up = relativeChange(12, 10)!;
  const down = relativeChange(8, 10)!;
  expect(direction(up)).toBe("up");
  expect(tone(up, "lower-is-better")).toBe("bad");
  expect(tone(down, "lower-is-better")).toBe("good");
  expect(tone(up, "higher-is-better")).toBe("good");
  expect(tone(up, "neutral")).toBe("neutral");
  expect(tone(relativeChange(10, 10)!, "higher-is-better")).toBe("neutral");
});
