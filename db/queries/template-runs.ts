import type { Sql } from "../client";

export interface DetectionRun {
  id: string;
  state: "running" | "done" | "superseded" | "failed";
  total: number;
  done: number;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const COLUMNS = `id, state, total, done, error, created_at AS "createdAt", finished_at AS "finishedAt"`;

/** Starts a run over `total` agent messages; earlier runs of the workspace still going are superseded. */
export async function createDetectionRun(db: Sql, workspaceId: string, total: number): Promise<DetectionRun> {
  await db.query(
    `UPDATE template_detection_runs SET state = 'superseded', finished_at = now() WHERE workspace_id = $1 AND state = 'running'`,
    [workspaceId],
  );
  const [run] = await db.query<DetectionRun>(
    `INSERT INTO template_detection_runs (workspace_id, total) VALUES ($1, $2) RETURNING ${COLUMNS}`,
    [workspaceId, total],
  );
  if (!run) throw new Error("could not start a template detection run");
  return run;
}

export async function getDetectionRun(db: Sql, runId: string): Promise<DetectionRun | null> {
  const [run] = await db.query<DetectionRun>(`SELECT ${COLUMNS} FROM template_detection_runs WHERE id = $1`, [runId]);
  return run ?? null;
}

/** The workspace's latest run, for the progress shown on the Templates page. */
export async function getLatestDetectionRun(db: Sql, workspaceId: string): Promise<DetectionRun | null> {
  const [run] = await db.query<DetectionRun>(
    `SELECT ${COLUMNS} FROM template_detection_runs WHERE workspace_id = $1 ORDER BY created_at DESC LIMIT 1`,
    [workspaceId],
  );
  return run ?? null;
}

export async function advanceDetectionRun(db: Sql, runId: string, messages: number): Promise<void> {
  await db.query(`UPDATE template_detection_runs SET done = least(total, done + $2) WHERE id = $1 AND state = 'running'`, [runId, messages]);
}

export async function finishDetectionRun(db: Sql, runId: string, state: "done" | "failed", error: string | null = null): Promise<void> {
  await db.query(
    `UPDATE template_detection_runs SET state = $2, error = $3, finished_at = now(),
       done = CASE WHEN $2 = 'done' THEN total ELSE done END
     WHERE id = $1 AND state = 'running'`,
    [runId, state, error],
  );
}
