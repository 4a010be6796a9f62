import type { Database, Sql } from "../client";

const ID_ARRAY = (n: number) => `ARRAY(SELECT value::bigint FROM json_array_elements_text($${n}::text::json))`;
const TEXT_ARRAY = (n: number) => `ARRAY(SELECT json_array_elements_text($${n}::text::json))`;

/** A negative review this many days after a conversation is its second outcome. */
export const NEGATIVE_REVIEW_DAYS = 14;

/**
 * Edit bands of a conversation's use of a version (its least edited use): verbatim (< 5% of the
 * message is the agent's own), light (< 25%), personalised (< 50%), rewritten (the rest).
 */
export const EDIT_BAND_LIMITS = [0.05, 0.25, 0.5] as const;

export interface ChangedConversations {
  conversationIds: readonly number[];
  /** Buyers whose reviews arrived: their conversations' second outcome may have changed. */
  buyers: readonly string[];
  /** Former first-buyer times (epoch ms) of conversations that moved to another day. */
  movedFrom: readonly number[];
}

/** The local days (YYYY-MM-DD in the workspace's zone) whose outcomes the changes touch. */
export async function getChangedDays(db: Sql, workspaceId: string, timeZone: string, changed: ChangedConversations): Promise<string[]> {
  const rows = await db.query<{ day: string }>(
    `SELECT (first_buyer_at AT TIME ZONE $2)::date::text AS day FROM conversation_facts
     WHERE conversation_id = ANY(${ID_ARRAY(3)}) AND first_buyer_at IS NOT NULL
     UNION
     SELECT (first_buyer_at AT TIME ZONE $2)::date::text FROM conversation_facts
     WHERE workspace_id = $1 AND buyer_id = ANY(${TEXT_ARRAY(4)}) AND first_buyer_at IS NOT NULL
     UNION
     SELECT (to_timestamp(value::float8 / 1000) AT TIME ZONE $2)::date::text FROM json_array_elements_text($5::text::json)`,
    [
      workspaceId,
      timeZone,
      JSON.stringify([...changed.conversationIds]),
      JSON.stringify([...changed.buyers]),
      JSON.stringify([...changed.movedFrom]),
    ],
  );
  return rows.map((r) => r.day).sort();
}

/** Recomputes every daily outcome of the workspace (after a re-detection, or a new time zone). */
export async function rollupTemplateOutcomes(db: Database, workspaceId: string): Promise<void> {
  const settings = await outcomeSettings(db, workspaceId);
  if (!settings) return;
  await db.transaction((tx) => rollupInTransaction(tx, workspaceId, null, settings));
  // A whole-workspace rollup can replace most of the table at once: fresh statistics keep the
  // report's plan a hash aggregate instead of an on-disk sort.
  await db.query(`ANALYZE template_daily_outcomes, template_daily_edits`);
}

/** Marks local days whose outcomes changed; `rollupDirtyTemplateDays` rolls them up soon after. */
export async function markTemplateDays(db: Sql, workspaceId: string, days: readonly string[]): Promise<void> {
  if (days.length === 0) return;
  await db.query(`INSERT INTO template_dirty_days (workspace_id, day) SELECT $1, value::date FROM json_array_elements_text($2::text::json)`, [
    workspaceId,
    JSON.stringify([...new Set(days)].sort()),
  ]);
}

/** Workspaces with days marked and not rolled up yet (a job lost with a process, say). */
export async function workspacesWithDirtyTemplateDays(db: Sql): Promise<string[]> {
  const rows = await db.query<{ workspace_id: string }>(`SELECT DISTINCT workspace_id FROM template_dirty_days`);
  return rows.map((r) => r.workspace_id);
}

/**
 * Rolls up every day marked since the last run. The marks are removed in the transaction that
 * rolls their days up, before the conversations are read: a change committed later has its own
 * mark and is rolled up by the next run, and a failed run leaves its marks for the retry.
 */
export async function rollupDirtyTemplateDays(db: Database, workspaceId: string): Promise<number> {
  const settings = await outcomeSettings(db, workspaceId);
  if (!settings) return 0;
  return db.transaction(async (tx) => {
    const marks = await tx.query<{ day: string }>(`DELETE FROM template_dirty_days WHERE workspace_id = $1 RETURNING day::text AS day`, [workspaceId]);
    const days = [...new Set(marks.map((m) => m.day))];
    if (days.length === 0) return 0;
    // During a bulk import the statistics lag far behind the tables, and the planner's guess of a
    // few conversations turns the join with their template uses into a nested loop that took 100 s
    // for 30,000 conversations; hash joins take 0.2 s, and stay cheap for a few days too.
    await tx.query(`SET LOCAL enable_nestloop = off`);
    await rollupInTransaction(tx, workspaceId, days, settings);
    return days.length;
  });
}

interface OutcomeSettings {
  timezone: string;
  threshold: number;
}

async function outcomeSettings(db: Sql, workspaceId: string): Promise<OutcomeSettings | null> {
  const [settings] = await db.query<OutcomeSettings>(`SELECT timezone, negative_rating_threshold AS threshold FROM workspaces WHERE id = $1`, [workspaceId]);
  return settings ?? null;
}

/**
 * Recomputes the daily outcomes of the given days (all days when `days` is null) from the
 * conversations, their template uses and their buyers' reviews, replacing what was there.
 *
 * Runs after the changes it follows have committed, under advisory locks on the days (sorted, so
 * two rollups never wait on each other in a cycle; a whole-workspace rollup locks the workspace
 * exclusively): whoever goes second recomputes from what the first committed, so concurrent
 * rollups of one day never leave an older count behind.
 */
async function rollupInTransaction(tx: Sql, workspaceId: string, days: readonly string[] | null, settings: OutcomeSettings): Promise<void> {
  const dayList = days === null ? null : JSON.stringify([...new Set(days)].sort());
  const workspaceKey = `template-outcomes:${workspaceId}`;
  if (dayList === null) {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1), 0)`, [workspaceKey]);
  } else {
    await tx.query(`SELECT pg_advisory_xact_lock_shared(hashtext($1), 0)`, [workspaceKey]);
    await tx.query(
      `SELECT count(pg_advisory_xact_lock(hashtext($1), hashtext(d))) FROM (SELECT value AS d FROM json_array_elements_text($2::text::json) ORDER BY 1) x`,
      [workspaceKey, dayList],
    );
  }
  const inDays = `($2::text IS NULL OR day = ANY(${TEXT_ARRAY(2)}::date[]))`;
  await tx.query(`DELETE FROM template_daily_outcomes WHERE workspace_id = $1 AND ${inDays}`, [workspaceId, dayList]);
  await tx.query(`DELETE FROM template_daily_edits WHERE workspace_id = $1 AND ${inDays}`, [workspaceId, dayList]);
  const first = days === null ? null : [...days].sort()[0]!;
  const last = days === null ? null : [...days].sort().at(-1)!;
  await tx.query(
    `WITH conv AS (
       SELECT f.conversation_id, (f.first_buyer_at AT TIME ZONE $3)::date AS day, f.scenario, f.channel,
         f.converted_order_id IS NOT NULL AS converted, f.first_human_reply_at IS NOT NULL AS answered,
         f.buyer_id, f.first_buyer_at, coalesce(f.last_message_at, f.first_buyer_at) AS last_at
       FROM conversation_facts f
       WHERE f.workspace_id = $1 AND f.first_buyer_at IS NOT NULL AND f.scenario IS NOT NULL
         AND ($5::date IS NULL OR f.first_buyer_at >= ($5::date::timestamp AT TIME ZONE $3))
         AND ($6::date IS NULL OR f.first_buyer_at < (($6::date + 1)::timestamp AT TIME ZONE $3))
         AND ($2::text IS NULL OR (f.first_buyer_at AT TIME ZONE $3)::date = ANY(${TEXT_ARRAY(2)}::date[]))
     ),
     used AS (
       SELECT u.conversation_id, u.template_version_id, min(u.edited_share) AS edited_share
       FROM template_uses u JOIN conv c ON c.conversation_id = u.conversation_id
       WHERE u.workspace_id = $1
       GROUP BY 1, 2
     ),
     arms AS (
       SELECT c.day, c.scenario, c.channel, c.converted, coalesce(u.template_version_id, 0) AS version_id, u.edited_share,
         EXISTS (
           SELECT 1 FROM reviews r
           WHERE r.workspace_id = $1 AND r.buyer_id = c.buyer_id AND r.rating <= $4
             AND r.created_at >= c.first_buyer_at AND r.created_at <= c.last_at + interval '${NEGATIVE_REVIEW_DAYS} days'
         ) AS negative
       FROM conv c LEFT JOIN used u ON u.conversation_id = c.conversation_id
       -- Comparable conversations were answered by a human; a template use implies an answer.
       WHERE u.template_version_id IS NOT NULL OR c.answered
     ),
     outcomes AS (
       INSERT INTO template_daily_outcomes (workspace_id, day, template_version_id, scenario, channel, conversations,
         conversions, negative_reviews)
       SELECT $1, day, version_id, scenario, channel, count(*), count(*) FILTER (WHERE converted),
         count(*) FILTER (WHERE negative)
       FROM arms GROUP BY day, version_id, scenario, channel
     )
     INSERT INTO template_daily_edits (workspace_id, day, template_version_id, edit_band, conversations, conversions)
     SELECT $1, day, version_id,
       CASE WHEN edited_share < ${EDIT_BAND_LIMITS[0]} THEN 0 WHEN edited_share < ${EDIT_BAND_LIMITS[1]} THEN 1
            WHEN edited_share < ${EDIT_BAND_LIMITS[2]} THEN 2 ELSE 3 END AS band,
       count(*), count(*) FILTER (WHERE converted)
     FROM arms WHERE version_id <> 0
     GROUP BY day, version_id, band`,
    [workspaceId, dayList, settings.timezone, settings.threshold, first, last],
  );
}
