import {
  bigint,
  boolean,
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

export const conversations = pgTable(
  "conversations",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: workspaceId(),
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
    // Derived from the messages by lib/conversations/derive.ts after every batch that touches them.
    firstBuyerAt: timestamp({ withTimezone: true }),
    firstHumanReplyAt: timestamp({ withTimezone: true }),
    firstReplyAgentId: bigint({ mode: "number" }).references(() => agents.id, {
      onDelete: "set null",
    }),
    firstBotAt: timestamp({ withTimezone: true }),
    lastMessageAt: timestamp({ withTimezone: true }),
    messageCount: integer().notNull().default(0),
    /** Has a buyer message and no human reply at or after it. */
    unanswered: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("conversations_workspace_id_source_id_idx").on(t.workspaceId, t.sourceId),
    index("conversations_workspace_id_first_buyer_at_idx").on(t.workspaceId, t.firstBuyerAt),
    index("conversations_workspace_id_first_reply_agent_id_first_buyer_at_idx").on(
      t.workspaceId,
      t.firstReplyAgentId,
      t.firstBuyerAt,
    ),
    index("conversations_workspace_id_channel_first_buyer_at_idx").on(
      t.workspaceId,
      t.channel,
      t.firstBuyerAt,
    ),
    index("conversations_workspace_id_market_first_buyer_at_idx").on(
      t.workspaceId,
      t.market,
      t.firstBuyerAt,
    ),
    index("conversations_workspace_id_buyer_id_idx").on(t.workspaceId, t.buyerId),
  ],
);

export const messages = pgTable(
  "messages",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: workspaceId(),
    sourceId: text().notNull(),
    conversationId: bigint({ mode: "number" })
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    sender: text().notNull(),
    agentId: bigint({ mode: "number" }).references(() => agents.id, { onDelete: "set null" }),
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
    index("messages_agent_id_idx").on(t.agentId),
  ],
);
