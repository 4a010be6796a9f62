import {
  bigint,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea, timestamps } from "./columns";
import { workspaces } from "./workspaces";

/**
 * Weekly first-response sums per (hours, week, dimension, key), kept by the `refresh-sla-rollups`
 * job from conversation_facts (lib/sla/rollup.ts holds the sums). A week listed in
 * sla_dirty_weeks is not trusted: reports read it from conversation_facts instead.
 */
export const slaWeekRollups = pgTable(
  "sla_week_rollups",
  {
    workspaceId: uuid().notNull(),
    /** calendar | business */
    hours: text().notNull(),
    weekStart: date({ mode: "string" }).notNull(),
    /** none | agent | channel | market */
    dim: text().notNull(),
    /** The agent's row id, the channel or the market; "" for none or unknown. */
    key: text().notNull(),
    conversations: integer().notNull(),
    answered: integer().notNull(),
    unanswered: integer().notNull(),
    breachedAnswered: integer().notNull(),
    converted: integer().notNull(),
    messages: integer().notNull(),
    resolutionSum: doublePrecision().notNull(),
    resolved: integer().notNull(),
    /** Answered conversations per coarse FRT bucket: (bucket, count) pairs of int32 (lib/sla/rollup.ts). */
    buckets: bytea().notNull(),
    /** Conversations and conversions per response-time band, as int32 pairs. */
    bands: bytea().notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.hours, t.weekStart, t.dim, t.key] })],
);

/** The exact FRT values of each week and group, counted, found by bucket when a percentile needs them. */
export const slaFrtValues = pgTable(
  "sla_frt_values",
  {
    workspaceId: uuid().notNull(),
    hours: text().notNull(),
    dim: text().notNull(),
    key: text().notNull(),
    bucket: smallint().notNull(),
    weekStart: date({ mode: "string" }).notNull(),
    frtS: doublePrecision().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.hours, t.dim, t.key, t.bucket, t.weekStart, t.frtS] })],
);

/** Conversations and breaches per hour of the week, in the team's zone and in the buyer's. */
export const slaHourRollups = pgTable(
  "sla_hour_rollups",
  {
    workspaceId: uuid().notNull(),
    hours: text().notNull(),
    weekStart: date({ mode: "string" }).notNull(),
    /** team | buyer */
    zone: text().notNull(),
    hour: smallint().notNull(),
    conversations: integer().notNull(),
    breachedAnswered: integer().notNull(),
    unanswered: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.hours, t.weekStart, t.zone, t.hour] })],
);

/**
 * Weeks whose facts changed since their rollup was built: appended by the ingest transaction
 * (no unique key, so concurrent chunks never wait on each other), removed by the rollup job.
 */
export const slaDirtyWeeks = pgTable(
  "sla_dirty_weeks",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: uuid().notNull(),
    weekStart: date({ mode: "string" }).notNull(),
  },
  (t) => [index("sla_dirty_weeks_workspace_id_week_start_idx").on(t.workspaceId, t.weekStart)],
);

/**
 * A recomputation of every conversation's derived fields in a workspace (after its schedule,
 * target or attribution window changed), done page by page by the `recompute-facts` job.
 */
export const factRecomputes = pgTable(
  "fact_recomputes",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    reason: text().notNull(),
    /** queued | running | done | failed | superseded */
    state: text().notNull().default("queued"),
    total: integer().notNull().default(0),
    done: integer().notNull().default(0),
    /** The last conversation id recomputed: the job resumes after it. */
    cursor: bigint({ mode: "number" }).notNull().default(0),
    error: text(),
    finishedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [index("fact_recomputes_workspace_id_created_at_idx").on(t.workspaceId, t.createdAt)],
);

/** Alerts sent to a workspace's webhook; the key makes each one fire once. */
export const slaAlerts = pgTable(
  "sla_alerts",
  {
    workspaceId: uuid().notNull(),
    /** about_to_breach | breach_rate */
    kind: text().notNull(),
    /** The conversation id, or the hour the breach rate was measured for. */
    ref: text().notNull(),
    /** sending | sent */
    state: text().notNull().default("sending"),
    status: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.kind, t.ref] })],
);
