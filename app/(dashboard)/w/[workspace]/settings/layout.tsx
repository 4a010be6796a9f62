import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SETTINGS_TABS, workspaceHref } from "@/app/_components/nav";
import { PageHeader } from "@/app/_components/page-header";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { SettingsTabs } from "./_components/settings-tabs";

export default async function SettingsLayout(props: { children: ReactNode; params: Promise<{ workspace: string }> }) {
  const access = await requireWorkspaceRole((await props.params).workspace, "view");
  const t = await getTranslations("settings");
  const tabs = SETTINGS_TABS.filter((tab) => access.can(tab.capability)).map(({ id, path }) => ({ id, path }));
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { workspace: access.workspace.name })} />
      <SettingsTabs base={workspaceHref(access.workspace.id, "/settings")} tabs={tabs} />
      {props.children}
    </>
  );
}
