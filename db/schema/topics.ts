import {
  bigint,
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { workspaces } from "./workspaces";

/** Low-volume tables of a workspace keep their foreign key, and go with it. */
const workspaceId = () =>
  uuid()
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });
const identity = () => bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity();

/**
 * What the text analysis found in each review and buyer message: language, sentiment, whether it
 * is a negative document, and its complaint topic. One narrow row per text, written by the `nlp`
 * workers after ingest (never inside the ingest chunk's transaction), so the topic and review
 * reports read one table. No foreign keys, like the other high-volume tables.
 */
export const textInsights = pgTable(
  "text_insights",
  {
    /** review | message */
    kind: text().notNull(),
    /** reviews.id or messages.id. */
    docId: bigint({ mode: "number" }).notNull(),
    workspaceId: uuid().notNull(),
    /** The review's created_at or the message's sent_at: what decides its week. */
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    /** Hash of what was analysed (text, title, language, rating): a change means a new analysis. */
    inputHash: text().notNull(),
    language: text(),
    /** record (sent with it) | detected | null when neither */
    languageSource: text(),
    /** -1..1; null when the language is not covered (with the reason). */
    sentiment: real(),
    /** negative | neutral | positive */
    sentimentLabel: text(),
    /** classifier | lexicon | emoji | workspace (classifier corrected by the workspace's ratings) */
    sentimentMethod: text(),
    sentimentReason: text(),
    rating: smallint(),
    /** A negative document: a review rated at or under the threshold, or a negative buyer message. */
    negative: boolean().notNull(),
    /** Negative but without text (a rating alone): counted apart, it cannot have a topic. */
    textless: boolean().notNull().default(false),
    topicId: bigint({ mode: "number" }),
    /** none (not negative) | pending (waiting for topic discovery) | assigned | unassigned */
    topicState: text().notNull(),
    /** How strongly the document belongs to its topic (keyword cover or centroid affinity). */
    topicScore: real(),
    analyzedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.docId] }),
    index("text_insights_workspace_id_occurred_at_idx").on(t.workspaceId, t.occurredAt),
    index("text_insights_workspace_id_topic_id_occurred_at_idx").on(t.workspaceId, t.topicId, t.occurredAt),
    index("text_insights_workspace_id_topic_state_idx").on(t.workspaceId, t.topicState),
  ],
);

/**
 * Complaint topics of a workspace. Taxonomy topics are keyed by their theme (`delivery_delay`);
 * emergent ones by `new-<seed term>`, derived from the data, so the same complaints give the same
 * key however the data was batched. A topic is never renumbered: its id and key hold week to week.
 */
export const topics = pgTable(
  "topics",
  {
    id: identity(),
    workspaceId: workspaceId(),
    key: text().notNull(),
    /** taxonomy | emergent */
    kind: text().notNull(),
    /** English label (the API's); emergent topics are labelled from their keywords. */
    label: text().notNull(),
    /** Simplified Chinese label of an emergent topic, where its keywords are concepts. */
    labelZh: text(),
    keywords: jsonb().$type<string[]>().notNull().default([]),
    /** Emergent topics: the term that seeded the cluster, and the weighted terms of its centroid. */
    seed: text(),
    terms: jsonb().$type<{ term: string; weight: number }[]>().notNull().default([]),
    /** Monday of the first week with one of its documents. */
    firstWeek: date(),
    ...timestamps,
  },
  (t) => [uniqueIndex("topics_workspace_id_key_idx").on(t.workspaceId, t.key)],
);

/** Notes taken in a week's retrospective, about the week or one topic. */
export const retroNotes = pgTable(
  "retro_notes",
  {
    id: identity(),
    workspaceId: workspaceId(),
    /** Monday of the week, in the workspace's zone. */
    weekStart: date().notNull(),
    topicKey: text(),
    body: text().notNull(),
    author: text(),
    ...timestamps,
  },
  (t) => [index("retro_notes_workspace_id_week_start_idx").on(t.workspaceId, t.weekStart)],
);

/**
 * Action items decided in a retrospective. An item shows in every week from the one it was opened
 * in until the week it is closed (done or dropped), so nothing decided is forgotten.
 */
export const retroActions = pgTable(
  "retro_actions",
  {
    id: identity(),
    workspaceId: workspaceId(),
    weekStart: date().notNull(),
    topicKey: text(),
    title: text().notNull(),
    owner: text(),
    /** open | in_progress | done | dropped */
    status: text().notNull().default("open"),
    /** Monday of the week it was closed in; null while open. */
    closedWeek: date(),
    ...timestamps,
  },
  (t) => [index("retro_actions_workspace_id_week_start_idx").on(t.workspaceId, t.weekStart)],
);
