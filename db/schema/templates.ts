import {
  bigint,
  boolean,
  date,
  index,
  integer,
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
import { templates } from "./support";
import { workspaces } from "./workspaces";

/**
 * Every text a template has had. Editing the text starts a new version (the template keeps its
 * source id), and lift is reported per version, since a reworded template is a different treatment.
 */
export const templateVersions = pgTable(
  "template_versions",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    templateId: bigint({ mode: "number" })
      .notNull()
      .references(() => templates.id, { onDelete: "cascade" }),
    /** 1, 2, 3, … per template. */
    version: integer().notNull(),
    text: text().notNull(),
    /** From when agents had this text; null for a first version (in use since before we knew it). */
    validFrom: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("template_versions_template_id_version_idx").on(t.templateId, t.version),
    index("template_versions_workspace_id_idx").on(t.workspaceId),
  ],
);

/**
 * One row per agent message written from a template: named in `template_id` (explicit) or detected
 * as a near-copy of its text. High volume, so no foreign keys (see conversations in support.ts).
 */
export const templateUses = pgTable(
  "template_uses",
  {
    messageId: bigint({ mode: "number" }).primaryKey(),
    workspaceId: uuid().notNull(),
    conversationId: bigint({ mode: "number" }).notNull(),
    templateId: bigint({ mode: "number" }).notNull(),
    templateVersionId: bigint({ mode: "number" }).notNull(),
    explicit: boolean().notNull(),
    /** Share of the message that is not the template's text (placeholder values aside), 0 to 1. */
    editedShare: real().notNull(),
    /** Share of the template's text found in the message, 0 to 1. */
    coverage: real().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index("template_uses_conversation_id_idx").on(t.conversationId),
    index("template_uses_workspace_id_template_id_sent_at_idx").on(t.workspaceId, t.templateId, t.sentAt),
  ],
);

/**
 * Outcomes per day (the workspace's local date of the first buyer message), template version and
 * stratum (scenario x channel), kept current by the workers so the effectiveness report sums a few
 * thousand rows instead of joining a million conversations. Version 0 holds the comparable
 * conversations: answered by a human without any template.
 */
export const templateDailyOutcomes = pgTable(
  "template_daily_outcomes",
  {
    workspaceId: uuid().notNull(),
    day: date({ mode: "string" }).notNull(),
    templateVersionId: bigint({ mode: "number" }).notNull(),
    scenario: text().notNull(),
    channel: text().notNull(),
    conversations: integer().notNull(),
    conversions: integer().notNull(),
    /** Conversations followed by a negative review by the same buyer within 14 days. */
    negativeReviews: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.day, t.templateVersionId, t.scenario, t.channel] })],
);

/**
 * Local days whose daily outcomes changed since they were rolled up: appended by the template-detect
 * jobs (no unique key, so concurrent jobs never wait on each other), removed by the rollup job that
 * follows within seconds, so a bulk import rolls each day up a few times instead of after every chunk.
 */
export const templateDirtyDays = pgTable(
  "template_dirty_days",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: uuid().notNull(),
    day: date({ mode: "string" }).notNull(),
  },
  (t) => [index("template_dirty_days_workspace_id_day_idx").on(t.workspaceId, t.day)],
);

/** Conversations that used a version, by how much the agent edited it (band 0 verbatim … 3 rewritten). */
export const templateDailyEdits = pgTable(
  "template_daily_edits",
  {
    workspaceId: uuid().notNull(),
    day: date({ mode: "string" }).notNull(),
    templateVersionId: bigint({ mode: "number" }).notNull(),
    editBand: smallint().notNull(),
    conversations: integer().notNull(),
    conversions: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.day, t.templateVersionId, t.editBand] })],
);

/** A background re-detection of every agent message after the templates changed, with its progress. */
export const templateDetectionRuns = pgTable(
  "template_detection_runs",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** running | done | superseded | failed */
    state: text().notNull().default("running"),
    /** Agent messages to look at, counted when the run starts, and how many are done. */
    total: integer().notNull(),
    done: integer().notNull().default(0),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("template_detection_runs_workspace_id_created_at_idx").on(t.workspaceId, t.createdAt)],
);

/** Frequent first buyer questions answered without a template, found by the workers. */
export const templateGaps = pgTable("template_gaps", {
  workspaceId: uuid()
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  /** Conversations looked at (answered without a template, first buyer message in the window). */
  examined: integer().notNull(),
  clusters: jsonb().$type<unknown[]>().notNull(),
  computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
