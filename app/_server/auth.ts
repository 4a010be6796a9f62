import "server-only";
import { nextCookies } from "better-auth/next-js";
import { forbidden, notFound, redirect } from "next/navigation";
import { headers } from "next/headers";
import { cache } from "react";
import { getWorkspace, isUuid, listWorkspaces, listWorkspacesOf, type Workspace } from "@/db/queries/workspaces";
import { getMembership, listMemberships } from "@/db/queries/users";
import { type Capability, can, capabilitiesOf, isRole, type Role } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type Auth, createAuth } from "@/services/auth";
import { getRuntime } from "./runtime";

/**
 * Who is asking, and what they may do. Every page, layout, server action and route handler that
 * shows or changes a workspace's data starts with one of these lines:
 *
 *   const { workspace } = await requireWorkspaceRole(params.workspace, "view");      // pages, layouts, actions
 *   const { workspace } = await authorizeWorkspaceRequest(params.workspace, "view"); // route handlers (JSON errors)
 *   const user = await requireSession();                                             // signed in, no workspace
 *   const user = await requireInstanceAdmin();                                       // installation pages
 *
 * A workspace the user does not belong to does not exist for them (404, never 403, so ids cannot
 * be probed); a capability their role lacks is 403. /api/v1 uses API keys instead (api-auth.ts).
 */

/** Set by proxy.ts on page requests: the path and query asked for, to come back after signing in. */
export const PATH_HEADER = "x-replyscope-path";

const AUTH_KEY = Symbol.for("replyscope.web.auth");
type Holder = typeof globalThis & { [AUTH_KEY]?: Promise<Auth> };

/** better-auth over the process's database; `nextCookies` lets server actions set the cookie. */
export async function getAuth(): Promise<Auth> {
  const holder = globalThis as Holder;
  holder[AUTH_KEY] ??= getRuntime()
    .then((rt) => createAuth(rt.db, env(), [nextCookies()]))
    .catch((error: unknown) => {
      delete holder[AUTH_KEY];
      throw error;
    });
  return holder[AUTH_KEY];
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  /** Runs the installation: sees every workspace (as an admin of it) and the admin pages. */
  isAdmin: boolean;
}

/** The signed-in user of this request, or null; read once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email, isAdmin } = session.user as typeof session.user & { isAdmin?: boolean | null };
  return { id, name, email, isAdmin: isAdmin === true };
});

export async function signInHref(): Promise<string> {
  const path = (await headers()).get(PATH_HEADER);
  return path && path !== "/" ? `/sign-in?next=${encodeURIComponent(path)}` : "/sign-in";
}

/** The signed-in user; without a session, off to the sign-in page (and back here afterwards). */
export async function requireSession(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(await signInHref());
  return user;
}

/** Installation pages (queues, accounts): other users get a 404, as if they did not exist. */
export async function requireInstanceAdmin(): Promise<SessionUser> {
  const user = await requireSession();
  if (!user.isAdmin) notFound();
  return user;
}

export interface WorkspaceAccess {
  user: SessionUser;
  workspace: Workspace;
  role: Role;
  capabilities: Capability[];
  can(capability: Capability): boolean;
}

/** The user's access to a workspace, or null if it does not exist or they are not a member. */
const workspaceAccess = cache(async (user: SessionUser, workspaceId: string): Promise<WorkspaceAccess | null> => {
  if (!isUuid(workspaceId)) return null;
  const { db } = await getRuntime();
  const [workspace, membership] = await Promise.all([getWorkspace(db, workspaceId), getMembership(db, workspaceId, user.id)]);
  if (!workspace) return null;
  const role: Role | null = user.isAdmin ? "admin" : membership && isRole(membership.role) ? membership.role : null;
  if (!role) return null;
  return { user, workspace, role, capabilities: capabilitiesOf(role), can: (c) => can(role, c) };
});

/**
 * The one check for pages, layouts and server actions: signed in (else sign-in), a member of the
 * workspace (else 404), with a role that has `capability` (else 403). Takes the raw value from the
 * URL or the form, so callers need not validate it first.
 */
export async function requireWorkspaceRole(workspaceId: unknown, capability: Capability): Promise<WorkspaceAccess> {
  const user = await requireSession();
  const access = typeof workspaceId === "string" ? await workspaceAccess(user, workspaceId) : null;
  if (!access) notFound();
  if (!access.can(capability)) forbidden();
  return access;
}

/** The same check for route handlers, as typed errors their `errorResponse` turns into 401/404/403. */
export async function authorizeWorkspaceRequest(workspaceId: unknown, capability: Capability): Promise<WorkspaceAccess> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthorized", "sign in first");
  const access = typeof workspaceId === "string" ? await workspaceAccess(user, workspaceId) : null;
  if (!access) throw new AppError("not_found", "no such workspace");
  if (!access.can(capability)) throw new AppError("forbidden", "your role in this workspace does not allow this");
  return access;
}

export interface WorkspaceWithRole {
  workspace: Workspace;
  role: Role;
}

/** The workspaces the signed-in user may open, with their role in each (all of them for instance admins). */
export const loadMyWorkspaces = cache(async (): Promise<WorkspaceWithRole[]> => {
  const user = await requireSession();
  const { db } = await getRuntime();
  if (user.isAdmin) return (await listWorkspaces(db)).map((workspace) => ({ workspace, role: "admin" as const }));
  const [workspaces, memberships] = await Promise.all([listWorkspacesOf(db, user.id), listMemberships(db, user.id)]);
  const roles = new Map(memberships.map((m) => [m.workspaceId, m.role]));
  return workspaces.flatMap((workspace) => {
    const role = roles.get(workspace.id);
    return isRole(role) ? [{ workspace, role }] : [];
  });
});
