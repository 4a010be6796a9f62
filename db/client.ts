import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { type Env, pgliteDir } from "../lib/env";
import * as schema from "./schema";

export type Orm = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Parameterised SQL that returns plain rows: the shape every bulk and reporting query uses. */
export interface Sql {
  query<T extends object = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<T[]>;
}

export interface Database extends Sql {
  readonly kind: "postgres" | "pglite";
  /** drizzle over the same database, for typed single-row reads and writes. */
  readonly orm: Orm;
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const INT8_OID = 20;
/** Our ids and counts stay far below 2^53, and numbers are what the rest of the code expects. */
const parseInt8 = (value: string) => Number(value);

export interface OpenOptions {
  /** Connections in the raw pool; the web app and each worker process hold their own. */
  poolSize?: number;
}

/** The database the environment names: PostgreSQL at DATABASE_URL, or the embedded PGlite. */
export async function openDatabase(config: Env, options: OpenOptions = {}): Promise<Database> {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL, options);
  return openPglite(pgliteDir(config));
}

export function openPostgres(url: string, options: OpenOptions = {}): Database {
  const poolSize = options.poolSize ?? 10;
  const common = { onnotice: () => {}, connection: { application_name: "replyscope" } };
  // drizzle replaces the date and JSON serializers of the client it wraps, which breaks raw
  // queries on that client, so raw SQL gets a client of its own.
  const raw = postgres(url, {
    ...common,
    max: poolSize,
    types: {
      int8: { to: INT8_OID, from: [INT8_OID], serialize: String, parse: parseInt8 },
    },
  });
  const ormClient = postgres(url, { ...common, max: Math.max(2, Math.ceil(poolSize / 2)) });
  const orm = drizzlePostgres({ client: ormClient, schema, casing: "snake_case" }) as unknown as Orm;
  const rawSql = (client: postgres.Sql | postgres.TransactionSql): Sql => ({
    query: async <T extends object>(text: string, params: readonly unknown[] = []) =>
      (await client.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[],
  });
  return {
    kind: "postgres",
    orm,
    ...rawSql(raw),
    transaction: (work) => raw.begin((tx) => work(rawSql(tx))) as Promise<never>,
    close: async () => {
      await Promise.all([raw.end({ timeout: 5 }), ormClient.end({ timeout: 5 })]);
    },
  };
}

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  // Loaded lazily: the WebAssembly build is large and only the embedded default needs it.
  const [{ PGlite }, { drizzle: drizzlePglite }, { migratePglite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("./migrate"),
  ]);
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  const client = new PGlite({ dataDir, parsers: { [INT8_OID]: parseInt8 } });
  await client.waitReady;
  const orm = drizzlePglite({ client, schema, casing: "snake_case" });
  // A laptop user should never have to think about migrations for the embedded database.
  await migratePglite(orm);
  type Queryable = Pick<typeof client, "query">;
  const rawSql = (target: Queryable): Sql => ({
    query: async <T extends object>(text: string, params: readonly unknown[] = []) =>
      (await target.query<T>(text, params as unknown[])).rows,
  });
  return {
    kind: "pglite",
    orm: orm as unknown as Orm,
    ...rawSql(client),
    transaction: (work) => client.transaction((tx) => work(rawSql(tx))),
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it.
 * A lock file naming the owner's pid turns that into a clear error.
 */
function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockPath = `${dataDir}.lock`;
  try {
    fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const owner = Number(fs.readFileSync(lockPath, "utf8"));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `the embedded database ${dataDir} is in use by process ${owner} (the dashboard?); ` +
          "stop it, upload through the Imports page, or set DATABASE_URL to share a PostgreSQL server",
      );
    }
    fs.writeFileSync(lockPath, String(process.pid));
  }
  return () => fs.rmSync(lockPath, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
