import { expect, test } from "vitest";
import { topicWeekFigures } from "./weekly";

test("the trailing average counts only weeks since the data starts", () => {
  const history = { key: "damaged", counts: [0, 0, 0, 4, 6, 9], seenBefore: true };
  const figures = topicWeekFigures(history, { weekStart: "2026-11-16", firstWeek: "2026-11-02", negativeDocuments: 90 });
  // Weeks of Nov 2 and Nov 9 only: (4 + 6) / 2.
  expect(figures).toMatchObject({ count: 9, previousCount: 6, trailingAverage: 5, share: 0.1 });
});

test("four trailing weeks when the data goes back further", () => {
  const history = { key: "damaged", counts: [8, 1, 2, 3, 4, 5], seenBefore: true };
  const figures = topicWeekFigures(history, { weekStart: "2026-11-16", firstWeek: "2026-01-05", negativeDocuments: 0 });
  expect(figures).toMatchObject({ count: 5, trailingAverage: 2.5, share: null });
});
