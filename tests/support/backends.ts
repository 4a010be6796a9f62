import { openRuntime, type Runtime } from "../../jobs/runtime";
import { parseEnv } from "../../lib/env";
import { freshDatabase, type TestDatabase } from "./database";

export type OpenBackend = () => Promise<{ rt: Runtime; cleanup: () => Promise<void> }>;

/** Both databases the product runs on: PostgreSQL (a fresh database) and the embedded PGlite, in memory. */
export const BACKENDS: [string, OpenBackend][] = [
  [
    "PostgreSQL",
    async () => {
      const database: TestDatabase = await freshDatabase();
      const rt = await openRuntime(parseEnv({ DATABASE_URL: database.url }));
      return { rt, cleanup: async () => { await rt.close(); await database.drop(); } };
    },
  ],
  [
    "PGlite",
    async () => {
      const { openPglite } = await import("../../db/client");
      const { InProcessBus } = await import("../../jobs/in-process-bus");
      const db = await openPglite(undefined);
      const bus = new InProcessBus();
      bus.attach({ db });
      const rt: Runtime = { db, bus, drain: () => bus.drain(), close: async () => { await bus.close(); await db.close(); } };
      return { rt, cleanup: () => rt.close() };
    },
  ],
];
