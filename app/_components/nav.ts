import type { Messages } from "next-intl";
import type { Capability } from "@/lib/auth/roles";
import type { IconName } from "./icons";

/**
 * The dashboard's navigation: one list, in display order. A page that a later issue adds (SLA,
 * retrospective, templates) gets one entry here, its label under `nav` in messages/*.json and,
 * if it needs one, an icon in icons.tsx. Link only pages that exist. An item is shown only to
 * those who may use it: workspace items to roles with `capability`, admin items to instance admins.
 */
export interface NavItem {
  /** Also the label's key under `nav` in the message catalogues. */
  id: keyof Messages["nav"]["items"];
  /**
   * `workspace` pages live under `/w/[workspace]` and `path` is relative to it ("" is the
   * workspace's overview); `admin` pages are global and `path` is absolute.
   */
  section: "workspace" | "admin";
  path: string;
  icon: IconName;
  /** For workspace items: the capabilities that open the page, any one of them (see lib/auth/roles.ts). */
  capability?: Capability | readonly Capability[];
}

/** The settings sections, each with the capability that opens it; a role sees the ones it may use. */
export const SETTINGS_TABS = [
  { id: "general", path: "", capability: "settings.edit" },
  { id: "sla", path: "/sla", capability: "sla.settings" },
  { id: "members", path: "/members", capability: "users.manage" },
  { id: "apiKeys", path: "/api-keys", capability: "keys.manage" },
  { id: "privacy", path: "/privacy", capability: "data.delete" },
  { id: "audit", path: "/audit", capability: "audit.view" },
] as const satisfies readonly { id: keyof Messages["settings"]["tabs"]; path: string; capability: Capability }[];

export const NAV_ITEMS: readonly NavItem[] = [
  { id: "overview", section: "workspace", path: "", icon: "overview" },
  { id: "sla", section: "workspace", path: "/sla", icon: "sla" },
  { id: "retrospective", section: "workspace", path: "/retrospective", icon: "retrospective" },
  { id: "imports", section: "workspace", path: "/imports", icon: "imports" },
  { id: "templates", section: "workspace", path: "/templates", icon: "templates" },
  { id: "settings", section: "workspace", path: "/settings", icon: "settings", capability: SETTINGS_TABS.map((tab) => tab.capability) },
  { id: "users", section: "admin", path: "/admin/users", icon: "users" },
  { id: "queues", section: "admin", path: "/admin/queues", icon: "queues" },
];

export function workspaceHref(workspaceId: string, path = ""): string {
  return `/w/${encodeURIComponent(workspaceId)}${path}`;
}

/** Where an item links to; null for a workspace page while no workspace is known. */
export function navHref(item: NavItem, workspaceId: string | null): string | null {
  if (item.section === "admin") return item.path;
  return workspaceId ? workspaceHref(workspaceId, item.path) : null;
}

/** The item a pathname belongs to: the longest matching prefix, so /imports/x highlights Imports. */
export function activeNavItem(pathname: string, workspaceId: string | null): NavItem | null {
  let best: { item: NavItem; length: number } | null = null;
  for (const item of NAV_ITEMS) {
    const href = navHref(item, workspaceId);
    if (!href) continue;
    const matches = pathname === href || pathname.startsWith(`${href}/`);
    if (matches && (!best || href.length > best.length)) best = { item, length: href.length };
  }
  return best?.item ?? null;
}

/** The items someone sees: workspace items their role allows there, admin items if they run the installation. */
export function visibleNavItems(capabilities: readonly Capability[], isAdmin: boolean): NavItem[] {
  return NAV_ITEMS.filter((item) => (item.section === "admin" ? isAdmin : [item.capability ?? "view"].flat().some((c) => capabilities.includes(c))));
}
