import "server-only";
import { connection } from "next/server";
import { InProcessBus } from "@/jobs/in-process-bus";
import { openRuntime, type Runtime } from "@/jobs/runtime";
import { env } from "@/lib/env";

/**
 * One runtime (database + job bus) per server process, kept on globalThis so that dev-mode hot
 * reloads, which re-evaluate this module, reuse it instead of opening another pool. That matters
 * most for the embedded default: PGlite is a single-process database (see the lock file in
 * db/client.ts), and without REDIS_URL the ingest jobs run inside this process, on this bus.
 *
 * The flip side in development: the bus object keeps the code it was created with, so after
 * editing jobs/ or the ingest code, restart `next dev` rather than trusting hot reload.
 */
const RUNTIME_KEY = Symbol.for("replyscope.web.runtime");

type Holder = typeof globalThis & { [RUNTIME_KEY]?: Promise<Runtime> };

/** The process's runtime, opened on first use. Also marks the caller as request-time only. */
export async function getRuntime(): Promise<Runtime> {
  // Never touch the database while `next build` prerenders pages.
  await connection();
  const holder = globalThis as Holder;
  holder[RUNTIME_KEY] ??= openRuntime(env(), { poolSize: 10 })
    .then((rt) => {
      // Without Redis no worker runs the SLA tick: this process does, on a timer.
      if (rt.bus instanceof InProcessBus) rt.bus.startSchedules();
      return rt;
    })
    .catch((error: unknown) => {
    // A failed open (database down, PGlite locked by the CLI) is retried by the next request.
    delete holder[RUNTIME_KEY];
    throw error;
  });
  return holder[RUNTIME_KEY];
}
