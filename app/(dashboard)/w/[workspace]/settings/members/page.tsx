import { Card, Table, TableBody, TableCell, TableRow } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { listMembers } from "@/db/queries/users";
import { ROLES } from "@/lib/auth/roles";
import { ActionForm } from "@/app/_components/action-form";
import { getFormatters } from "@/app/_server/format";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { getRuntime } from "@/app/_server/runtime";
import { addMember, changeMemberRole, removeMember } from "../actions";
import { Field, INPUT_CLASS } from "@/app/_components/field";
import { CardTableHead } from "@/app/_components/card-table-head";

export async function generateMetadata() {
  const t = await getTranslations("settings.members");
  return { title: t("title") };
}

/** Who belongs to the workspace and with which role; add, change, remove. */
export default async function MembersPage(props: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await requireWorkspaceRole((await props.params).workspace, "users.manage");
  const { db } = await getRuntime();
  const [t, roles, f, members] = await Promise.all([
    getTranslations("settings.members"),
    getTranslations("roles"),
    getFormatters(),
    listMembers(db, workspace.id),
  ]);
  const roleOptions = ROLES.map((r) => (
    <option key={r} value={r}>
      {roles(`${r}.name`)}
    </option>
  ));
  return (
    <div className="space-y-6">
      <Card className="p-0">
        <div className="px-5 pt-5">
          <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
          <p className="mt-1 text-xs text-gray-500">{t("description")}</p>
        </div>
        <Table className="mt-3">
          <CardTableHead columns={[{ label: t("columns.person") }, { label: t("columns.role") }, { label: t("columns.since") }]} actions={t("columns.actions")} />
          <TableBody>
            {members.map((m) => (
              <TableRow key={m.userId} className="align-top text-sm">
                <TableCell className="pl-5">
                  <p className="font-medium text-gray-900">{m.name}</p>
                  <p className="text-xs text-gray-500">{m.email}</p>
                </TableCell>
                <TableCell>
                  <ActionForm action={changeMemberRole} submitLabel={t("change")} tone="secondary" className="flex items-center gap-2">
                    <input type="hidden" name="workspace" value={workspace.id} />
                    <input type="hidden" name="email" value={m.email} />
                    {/* Keyed by the role: a form resets to its selects' first defaults after the action,
                        so a changed role needs a new select to show it. */}
                    <select key={m.role} name="role" defaultValue={m.role} aria-label={t("roleOf", { email: m.email })} className="rounded-md border-gray-300 py-1 text-sm">
                      {roleOptions}
                    </select>
                  </ActionForm>
                </TableCell>
                <TableCell className="whitespace-nowrap text-xs text-gray-500">{f.calendarDate(m.since)}</TableCell>
                <TableCell className="pr-5 text-right">
                  <ActionForm action={removeMember} submitLabel={t("remove")} tone="secondary">
                    <input type="hidden" name="workspace" value={workspace.id} />
                    <input type="hidden" name="email" value={m.email} />
                  </ActionForm>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      <Card className="max-w-2xl p-5">
        <h2 className="mb-1 text-sm font-semibold text-gray-900">{t("addTitle")}</h2>
        <p className="mb-4 text-xs text-gray-500">{t("addDescription")}</p>
        <ActionForm action={addMember} submitLabel={t("add")}>
          <input type="hidden" name="workspace" value={workspace.id} />
          <Field id="member-email" label={t("email")}>
            <input id="member-email" name="email" type="email" required maxLength={320} className={INPUT_CLASS} />
          </Field>
          <Field id="member-role" label={t("role")}>
            <select id="member-role" name="role" defaultValue="viewer" className={INPUT_CLASS}>
              {roleOptions}
            </select>
          </Field>
        </ActionForm>
        <dl className="mt-5 grid gap-2 border-t border-gray-100 pt-4 text-xs sm:grid-cols-2">
          {ROLES.map((r) => (
            <div key={r}>
              <dt className="font-medium text-gray-700">{roles(`${r}.name`)}</dt>
              <dd className="text-gray-500">{roles(`${r}.description`)}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
