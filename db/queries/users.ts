import { randomUUID } from "node:crypto";
import type { Role } from "../../lib/auth/roles";
import type { Database } from "../client";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  createdAt: Date;
}

const USER_COLUMNS = `id, name, email, is_admin AS "isAdmin", created_at AS "createdAt"`;

/** better-auth's provider id for e-mail and password accounts. */
const CREDENTIAL = "credential";

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * A user with an e-mail and password account, in one transaction. `passwordHash` comes from
 * services/auth (better-auth's scrypt), so better-auth can verify it at sign-in.
 */
export async function createUser(
  db: Database,
  input: { email: string; name: string; passwordHash: string; isAdmin: boolean },
): Promise<UserRow> {
  const id = randomUUID();
  return db.transaction(async (tx) => {
    const [user] = await tx.query<UserRow>(
      `INSERT INTO users (id, name, email, is_admin) VALUES ($1, $2, $3, $4) RETURNING ${USER_COLUMNS}`,
      [id, input.name, normalizeEmail(input.email), input.isAdmin],
    );
    await tx.query(
      `INSERT INTO accounts (id, account_id, provider_id, user_id, password) VALUES ($1, $2, $3, $2, $4)`,
      [randomUUID(), id, CREDENTIAL, input.passwordHash],
    );
    if (!user) throw new Error("could not create the user");
    return user;
  });
}

export async function setPasswordHash(db: Database, userId: string, passwordHash: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE accounts SET password = $3, updated_at = now() WHERE user_id = $1 AND provider_id = $2 RETURNING id`,
    [userId, CREDENTIAL, passwordHash],
  );
  // A new password ends every session the old one opened.
  await db.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
  return rows.length > 0;
}

export async function setInstanceAdmin(db: Database, userId: string, isAdmin: boolean): Promise<void> {
  await db.query(`UPDATE users SET is_admin = $2, updated_at = now() WHERE id = $1`, [userId, isAdmin]);
}

export async function findUserByEmail(db: Database, email: string): Promise<UserRow | null> {
  const [row] = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE email = $1`, [normalizeEmail(email)]);
  return row ?? null;
}

export async function getUser(db: Database, id: string): Promise<UserRow | null> {
  const [row] = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
  return row ?? null;
}

export async function listUsers(db: Database): Promise<(UserRow & { workspaces: number })[]> {
  return db.query(
    `SELECT ${USER_COLUMNS},
       (SELECT count(*)::int FROM workspace_members m WHERE m.user_id = users.id) AS workspaces
     FROM users ORDER BY created_at`,
  );
}

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users`);
  return row?.n ?? 0;
}

export interface Membership {
  workspaceId: string;
  userId: string;
  role: Role;
}

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: Role;
  since: Date;
}

/** Adds the user to the workspace, or changes their role there. */
export async function setMember(db: Database, workspaceId: string, userId: string, role: Role): Promise<void> {
  await db.query(
    `INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = EXCLUDED.role, updated_at = now()`,
    [workspaceId, userId, role],
  );
}

export async function removeMember(db: Database, workspaceId: string, userId: string): Promise<boolean> {
  const rows = await db.query(`DELETE FROM workspace_members WHERE workspace_id = $1 AND user_id = $2 RETURNING user_id`, [
    workspaceId,
    userId,
  ]);
  return rows.length > 0;
}

export async function getMembership(db: Database, workspaceId: string, userId: string): Promise<Membership | null> {
  const [row] = await db.query<Membership>(
    `SELECT workspace_id AS "workspaceId", user_id AS "userId", role FROM workspace_members
     WHERE workspace_id = $1 AND user_id = $2`,
    [workspaceId, userId],
  );
  return row ?? null;
}

/** The user's role in each workspace they belong to. */
export async function listMemberships(db: Database, userId: string): Promise<Membership[]> {
  return db.query<Membership>(
    `SELECT workspace_id AS "workspaceId", user_id AS "userId", role FROM workspace_members WHERE user_id = $1`,
    [userId],
  );
}

export async function listMembers(db: Database, workspaceId: string): Promise<MemberRow[]> {
  return db.query<MemberRow>(
    `SELECT u.id AS "userId", u.name, u.email, m.role, m.created_at AS since
     FROM workspace_members m JOIN users u ON u.id = m.user_id
     WHERE m.workspace_id = $1 ORDER BY m.created_at, u.email`,
    [workspaceId],
  );
}

export async function countAdmins(db: Database, workspaceId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM workspace_members WHERE workspace_id = $1 AND role = 'admin'`,
    [workspaceId],
  );
  return row?.n ?? 0;
}
