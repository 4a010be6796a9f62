/**
 * The five roles a member has in a workspace, and what each may do. This is the only place that
 * maps roles to capabilities: server checks (app/_server/auth.ts) and the UI (which hides what a
 * role cannot do) both ask `can(role, capability)`, never about roles directly.
 */
export const ROLES = ["admin", "manager", "team_lead", "content_owner", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const CAPABILITIES = [
  /** Open the workspace's pages, reports and exports. Every role has it. */
  "view",
  /** Upload files on the Imports page. */
  "data.import",
  /** Write the weekly retrospective's notes and actions. */
  "retro.notes",
  /** Change first-response SLA targets and business hours. */
  "sla.settings",
  /** Edit, archive and annotate reply templates. */
  "templates.edit",
  /** Add people to the workspace, change their roles, remove them. */
  "users.manage",
  /** Create and revoke API keys. */
  "keys.manage",
  /** Change the workspace's general and privacy settings. */
  "settings.edit",
  /** Delete a buyer's data on request. */
  "data.delete",
  /** Read the audit log. */
  "audit.view",
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const GRANTS: Record<Role, readonly Capability[]> = {
  admin: CAPABILITIES,
  manager: ["view", "retro.notes"],
  team_lead: ["view", "sla.settings"],
  content_owner: ["view", "templates.edit"],
  viewer: ["view"],
};

export function can(role: Role, capability: Capability): boolean {
  return GRANTS[role].includes(capability);
}

export function capabilitiesOf(role: Role): Capability[] {
  return [...GRANTS[role]];
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
