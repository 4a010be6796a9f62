/** What became of a conversation: how fast it was answered, whether it sold, how the buyer rated it. */
import type { Scenario } from "../ingest/records";
import { HOUR_MS, SECOND_MS, wholeSeconds } from "./clock";
import type { PlannedMessage } from "./conversation-plan";
import type { ShopEffects } from "./effects";
import type { Random } from "./random";

const MAX_CONVERSION = 0.95;
/** Orders come within the 72-hour attribution window; keep a margin for clock rounding. */
const LATEST_ORDER_MS = 70 * HOUR_MS;

/** The clock of the first response (../shared/spec/metrics.md): first buyer message to first human reply. */
export function firstResponse(plan: readonly PlannedMessage[]): { firstBuyerMs: number; frtSeconds: number | null } {
  let firstBuyerMs: number | null = null;
  for (const m of plan) {
    if (firstBuyerMs === null) {
      if (m.sender === "buyer") firstBuyerMs = m.atMs;
    } else if (m.sender === "agent") {
      return { firstBuyerMs, frtSeconds: (m.atMs - firstBuyerMs) / SECOND_MS };
    }
  }
  if (firstBuyerMs === null) throw new Error("a planned conversation always has a buyer message");
  return { firstBuyerMs, frtSeconds: null };
}

/** The planted probability that a conversation leads to an order: by scenario, first response and template. */
export function conversionProbability(
  effects: ShopEffects,
  scenario: Scenario,
  frtSeconds: number | null,
  templateId: string | null,
): number {
  const lift = templateId === null ? 1 : (effects.templateLift[templateId] ?? 1);
  const response = frtSeconds === null ? effects.unansweredFactor : frtFactor(effects, frtSeconds);
  return Math.min(MAX_CONVERSION, effects.conversionBase[scenario] * response * lift);
}

/** The planted conversion multiplier of the slowest first-response step the reply missed. */
function frtFactor(effects: ShopEffects, seconds: number): number {
  let factor = 1;
  let threshold = -Infinity;
  for (const step of effects.frtSteps) {
    if (seconds > step.overSeconds && step.overSeconds > threshold) {
      factor = step.factor;
      threshold = step.overSeconds;
    }
  }
  return factor;
}

/** Orders come during the conversation now and then, mostly in the hours after it. */
export function orderTime(firstBuyerMs: number, lastMs: number, rng: Random): number {
  const during = lastMs - firstBuyerMs > 2 * 60 * SECOND_MS && rng.chance(0.3);
  const ms = during
    ? rng.between(firstBuyerMs + 60 * SECOND_MS, lastMs)
    : lastMs + Math.min(rng.exponential(8 * HOUR_MS), LATEST_ORDER_MS);
  return Math.max(firstBuyerMs + SECOND_MS, wholeSeconds(ms));
}

/** Buyers rate fast answers well, complaints and long waits less. */
export function satisfaction(frtSeconds: number, scenario: Scenario, complaint: boolean, rng: Random): number {
  let score = 4.4;
  if (frtSeconds > 900) score -= 0.8;
  if (frtSeconds > 3_600) score -= 0.5;
  if (scenario === "aftersale" || complaint) score -= 0.6;
  score += rng.normal(0, 0.8);
  return Math.min(5, Math.max(1, Math.round(score)));
}
