import type { Database } from "../db/client";
import { env } from "../lib/env";
import { openRuntime, type Runtime } from "../jobs/runtime";

/** Opens the database and bus only when a command needs them, and closes whatever was opened. */
export class CliContext {
  private runtime: Promise<Runtime> | undefined;

  open(): Promise<Runtime> {
    this.runtime ??= openRuntime(env(), { poolSize: 4 });
    return this.runtime;
  }

  async db(): Promise<Database> {
    return (await this.open()).db;
  }

  async close(): Promise<void> {
    if (this.runtime) await (await this.runtime).close();
  }
}
