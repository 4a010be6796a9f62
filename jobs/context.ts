import type { Database } from "../db/client";
import type { JobBus } from "./bus";

/** What a processor may use: the database, and the bus to hand follow-up work on. */
export interface JobContext {
  db: Database;
  bus: JobBus;
}
