import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { env } from "../lib/env";

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export async function migratePglite(orm: PgliteDatabase<Record<string, unknown>>): Promise<void> {
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  await migrate(orm, { migrationsFolder });
}

export async function migratePostgres(url: string): Promise<void> {
  const [{ default: postgres }, { drizzle }, { migrate }] = await Promise.all([
    import("postgres"),
    import("drizzle-orm/postgres-js"),
    import("drizzle-orm/postgres-js/migrator"),
  ]);
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle({ client }), { migrationsFolder });
  } finally {
    await client.end();
  }
}

async function main() {
  const config = env();
  if (config.DATABASE_URL) {
    await migratePostgres(config.DATABASE_URL);
    console.error(`migrated ${new URL(config.DATABASE_URL).pathname.slice(1)}`);
  } else {
    // Opening the embedded database applies the migrations.
    const { openDatabase } = await import("./client");
    const db = await openDatabase(config);
    await db.close();
    console.error("migrated the embedded database");
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
