import type { JobName } from "./registry";

/** A job that repeats: registered with BullMQ's upsertJobScheduler, or run on a timer in-process. */
export interface Schedule {
  id: string;
  job: JobName;
  everyMs: number;
  payload(nowMs: number): object;
}

/** The SLA tick: alerts to webhooks, and rollup and recomputation upkeep. Every minute. */
export const SCHEDULES: readonly Schedule[] = [
  { id: "sla-tick", job: "sla-tick", everyMs: 60_000, payload: (nowMs) => ({ minute: Math.floor(nowMs / 60_000) }) },
];
