import type { Database } from "../db/client";
import { createRecompute, type Recompute } from "../db/queries/recomputes";
import type { JobBus } from "./bus";

/**
 * After something every conversation's clock depends on changed (the workspace's time zone, its
 * SLA target, hours, holidays or market calendars), every conversation is derived again in the
 * background, a page per job; the SLA settings page shows the progress.
 */
export async function startFactsRecompute(db: Database, bus: JobBus, workspaceId: string, reason: string): Promise<Recompute> {
  const recompute = await createRecompute(db, workspaceId, reason);
  await bus.enqueue("recompute-facts", { recomputeId: recompute.id, page: 0 });
  return recompute;
}
