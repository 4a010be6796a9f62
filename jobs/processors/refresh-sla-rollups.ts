import { refreshSlaRollups } from "../../db/queries/sla-rollups";
import type { JobBus } from "../bus";
import type { JobContext } from "../context";
import type { RefreshSlaRollupsPayload } from "../schemas";

/** Chunks committed within one slot (5 s) share one rollup job, run just after the slot ends: a big import rebuilds each week a few times, not after every chunk. */
const SLOT_MS = 5_000;

export async function processRefreshSlaRollups(ctx: JobContext, payload: RefreshSlaRollupsPayload): Promise<{ weeks: number }> {
  return { weeks: await refreshSlaRollups(ctx.db, payload.workspaceId) };
}

/** Asks for the workspace's rollups to be rebuilt soon; repeated asks within a slot are one job. */
export async function requestRollupRefresh(bus: JobBus, workspaceId: string, nowMs = Date.now()): Promise<void> {
  const slot = Math.floor(nowMs / SLOT_MS);
  // In-process jobs run one at a time, so the refresh already waits behind the chunks queued
  // before it; only the BullMQ workers, which run chunks side by side, need the delay.
  const delayMs = bus.mode === "redis" ? (slot + 1) * SLOT_MS - nowMs + 100 : 0;
  await bus.enqueue("refresh-sla-rollups", { workspaceId, slot }, { delayMs });
}
