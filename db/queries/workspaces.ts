import { and, asc, eq, isNull } from "drizzle-orm";
import { generateApiKey, hashApiKey } from "../../lib/api-keys";
import type { Database } from "../client";
import { apiKeys, workspaces } from "../schema";

export type Workspace = typeof workspaces.$inferSelect;

export interface NewWorkspace {
  name: string;
  timezone?: string;
  slaTargetSeconds?: number;
}

/** Creates a workspace with its first API key; the key is returned once and only its hash is kept. */
export async function createWorkspace(db: Database, input: NewWorkspace): Promise<{ workspace: Workspace; apiKey: string }> {
  const [workspace] = await db.orm
    .insert(workspaces)
    .values({ name: input.name, timezone: input.timezone, slaTargetSeconds: input.slaTargetSeconds })
    .returning();
  if (!workspace) throw new Error("could not create the workspace");
  const apiKey = await createApiKey(db, workspace.id, "default");
  return { workspace, apiKey };
}

export async function createApiKey(db: Database, workspaceId: string, name: string): Promise<string> {
  const { key, prefix, hash } = generateApiKey();
  await db.orm.insert(apiKeys).values({ workspaceId, name, prefix, keyHash: hash });
  return key;
}

/** The workspace an API key belongs to, or null for a missing, wrong or revoked key. */
export async function workspaceForApiKey(db: Database, key: string): Promise<Workspace | null> {
  const [row] = await db.orm
    .select({ workspace: workspaces, keyId: apiKeys.id })
    .from(apiKeys)
    .innerJoin(workspaces, eq(workspaces.id, apiKeys.workspaceId))
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  await db.orm.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, row.keyId));
  return row.workspace;
}

export async function getWorkspace(db: Database, id: string): Promise<Workspace | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.orm.select().from(workspaces).where(eq(workspaces.id, id)).limit(1);
  return row ?? null;
}

export async function listWorkspaces(db: Database): Promise<Workspace[]> {
  return db.orm.select().from(workspaces).orderBy(asc(workspaces.createdAt));
}

export async function findWorkspaceByName(db: Database, name: string): Promise<Workspace | null> {
  const [row] = await db.orm.select().from(workspaces).where(eq(workspaces.name, name)).limit(1);
  return row ?? null;
}

/** Ids come from URLs and flags; a malformed one is simply not found rather than a database error. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
