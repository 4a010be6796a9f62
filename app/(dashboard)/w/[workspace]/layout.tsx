import type { ReactNode } from "react";
import { requireWorkspaceRole } from "@/app/_server/auth";

/**
 * Everything under /w/[workspace] needs membership: a workspace the user does not belong to is a
 * 404, before any page of it renders. Pages still check themselves (a layout is not re-run on
 * every client navigation, and route handlers and server actions never pass through it).
 */
export default async function WorkspaceLayout(props: { children: ReactNode; params: Promise<{ workspace: string }> }) {
  await requireWorkspaceRole((await props.params).workspace, "view");
  return props.children;
}
