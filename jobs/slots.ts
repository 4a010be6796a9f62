import type { JobBus } from "./bus";

/** Jobs that bring a workspace's rollups up to date: asked for after every chunk, run once per slot. */
export type SlottedJob = "refresh-sla-rollups" | "rollup-template-outcomes";

/**
 * Chunks committed within one slot (5 s) share one rollup job, run just after the slot ends: a big
 * import rolls each week (SLA) or day (template outcomes) up a few times, not after every chunk.
 */
const SLOT_MS = 5_000;

/** Asks for `job` to run for the workspace soon; repeated asks within a slot are one job. */
export async function requestSlotted(bus: JobBus, job: SlottedJob, workspaceId: string, nowMs = Date.now()): Promise<void> {
  const slot = Math.floor(nowMs / SLOT_MS);
  // In-process jobs run one at a time, so the job already waits behind the chunks queued before
  // it; only the BullMQ workers, which run chunks side by side, need the delay.
  const delayMs = bus.mode === "redis" ? (slot + 1) * SLOT_MS - nowMs + 100 : 0;
  await bus.enqueue(job, { workspaceId, slot }, { delayMs });
}
