import type { DerivedConversation, MessageFact, SlaContext } from "../../lib/conversations/derive";
import { attributeOrders } from "../../lib/metrics/conversion";
import { inferScenario } from "../../lib/scenarios/infer";
import { slaClocks, type SlaClocks } from "../../lib/sla/settings";
import type { Sql } from "../client";
import { getSlaSettings } from "./sla-settings";

export type Deriver = (messages: readonly MessageFact[], context: SlaContext) => DerivedConversation;

interface MessageRow {
  conversation_id: number;
  id: number;
  sender: MessageFact["sender"];
  sent_at: Date;
  agent_id: number | null;
  agent_is_bot: boolean | null;
}

const idsParam = (ids: Iterable<number>) => JSON.stringify([...ids].sort((a, b) => a - b));
/**
 * Every table read here is bounded by its keys in `= ANY(ID_ARRAY)`, joins too: statistics lag
 * behind a bulk load, and with a side left unbounded the planner once hashed a whole table per chunk.
 */
const ID_ARRAY = (n: number) => `ARRAY(SELECT value::bigint FROM json_array_elements_text($${n}::text::json))`;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * Brings conversation_facts up to date after a chunk: the derived fields of every touched
 * conversation (from all its messages), then which conversations converted, for every buyer whose
 * conversations or orders changed.
 *
 * Concurrent chunks touching the same conversations or buyers take turns: advisory locks on the
 * conversations, then on the buyers, each in sorted order and before any facts row is written,
 * so two chunks never wait on each other in a cycle, and whoever goes second reads what the first
 * committed.
 */
export async function refreshFacts(
  tx: Sql,
  workspaceId: string,
  touched: { conversations: Set<number>; buyers: Set<string> },
  derive: Deriver,
): Promise<FactChanges> {
  const buyers = new Set(touched.buyers);
  const dirtyWeeks = new Set<string>();
  const movedFrom: number[] = [];
  const clocks = slaClocks(await getSlaSettings(tx, workspaceId));
  const facts =
    touched.conversations.size > 0
      ? await deriveFacts(tx, touched.conversations, derive, clocks, { buyers, dirtyWeeks, movedFrom })
      : [];
  if (buyers.size > 0) {
    await tx.query(
      `SELECT count(pg_advisory_xact_lock(hashtext($1), hashtext(b))) FROM (
         SELECT value AS b FROM json_array_elements_text($2::text::json) ORDER BY 1) buyers`,
      [workspaceId, JSON.stringify([...buyers].sort())],
    );
  }
  if (facts.length > 0) await writeFacts(tx, facts, dirtyWeeks);
  const converted = buyers.size > 0 ? await attributeConversions(tx, workspaceId, buyers, dirtyWeeks) : [];
  if (dirtyWeeks.size > 0) {
    // Appended, never updated: concurrent chunks marking the same week do not wait on each other.
    await tx.query(
      `INSERT INTO sla_dirty_weeks (workspace_id, week_start)
       SELECT $1, value::date FROM json_array_elements_text($2::text::json)`,
      [workspaceId, JSON.stringify([...dirtyWeeks].sort())],
    );
  }
  return { conversations: [...new Set([...touched.conversations, ...converted])], movedFrom };
}

/** What a refresh changed, for the work that follows a chunk (template use and its daily outcomes). */
export interface FactChanges {
  /** Conversations whose facts were recomputed or whose conversion changed. */
  conversations: number[];
  /** Former first-buyer times (epoch ms) of conversations whose first buyer message moved. */
  movedFrom: number[];
}

/** Where deriveFacts reports what else the refresh must look at. */
interface Knock {
  /** Buyers of the conversations, before and after: their conversions may change. */
  buyers: Set<string>;
  /** Weeks the conversations were in before (a moved conversation changes two weeks' rollups). */
  dirtyWeeks: Set<string>;
  /** Former first-buyer times of conversations whose first buyer message moved. */
  movedFrom: number[];
}

/**
 * Locks the conversations and derives their facts, scenarios inferred from the first buyer
 * message where the conversation was recorded without one.
 */
async function deriveFacts(tx: Sql, conversationIds: Set<number>, derive: Deriver, clocks: SlaClocks, knock: Knock) {
  const ids = idsParam(conversationIds);
  await tx.query(`SELECT count(pg_advisory_xact_lock(id)) FROM (SELECT unnest(${ID_ARRAY(1)}) AS id ORDER BY 1) ids`, [ids]);
  const owners = await tx.query<{
    id: number;
    market: string | null;
    buyer_id: string | null;
    recorded_scenario: string | null;
    previous_buyer_id: string | null;
    previous_week: string | null;
    previous_first_buyer_at: Date | null;
  }>(
    `SELECT c.id, c.market, c.buyer_id, c.scenario AS recorded_scenario, f.buyer_id AS previous_buyer_id,
       to_char(f.week_start, 'YYYY-MM-DD') AS previous_week, f.first_buyer_at AS previous_first_buyer_at
     FROM conversations c LEFT JOIN conversation_facts f ON f.conversation_id = c.id
     WHERE c.id = ANY(${ID_ARRAY(1)})`,
    [ids],
  );
  const marketOf = new Map<number, string | null>();
  for (const o of owners) {
    marketOf.set(o.id, o.market);
    if (o.buyer_id) knock.buyers.add(o.buyer_id);
    if (o.previous_buyer_id) knock.buyers.add(o.previous_buyer_id);
    if (o.previous_week) knock.dirtyWeeks.add(o.previous_week);
  }
  const previousFirstBuyerAt = new Map(owners.map((o) => [o.id, o.previous_first_buyer_at?.getTime() ?? null]));
  const withoutScenario = new Set(owners.filter((o) => o.recorded_scenario === null).map((o) => o.id));
  const rows = await tx.query<MessageRow>(
    `SELECT m.conversation_id, m.id, m.sender, m.sent_at, m.agent_id, a.is_bot AS agent_is_bot
     FROM messages m LEFT JOIN agents a ON a.id = m.agent_id
     WHERE m.conversation_id = ANY(${ID_ARRAY(1)})`,
    [ids],
  );
  const grouped = new Map<number, MessageFact[]>([...conversationIds].map((id) => [id, []]));
  for (const r of rows) {
    grouped.get(r.conversation_id)?.push({
      id: r.id,
      sender: r.sender,
      sentAt: r.sent_at.getTime(),
      agentId: r.agent_id,
      agentIsBot: r.agent_is_bot ?? false,
    });
  }
  const derived = [...grouped]
    .sort((a, b) => a[0] - b[0])
    .map(([id, messages]) => ({ id, d: derive(messages, clocks.contextFor(marketOf.get(id) ?? null)) }));
  const inferred = await inferScenarios(
    tx,
    derived.flatMap(({ id, d }) => (withoutScenario.has(id) && d.firstBuyerMessageId !== null ? [d.firstBuyerMessageId] : [])),
  );
  return derived.map(({ id, d }) => {
      const previous = previousFirstBuyerAt.get(id) ?? null;
      if (previous !== null && previous !== d.firstBuyerAt) knock.movedFrom.push(previous);
      return {
        id,
        inferred_scenario: d.firstBuyerMessageId === null ? null : (inferred.get(d.firstBuyerMessageId) ?? null),
        first_buyer_at: iso(d.firstBuyerAt),
        first_human_reply_at: iso(d.firstHumanReplyAt),
        first_reply_agent_id: d.firstReplyAgentId,
        first_bot_at: iso(d.firstBotAt),
        last_message_at: iso(d.lastMessageAt),
        message_count: d.messageCount,
        unanswered: d.unanswered,
        frt_s: d.frtSeconds,
        business_frt_s: d.businessFrtSeconds,
        bot_ack_s: d.botAckSeconds,
        breach_at: iso(d.breachAt),
        business_breach_at: iso(d.businessBreachAt),
        week_start: d.weekStart,
        team_how: d.teamHourOfWeek,
        buyer_how: d.buyerHourOfWeek,
        resolution_s: d.resolutionSeconds,
        next_reply_median_s: d.nextReplyMedianSeconds,
      };
    });
}

/** Scenarios inferred from first buyer messages (by message id): a short read of just those texts. */
async function inferScenarios(tx: Sql, messageIds: number[]): Promise<Map<number, string>> {
  if (messageIds.length === 0) return new Map();
  const rows = await tx.query<{ id: number; text: string }>(
    `SELECT id, left(text, 2000) AS text FROM messages WHERE id = ANY(${ID_ARRAY(1)})`,
    [idsParam(messageIds)],
  );
  return new Map(rows.map((r) => [r.id, inferScenario(r.text)]));
}

/** The derived columns beside the copied dimensions, in the order writeFacts lists them. */
const DERIVED = [
  ["first_buyer_at", "timestamptz"],
  ["first_human_reply_at", "timestamptz"],
  ["first_reply_agent_id", "bigint"],
  ["first_bot_at", "timestamptz"],
  ["last_message_at", "timestamptz"],
  ["message_count", "int"],
  ["unanswered", "boolean"],
  ["frt_s", "float8"],
  ["business_frt_s", "float8"],
  ["bot_ack_s", "float8"],
  ["breach_at", "timestamptz"],
  ["business_breach_at", "timestamptz"],
  ["week_start", "date"],
  ["team_how", "smallint"],
  ["buyer_how", "smallint"],
  ["resolution_s", "float8"],
  ["next_reply_median_s", "float8"],
] as const;
/**
 * Columns taken from the conversation; a conversation recorded without a scenario gets the one
 * inferred from its first buyer message, flagged as inferred.
 */
const COPIED = {
  channel: "c.channel",
  market: "c.market",
  scenario: "coalesce(c.scenario, d.inferred_scenario)",
  scenario_inferred: "c.scenario IS NULL AND d.inferred_scenario IS NOT NULL",
  buyer_id: "c.buyer_id",
} as const;
const ALL_COLUMNS = [...Object.keys(COPIED), ...DERIVED.map(([c]) => c)];

async function writeFacts(tx: Sql, facts: Awaited<ReturnType<typeof deriveFacts>>, dirtyWeeks: Set<string>): Promise<void> {
  const changed = await tx.query<{ week: string | null }>(
    `INSERT INTO conversation_facts AS f (conversation_id, workspace_id, ${ALL_COLUMNS.join(", ")})
     SELECT c.id, c.workspace_id, ${Object.values(COPIED).join(", ")}, ${DERIVED.map(([col]) => `d.${col}`).join(", ")}
     FROM json_to_recordset($1::text::json) AS d(id bigint, inferred_scenario text,
       ${DERIVED.map(([col, type]) => `${col} ${type}`).join(", ")})
     JOIN conversations c ON c.id = d.id
     WHERE c.id = ANY(${ID_ARRAY(2)})
     ORDER BY c.id
     ON CONFLICT (conversation_id) DO UPDATE SET
       ${ALL_COLUMNS.map((col) => `${col} = excluded.${col}`).join(", ")}, updated_at = now()
     WHERE (${ALL_COLUMNS.map((col) => `f.${col}`).join(", ")})
       IS DISTINCT FROM (${ALL_COLUMNS.map((col) => `excluded.${col}`).join(", ")})
     RETURNING to_char(f.week_start, 'YYYY-MM-DD') AS week`,
    [JSON.stringify(facts), idsParam(facts.map((f) => f.id))],
  );
  for (const row of changed) if (row.week) dirtyWeeks.add(row.week);
}

/**
 * Recomputes, for each buyer, which of their conversations converted and with which order, from
 * all their conversations and orders (lib/metrics/conversion.ts holds the rule).
 */
async function attributeConversions(
  tx: Sql,
  workspaceId: string,
  buyers: Set<string>,
  dirtyWeeks: Set<string>,
): Promise<number[]> {
  const buyerList = JSON.stringify([...buyers]);
  const [settings] = await tx.query<{ window_hours: number }>(
    `SELECT attribution_window_hours AS window_hours FROM workspaces WHERE id = $1`,
    [workspaceId],
  );
  const windowMs = (settings?.window_hours ?? 72) * 3_600_000;
  const BUYERS = `ARRAY(SELECT json_array_elements_text($2::text::json))`;
  const [conversations, orders] = [
    await tx.query<{ id: number; buyer_id: string; first_buyer_at: Date | null; last_message_at: Date | null; converted_order_id: number | null }>(
      `SELECT conversation_id AS id, buyer_id, first_buyer_at, last_message_at, converted_order_id
       FROM conversation_facts WHERE workspace_id = $1 AND buyer_id = ANY(${BUYERS})`,
      [workspaceId, buyerList],
    ),
    await tx.query<{ id: number; buyer_id: string; placed_at: Date }>(
      `SELECT id, buyer_id, placed_at FROM orders WHERE workspace_id = $1 AND buyer_id = ANY(${BUYERS})`,
      [workspaceId, buyerList],
    ),
  ];
  const ordersOf = new Map<string, { id: number; placedAt: number }[]>();
  for (const o of orders) {
    const list = ordersOf.get(o.buyer_id) ?? [];
    list.push({ id: o.id, placedAt: o.placed_at.getTime() });
    ordersOf.set(o.buyer_id, list);
  }
  const conversationsOf = new Map<string, typeof conversations>();
  for (const c of conversations) conversationsOf.set(c.buyer_id, [...(conversationsOf.get(c.buyer_id) ?? []), c]);

  const changes: { id: number; order_id: number | null }[] = [];
  for (const [buyer, list] of conversationsOf) {
    const credited = attributeOrders(
      list.map((c) => ({ id: c.id, firstBuyerAt: c.first_buyer_at?.getTime() ?? null, lastMessageAt: c.last_message_at?.getTime() ?? null })),
      ordersOf.get(buyer) ?? [],
      windowMs,
    );
    for (const c of list) {
      const orderId = credited.get(c.id) ?? null;
      if (orderId !== c.converted_order_id) changes.push({ id: c.id, order_id: orderId });
    }
  }
  if (changes.length === 0) return [];
  const updated = await tx.query<{ week: string | null }>(
    `UPDATE conversation_facts f SET converted_order_id = d.order_id, updated_at = now()
     FROM (SELECT * FROM json_to_recordset($1::text::json) AS x(id bigint, order_id bigint) ORDER BY id) d
     WHERE f.conversation_id = d.id AND f.conversation_id = ANY(${ID_ARRAY(2)})
     RETURNING to_char(f.week_start, 'YYYY-MM-DD') AS week`,
    [JSON.stringify(changes.sort((a, b) => a.id - b.id)), idsParam(changes.map((c) => c.id))],
  );
  for (const row of updated) if (row.week) dirtyWeeks.add(row.week);
  return changes.map((c) => c.id);
}
