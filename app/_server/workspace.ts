import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getWorkspace, listWorkspaces, type Workspace } from "@/db/queries/workspaces";
import { getRuntime } from "./runtime";

/** The workspace of a `/w/[workspace]` route, once per request (layout and page share it), or 404. */
export const loadWorkspace = cache(async (id: string): Promise<Workspace> => {
  const { db } = await getRuntime();
  const workspace = await getWorkspace(db, id);
  if (!workspace) notFound();
  return workspace;
});

export const loadWorkspaces = cache(async (): Promise<Workspace[]> => {
  const { db } = await getRuntime();
  return listWorkspaces(db);
});
