import type { Database, Sql } from "../client";
import type { Deriver } from "./facts";
import { refreshFacts } from "./facts";

export interface Recompute {
  id: string;
  workspaceId: string;
  reason: string;
  state: "queued" | "running" | "done" | "failed" | "superseded";
  total: number;
  done: number;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const COLUMNS = `id, workspace_id AS "workspaceId", reason, state, total, done, error, created_at AS "createdAt", finished_at AS "finishedAt"`;

/** Starts a recomputation of every conversation of the workspace; an unfinished earlier one is superseded. */
export async function createRecompute(db: Database, workspaceId: string, reason: string): Promise<Recompute> {
  return db.transaction(async (tx) => {
    await tx.query(
      `UPDATE fact_recomputes SET state = 'superseded', finished_at = now(), updated_at = now()
       WHERE workspace_id = $1 AND state IN ('queued', 'running')`,
      [workspaceId],
    );
    const [row] = await tx.query<Recompute>(
      `INSERT INTO fact_recomputes (workspace_id, reason, total)
       SELECT $1, $2, count(*)::int FROM conversations WHERE workspace_id = $1
       RETURNING ${COLUMNS}`,
      [workspaceId, reason],
    );
    if (!row) throw new Error("could not create a recomputation");
    return row;
  });
}

export async function latestRecompute(db: Sql, workspaceId: string): Promise<Recompute | null> {
  const [row] = await db.query<Recompute>(
    `SELECT ${COLUMNS} FROM fact_recomputes WHERE workspace_id = $1 ORDER BY created_at DESC LIMIT 1`,
    [workspaceId],
  );
  return row ?? null;
}

/** Recomputations that were started and not finished (their job was lost with a process), to resume. */
export async function unfinishedRecomputes(db: Sql): Promise<{ id: string; workspaceId: string; page: number }[]> {
  return db.query(
    `SELECT id, workspace_id AS "workspaceId", done AS page FROM fact_recomputes
     WHERE state IN ('queued', 'running') AND updated_at < now() - interval '2 minutes'`,
  );
}

/**
 * Recomputes the next page of conversations after the cursor, in one transaction with the cursor
 * move: a page run twice (a retried job) finds the cursor moved and recomputes the next one, and
 * a page lost with a process is simply run again. Says whether more pages remain.
 */
export async function recomputePage(
  db: Database,
  recomputeId: string,
  pageSize: number,
  derive: Deriver,
): Promise<{ more: boolean; workspaceId: string | null }> {
  return db.transaction(async (tx) => {
    const [job] = await tx.query<{ workspace_id: string; state: string; cursor: number }>(
      `SELECT workspace_id, state, cursor FROM fact_recomputes WHERE id = $1 FOR UPDATE`,
      [recomputeId],
    );
    if (!job || !["queued", "running"].includes(job.state)) return { more: false, workspaceId: null };
    const ids = await tx.query<{ id: number }>(
      `SELECT id FROM conversations WHERE workspace_id = $1 AND id > $2 ORDER BY id LIMIT $3`,
      [job.workspace_id, job.cursor, pageSize],
    );
    if (ids.length > 0) {
      await refreshFacts(tx, job.workspace_id, { conversations: new Set(ids.map((r) => r.id)), buyers: new Set() }, derive);
    }
    const more = ids.length === pageSize;
    await tx.query(
      `UPDATE fact_recomputes SET cursor = $2, done = done + $3, state = $4, updated_at = now(),
         finished_at = CASE WHEN $4 = 'done' THEN now() ELSE finished_at END
       WHERE id = $1`,
      [recomputeId, ids.at(-1)?.id ?? job.cursor, ids.length, more ? "running" : "done"],
    );
    return { more, workspaceId: job.workspace_id };
  });
}

export async function failRecompute(db: Sql, recomputeId: string, error: string): Promise<void> {
  await db.query(`UPDATE fact_recomputes SET state = 'failed', error = $2, updated_at = now() WHERE id = $1`, [recomputeId, error.slice(0, 2_000)]);
}
