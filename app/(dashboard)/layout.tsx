import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import { capabilitiesOf } from "@/lib/auth/roles";
import { Shell } from "../_components/shell";
import { LAST_WORKSPACE_COOKIE } from "../_lib/cookies";
import { DatabaseUnavailable } from "../_components/database-unavailable";
import { loadMyWorkspaces, requireSession } from "../_server/auth";
import { logError } from "../_server/http";

/** Every dashboard page: signed in (else the sign-in page), with the workspaces the user belongs to. */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  let user;
  let workspaces;
  try {
    user = await requireSession();
    workspaces = await loadMyWorkspaces();
  } catch (error) {
    // Next.js signals (request-time rendering, redirects) travel as exceptions: let them through.
    unstable_rethrow(error);
    logError("cannot open the database", error);
    return (
      <Shell workspaces={null} fallbackWorkspaceId={null} user={null}>
        <DatabaseUnavailable message={rootCause(error)} />
      </Shell>
    );
  }
  const last = (await cookies()).get(LAST_WORKSPACE_COOKIE)?.value;
  const fallback = workspaces.find((w) => w.workspace.id === last)?.workspace.id ?? workspaces[0]?.workspace.id ?? null;
  return (
    <Shell
      workspaces={workspaces.map((w) => ({ id: w.workspace.id, name: w.workspace.name, capabilities: capabilitiesOf(w.role) }))}
      fallbackWorkspaceId={fallback}
      user={user}
    >
      {children}
    </Shell>
  );
}

/**
 * The innermost cause of an error: drizzle wraps a refused connection in "Failed query: <sql>",
 * which tells an operator nothing; "connect ECONNREFUSED 127.0.0.1:5432" does.
 */
function rootCause(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause !== undefined; depth++) {
    current = current.cause;
  }
  return current instanceof Error ? current.message : String(current);
}
