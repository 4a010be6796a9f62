import { Badge, Card, Table, TableBody, TableCell, TableRow } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { listUsers } from "@/db/queries/users";
import { PASSWORD_MIN } from "@/services/auth/passwords";
import { ActionForm } from "@/app/_components/action-form";
import { PageHeader } from "@/app/_components/page-header";
import { getFormatters } from "@/app/_server/format";
import { requireInstanceAdmin } from "@/app/_server/auth";
import { getRuntime } from "@/app/_server/runtime";
import { Field, INPUT_CLASS } from "@/app/_components/field";
import { createUserAccount } from "./actions";
import { CardTableHead } from "@/app/_components/card-table-head";

export async function generateMetadata() {
  const t = await getTranslations("users");
  return { title: t("title") };
}

/** Every account of the installation (instance admins only), and a form to create one. */
export default async function UsersPage() {
  await requireInstanceAdmin();
  const { db } = await getRuntime();
  const [t, f, users] = await Promise.all([getTranslations("users"), getFormatters(), listUsers(db)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card className="p-0">
          <Table>
            <CardTableHead columns={[{ label: t("columns.person") }, { label: t("columns.workspaces"), numeric: true }, { label: t("columns.created") }]} />
            <TableBody>
              {users.map((u) => (
                <TableRow key={u.id} className="text-sm">
                  <TableCell className="pl-5">
                    <p className="font-medium text-gray-900">
                      {u.name}{" "}
                      {u.isAdmin && (
                        <Badge size="xs" color="indigo">
                          {t("admin")}
                        </Badge>
                      )}
                    </p>
                    <p className="text-xs text-gray-500">{u.email}</p>
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{f.number(u.workspaces)}</TableCell>
                  <TableCell className="pr-5 text-xs text-gray-500">{f.calendarDate(u.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
        <Card className="max-w-2xl p-5">
          <h2 className="mb-1 text-sm font-semibold text-gray-900">{t("createTitle")}</h2>
          <p className="mb-4 text-xs text-gray-500">{t("createDescription")}</p>
          <ActionForm action={createUserAccount} submitLabel={t("create")}>
            <Field id="user-name" label={t("name")}>
              <input id="user-name" name="name" required maxLength={200} className={INPUT_CLASS} />
            </Field>
            <Field id="user-email" label={t("email")}>
              <input id="user-email" name="email" type="email" required maxLength={320} className={INPUT_CLASS} />
            </Field>
            <Field id="user-password" label={t("password")} hint={t("passwordHint", { min: PASSWORD_MIN })}>
              <input id="user-password" name="password" type="password" required minLength={PASSWORD_MIN} autoComplete="new-password" className={INPUT_CLASS} />
            </Field>
            <div className="mb-4 flex items-start gap-3">
              <input id="user-admin" name="isAdmin" type="checkbox" className="mt-0.5 rounded border-gray-300 text-indigo-600 focus:ring-indigo-500" />
              <label htmlFor="user-admin" className="text-sm">
                <span className="font-medium text-gray-900">{t("isAdmin")}</span>
                <span className="mt-0.5 block text-xs text-gray-500">{t("isAdminHint")}</span>
              </label>
            </div>
          </ActionForm>
        </Card>
      </div>
    </>
  );
}
