import { asc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { workspaceMembers, workspaces } from "../schema";
import { createApiKey } from "./api-keys";

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
  const { key } = await createApiKey(db, { workspaceId: workspace.id, name: "default", signed: false, createdBy: null });
  return { workspace, apiKey: key };
}

export async function getWorkspace(db: Database, id: string): Promise<Workspace | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.orm.select().from(workspaces).where(eq(workspaces.id, id)).limit(1);
  return row ?? null;
}

/** Every workspace: for the command line and instance admins only; people see `listWorkspacesOf`. */
export async function listWorkspaces(db: Database): Promise<Workspace[]> {
  return db.orm.select().from(workspaces).orderBy(asc(workspaces.createdAt));
}

/** The workspaces a user belongs to, oldest first. */
export async function listWorkspacesOf(db: Database, userId: string): Promise<Workspace[]> {
  const rows = await db.orm
    .select({ workspace: workspaces })
    .from(workspaces)
    .innerJoin(workspaceMembers, eq(workspaceMembers.workspaceId, workspaces.id))
    .where(eq(workspaceMembers.userId, userId))
    .orderBy(asc(workspaces.createdAt));
  return rows.map((r) => r.workspace);
}

export interface WorkspaceSettings {
  name: string;
  timezone: string;
  maskPersonalData: boolean;
}

export async function updateWorkspaceSettings(db: Database, id: string, settings: WorkspaceSettings): Promise<void> {
  await db.orm
    .update(workspaces)
    .set({ ...settings, updatedAt: new Date() })
    .where(eq(workspaces.id, id));
}

export async function findWorkspaceByName(db: Database, name: string): Promise<Workspace | null> {
  const [row] = await db.orm.select().from(workspaces).where(eq(workspaces.name, name)).limit(1);
  return row ?? null;
}

/** Ids come from URLs and flags; a malformed one is simply not found rather than a database error. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
