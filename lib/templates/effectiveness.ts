import { liftReport, mantelHaenszel, type Stratum, type Verdict } from "../metrics/lift";

/** What the effectiveness report needs of a template version. */
export interface VersionInfo {
  versionId: number;
  sourceId: string;
  name: string;
  version: number;
  latestVersion: number;
  scenario: string | null;
  archived: boolean;
}

/** Counts of one arm in one stratum: `versionId` 0 is the comparable arm (no template). */
export interface ArmCounts {
  versionId: number;
  scenario: string;
  channel: string;
  conversations: number;
  conversions: number;
  negativeReviews: number;
}

/** One row of GET /api/v1/templates/effectiveness (../shared/spec/api.md), plus added fields. */
export interface EffectivenessRow {
  template_id: string;
  name: string;
  uses: number;
  conversions: number;
  conversion_rate: number | null;
  baseline_rate: number | null;
  lift: number | null;
  ci_low: number | null;
  ci_high: number | null;
  p_value: number | null;
  q_value: number | null;
  verdict: Verdict;
  version: number;
  is_latest_version: boolean;
  scenario: string | null;
  archived: boolean;
  /** Comparable conversations (answered, no template) in the strata the version was used in. */
  comparable_conversations: number;
  comparable_conversions: number;
}

const stratumKey = (scenario: string, channel: string) => `${scenario}\u0000${channel}`;

/** Strata of every version against the comparable arm, for one outcome (conversion or negative review). */
export function armsFor(
  versions: readonly VersionInfo[],
  counts: readonly ArmCounts[],
  outcome: (c: ArmCounts) => number,
): { key: number; strata: Stratum[] }[] {
  const comparable = new Map<string, ArmCounts>();
  const used = new Map<number, ArmCounts[]>();
  for (const c of counts) {
    if (c.versionId === 0) comparable.set(stratumKey(c.scenario, c.channel), c);
    else used.set(c.versionId, [...(used.get(c.versionId) ?? []), c]);
  }
  return versions.map((v) => ({
    key: v.versionId,
    strata: (used.get(v.versionId) ?? []).map((c) => {
      const base = comparable.get(stratumKey(c.scenario, c.channel));
      return {
        uses: c.conversations,
        conversions: outcome(c),
        comparable: base?.conversations ?? 0,
        comparableConversions: base ? outcome(base) : 0,
      };
    }),
  }));
}

/**
 * The report's rows: every version used in the range, and the latest version of every template
 * not archived (unused ones show as insufficient data), most used first. q-values are taken
 * across exactly these rows.
 */
export function effectivenessRows(versions: readonly VersionInfo[], counts: readonly ArmCounts[]): EffectivenessRow[] {
  const usedVersions = new Set(counts.filter((c) => c.versionId !== 0 && c.conversations > 0).map((c) => c.versionId));
  const listed = versions.filter((v) => usedVersions.has(v.versionId) || (!v.archived && v.version === v.latestVersion));
  const lifts = new Map(liftReport(armsFor(listed, counts, (c) => c.conversions)).map((row) => [row.key, row]));
  return listed
    .map((v): EffectivenessRow => {
      const r = lifts.get(v.versionId)!;
      return {
        template_id: v.sourceId,
        name: v.name,
        uses: r.uses,
        conversions: r.conversions,
        conversion_rate: r.conversionRate,
        baseline_rate: r.baselineRate,
        lift: r.lift,
        ci_low: r.ciLow,
        ci_high: r.ciHigh,
        p_value: r.pValue,
        q_value: r.qValue,
        verdict: r.verdict,
        version: v.version,
        is_latest_version: v.version === v.latestVersion,
        scenario: v.scenario,
        archived: v.archived,
        comparable_conversations: r.comparable,
        comparable_conversions: r.comparableConversions,
      };
    })
    .sort((a, b) => b.uses - a.uses || a.template_id.localeCompare(b.template_id) || a.version - b.version);
}

/** Edit bands of a conversation's use (see EDIT_BAND_LIMITS in db/queries/template-outcomes.ts). */
export const EDIT_BANDS = ["verbatim", "light", "personalised", "rewritten"] as const;
export type EditBand = (typeof EDIT_BANDS)[number];

export interface EditBandCount {
  versionId: number;
  band: number;
  conversations: number;
  conversions: number;
}

export interface EditBandRow {
  band: EditBand;
  conversations: number;
  conversions: number;
  conversionRate: number | null;
  /** Against verbatim use of the same templates (stratified by template version); null for verbatim itself. */
  lift: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number | null;
}

/**
 * Does editing help? Conversion of each edit band against verbatim use, compared within each
 * template version (Mantel-Haenszel over versions), so a band is never credited for the templates
 * it happens to be used with.
 */
export function editBandLifts(counts: readonly EditBandCount[]): EditBandRow[] {
  const byVersion = new Map<number, Map<number, EditBandCount>>();
  for (const c of counts) {
    const bands = byVersion.get(c.versionId) ?? new Map<number, EditBandCount>();
    bands.set(c.band, c);
    byVersion.set(c.versionId, bands);
  }
  return EDIT_BANDS.map((band, index) => {
    const own = counts.filter((c) => c.band === index);
    const conversations = own.reduce((s, c) => s + c.conversations, 0);
    const conversions = own.reduce((s, c) => s + c.conversions, 0);
    const rr =
      index === 0
        ? null
        : mantelHaenszel(
            [...byVersion.values()].map((bands) => ({
              uses: bands.get(index)?.conversations ?? 0,
              conversions: bands.get(index)?.conversions ?? 0,
              comparable: bands.get(0)?.conversations ?? 0,
              comparableConversions: bands.get(0)?.conversions ?? 0,
            })),
          );
    return {
      band,
      conversations,
      conversions,
      conversionRate: conversations > 0 ? conversions / conversations : null,
      lift: rr?.ratio == null ? null : rr.ratio - 1,
      ciLow: rr?.low == null ? null : rr.low - 1,
      ciHigh: rr?.high == null ? null : rr.high - 1,
      pValue: rr?.pValue ?? null,
    };
  });
}

export interface SecondOutcomeRow {
  versionId: number;
  uses: number;
  negativeReviews: number;
  rate: number | null;
  /** The standardised rate of comparable conversations, as for conversion. */
  baselineRate: number | null;
  /** Relative change in the negative-review rate (negative is good here). */
  change: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  qValue: number | null;
}

/**
 * The after-sales templates' second outcome: did the buyer leave a negative review within 14 days
 * of the conversation? The same standardised comparison as conversion, on that outcome.
 */
export function secondOutcome(versions: readonly VersionInfo[], counts: readonly ArmCounts[]): SecondOutcomeRow[] {
  const rows = liftReport(armsFor(versions, counts, (c) => c.negativeReviews));
  return rows.map((r) => ({
    versionId: r.key,
    uses: r.uses,
    negativeReviews: r.conversions,
    rate: r.conversionRate,
    baselineRate: r.baselineRate,
    change: r.lift,
    ciLow: r.ciLow,
    ciHigh: r.ciHigh,
    qValue: r.qValue,
  }));
}
