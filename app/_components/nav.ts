import type { Messages } from "next-intl";
import type { IconName } from "./icons";

/**
 * The dashboard's navigation: one list, in display order. A page that a later issue adds (SLA,
 * retrospective, templates) gets one entry here, its label under `nav` in messages/*.json and,
 * if it needs one, an icon in icons.tsx. Link only pages that exist.
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
}

export const NAV_ITEMS: readonly NavItem[] = [
  { id: "overview", section: "workspace", path: "", icon: "overview" },
  { id: "sla", section: "workspace", path: "/sla", icon: "sla" },
  { id: "retrospective", section: "workspace", path: "/retrospective", icon: "retrospective" },
  { id: "imports", section: "workspace", path: "/imports", icon: "imports" },
  { id: "slaSettings", section: "workspace", path: "/settings/sla", icon: "settings" },
  { id: "templates", section: "workspace", path: "/templates", icon: "templates" },
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
