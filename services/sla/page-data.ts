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

export async function loadSlaPageData(db: Database, scope: SlaScope): Promise<SlaPageData> {
  const range = await SlaRange.open(db, scope);
  const [groups, heatmap] = await Promise.all([range.groupsBy(["none", "week", "agent", "channel", "market"]), range.heatmap()]);
  return { range, overall: groups.none[0] ?? null, weeks: groups.week, agents: groups.agent, channels: groups.channel, markets: groups.market, heatmap };
}
