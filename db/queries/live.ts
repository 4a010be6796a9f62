import type { Sql } from "../client";

/** A conversation still waiting for its first human reply. */
export interface WaitingConversation {
  id: number;
  sourceId: string;
  channel: string;
  market: string | null;
  firstBuyerAt: Date;
  breachAt: Date;
  firstBotAt: Date | null;
  messageCount: number;
}

/**
 * Conversations waiting for a first reply whose first buyer message is at most `windowHours`
 * old, the closest to their deadline first (overdue ones lead). Older unanswered conversations
 * are history, counted in the reports, not work for the shift on duty.
 */
export async function getWaitingConversations(
  db: Sql,
  params: { workspaceId: string; now: Date; windowHours: number; limit: number },
): Promise<WaitingConversation[]> {
  return db.query<WaitingConversation>(
    `SELECT f.conversation_id AS id, c.source_id AS "sourceId", f.channel, f.market, f.first_buyer_at AS "firstBuyerAt",
            f.breach_at AS "breachAt", f.first_bot_at AS "firstBotAt", f.message_count AS "messageCount"
     FROM conversation_facts f JOIN conversations c ON c.id = f.conversation_id
     WHERE f.workspace_id = $1 AND f.unanswered
       AND f.breach_at >= $2::timestamptz - make_interval(hours => $3::int) AND f.first_buyer_at <= $2::timestamptz
       AND f.first_buyer_at >= $2::timestamptz - make_interval(hours => $3::int)
     ORDER BY f.breach_at, f.conversation_id
     LIMIT $4`,
    [params.workspaceId, params.now.toISOString(), params.windowHours, params.limit],
  );
}

/** The newest first buyer message of the workspace, to tell "no data lately" from "all answered". */
export async function getLatestBuyerMessageAt(db: Sql, workspaceId: string): Promise<Date | null> {
  const [row] = await db.query<{ at: Date | null }>(
    `SELECT max(first_buyer_at) AS at FROM conversation_facts WHERE workspace_id = $1`,
    [workspaceId],
  );
  return row?.at ?? null;
}

export interface AlertWorkspace {
  id: string;
  name: string;
  webhookUrl: string;
  targetSeconds: number;
  breachRate: number;
  leadSeconds: number;
}

export async function getAlertWorkspaces(db: Sql): Promise<AlertWorkspace[]> {
  return db.query<AlertWorkspace>(
    `SELECT id, name, webhook_url AS "webhookUrl", sla_target_seconds AS "targetSeconds",
            alert_breach_rate AS "breachRate", alert_lead_seconds AS "leadSeconds"
     FROM workspaces WHERE webhook_url IS NOT NULL AND webhook_url <> ''`,
  );
}

/** Waiting conversations whose deadline falls within the next `leadSeconds`, not yet warned about. */
export async function getAboutToBreach(
  db: Sql,
  params: { workspaceId: string; now: Date; leadSeconds: number },
): Promise<{ id: number; sourceId: string; firstBuyerAt: Date; breachAt: Date }[]> {
  return db.query(
    `SELECT f.conversation_id AS id, c.source_id AS "sourceId", f.first_buyer_at AS "firstBuyerAt", f.breach_at AS "breachAt"
     FROM conversation_facts f JOIN conversations c ON c.id = f.conversation_id
     WHERE f.workspace_id = $1 AND f.unanswered
       AND f.breach_at > $2::timestamptz AND f.breach_at <= $2::timestamptz + make_interval(secs => $3::int)
       AND NOT EXISTS (SELECT 1 FROM sla_alerts a WHERE a.workspace_id = $1 AND a.kind = 'about_to_breach'
                       AND a.ref = f.conversation_id::text)
     ORDER BY f.breach_at`,
    [params.workspaceId, params.now.toISOString(), params.leadSeconds],
  );
}

/**
 * Conversations and breaches among those whose first buyer message came in the hour that ended
 * `targetSeconds` ago: each of them has either been answered in time or breached by now.
 */
export async function getLastHourBreaches(
  db: Sql,
  params: { workspaceId: string; now: Date; targetSeconds: number },
): Promise<{ conversations: number; breaches: number }> {
  const [row] = await db.query<{ conversations: number; breaches: number }>(
    `SELECT count(*)::int AS conversations,
            count(*) FILTER (WHERE unanswered OR frt_s > $3::int)::int AS breaches
     FROM conversation_facts
     WHERE workspace_id = $1
       AND first_buyer_at >= $2::timestamptz - make_interval(secs => $3::int + 3600)
       AND first_buyer_at < $2::timestamptz - make_interval(secs => $3::int)`,
    [params.workspaceId, params.now.toISOString(), params.targetSeconds],
  );
  return row ?? { conversations: 0, breaches: 0 };
}

/** Claims an alert: true for the first caller only, so each alert fires once. */
export async function claimAlert(db: Sql, workspaceId: string, kind: string, ref: string): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO sla_alerts (workspace_id, kind, ref) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING ref`,
    [workspaceId, kind, ref],
  );
  return rows.length > 0;
}

/** Records the delivery; a failed delivery releases the claim so the next tick tries again. */
export async function settleAlert(db: Sql, workspaceId: string, kind: string, ref: string, status: number | null): Promise<void> {
  if (status !== null && status >= 200 && status < 300) {
    await db.query(`UPDATE sla_alerts SET state = 'sent', status = $4 WHERE workspace_id = $1 AND kind = $2 AND ref = $3`, [workspaceId, kind, ref, status]);
  } else {
    await db.query(`DELETE FROM sla_alerts WHERE workspace_id = $1 AND kind = $2 AND ref = $3`, [workspaceId, kind, ref]);
  }
}
