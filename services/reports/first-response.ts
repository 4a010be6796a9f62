import { z } from "zod";
import type { Database } from "../../db/client";
import { agentSourceIds } from "../../db/queries/agents";
import { type FirstResponseGroup, type GroupBy, SlaRange, type SlaScope } from "../../db/queries/first-response";
import type { Workspace } from "../../db/queries/workspaces";
import { isoWeekName } from "../../lib/time/weeks";
import { checkRange, reportDay } from "./params";
import { defineReport } from "./types";

export const firstResponseParams = z
  .strictObject({
    from: reportDay,
    to: reportDay,
    group_by: z.enum(["none", "week", "agent", "channel", "market"]).default("none"),
    hours: z.enum(["calendar", "business"]).default("calendar"),
  })
  .superRefine(checkRange);
export type FirstResponseParams = z.infer<typeof firstResponseParams>;

/** One row of the contract (../shared/spec/api.md), with the sums behind it. */
export interface FirstResponseRow {
  key: string | null;
  conversations: number;
  answered: number;
  unanswered: number;
  p50_s: number | null;
  p90_s: number | null;
  p95_s: number | null;
  breach_rate: number | null;
  conversion_rate: number | null;
  breaches: number;
  conversions: number;
  /** Mean messages per conversation. */
  messages_per_conversation: number | null;
  /** Mean time from the first buyer message to the last message of answered conversations. */
  avg_resolution_s: number | null;
}

export function scopeOf(workspace: Workspace, params: FirstResponseParams, now: Date): SlaScope {
  return {
    workspaceId: workspace.id,
    timeZone: workspace.timezone,
    from: params.from,
    to: params.to,
    hours: params.hours,
    targetSeconds: workspace.slaTargetSeconds,
    now,
  };
}

/** Contract rows from grouped figures: the key as the API names it (ISO week, agent source id). */
export async function toRows(db: Database, groupBy: GroupBy, groups: FirstResponseGroup[]): Promise<FirstResponseRow[]> {
  const agents = groupBy === "agent" ? await agentSourceIds(db, groups.flatMap((g) => (g.key ? [Number(g.key)] : []))) : null;
  const keyOf = (key: string): string | null => {
    if (groupBy === "none" || key === "") return null;
    if (groupBy === "week") return isoWeekName(key);
    if (agents) return agents.get(Number(key))?.sourceId ?? key;
    return key;
  };
  return groups.map((g) => {
    const t = g.totals;
    const rate = (n: number) => (t.conversations > 0 ? n / t.conversations : null);
    return {
      key: keyOf(g.key),
      conversations: t.conversations,
      answered: t.answered,
      unanswered: t.unanswered,
      p50_s: g.p50,
      p90_s: g.p90,
      p95_s: g.p95,
      breach_rate: rate(g.breaches),
      conversion_rate: rate(t.converted),
      breaches: g.breaches,
      conversions: t.converted,
      messages_per_conversation: rate(t.messages),
      avg_resolution_s: t.resolved > 0 ? t.resolutionSum / t.resolved : null,
    };
  });
}

/**
 * GET /api/v1/metrics/first-response and `report first-response`: first response time per
 * group, in calendar or business hours. `none` always answers one row, even for an empty range.
 */
export const firstResponseReport = defineReport({
  name: "first-response",
  params: firstResponseParams,
  async run(ctx, params) {
    const range = await SlaRange.open(ctx.db, scopeOf(ctx.workspace, params, ctx.now));
    const groups = await range.groups(params.group_by);
    const rows = await toRows(ctx.db, params.group_by, groups);
    if (params.group_by === "none" && rows.length === 0) {
      rows.push({ key: null, conversations: 0, answered: 0, unanswered: 0, p50_s: null, p90_s: null, p95_s: null, breach_rate: null, conversion_rate: null, breaches: 0, conversions: 0, messages_per_conversation: null, avg_resolution_s: null });
    }
    return { rows };
  },
});
