import { type Database, openDatabase } from "../db/client";
import { failUnfinishedBatches } from "../db/queries/batches";
import type { Env } from "../lib/env";
import { BullMqBus } from "./bullmq-bus";
import type { JobBus } from "./bus";
import { openRedis } from "./connection";
import { InProcessBus } from "./in-process-bus";

/** The database and the job bus a process works with, chosen by the environment. */
export interface Runtime {
  db: Database;
  bus: JobBus;
  /** Resolves when in-process jobs are finished; with Redis, workers elsewhere do the work. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

export async function openRuntime(config: Env, options: { poolSize?: number } = {}): Promise<Runtime> {
  const db = await openDatabase(config, options);
  if (config.REDIS_URL) {
    const redis = openRedis(config.REDIS_URL);
    const bus = new BullMqBus(redis, config.QUEUE_PREFIX);
    return {
      db,
      bus,
      drain: async () => {},
      close: async () => {
        await bus.close();
        redis.disconnect();
        await db.close();
      },
    };
  }
  if (db.kind === "pglite") {
    // In-process jobs die with their process, and no other process can use this database.
    await failUnfinishedBatches(
      db,
      "interrupted: the process importing it stopped before it finished; import the file again (records already in are not duplicated)",
    );
  }
  const bus = new InProcessBus();
  bus.attach({ db });
  return {
    db,
    bus,
    drain: () => bus.drain(),
    close: async () => {
      await bus.drain();
      await bus.close();
      await db.close();
    },
  };
}
