import type { Sql } from "../client";

export interface AgentName {
  sourceId: string;
  name: string;
  isBot: boolean;
}

/** Source ids and names of agents by row id. */
export async function agentSourceIds(db: Sql, ids: readonly number[]): Promise<Map<number, AgentName>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: number; source_id: string; name: string; is_bot: boolean }>(
    `SELECT id, source_id, name, is_bot FROM agents WHERE id = ANY(ARRAY(SELECT value::bigint FROM json_array_elements_text($1::text::json)))`,
    [JSON.stringify(ids)],
  );
  return new Map(rows.map((r) => [r.id, { sourceId: r.source_id, name: r.name, isBot: r.is_bot }]));
}

/** The row id of an agent by source id, for links that name the agent as the API does. */
export async function agentIdBySource(db: Sql, workspaceId: string, sourceId: string): Promise<number | null> {
  const [row] = await db.query<{ id: number }>(`SELECT id FROM agents WHERE workspace_id = $1 AND source_id = $2`, [workspaceId, sourceId]);
  return row?.id ?? null;
}
