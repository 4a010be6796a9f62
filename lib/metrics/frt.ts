/**
 * First response time as numbers (../shared/spec/metrics.md): percentiles with PostgreSQL
 * `percentile_cont` semantics, the coarse buckets the weekly rollups count values in, and the
 * response-time bands of the conversion chart.
 */

/** Percentiles every first-response report gives. */
export const PERCENTILES = [0.5, 0.9, 0.95] as const;

/**
 * percentile_cont over ascending `sorted` values: linear interpolation between the closest ranks,
 * computed exactly as PostgreSQL does (lo + (hi - lo) * fraction), so answers match to the bit.
 */
export function percentileCont(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const { lo, hi, fraction } = percentileRanks(sorted.length, p);
  const a = sorted[lo]!;
  return lo === hi ? a : a + fraction * (sorted[hi]! - a);
}

/** The 0-based ranks percentile_cont reads for `n` values, and how far between them it lies. */
export function percentileRanks(n: number, p: number): { lo: number; hi: number; fraction: number } {
  const position = p * (n - 1);
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  return { lo, hi, fraction: position - lo };
}

/** Values below this many seconds get a bucket each; above, 16 buckets per doubling (about 6% wide). */
const EXACT_BELOW = 16;
const PER_OCTAVE_BITS = 4;

/**
 * The coarse bucket of a non-negative number of seconds. Buckets are whole-second ranges
 * [lower, upper) computed with integer arithmetic only, so a value's bucket and a bucket's bounds
 * always agree.
 */
export function frtBucket(seconds: number): number {
  // Beyond 2^31 s (68 years) everything shares the last, open-ended bucket.
  const s = Math.min(Math.max(0, Math.floor(seconds)), 2 ** 31 - 1);
  if (s < EXACT_BELOW) return s;
  const exponent = 31 - Math.clz32(s);
  const shift = exponent - PER_OCTAVE_BITS;
  const sub = (s >>> shift) & ((1 << PER_OCTAVE_BITS) - 1);
  return EXACT_BELOW + shift * (1 << PER_OCTAVE_BITS) + sub;
}

/** [lower, upper) seconds of a bucket; the last bucket is open-ended. */
export function bucketBounds(bucket: number): [number, number] {
  if (bucket < EXACT_BELOW) return [bucket, bucket + 1];
  const shift = Math.floor((bucket - EXACT_BELOW) / (1 << PER_OCTAVE_BITS));
  const sub = (bucket - EXACT_BELOW) % (1 << PER_OCTAVE_BITS);
  const lower = ((1 << PER_OCTAVE_BITS) + sub) * 2 ** shift;
  const upper = lower + 2 ** shift;
  return [lower, upper >= 2 ** 31 ? Number.POSITIVE_INFINITY : upper];
}

/** Where the rank-th smallest value (0-based) lies among counted buckets: which bucket, and its rank there. */
export function locateRank(counts: ReadonlyMap<number, number>, rank: number): { bucket: number; rankInBucket: number } {
  const buckets = [...counts.keys()].sort((a, b) => a - b);
  let before = 0;
  for (const bucket of buckets) {
    const n = counts.get(bucket) ?? 0;
    if (rank < before + n) return { bucket, rankInBucket: rank - before };
    before += n;
  }
  throw new RangeError(`rank ${rank} is beyond the ${before} counted values`);
}

/**
 * Response-time bands of the conversion chart, in seconds: under 1 minute, 1-2, 2-4, 4-8, 8-15,
 * 15-60 and over 60 minutes; unanswered conversations are the band after the last.
 */
export const FRT_BANDS_UPPER_S = [60, 120, 240, 480, 900, 3_600, Number.POSITIVE_INFINITY] as const;
export const UNANSWERED_BAND = FRT_BANDS_UPPER_S.length;
export const BAND_COUNT = FRT_BANDS_UPPER_S.length + 1;

export function frtBand(seconds: number | null): number {
  if (seconds === null) return UNANSWERED_BAND;
  return FRT_BANDS_UPPER_S.findIndex((upper) => seconds < upper);
}

/** [lower, upper) seconds of a band; null for the unanswered band. */
export function bandBounds(band: number): [number, number] | null {
  if (band >= FRT_BANDS_UPPER_S.length) return null;
  return [band === 0 ? 0 : FRT_BANDS_UPPER_S[band - 1]!, FRT_BANDS_UPPER_S[band]!];
}
