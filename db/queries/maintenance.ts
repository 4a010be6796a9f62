import type { Database } from "../client";

/**
 * Tables whose planner statistics have fallen behind: more rows changed since their last ANALYZE
 * than autovacuum's own default threshold (50 rows plus 10% of the table) would allow.
 */
export async function getStaleTables(db: Database): Promise<string[]> {
  if (db.kind !== "postgres") return [];
  const rows = await db.query<{ name: string }>(
    `SELECT relname AS name FROM pg_stat_user_tables
     WHERE schemaname = 'public' AND n_mod_since_analyze > 50 + 0.1 * greatest(n_live_tup, 0)
     ORDER BY n_mod_since_analyze DESC`,
  );
  return rows.map((r) => r.name);
}

/**
 * Refreshes the statistics of stale tables. Servers run autovacuum for this, but some run with it
 * off (this project's CI machine does), and then every report's plans degrade as data grows.
 */
export async function analyzeStaleTables(db: Database): Promise<string[]> {
  const tables = await getStaleTables(db);
  for (const table of tables) await db.query(`ANALYZE ${quoteIdentifier(table)}`);
  return tables;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
