import { buildWeekRollup, packBuckets, packPairs, type SlaFact } from "../../lib/sla/rollup";
import type { Database, Sql } from "../client";

/** conversation_facts columns as lib/sla/rollup.ts reads them; only conversations with a buyer message. */
export const SLA_FACT_SELECT = `
  to_char(f.week_start, 'YYYY-MM-DD') AS "weekStart", f.first_reply_agent_id AS "agentId", f.channel, f.market,
  f.frt_s AS "frtS", f.business_frt_s AS "businessFrtS", f.unanswered,
  f.converted_order_id IS NOT NULL AS converted, f.message_count AS "messageCount", f.resolution_s AS "resolutionS",
  f.team_how AS "teamHow", f.buyer_how AS "buyerHow"`;

/** Rows per INSERT of the rebuilt tables: one JSON parameter each, kept to a few MiB. */
const INSERT_BATCH = 10_000;

/**
 * Rebuilds the rollups of every week of the workspace that changed since its last build, one
 * week per transaction. Each week's dirty marks are removed in the transaction that rebuilds it,
 * before the facts are read: a change committed after that still has its mark and is rebuilt on
 * the next run, so no change is ever lost, and a week rebuilt twice gives the same rows.
 */
export async function refreshSlaRollups(db: Database, workspaceId: string, onWeek?: (week: string) => void): Promise<number> {
  const weeks = await db.query<{ week: string }>(
    `SELECT DISTINCT to_char(week_start, 'YYYY-MM-DD') AS week FROM sla_dirty_weeks WHERE workspace_id = $1 ORDER BY 1`,
    [workspaceId],
  );
  for (const { week } of weeks) {
    await db.transaction((tx) => rebuildWeek(tx, workspaceId, week));
    onWeek?.(week);
  }
  return weeks.length;
}

async function rebuildWeek(tx: Sql, workspaceId: string, week: string): Promise<void> {
  // Two rebuilds of one workspace take turns, so their deletes and inserts never interleave.
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('sla-rollups'), hashtext($1))`, [workspaceId]);
  const marks = await tx.query(`DELETE FROM sla_dirty_weeks WHERE workspace_id = $1 AND week_start = $2::date RETURNING id`, [workspaceId, week]);
  if (marks.length === 0) return;
  const [settings] = await tx.query<{ target: number }>(`SELECT sla_target_seconds AS target FROM workspaces WHERE id = $1`, [workspaceId]);
  const facts = await tx.query<SlaFact>(
    `SELECT ${SLA_FACT_SELECT} FROM conversation_facts f WHERE f.workspace_id = $1 AND f.week_start = $2::date`,
    [workspaceId, week],
  );
  const rollup = buildWeekRollup(facts, settings?.target ?? 240);
  for (const table of ["sla_week_rollups", "sla_frt_values", "sla_hour_rollups"]) {
    await tx.query(`DELETE FROM ${table} WHERE workspace_id = $1 AND week_start = $2::date`, [workspaceId, week]);
  }
  await insertBatches(
    tx,
    `INSERT INTO sla_week_rollups (workspace_id, hours, week_start, dim, key, conversations, answered, unanswered,
       breached_answered, converted, messages, resolution_sum, resolved, buckets, bands)
     SELECT $1, r.hours, $2::date, r.dim, r.key, r.conversations, r.answered, r.unanswered, r.breached_answered,
       r.converted, r.messages, r.resolution_sum, r.resolved, r.buckets, r.bands
     FROM json_to_recordset($3::text::json) AS r(hours text, dim text, key text, conversations int, answered int,
       unanswered int, breached_answered int, converted int, messages int, resolution_sum float8, resolved int,
       buckets bytea, bands bytea)`,
    workspaceId,
    week,
    rollup.groups.map(({ hours, dim, key, totals: t }) => ({
      hours,
      dim,
      key,
      conversations: t.conversations,
      answered: t.answered,
      unanswered: t.unanswered,
      breached_answered: t.breachedAnswered,
      converted: t.converted,
      messages: t.messages,
      resolution_sum: t.resolutionSum,
      resolved: t.resolved,
      buckets: packBuckets(t.buckets),
      bands: packPairs(t.bands),
    })),
  );
  await insertBatches(
    tx,
    `INSERT INTO sla_frt_values (workspace_id, hours, dim, key, bucket, week_start, frt_s, n)
     SELECT $1, v.hours, v.dim, v.key, v.bucket, $2::date, v.frt_s, v.n
     FROM json_to_recordset($3::text::json) AS v(hours text, dim text, key text, bucket smallint, frt_s float8, n int)`,
    workspaceId,
    week,
    rollup.values.map((v) => ({ hours: v.hours, dim: v.dim, key: v.key, bucket: v.bucket, frt_s: v.frtS, n: v.n })),
  );
  await insertBatches(
    tx,
    `INSERT INTO sla_hour_rollups (workspace_id, hours, week_start, zone, hour, conversations, breached_answered, unanswered)
     SELECT $1, c.hours, $2::date, c.zone, c.hour, c.conversations, c.breached_answered, c.unanswered
     FROM json_to_recordset($3::text::json) AS c(hours text, zone text, hour smallint, conversations int,
       breached_answered int, unanswered int)`,
    workspaceId,
    week,
    rollup.cells.map((c) => ({
      hours: c.hours,
      zone: c.zone,
      hour: c.hour,
      conversations: c.totals.conversations,
      breached_answered: c.totals.breachedAnswered,
      unanswered: c.totals.unanswered,
    })),
  );
}

async function insertBatches(tx: Sql, sql: string, workspaceId: string, week: string, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await tx.query(sql, [workspaceId, week, JSON.stringify(rows.slice(i, i + INSERT_BATCH))]);
  }
}

/** Workspaces with weeks waiting for a rebuild, for the scheduled sweep. */
export async function workspacesWithDirtyWeeks(db: Sql): Promise<string[]> {
  const rows = await db.query<{ workspace_id: string }>(`SELECT DISTINCT workspace_id FROM sla_dirty_weeks`);
  return rows.map((r) => r.workspace_id);
}

/** Marks every week of a workspace that has facts for a rebuild (after a recomputation). */
export async function markAllWeeksDirty(db: Sql, workspaceId: string): Promise<void> {
  await db.query(
    `INSERT INTO sla_dirty_weeks (workspace_id, week_start)
     SELECT DISTINCT $1::uuid, week_start FROM conversation_facts WHERE workspace_id = $1 AND week_start IS NOT NULL
     UNION SELECT DISTINCT $1::uuid, week_start FROM sla_week_rollups WHERE workspace_id = $1`,
    [workspaceId],
  );
}
