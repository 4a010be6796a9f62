import { randomBytes } from "node:crypto";
import type { Database } from "../client";

/**
 * The secret that signs session cookies when AUTH_SECRET is not set: generated once, on first use,
 * and kept in the database, so that every web process on the same database agrees on it and
 * `npm run demo` needs no configuration. Setting AUTH_SECRET keeps it out of the database.
 */
export async function generatedAuthSecret(db: Database): Promise<string> {
  await db.query(`INSERT INTO instance_settings (key, value) VALUES ('auth_secret', $1) ON CONFLICT (key) DO NOTHING`, [
    randomBytes(32).toString("base64url"),
  ]);
  const [row] = await db.query<{ value: string }>(`SELECT value FROM instance_settings WHERE key = 'auth_secret'`);
  if (!row) throw new Error("could not read the generated auth secret");
  return row.value;
}
