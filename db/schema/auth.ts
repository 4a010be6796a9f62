import {
  bigint,
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { workspaces } from "./workspaces";

/**
 * People who sign in. The four tables users, sessions, accounts and verifications are better-auth's
 * models (services/auth): the column names are the ones its drizzle adapter expects, mapped to
 * snake_case by drizzle's casing. Nobody signs up on their own: an admin creates accounts.
 */
export const users = pgTable("users", {
  id: text().primaryKey(),
  name: text().notNull(),
  /** Stored lower-case, so sign-in is case-insensitive. */
  email: text().notNull().unique(),
  emailVerified: boolean().notNull().default(false),
  image: text(),
  /** Runs the installation: creates workspaces and accounts, sees every workspace, the queues. */
  isAdmin: boolean().notNull().default(false),
  ...timestamps,
});

export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** The cookie's token; signed in the cookie, looked up here, deleted on sign-out. */
    token: text().notNull().unique(),
    ipAddress: text(),
    userAgent: text(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ...timestamps,
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);

/** A way to sign in; here always `credential`, whose `password` is a scrypt hash. */
export const accounts = pgTable(
  "accounts",
  {
    id: text().primaryKey(),
    accountId: text().notNull(),
    providerId: text().notNull(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text(),
    refreshToken: text(),
    idToken: text(),
    accessTokenExpiresAt: timestamp({ withTimezone: true }),
    refreshTokenExpiresAt: timestamp({ withTimezone: true }),
    scope: text(),
    password: text(),
    ...timestamps,
  },
  (t) => [index("accounts_user_id_idx").on(t.userId)],
);

export const verifications = pgTable(
  "verifications",
  {
    id: text().primaryKey(),
    identifier: text().notNull(),
    value: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [index("verifications_identifier_idx").on(t.identifier)],
);

/** Who may open a workspace, and with which role (lib/auth/roles.ts says what each role may do). */
export const workspaceMembers = pgTable(
  "workspace_members",
  {
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** admin | manager | team_lead | content_owner | viewer */
    role: text().notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] }), index("workspace_members_user_id_idx").on(t.userId)],
);

/**
 * What was done to a workspace's people, keys, settings and data, by whom and when. No foreign
 * keys: the record of a deletion must outlive what it deleted (the user, even the workspace).
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: uuid(),
    /** The signed-in user, or null for the command line. */
    actorUserId: text(),
    /** The actor as shown: the user's e-mail address at the time, or `cli`. */
    actor: text().notNull(),
    /** e.g. `buyer.delete`, `member.add`, `api_key.revoke` (lib/auth/audit.ts lists them). */
    action: text().notNull(),
    /** What it was done to: a buyer id, an e-mail address, a key's name. */
    subject: text(),
    /** Counts and values that say what changed, e.g. rows deleted per table. */
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_events_workspace_id_created_at_idx").on(t.workspaceId, t.createdAt)],
);

/**
 * Signatures of signed ingest requests seen within the accepted clock skew, so a captured request
 * cannot be sent again. Rows past `expiresAt` are useless (their timestamp is refused anyway) and
 * are swept as new ones arrive.
 */
export const signedRequests = pgTable(
  "signed_requests",
  {
    signature: text().primaryKey(),
    apiKeyId: uuid().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("signed_requests_expires_at_idx").on(t.expiresAt)],
);

/** Installation-wide values; today only the generated session-signing secret (see services/auth). */
export const instanceSettings = pgTable("instance_settings", {
  key: text().primaryKey(),
  value: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
