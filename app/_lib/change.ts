/** How a figure moved against the previous week, before any formatting. */
export type Change =
  | { kind: "relative"; ratio: number } // +0.125 = 12.5% more
  | { kind: "points"; points: number } // percentage points, for rates
  | { kind: "absolute"; delta: number } // for averages such as ratings
  | { kind: "new" }; // from zero to something

/** Whether going up is good news for a figure (unanswered: no), or neither (volumes). */
export type Polarity = "higher-is-better" | "lower-is-better" | "neutral";

/** Below this a change shows as flat. */
const EPSILON = 1e-9;

export function relativeChange(current: number | null, previous: number | null): Change | null {
  if (current === null || previous === null) return null;
  if (previous === 0) return current === 0 ? null : { kind: "new" };
  return { kind: "relative", ratio: (current - previous) / previous };
}

export function pointsChange(current: number | null, previous: number | null): Change | null {
  if (current === null || previous === null) return null;
  return { kind: "points", points: (current - previous) * 100 };
}

export function absoluteChange(current: number | null, previous: number | null): Change | null {
  if (current === null || previous === null) return null;
  return { kind: "absolute", delta: current - previous };
}

export function direction(change: Change): "up" | "down" | "flat" {
  const value =
    change.kind === "relative" ? change.ratio : change.kind === "points" ? change.points : change.kind === "absolute" ? change.delta : 1;
  if (Math.abs(value) < EPSILON) return "flat";
  return value > 0 ? "up" : "down";
}

/** good, bad or neutral news, for the badge's colour. */
export function tone(change: Change, polarity: Polarity): "good" | "bad" | "neutral" {
  const dir = direction(change);
  if (polarity === "neutral" || dir === "flat") return "neutral";
  return (dir === "up") === (polarity === "higher-is-better") ? "good" : "bad";
}
