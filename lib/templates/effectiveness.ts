import { liftReport, type Stratum, type Verdict } from "../metrics/lift";

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
