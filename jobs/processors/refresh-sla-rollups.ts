import { refreshSlaRollups } from "../../db/queries/sla-rollups";
import type { JobContext } from "../context";
import type { SlotPayload } from "../schemas";

export async function processRefreshSlaRollups(ctx: JobContext, payload: SlotPayload): Promise<{ weeks: number }> {
  return { weeks: await refreshSlaRollups(ctx.db, payload.workspaceId) };
}
