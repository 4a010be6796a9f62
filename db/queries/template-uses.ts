import type { AgentMessage, KnownVersion, TemplateUse } from "../../lib/templates/assign";
import type { TemplateText } from "../../lib/templates/detector";
import type { Sql } from "../client";

const ID_ARRAY = (n: number) => `ARRAY(SELECT value::bigint FROM json_array_elements_text($${n}::text::json))`;
const idsParam = (ids: Iterable<number>) => JSON.stringify([...new Set(ids)].sort((a, b) => a - b));

/** Human agent messages: sender `agent` from an agent not marked as a bot (bots use no templates). */
const HUMAN_AGENT_MESSAGES = `
  SELECT m.id, m.conversation_id AS "conversationId", m.text, m.template_source_id AS "templateSourceId",
    (extract(epoch FROM m.sent_at) * 1000)::float8 AS "sentAt"
  FROM messages m LEFT JOIN agents a ON a.id = m.agent_id
  WHERE m.sender = 'agent' AND coalesce(a.is_bot, false) = false`;

/** Every version of every template of the workspace (archived ones too: their past uses count). */
export async function getTemplateVersions(db: Sql, workspaceId: string): Promise<{ versions: KnownVersion[]; texts: TemplateText[] }> {
  const rows = await db.query<KnownVersion & { text: string; validFromMs: number | null }>(
    `SELECT v.id AS "versionId", v.template_id AS "templateId", t.source_id AS "sourceId", v.version, v.text,
       (extract(epoch FROM v.valid_from) * 1000)::float8 AS "validFromMs"
     FROM template_versions v JOIN templates t ON t.id = v.template_id
     WHERE v.workspace_id = $1 ORDER BY v.id`,
    [workspaceId],
  );
  return {
    versions: rows.map((r) => ({ versionId: r.versionId, templateId: r.templateId, sourceId: r.sourceId, version: r.version, validFrom: r.validFromMs })),
    texts: rows.map((r) => ({ key: r.versionId, text: r.text })),
  };
}

export async function getAgentMessagesOf(db: Sql, conversationIds: readonly number[]): Promise<AgentMessage[]> {
  if (conversationIds.length === 0) return [];
  return db.query<AgentMessage>(`${HUMAN_AGENT_MESSAGES} AND m.conversation_id = ANY(${ID_ARRAY(1)})`, [idsParam(conversationIds)]);
}

/** The next page of the workspace's human agent messages after message id `afterId`, by id. */
export async function getAgentMessagesPage(db: Sql, workspaceId: string, afterId: number, limit: number): Promise<AgentMessage[]> {
  return db.query<AgentMessage>(`${HUMAN_AGENT_MESSAGES} AND m.workspace_id = $1 AND m.id > $2 ORDER BY m.id LIMIT $3`, [
    workspaceId,
    afterId,
    limit,
  ]);
}

export async function countAgentMessages(db: Sql, workspaceId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM messages WHERE workspace_id = $1 AND sender = 'agent'`, [
    workspaceId,
  ]);
  return row?.n ?? 0;
}

/**
 * Replaces the recorded uses of the given messages (all of them: a message no longer written
 * from a template loses its row) with `uses`, in one transaction.
 */
export async function replaceTemplateUses(tx: Sql, workspaceId: string, messageIds: readonly number[], uses: readonly TemplateUse[]): Promise<void> {
  if (messageIds.length === 0) return;
  await tx.query(`DELETE FROM template_uses WHERE message_id = ANY(${ID_ARRAY(1)})`, [idsParam(messageIds)]);
  if (uses.length === 0) return;
  await tx.query(
    `INSERT INTO template_uses (message_id, workspace_id, conversation_id, template_id, template_version_id, explicit,
       edited_share, coverage, sent_at)
     SELECT u."messageId", $1, u."conversationId", u."templateId", u."templateVersionId", u.explicit, u."editedShare",
       u.coverage, to_timestamp(u."sentAt" / 1000.0)
     FROM json_to_recordset($2::text::json) AS u("messageId" bigint, "conversationId" bigint, "templateId" bigint,
       "templateVersionId" bigint, explicit boolean, "editedShare" real, coverage real, "sentAt" float8)
     ORDER BY u."messageId"
     ON CONFLICT (message_id) DO UPDATE SET conversation_id = excluded.conversation_id, template_id = excluded.template_id,
       template_version_id = excluded.template_version_id, explicit = excluded.explicit,
       edited_share = excluded.edited_share, coverage = excluded.coverage, sent_at = excluded.sent_at`,
    [workspaceId, JSON.stringify(uses)],
  );
}
