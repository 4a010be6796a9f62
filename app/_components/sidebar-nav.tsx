"use client";

import Link from "next/link";
import { useParams, usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Icon } from "./icons";
import type { Capability } from "@/lib/auth/roles";
import { activeNavItem, type NavItem, navHref, visibleNavItems } from "./nav";

/**
 * The navigation list; the workspace comes from the URL, or the last one visited on admin pages.
 * It shows what the user's role in that workspace allows (the pages check it again themselves).
 */
export function SidebarNav({
  workspaces,
  fallbackWorkspaceId,
  isAdmin,
}: {
  workspaces: { id: string; capabilities: Capability[] }[];
  fallbackWorkspaceId: string | null;
  isAdmin: boolean;
}) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const params = useParams<{ workspace?: string }>();
  // A workspace id in the URL that does not exist (a 404 page) is ignored.
  const fromUrl = params.workspace && workspaces.some((w) => w.id === params.workspace) ? params.workspace : null;
  const workspaceId = fromUrl ?? fallbackWorkspaceId;
  const active = activeNavItem(pathname, workspaceId);
  const visible = visibleNavItems(workspaces.find((w) => w.id === workspaceId)?.capabilities ?? ["view"], isAdmin);
  const sections: { id: NavItem["section"]; items: NavItem[] }[] = [
    { id: "workspace" as const, items: visible.filter((i) => i.section === "workspace") },
    { id: "admin" as const, items: visible.filter((i) => i.section === "admin") },
  ].filter((section) => section.items.length > 0);

  return (
    <nav aria-label={t("label")} className="flex flex-col gap-5">
      {sections.map((section) => (
        <div key={section.id}>
          <p className="px-3 pb-1 text-xs font-medium uppercase tracking-wide text-gray-400">
            {t(`sections.${section.id}`)}
          </p>
          <ul className="flex flex-col gap-0.5">
            {section.items.map((item) => {
              const href = navHref(item, workspaceId);
              const isActive = active?.id === item.id;
              const className = `flex items-center gap-2.5 rounded-md px-3 py-2 text-sm font-medium ${
                isActive ? "bg-indigo-50 text-indigo-700" : "text-gray-700 hover:bg-gray-100 hover:text-gray-900"
              }`;
              return (
                <li key={item.id}>
                  {href ? (
                    <Link href={href} className={className} aria-current={isActive ? "page" : undefined}>
                      <Icon name={item.icon} className="h-4 w-4 shrink-0" />
                      {t(`items.${item.id}`)}
                    </Link>
                  ) : (
                    <span className={`${className} cursor-not-allowed opacity-50`} aria-disabled="true">
                      <Icon name={item.icon} className="h-4 w-4 shrink-0" />
                      {t(`items.${item.id}`)}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
