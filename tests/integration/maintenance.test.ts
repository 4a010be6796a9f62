import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openPostgres } from "../../db/client";
import { analyzeStaleTables, getStaleTables } from "../../db/queries/maintenance";
import { freshDatabase, type TestDatabase } from "../support/database";

describe("planner statistics upkeep", () => {
  let database: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    database = await freshDatabase();
    db = openPostgres(database.url);
  });
  afterAll(async () => {
    await db.close();
    await database.drop();
  });

  it("finds the tables that changed since their last ANALYZE and refreshes them", async () => {
    await db.query(`ANALYZE`);
    expect(await getStaleTables(db)).toEqual([]);
    await db.query(
      `INSERT INTO orders (workspace_id, source_id, buyer_id, placed_at)
       SELECT gen_random_uuid(), 'o' || g, 'b' || g, now() FROM generate_series(1, 500) g`,
    );
    // The statistics collector reports changes asynchronously.
    for (let i = 0; i < 50 && !(await getStaleTables(db)).includes("orders"); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await getStaleTables(db)).toContain("orders");
    expect(await analyzeStaleTables(db)).toContain("orders");
    expect(await getStaleTables(db)).not.toContain("orders");
    const [stats] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'orders'`);
    expect(stats?.n).toBeGreaterThan(0);
  });
});
