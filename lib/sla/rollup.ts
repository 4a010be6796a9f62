import { BAND_COUNT, frtBand, frtBucket, locateRank, percentileRanks } from "../metrics/frt";

/**
 * The sums every first-response figure is built from, for any set of conversations: the weekly
 * rollups the workers keep are these sums per (week, dimension, key), and the raw path for
 * partial or not-yet-rolled-up weeks computes the very same sums from conversation_facts rows.
 * Percentiles stay exact: values are counted in coarse buckets, and only the values inside the
 * buckets that hold the wanted ranks are ever read (../shared/spec/metrics.md).
 */
export type Hours = "calendar" | "business";
export const HOURS: readonly Hours[] = ["calendar", "business"];
export type Dimension = "none" | "agent" | "channel" | "market";
export const DIMENSIONS: readonly Dimension[] = ["none", "agent", "channel", "market"];

/** A conversation as the rollups read it: one conversation_facts row with a buyer message. */
export interface SlaFact {
  weekStart: string;
  agentId: number | null;
  channel: string;
  market: string | null;
  frtS: number | null;
  businessFrtS: number | null;
  unanswered: boolean;
  converted: boolean;
  messageCount: number;
  resolutionS: number | null;
  teamHow: number | null;
  buyerHow: number | null;
}

export interface GroupTotals {
  conversations: number;
  answered: number;
  unanswered: number;
  /** Answered later than the target. Unanswered breaches depend on "now" and are added at query time. */
  breachedAnswered: number;
  converted: number;
  messages: number;
  resolutionSum: number;
  resolved: number;
  /** Answered conversations per coarse FRT bucket. */
  buckets: Map<number, number>;
  /** Conversations and conversions per response-time band (lib/metrics/frt.ts), unanswered last. */
  bands: [number, number][];
}

export interface HourTotals {
  conversations: number;
  breachedAnswered: number;
  unanswered: number;
}

export const frtOf = (f: Pick<SlaFact, "frtS" | "businessFrtS">, hours: Hours) => (hours === "calendar" ? f.frtS : f.businessFrtS);

/** The key of a fact in a dimension; "" stands for "none" and for an unknown agent or market. */
export function dimensionKey(f: SlaFact, dimension: Dimension): string {
  switch (dimension) {
    case "none":
      return "";
    case "agent":
      return f.agentId === null ? "" : String(f.agentId);
    case "channel":
      return f.channel;
    case "market":
      return f.market ?? "";
  }
}

export function emptyTotals(): GroupTotals {
  return {
    conversations: 0,
    answered: 0,
    unanswered: 0,
    breachedAnswered: 0,
    converted: 0,
    messages: 0,
    resolutionSum: 0,
    resolved: 0,
    buckets: new Map(),
    bands: Array.from({ length: BAND_COUNT }, () => [0, 0] as [number, number]),
  };
}

/** Sums of one group, with the group's exact FRT values counted (value → conversations). */
export class GroupAccumulator {
  readonly totals = emptyTotals();
  readonly values = new Map<number, number>();

  add(f: SlaFact, frt: number | null, targetSeconds: number): void {
    const t = this.totals;
    t.conversations++;
    if (f.converted) t.converted++;
    t.messages += f.messageCount;
    if (f.resolutionS !== null) {
      t.resolutionSum += f.resolutionS;
      t.resolved++;
    }
    const band = t.bands[frtBand(f.unanswered ? null : frt)]!;
    band[0]++;
    if (f.converted) band[1]++;
    if (f.unanswered || frt === null) {
      t.unanswered++;
      return;
    }
    t.answered++;
    if (frt > targetSeconds) t.breachedAnswered++;
    const bucket = frtBucket(frt);
    t.buckets.set(bucket, (t.buckets.get(bucket) ?? 0) + 1);
    this.values.set(frt, (this.values.get(frt) ?? 0) + 1);
  }
}

/** Facts summed per group: `keyOf` names each fact's group. */
export function accumulate(
  facts: Iterable<SlaFact>,
  hours: Hours,
  targetSeconds: number,
  keyOf: (f: SlaFact) => string,
): Map<string, GroupAccumulator> {
  const groups = new Map<string, GroupAccumulator>();
  for (const f of facts) {
    const key = keyOf(f);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new GroupAccumulator()));
    group.add(f, frtOf(f, hours), targetSeconds);
  }
  return groups;
}

/** Conversations and breaches per hour of the week, in the team's zone (`team:h`) and the buyer's (`buyer:h`). */
export function accumulateHours(facts: Iterable<SlaFact>, hours: Hours, targetSeconds: number): Map<string, HourTotals> {
  const cells = new Map<string, HourTotals>();
  const add = (key: string, f: SlaFact, frt: number | null) => {
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { conversations: 0, breachedAnswered: 0, unanswered: 0 }));
    cell.conversations++;
    if (f.unanswered || frt === null) cell.unanswered++;
    else if (frt > targetSeconds) cell.breachedAnswered++;
  };
  for (const f of facts) {
    const frt = frtOf(f, hours);
    if (f.teamHow !== null) add(`team:${f.teamHow}`, f, frt);
    if (f.buyerHow !== null) add(`buyer:${f.buyerHow}`, f, frt);
  }
  return cells;
}

/** Adds `b` into `a`. */
export function addTotals(a: GroupTotals, b: GroupTotals): void {
  a.conversations += b.conversations;
  a.answered += b.answered;
  a.unanswered += b.unanswered;
  a.breachedAnswered += b.breachedAnswered;
  a.converted += b.converted;
  a.messages += b.messages;
  a.resolutionSum += b.resolutionSum;
  a.resolved += b.resolved;
  for (const [bucket, n] of b.buckets) a.buckets.set(bucket, (a.buckets.get(bucket) ?? 0) + n);
  b.bands.forEach(([conversations, converted], i) => {
    const band = a.bands[i]!;
    band[0] += conversations;
    band[1] += converted;
  });
}

/** The rank of one percentile, located in a bucket. */
export interface RankInBucket {
  bucket: number;
  rankInBucket: number;
}

export interface PercentilePlan {
  p: number;
  lo: RankInBucket;
  hi: RankInBucket;
  fraction: number;
}

/** Which buckets (and ranks in them) each percentile needs, from the bucket counts alone. */
export function planPercentiles(buckets: ReadonlyMap<number, number>, answered: number, ps: readonly number[]): PercentilePlan[] {
  if (answered === 0) return [];
  return ps.map((p) => {
    const { lo, hi, fraction } = percentileRanks(answered, p);
    return { p, lo: locateRank(buckets, lo), hi: locateRank(buckets, hi), fraction };
  });
}

/**
 * The percentile from the exact values of the buckets it needs (`valuesIn(bucket)`: value →
 * count, all of the bucket's values in the group), interpolated as percentile_cont does.
 */
export function resolvePercentile(plan: PercentilePlan, valuesIn: (bucket: number) => ReadonlyMap<number, number>): number {
  const pick = ({ bucket, rankInBucket }: RankInBucket) => {
    const values = [...valuesIn(bucket)].sort((a, b) => a[0] - b[0]);
    let seen = 0;
    for (const [value, n] of values) {
      seen += n;
      if (rankInBucket < seen) return value;
    }
    throw new RangeError(`bucket ${bucket} holds ${seen} values, rank ${rankInBucket} asked`);
  };
  const a = pick(plan.lo);
  if (plan.hi.bucket === plan.lo.bucket && plan.hi.rankInBucket === plan.lo.rankInBucket) return a;
  return a + plan.fraction * (pick(plan.hi) - a);
}

/**
 * Pairs of integers packed as 32-bit big-endian words, written as hex: a rollup row's bucket
 * counts and band counts travel and parse as bytes (a week of a dimension has hundreds of
 * buckets, and reading them as JSON was most of a report's time).
 */
export function packPairs(pairs: Iterable<readonly [number, number]>): string {
  let hex = "";
  for (const [a, b] of pairs) hex += word(a) + word(b);
  return `\\x${hex}`;
}

export function unpackPairs(bytes: Uint8Array): [number, number][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pairs: [number, number][] = [];
  for (let i = 0; i + 8 <= bytes.byteLength; i += 8) pairs.push([view.getInt32(i), view.getInt32(i + 4)]);
  return pairs;
}

const word = (n: number) => (n >>> 0).toString(16).padStart(8, "0");

export const packBuckets = (buckets: ReadonlyMap<number, number>) => packPairs([...buckets].sort((a, b) => a[0] - b[0]));

export interface WeekRollup {
  groups: { hours: Hours; dim: Dimension; key: string; totals: GroupTotals }[];
  values: { hours: Hours; dim: Dimension; key: string; bucket: number; frtS: number; n: number }[];
  cells: { hours: Hours; zone: "team" | "buyer"; hour: number; totals: HourTotals }[];
}

/** Everything the rollup tables hold for one week, from that week's facts. */
export function buildWeekRollup(facts: readonly SlaFact[], targetSeconds: number): WeekRollup {
  const rollup: WeekRollup = { groups: [], values: [], cells: [] };
  for (const hours of HOURS) {
    for (const dim of DIMENSIONS) {
      for (const [key, group] of accumulate(facts, hours, targetSeconds, (f) => dimensionKey(f, dim))) {
        rollup.groups.push({ hours, dim, key, totals: group.totals });
        for (const [frtS, n] of group.values) rollup.values.push({ hours, dim, key, bucket: frtBucket(frtS), frtS, n });
      }
    }
    for (const [cell, totals] of accumulateHours(facts, hours, targetSeconds)) {
      const [zone, hour] = cell.split(":") as ["team" | "buyer", string];
      rollup.cells.push({ hours, zone, hour: Number(hour), totals });
    }
  }
  return rollup;
}
