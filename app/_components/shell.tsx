import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Icon } from "./icons";
import type { Capability } from "@/lib/auth/roles";
import { LanguageSwitcher } from "./language-switcher";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu } from "./user-menu";
import { type WorkspaceOption, WorkspaceSwitcher } from "./workspace-switcher";

/** The frame of every dashboard page: sidebar (product, workspace, navigation) and top bar. */
export async function Shell({
  workspaces,
  fallbackWorkspaceId,
  user,
  children,
}: {
  workspaces: (WorkspaceOption & { capabilities: Capability[] })[] | null;
  fallbackWorkspaceId: string | null;
  user: { name: string; email: string; isAdmin: boolean } | null;
  children: ReactNode;
}) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-screen flex-col bg-gray-50 md:flex-row print:bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:shadow"
      >
        {t("skipToContent")}
      </a>
      <div className="shrink-0 border-b border-gray-200 bg-white md:w-60 md:border-b-0 md:border-r print:hidden">
      <aside className="flex flex-col gap-6 px-4 py-5 md:sticky md:top-0 md:max-h-screen md:overflow-y-auto">
        <Link href="/" className="flex items-center gap-2 px-1">
          <span className="flex h-8 w-8 items-center justify-center rounded-lg bg-indigo-600 text-white">
            <Icon name="logo" className="h-5 w-5" />
          </span>
          <span>
            <span className="block text-sm font-semibold leading-tight text-gray-900">{t("name")}</span>
            <span className="block text-xs leading-tight text-gray-500">{t("tagline")}</span>
          </span>
        </Link>
        {workspaces && workspaces.length > 0 && (
          <WorkspaceSwitcher workspaces={workspaces.map((w) => ({ id: w.id, name: w.name }))} fallbackWorkspaceId={fallbackWorkspaceId} />
        )}
        {workspaces && (
          <SidebarNav
            workspaces={workspaces.map((w) => ({ id: w.id, capabilities: w.capabilities }))}
            fallbackWorkspaceId={fallbackWorkspaceId}
            isAdmin={user?.isAdmin ?? false}
          />
        )}
      </aside>
      </div>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-12 items-center justify-end gap-4 border-b border-gray-200 bg-white px-6 print:hidden">
          <LanguageSwitcher />
          {user && <UserMenu name={user.name} email={user.email} />}
        </header>
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-6 py-6">
          {children}
        </main>
      </div>
    </div>
  );
}
