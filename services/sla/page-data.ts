import type { Database } from "../../db/client";
import { type FirstResponseGroup, type HeatmapCell, SlaRange, type SlaScope } from "../../db/queries/first-response";

/** Everything the SLA page shows for a range, read from one SlaRange. */
export interface SlaPageData {
  range: SlaRange;
  overall: FirstResponseGroup | null;
  weeks: FirstResponseGroup[];
  agents: FirstResponseGroup[];
  channels: FirstResponseGroup[];
  markets: FirstResponseGroup[];
  heatmap: HeatmapCell[];
}

export const SLA_PAGE_QUERIES = ["none", "week", "agent", "channel", "market", "heatmap"] as const;

export async function loadSlaPageData(db: Database, scope: SlaScope): Promise<SlaPageData> {
  const range = await SlaRange.open(db, scope);
  const [overall, weeks, agents, channels, markets, heatmap] = await Promise.all([
    range.groups("none"),
    range.groups("week"),
    range.groups("agent"),
    range.groups("channel"),
    range.groups("market"),
    range.heatmap(),
  ]);
  return { range, overall: overall[0] ?? null, weeks, agents, channels, markets, heatmap };
}
