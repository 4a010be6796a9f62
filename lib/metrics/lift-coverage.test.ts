import { describe, expect, it } from "vitest";
import type { Scenario } from "../ingest/records";
import { CONFOUNDED_EFFECTS, DEFAULT_EFFECTS, type ShopEffects } from "../demo/effects";
import { Random } from "../demo/random";
import { templatesOf } from "../demo/templates";
import { liftReport, type Stratum } from "./lift";

/**
 * The many-seed study of the lift estimate, simulated at the level of strata counts (no database):
 * conversations fall into scenario x channel strata with the generator's scenario mix, template
 * use and conversion rates, channels shift conversion on their own (a second confounder), and
 * each template multiplies conversion by its planted lift.
 */
const SCENARIO_MIX: readonly [Scenario, number][] = [
  ["presale", 0.4],
  ["logistics", 0.3],
  ["aftersale", 0.2],
  ["other", 0.1],
];
/** Channel share and its own conversion multiplier. */
const CHANNELS: readonly [string, number, number][] = [
  ["chat", 0.6, 1],
  ["email", 0.25, 0.7],
  ["social", 0.15, 1.2],
];
const CONVERSATIONS = 12_000;
const SEEDS = 200;

interface Simulated {
  strata: Map<string, Map<string, Stratum>>;
  pooled: Map<string, { uses: number; conversions: number }>;
  comparable: { n: number; conversions: number };
}

function simulate(effects: ShopEffects, seed: string): Simulated {
  const rng = new Random(seed);
  const counts = new Map<string, { uses: Map<string, [number, number]>; none: [number, number] }>();
  for (let i = 0; i < CONVERSATIONS; i++) {
    const scenario = rng.weighted(SCENARIO_MIX);
    const [channel, , channelFactor] = rng.weighted(CHANNELS.map((c) => [c, c[1]] as const));
    const key = `${scenario}/${channel}`;
    const stratum = counts.get(key) ?? { uses: new Map(), none: [0, 0] };
    counts.set(key, stratum);
    const template = rng.chance(effects.templateUse[scenario]) ? `${rng.pick(templatesOf(scenario))}-en` : null;
    const lift = template ? (effects.templateLift[template] ?? 1) : 1;
    const converted = rng.chance(Math.min(0.95, effects.conversionBase[scenario] * channelFactor * lift)) ? 1 : 0;
    const arm = template ? (stratum.uses.get(template) ?? [0, 0]) : stratum.none;
    arm[0]++;
    arm[1] += converted;
    if (template) stratum.uses.set(template, arm);
  }
  const strata = new Map<string, Map<string, Stratum>>();
  const pooled = new Map<string, { uses: number; conversions: number }>();
  const comparable = { n: 0, conversions: 0 };
  for (const [key, { uses, none }] of counts) {
    comparable.n += none[0];
    comparable.conversions += none[1];
    for (const [template, [n, c]] of uses) {
      const byStratum = strata.get(template) ?? new Map<string, Stratum>();
      byStratum.set(key, { uses: n, conversions: c, comparable: none[0], comparableConversions: none[1] });
      strata.set(template, byStratum);
      const p = pooled.get(template) ?? { uses: 0, conversions: 0 };
      pooled.set(template, { uses: p.uses + n, conversions: p.conversions + c });
    }
  }
  return { strata, pooled, comparable };
}

function study(effects: ShopEffects) {
  let intervals = 0;
  let covered = 0;
  let nullTests = 0;
  let nullFlagged = 0;
  let pooledWrongSign = 0;
  let standardisedRightSign = 0;
  for (let s = 0; s < SEEDS; s++) {
    const sim = simulate(effects, `coverage-${s}`);
    const rows = liftReport([...sim.strata].map(([key, strata]) => ({ key, strata: [...strata.values()] })));
    for (const row of rows) {
      const planted = (effects.templateLift[row.key] ?? 1) - 1;
      if (row.ciLow === null || row.ciHigh === null) continue;
      if (planted === 0) {
        nullTests++;
        if (row.verdict === "keep" || row.verdict === "prune") nullFlagged++;
        continue;
      }
      intervals++;
      if (row.ciLow <= planted && planted <= row.ciHigh) covered++;
      const p = sim.pooled.get(row.key)!;
      const pooledLift = p.conversions / p.uses / (sim.comparable.conversions / sim.comparable.n) - 1;
      if (Math.sign(pooledLift) !== Math.sign(planted)) pooledWrongSign++;
      if (Math.sign(row.lift!) === Math.sign(planted)) standardisedRightSign++;
    }
  }
  return { coverage: covered / intervals, intervals, nullRate: nullFlagged / nullTests, nullTests, pooledWrongSign, standardisedRightSign };
}

/** Each study simulates 2.4 million conversations: a few seconds, more on a busy machine. */
const STUDY_TIMEOUT_MS = 60_000;

describe("lift estimates over many seeds", { timeout: STUDY_TIMEOUT_MS }, () => {
  it("cover the planted lift about 95% of the time and rarely flag templates without an effect (default effects)", () => {
    const result = study(DEFAULT_EFFECTS);
    expect(result.intervals).toBe(SEEDS * Object.keys(DEFAULT_EFFECTS.templateLift).length);
    // 800 intervals: 95% ± 2.3 points is three standard errors.
    expect(result.coverage).toBeGreaterThan(0.927);
    expect(result.coverage).toBeLessThan(0.973);
    expect(result.nullRate).toBeLessThan(0.05);
  });

  it("get the sign right in the confounded shop, where the pooled comparison gets it wrong", () => {
    const result = study(CONFOUNDED_EFFECTS);
    expect(result.coverage).toBeGreaterThan(0.927);
    expect(result.coverage).toBeLessThan(0.973);
    expect(result.nullRate).toBeLessThan(0.05);
    // The pooled comparison is wrong for most planted templates, the standardised one almost never.
    expect(result.pooledWrongSign / result.intervals).toBeGreaterThan(0.7);
    expect(result.standardisedRightSign / result.intervals).toBeGreaterThan(0.95);
  });
});
