import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { migratePostgres } from "../../db/migrate";

/** The server the tests create their databases on. */
export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, migrated database for one test file, so files never see each other's rows. */
export async function freshDatabase(): Promise<TestDatabase> {
  const name = `rs_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString());
  return {
    url: url.toString(),
    drop: async () => {
      const client = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
      await client.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A queue prefix nobody else uses, so tests can share one Redis. */
export function freshQueuePrefix(): string {
  return `rs_test_${randomBytes(6).toString("hex")}`;
}
