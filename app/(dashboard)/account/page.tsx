import { Card } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { PASSWORD_MIN } from "@/services/auth/passwords";
import { changePassword } from "@/app/_auth/actions";
import { ActionForm } from "@/app/_components/action-form";
import { Field, INPUT_CLASS } from "@/app/_components/field";
import { PageHeader } from "@/app/_components/page-header";
import { requireSession } from "@/app/_server/auth";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

/** The signed-in person's own account: who they are signed in as, and their password. */
export default async function AccountPage(props: { searchParams: Promise<{ changed?: string }> }) {
  const user = await requireSession();
  const [t, { changed }] = await Promise.all([getTranslations("account"), props.searchParams]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { name: user.name, email: user.email })} />
      <Card className="max-w-2xl p-5">
        <h2 className="mb-1 text-sm font-semibold text-gray-900">{t("passwordTitle")}</h2>
        <p className="mb-4 text-xs text-gray-500">{t("passwordDescription")}</p>
        {changed === "1" && (
          <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            {t("passwordChanged")}
          </p>
        )}
        <ActionForm action={changePassword} submitLabel={t("changePassword")}>
          {/* For password managers: whose password this is. */}
          <input type="hidden" name="username" value={user.email} autoComplete="username" />
          <Field id="current-password" label={t("current")}>
            <input id="current-password" name="current" type="password" required autoComplete="current-password" className={INPUT_CLASS} />
          </Field>
          <Field id="new-password" label={t("new")} hint={t("newHint", { min: PASSWORD_MIN })}>
            <input id="new-password" name="password" type="password" required minLength={PASSWORD_MIN} autoComplete="new-password" className={INPUT_CLASS} />
          </Field>
          <Field id="confirm-password" label={t("confirm")}>
            <input id="confirm-password" name="confirm" type="password" required minLength={PASSWORD_MIN} autoComplete="new-password" className={INPUT_CLASS} />
          </Field>
        </ActionForm>
      </Card>
    </>
  );
}
