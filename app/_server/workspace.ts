import "server-only";
import type { Workspace } from "@/db/queries/workspaces";
import { loadMyWorkspaces, requireWorkspaceRole } from "./auth";

/**
 * The workspace of a `/w/[workspace]` page, if the signed-in user may see it; 404 otherwise (a
 * workspace of someone else is indistinguishable from one that does not exist). Cached per
 * request, so the layout and the page share one lookup.
 */
export async function loadWorkspace(id: string): Promise<Workspace> {
  return (await requireWorkspaceRole(id, "view")).workspace;
}

/** The workspaces the signed-in user belongs to. */
export async function loadWorkspaces(): Promise<Workspace[]> {
  return (await loadMyWorkspaces()).map((w) => w.workspace);
}
