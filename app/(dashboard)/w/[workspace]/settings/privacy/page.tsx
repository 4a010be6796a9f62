import { Card } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { BUYER_DATA } from "@/db/queries/buyer-data";
import { ActionForm } from "@/app/_components/action-form";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { deleteBuyer } from "../actions";
import { Field, INPUT_CLASS } from "@/app/_components/field";

export async function generateMetadata() {
  const t = await getTranslations("settings.privacy");
  return { title: t("title") };
}

/** Deleting one buyer's data on request, across every table that holds it. */
export default async function PrivacyPage(props: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await requireWorkspaceRole((await props.params).workspace, "data.delete");
  const t = await getTranslations("settings.privacy");
  return (
    <Card className="max-w-2xl p-5">
      <h2 className="mb-1 text-sm font-semibold text-gray-900">{t("deleteTitle")}</h2>
      <p className="mb-2 text-xs text-gray-500">{t("deleteDescription")}</p>
      <p className="mb-4 text-xs text-gray-500">
        {t("tables")} <span className="font-mono">{BUYER_DATA.map((table) => table.table).join(", ")}</span>
      </p>
      <ActionForm action={deleteBuyer} submitLabel={t("delete")} tone="danger">
        <input type="hidden" name="workspace" value={workspace.id} />
        <Field id="buyer" label={t("buyer")} hint={t("buyerHint")}>
          <input id="buyer" name="buyer" required maxLength={500} autoComplete="off" className={INPUT_CLASS} />
        </Field>
        <Field id="confirm" label={t("confirm")}>
          <input id="confirm" name="confirm" required maxLength={500} autoComplete="off" className={INPUT_CLASS} />
        </Field>
      </ActionForm>
    </Card>
  );
}
