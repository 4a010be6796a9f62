/**
 * Whether a topic is emerging in a week (../shared/spec/metrics.md): its count is significantly
 * above its own trailing four-week average, or it is new, and it has at least 5 documents.
 *
 * "Significantly above" is an exact one-sided test that also accounts for the noise in the
 * average itself: if the topic's rate had not changed, each of its documents over the week and
 * the trailing weeks would fall in the week with probability 1 / (weeks + 1), so the week's count
 * is Binomial(total, 1 / (weeks + 1)). The week is significantly above when the chance of a count
 * at least this large is below ALPHA.
 */
export const TRAILING_WEEKS = 4;
export const MIN_EMERGING_DOCUMENTS = 5;
/** One-sided significance level: with ~10 topics over a quarter, about one false flag a year. */
export const ALPHA = 0.01;

export interface EmergingInput {
  count: number;
  /** Counts of the trailing weeks that the workspace has data for (up to four, oldest first). */
  trailing: readonly number[];
  /** The topic has documents in some week before this one (not only the trailing four). */
  seenBefore: boolean;
}

export interface EmergingResult {
  emerging: boolean;
  /** Mean of the trailing weeks' counts; null when the workspace has no earlier week. */
  trailingAverage: number | null;
  /** The test's p-value; null when there is nothing to compare with or the topic is new. */
  pValue: number | null;
  reason: "new" | "above-average" | "too-few" | "not-significant" | "no-history";
}

export function emerging(input: EmergingInput): EmergingResult {
  const weeks = input.trailing.length;
  if (weeks === 0) return { emerging: false, trailingAverage: null, pValue: null, reason: "no-history" };
  const trailingTotal = input.trailing.reduce((a, b) => a + b, 0);
  const trailingAverage = trailingTotal / weeks;
  const enough = input.count >= MIN_EMERGING_DOCUMENTS;
  if (!input.seenBefore && trailingTotal === 0) {
    return { emerging: enough && input.count > 0, trailingAverage, pValue: null, reason: enough ? "new" : "too-few" };
  }
  const pValue = binomialUpperTail(input.count + trailingTotal, input.count, 1 / (weeks + 1));
  const significant = pValue < ALPHA && input.count > trailingAverage;
  return {
    emerging: significant && enough,
    trailingAverage,
    pValue,
    reason: !enough ? "too-few" : significant ? "above-average" : "not-significant",
  };
}

/** P(X >= k) for X ~ Binomial(n, p), summed in log space so large counts stay exact. */
export function binomialUpperTail(n: number, k: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let total = 0;
  for (let i = k; i <= n; i++) total += Math.exp(logChoose(n, i) + i * logP + (n - i) * logQ);
  return Math.min(1, total);
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

const factorials: number[] = [0];

function logFactorial(n: number): number {
  for (let i = factorials.length; i <= n; i++) factorials[i] = (factorials[i - 1] as number) + Math.log(i);
  return factorials[n] as number;
}
