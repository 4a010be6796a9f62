import { boolean, integer, jsonb, pgTable, real, text, timestamp, uuid, index } from "drizzle-orm/pg-core";
import { DEFAULT_WEEKLY_SCHEDULE, type MarketCalendars, type WeeklySchedule } from "../../lib/time/business-hours";
import { timestamps } from "./columns";

export const workspaces = pgTable("workspaces", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  /** IANA zone: weeks, business hours and "today" are all in this zone. */
  timezone: text().notNull().default("UTC"),
  /** First-response target; 240 s because buyers drop off sharply after about 4 minutes. */
  slaTargetSeconds: integer().notNull().default(240),
  businessHours: jsonb().$type<WeeklySchedule>().notNull().default(DEFAULT_WEEKLY_SCHEDULE),
  /** Whole local days (`YYYY-MM-DD`) the team does not work. */
  holidays: jsonb().$type<string[]>().notNull().default([]),
  /** Business hours of the teams serving particular markets, by market code. */
  marketCalendars: jsonb().$type<MarketCalendars>().notNull().default({}),
  /** Where SLA alerts are POSTed; null for none. */
  webhookUrl: text(),
  /** The last hour's breach rate above which an alert fires (0.25 = 25%). */
  alertBreachRate: real().notNull().default(0.25),
  /** A waiting conversation is "about to breach" this many seconds before its deadline. */
  alertLeadSeconds: integer().notNull().default(60),
  /** An order up to this many hours after a conversation's last message counts as its conversion. */
  attributionWindowHours: integer().notNull().default(72),
  /** Reviews rated at or below this are negative documents. */
  negativeRatingThreshold: integer().notNull().default(2),
  /** Hide e-mail addresses, phone numbers and tracking numbers in shown and exported text (lib/privacy). */
  maskPersonalData: boolean().notNull().default(false),
  ...timestamps,
});

export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** The first characters of the key, shown so people can tell keys apart. */
    prefix: text().notNull(),
    /** SHA-256 of the whole key; the key itself is shown once and never stored. */
    keyHash: text().notNull().unique(),
    /**
     * When set, every ingest request with this key must be signed with it (HMAC-SHA256, see
     * lib/auth/request-signing.ts). Kept as is because the server computes the signature too; on its
     * own it is worthless: requests still need the key, of which only the hash is stored.
     */
    signingSecret: text(),
    /** The user who created the key; null for keys made on the command line. */
    createdBy: text(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("api_keys_workspace_id_idx").on(t.workspaceId)],
);
