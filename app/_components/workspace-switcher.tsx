"use client";

import { useParams, usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId } from "react";
import { LAST_WORKSPACE_COOKIE, LAST_WORKSPACE_MAX_AGE } from "../_lib/cookies";
import { activeNavItem, navHref, workspaceHref } from "./nav";

export interface WorkspaceOption {
  id: string;
  name: string;
}

/**
 * Switches workspace and stays on the same page (Imports stays Imports); from an admin page it
 * opens the workspace's overview. Also remembers the workspace in a cookie for `/`.
 */
export function WorkspaceSwitcher({
  workspaces,
  fallbackWorkspaceId,
}: {
  workspaces: WorkspaceOption[];
  fallbackWorkspaceId: string | null;
}) {
  const t = useTranslations("workspace");
  const id = useId();
  const router = useRouter();
  const pathname = usePathname();
  const params = useParams<{ workspace?: string }>();
  const current = params.workspace && workspaces.some((w) => w.id === params.workspace) ? params.workspace : null;

  useEffect(() => {
    if (current) {
      document.cookie = `${LAST_WORKSPACE_COOKIE}=${encodeURIComponent(current)}; path=/; max-age=${LAST_WORKSPACE_MAX_AGE}; samesite=lax`;
    }
  }, [current, workspaces]);

  const selected = current ?? fallbackWorkspaceId ?? "";

  function onChange(next: string) {
    if (!next || next === current) return;
    const item = current ? activeNavItem(pathname, current) : null;
    const target = item && item.section === "workspace" ? navHref(item, next) : null;
    router.push(target ?? workspaceHref(next));
  }

  return (
    <div>
      <label htmlFor={id} className="block px-0.5 pb-1 text-xs font-medium text-gray-500">
        {t("label")}
      </label>
      <select
        id={id}
        value={selected}
        onChange={(e) => onChange(e.target.value)}
        className="block w-full rounded-md border-gray-300 py-1.5 pl-2.5 pr-8 text-sm text-gray-900 shadow-sm focus:border-indigo-500 focus:ring-indigo-500"
      >
        {!current && <option value="">{t("choose")}</option>}
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
    </div>
  );
}
