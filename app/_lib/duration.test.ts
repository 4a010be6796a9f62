import { expect, test } from "vitest";
import { durationParts } from "./duration";

test.each([
  [0, { unit: "seconds", s: 0 }],
  [59.4, { unit: "seconds", s: 59 }],
  [547.5, { unit: "minutes", m: 9, s: 8 }],
  [3599.6, { unit: "hours", h: 1, m: 0 }],
  [5 * 3600 + 7 * 60 + 40, { unit: "hours", h: 5, m: 8 }],
  [3 * 86400 + 5 * 3600 + 1, { unit: "days", d: 3, h: 5 }],
])("%s s", (seconds, parts) => {
  expect(durationParts(seconds)).toEqual(parts);
});
