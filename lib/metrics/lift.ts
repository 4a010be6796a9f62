/**
 * Template lift (../shared/spec/metrics.md, "Template use and lift"): conversion of the
 * conversations that used a template against comparable conversations answered without any,
 * standardised over strata (scenario x channel) with the Mantel-Haenszel risk ratio.
 */

/** One stratum: the template arm (conversations that used it) beside the comparable arm. */
export interface Stratum {
  /** Conversations in the stratum that used the template, and how many of them converted. */
  uses: number;
  conversions: number;
  /** Comparable conversations in the stratum (answered by a human, no template), and conversions. */
  comparable: number;
  comparableConversions: number;
}

export interface RiskRatio {
  /** Mantel-Haenszel risk ratio; null when undefined (no conversions in one arm). */
  ratio: number | null;
  /** 95% interval of the ratio (Greenland-Robins variance of its logarithm). */
  low: number | null;
  high: number | null;
  /** Two-sided p-value of ratio = 1 (Wald test on the log scale, consistent with the interval). */
  pValue: number | null;
}

/** 97.5th percentile of the standard normal: a two-sided 95% interval. */
const Z_95 = 1.959963984540054;

/**
 * Mantel-Haenszel risk ratio over strata, with the Greenland-Robins (1985) variance of
 * ln(RR_MH): Var = Σ (n1 n0 (a + c) − a c N) / N² ÷ (Σ a n0 / N · Σ c n1 / N), where in each
 * stratum a of n1 exposed and c of n0 unexposed had the outcome, N = n1 + n0. Strata with an
 * empty arm carry no information and drop out by their weights.
 */
export function mantelHaenszel(strata: readonly Stratum[]): RiskRatio {
  let r = 0;
  let s = 0;
  let v = 0;
  for (const x of strata) {
    const n = x.uses + x.comparable;
    if (x.uses === 0 || x.comparable === 0) continue;
    r += (x.conversions * x.comparable) / n;
    s += (x.comparableConversions * x.uses) / n;
    v += (x.uses * x.comparable * (x.conversions + x.comparableConversions) - x.conversions * x.comparableConversions * n) / (n * n);
  }
  if (r === 0 || s === 0) return { ratio: null, low: null, high: null, pValue: null };
  const ratio = r / s;
  const se = Math.sqrt(v / (r * s));
  const log = Math.log(ratio);
  return {
    ratio,
    low: Math.exp(log - Z_95 * se),
    high: Math.exp(log + Z_95 * se),
    pValue: se > 0 ? 2 * normalUpperTail(Math.abs(log) / se) : null,
  };
}

/**
 * Benjamini-Hochberg adjusted p-values (q-values), in the order given; nulls stay null and do not
 * count as tests. q(i) = min over j ≥ i of m p(j) / j, capped at 1, p sorted ascending.
 */
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  const tested = pValues.flatMap((p, i) => (p === null ? [] : [{ p, i }])).sort((a, b) => a.p - b.p);
  const m = tested.length;
  const q: (number | null)[] = pValues.map(() => null);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const { p, i } = tested[k]!;
    running = Math.min(running, (p * m) / (k + 1));
    q[i] = running;
  }
  return q;
}

export type Verdict = "insufficient_data" | "prune" | "keep" | "neutral";

/** Fewer uses than this, or fewer conversions than the next in either arm: too little to judge. */
export const MIN_USES = 30;
export const MIN_CONVERSIONS = 5;
/** Largest q-value at which a whole-interval verdict is given. */
export const MAX_Q = 0.1;

export interface VerdictInput {
  uses: number;
  conversions: number;
  comparableConversions: number;
  liftLow: number | null;
  liftHigh: number | null;
  qValue: number | null;
}

export function verdict(x: VerdictInput): Verdict {
  if (x.uses < MIN_USES || x.conversions < MIN_CONVERSIONS || x.comparableConversions < MIN_CONVERSIONS) {
    return "insufficient_data";
  }
  if (x.liftLow === null || x.liftHigh === null || x.qValue === null || x.qValue >= MAX_Q) return "neutral";
  if (x.liftHigh < 0) return "prune";
  if (x.liftLow > 0) return "keep";
  return "neutral";
}

/** A template (version) with its strata, as the effectiveness report starts from. */
export interface TemplateArm<K> {
  key: K;
  strata: readonly Stratum[];
}

export interface LiftRow<K> {
  key: K;
  uses: number;
  conversions: number;
  conversionRate: number | null;
  /**
   * The conversion rate comparable conversations would have had in the template's own mix of
   * strata (direct standardisation over the strata that have comparable conversations).
   */
  baselineRate: number | null;
  /** Comparable conversations and their conversions in the strata the template was used in. */
  comparable: number;
  comparableConversions: number;
  lift: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number | null;
  qValue: number | null;
  verdict: Verdict;
}

/** Lift, interval, p, q (across these templates) and verdict of every template. */
export function liftReport<K>(arms: readonly TemplateArm<K>[]): LiftRow<K>[] {
  const partial = arms.map((arm) => {
    let uses = 0;
    let conversions = 0;
    let comparable = 0;
    let comparableConversions = 0;
    let standardisedUses = 0;
    let expected = 0;
    for (const s of arm.strata) {
      uses += s.uses;
      conversions += s.conversions;
      if (s.uses === 0 || s.comparable === 0) continue;
      comparable += s.comparable;
      comparableConversions += s.comparableConversions;
      standardisedUses += s.uses;
      expected += (s.uses * s.comparableConversions) / s.comparable;
    }
    const rr = mantelHaenszel(arm.strata);
    return {
      key: arm.key,
      uses,
      conversions,
      conversionRate: uses > 0 ? conversions / uses : null,
      baselineRate: standardisedUses > 0 ? expected / standardisedUses : null,
      comparable,
      comparableConversions,
      lift: rr.ratio === null ? null : rr.ratio - 1,
      ciLow: rr.low === null ? null : rr.low - 1,
      ciHigh: rr.high === null ? null : rr.high - 1,
      pValue: rr.pValue,
    };
  });
  const q = benjaminiHochberg(partial.map((row) => row.pValue));
  return partial.map((row, i) => {
    const qValue = q[i] ?? null;
    return {
      ...row,
      qValue,
      verdict: verdict({
        uses: row.uses,
        conversions: row.conversions,
        comparableConversions: row.comparableConversions,
        liftLow: row.ciLow,
        liftHigh: row.ciHigh,
        qValue,
      }),
    };
  });
}

/** P(Z > z) for a standard normal Z. */
export function normalUpperTail(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  // Numerical Recipes' erfc Chebyshev fit, fractional error below 1.2e-7 everywhere.
  const y =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? y : 2 - y;
}
