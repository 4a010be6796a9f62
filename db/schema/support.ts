import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { workspaces } from "./workspaces";

const workspaceId = () =>
  uuid()
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });

/** Fields of the source record that the canonical format does not name. */
const attrs = () => jsonb().$type<Record<string, unknown>>().notNull().default({});

export const agents = pgTable(
  "agents",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: workspaceId(),
    sourceId: text().notNull(),
    name: text().notNull(),
    isBot: boolean().notNull().default(false),
    team: text(),
    /** False while the agent is only known from messages naming it. */
    declared: boolean().notNull().default(true),
    attrs: attrs(),
    ...timestamps,
  },
  (t) => [uniqueIndex("agents_workspace_id_source_id_idx").on(t.workspaceId, t.sourceId)],
);

export const templates = pgTable(
  "templates",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: workspaceId(),
    sourceId: text().notNull(),
    name: text().notNull(),
    text: text().notNull(),
    scenario: text(),
    language: text(),
    archived: boolean().notNull().default(false),
    attrs: attrs(),
    ...timestamps,
  },
  (t) => [uniqueIndex("templates_workspace_id_source_id_idx").on(t.workspaceId, t.sourceId)],
);

/**
 * Conversations and messages as sent by the source. The high-volume tables (these, the facts,
 * orders and reviews) carry no foreign keys: each key check is a per-row trigger that halved
 * ingest speed, and the ingest transaction already creates a placeholder for every conversation
 * and agent a message names. Deleting a workspace removes its rows explicitly (db/queries).
 */
export const conversations = pgTable(
  "conversations",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: uuid().notNull(),
    sourceId: text().notNull(),
    channel: text().notNull().default("chat"),
    buyerId: text(),
    market: text(),
    language: text(),
    scenario: text(),
    startedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    csat: smallint(),
    /** False while the conversation is only known from messages naming it. */
    declared: boolean().notNull().default(true),
    attrs: attrs(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("conversations_workspace_id_source_id_idx").on(t.workspaceId, t.sourceId),
    // Finding one buyer's conversations (deleting a buyer's data on request).
    index("conversations_workspace_id_buyer_id_idx").on(t.workspaceId, t.buyerId),
  ],
);

/**
 * One row per conversation with what the metrics start from, derived from its messages by
 * lib/conversations/derive.ts after every batch that touches it, plus the dimensions reports
 * group by, copied from the conversation so that reports read one narrow table.
 */
export const conversationFacts = pgTable(
  "conversation_facts",
  {
    conversationId: bigint({ mode: "number" }).primaryKey(),
    workspaceId: uuid().notNull(),
    channel: text().notNull(),
    market: text(),
    /** The conversation's scenario, or the one inferred from its first buyer message when it has none. */
    scenario: text(),
    /** True when `scenario` was inferred (lib/scenarios/infer.ts) rather than recorded. */
    scenarioInferred: boolean().notNull().default(false),
    buyerId: text(),
    firstBuyerAt: timestamp({ withTimezone: true }),
    firstHumanReplyAt: timestamp({ withTimezone: true }),
    /** The agent credited with the first response: the one who sent the first human reply. */
    firstReplyAgentId: bigint({ mode: "number" }),
    firstBotAt: timestamp({ withTimezone: true }),
    lastMessageAt: timestamp({ withTimezone: true }),
    messageCount: integer().notNull(),
    /** Has a buyer message and no human reply at or after it. */
    unanswered: boolean().notNull(),
    /** The order this conversation converted with (lib/metrics/conversion.ts); null if none. */
    convertedOrderId: bigint({ mode: "number" }),
    /** The clock (lib/conversations/derive.ts): calendar and business-hours first response, seconds. */
    frtS: doublePrecision(),
    businessFrtS: doublePrecision(),
    botAckS: doublePrecision(),
    /** When it breaches while nobody answers: t_b + target, and after `target` business seconds. */
    breachAt: timestamp({ withTimezone: true }),
    businessBreachAt: timestamp({ withTimezone: true }),
    /** Monday of the ISO week of the first buyer message in the workspace's zone. */
    weekStart: date({ mode: "string" }),
    /** Hour of the week (0 = Monday 00:00) of the first buyer message, team's zone and buyer's. */
    teamHow: smallint(),
    buyerHow: smallint(),
    resolutionS: doublePrecision(),
    nextReplyMedianS: doublePrecision(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("conversation_facts_workspace_id_first_buyer_at_idx").on(t.workspaceId, t.firstBuyerAt),
    index("conversation_facts_workspace_id_first_reply_agent_id_first_buyer_at_idx").on(
      t.workspaceId,
      t.firstReplyAgentId,
      t.firstBuyerAt,
    ),
    index("conversation_facts_workspace_id_channel_first_buyer_at_idx").on(t.workspaceId, t.channel, t.firstBuyerAt),
    index("conversation_facts_workspace_id_market_first_buyer_at_idx").on(t.workspaceId, t.market, t.firstBuyerAt),
    index("conversation_facts_workspace_id_buyer_id_idx").on(t.workspaceId, t.buyerId),
    // The live view and "breached by now" read only the few conversations still waiting.
    index("conversation_facts_workspace_id_breach_at_idx").on(t.workspaceId, t.breachAt).where(sql`unanswered`),
    index("conversation_facts_workspace_id_business_breach_at_idx").on(t.workspaceId, t.businessBreachAt).where(sql`unanswered`),
  ],
);

export const messages = pgTable(
  "messages",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: uuid().notNull(),
    sourceId: text().notNull(),
    conversationId: bigint({ mode: "number" }).notNull(),
    sender: text().notNull(),
    agentId: bigint({ mode: "number" }),
    /** The template's source id as sent; the template may arrive after the message. */
    templateSourceId: text(),
    sentAt: timestamp({ withTimezone: true }).notNull(),
    text: text().notNull(),
    language: text(),
    durationS: integer(),
    attrs: attrs(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("messages_workspace_id_source_id_idx").on(t.workspaceId, t.sourceId),
    index("messages_conversation_id_sent_at_idx").on(t.conversationId, t.sentAt),
  ],
);
