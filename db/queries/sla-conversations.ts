import type { MessageFact } from "../../lib/conversations/derive";
import { bandBounds } from "../../lib/metrics/frt";
import type { Sql } from "../client";
import type { SlaScope } from "./first-response";

/** Which conversations a number on the SLA page stands for. */
export interface SlaDrillFilter extends SlaScope {
  agentId?: number | null;
  /** "" for conversations without a credited agent (unanswered). */
  unassigned?: boolean;
  channel?: string;
  market?: string;
  /** `none` for conversations without a market. */
  noMarket?: boolean;
  weekStart?: string;
  band?: number;
  breached?: boolean;
  unanswered?: boolean;
  zone?: "team" | "buyer";
  hour?: number;
}

export interface SlaConversationRow {
  id: number;
  sourceId: string;
  firstBuyerAt: Date;
  channel: string;
  market: string | null;
  agentSourceId: string | null;
  agentName: string | null;
  frtS: number | null;
  businessFrtS: number | null;
  botAckS: number | null;
  unanswered: boolean;
  breached: boolean;
  converted: boolean;
  messageCount: number;
}

/**
 * The conversations behind a figure, newest first, a page at a time (`before` is the last row's
 * "firstBuyerAtMs:id"). The filter is the figure's own definition, so the count matches.
 */
export async function listSlaConversations(
  db: Sql,
  filter: SlaDrillFilter,
  page: { limit: number; before?: { at: Date; id: number } },
): Promise<{ rows: SlaConversationRow[]; total: number; breached: number }> {
  const frt = filter.hours === "calendar" ? "f.frt_s" : "f.business_frt_s";
  const deadline = filter.hours === "calendar" ? "f.breach_at" : "f.business_breach_at";
  const breached = `(CASE WHEN f.unanswered THEN ${deadline} IS NOT NULL AND ${deadline} < $6::timestamptz ELSE ${frt} > $5::int END)`;
  const where = [
    "f.workspace_id = $1",
    "f.first_buyer_at IS NOT NULL",
    "f.first_buyer_at >= ($3::date::timestamp AT TIME ZONE $2::text)",
    "f.first_buyer_at < (($4::date + 1)::timestamp AT TIME ZONE $2::text)",
  ];
  const params: unknown[] = [filter.workspaceId, filter.timeZone, filter.from, filter.to, filter.targetSeconds, filter.now.toISOString()];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  if (filter.agentId != null) add((n) => `f.first_reply_agent_id = $${n}`, filter.agentId);
  if (filter.unassigned) where.push("f.first_reply_agent_id IS NULL");
  if (filter.channel) add((n) => `f.channel = $${n}`, filter.channel);
  if (filter.market) add((n) => `f.market = $${n}`, filter.market);
  if (filter.noMarket) where.push("f.market IS NULL");
  if (filter.weekStart) add((n) => `f.week_start = $${n}::date`, filter.weekStart);
  if (filter.unanswered) where.push("f.unanswered");
  if (filter.breached) where.push(breached);
  if (filter.zone && filter.hour !== undefined) add((n) => `f.${filter.zone === "team" ? "team_how" : "buyer_how"} = $${n}`, filter.hour);
  if (filter.band !== undefined) {
    const bounds = bandBounds(filter.band);
    if (!bounds) where.push("f.unanswered");
    else {
      where.push("NOT f.unanswered");
      add((n) => `${frt} >= $${n}`, bounds[0]);
      if (Number.isFinite(bounds[1])) add((n) => `${frt} < $${n}`, bounds[1]);
    }
  }
  const countWhere = where.join(" AND ");
  const countParams = [...params];
  if (page.before) {
    params.push(page.before.at.toISOString(), page.before.id);
    where.push(`(f.first_buyer_at, f.conversation_id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  const [rows, [count]] = await Promise.all([
    db.query<SlaConversationRow>(
      `SELECT f.conversation_id AS id, c.source_id AS "sourceId", f.first_buyer_at AS "firstBuyerAt", f.channel, f.market,
              a.source_id AS "agentSourceId", a.name AS "agentName", ${frt} AS "frtS", f.business_frt_s AS "businessFrtS",
              f.bot_ack_s AS "botAckS", f.unanswered, ${breached} AS breached,
              f.converted_order_id IS NOT NULL AS converted, f.message_count AS "messageCount"
       FROM conversation_facts f JOIN conversations c ON c.id = f.conversation_id
       LEFT JOIN agents a ON a.id = f.first_reply_agent_id
       WHERE ${where.join(" AND ")}
       ORDER BY f.first_buyer_at DESC, f.conversation_id DESC
       LIMIT ${Math.max(1, Math.min(page.limit, 500))}`,
      params,
    ),
    // Counting the breached ones too gives every parameter a use, so each has a type.
    db.query<{ total: number; breached: number }>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE ${breached})::int AS breached FROM conversation_facts f WHERE ${countWhere}`,
      countParams,
    ),
  ]);
  return { rows, total: count?.total ?? 0, breached: count?.breached ?? 0 };
}

export interface TimelineMessage extends MessageFact {
  sourceId: string;
  text: string;
  agentName: string | null;
  agentSourceId: string | null;
  durationS: number | null;
  templateId: string | null;
}

export interface ConversationDetail {
  id: number;
  sourceId: string;
  channel: string;
  market: string | null;
  buyerId: string | null;
  scenario: string | null;
  converted: boolean;
  messages: TimelineMessage[];
}

export async function getConversationDetail(db: Sql, workspaceId: string, conversationId: number): Promise<ConversationDetail | null> {
  const [conversation] = await db.query<Omit<ConversationDetail, "messages">>(
    `SELECT c.id, c.source_id AS "sourceId", c.channel, c.market, c.buyer_id AS "buyerId", c.scenario,
            coalesce(f.converted_order_id IS NOT NULL, false) AS converted
     FROM conversations c LEFT JOIN conversation_facts f ON f.conversation_id = c.id
     WHERE c.workspace_id = $1 AND c.id = $2`,
    [workspaceId, conversationId],
  );
  if (!conversation) return null;
  const rows = await db.query<{ id: number; source_id: string; sender: MessageFact["sender"]; sent_at: Date; agent_id: number | null; is_bot: boolean | null; name: string | null; agent_source: string | null; text: string; duration_s: number | null; template_source_id: string | null }>(
    `SELECT m.id, m.source_id, m.sender, m.sent_at, m.agent_id, a.is_bot, a.name, a.source_id AS agent_source, m.text, m.duration_s, m.template_source_id
     FROM messages m LEFT JOIN agents a ON a.id = m.agent_id
     WHERE m.conversation_id = $1 ORDER BY m.sent_at, m.id LIMIT 2000`,
    [conversationId],
  );
  return {
    ...conversation,
    messages: rows.map((r) => ({
      id: r.id,
      sender: r.sender,
      sentAt: r.sent_at.getTime(),
      agentId: r.agent_id,
      agentIsBot: r.is_bot ?? false,
      sourceId: r.source_id,
      text: r.text,
      agentName: r.name,
      agentSourceId: r.agent_source,
      durationS: r.duration_s,
      templateId: r.template_source_id,
    })),
  };
}
