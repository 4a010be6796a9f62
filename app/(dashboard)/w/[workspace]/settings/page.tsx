import { Card } from "@tremor/react";
import { forbidden, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/_components/action-form";
import { SETTINGS_TABS, workspaceHref } from "@/app/_components/nav";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { saveGeneralSettings } from "./actions";
import { Field, INPUT_CLASS } from "@/app/_components/field";

export async function generateMetadata() {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

/**
 * Name, time zone and the privacy switch. A role without them (a team lead, say) lands on the
 * first settings section it may open instead.
 */
export default async function GeneralSettingsPage(props: { params: Promise<{ workspace: string }> }) {
  const access = await requireWorkspaceRole((await props.params).workspace, "view");
  if (!access.can("settings.edit")) {
    const first = SETTINGS_TABS.find((tab) => access.can(tab.capability));
    if (first) redirect(workspaceHref(access.workspace.id, `/settings${first.path}`));
    forbidden();
  }
  const { workspace } = access;
  const t = await getTranslations("settings.general");
  return (
    <Card className="max-w-2xl p-5">
      <ActionForm action={saveGeneralSettings} submitLabel={t("save")}>
        <input type="hidden" name="workspace" value={workspace.id} />
        <Field id="name" label={t("name")}>
          <input id="name" name="name" defaultValue={workspace.name} required maxLength={200} className={INPUT_CLASS} />
        </Field>
        <Field id="timezone" label={t("timezone")} hint={t("timezoneHint")}>
          <input id="timezone" name="timezone" defaultValue={workspace.timezone} required maxLength={100} className={INPUT_CLASS} />
        </Field>
        <div className="mb-5 flex items-start gap-3 rounded-md bg-gray-50 p-3">
          <input
            id="maskPersonalData"
            name="maskPersonalData"
            type="checkbox"
            defaultChecked={workspace.maskPersonalData}
            className="mt-0.5 rounded border-gray-300 text-indigo-600 focus:ring-indigo-500"
          />
          <label htmlFor="maskPersonalData" className="text-sm">
            <span className="font-medium text-gray-900">{t("mask")}</span>
            <span className="mt-0.5 block text-xs text-gray-500">{t("maskHint")}</span>
          </label>
        </div>
      </ActionForm>
    </Card>
  );
}
