import { Card, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { listAudit } from "@/db/queries/audit";
import { getFormatters } from "@/app/_server/format";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { getRuntime } from "@/app/_server/runtime";

/** Audit events listed, newest first. */
const AUDIT_LIMIT = 200;

export async function generateMetadata() {
  const t = await getTranslations("settings.audit");
  return { title: t("title") };
}

/** Who changed people, keys and settings, and whose data was deleted, with the counts. */
export default async function AuditPage(props: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await requireWorkspaceRole((await props.params).workspace, "audit.view");
  const { db } = await getRuntime();
  const [t, f, events] = await Promise.all([
    getTranslations("settings.audit"),
    getFormatters(),
    listAudit(db, { workspaceId: workspace.id, limit: AUDIT_LIMIT }),
  ]);
  return (
    <Card className="p-0">
      <div className="px-5 pt-5">
        <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
        <p className="mt-1 text-xs text-gray-500">{t("description", { limit: AUDIT_LIMIT })}</p>
      </div>
      {events.length === 0 ? (
        <p className="p-5 text-sm text-gray-500">{t("none")}</p>
      ) : (
        <Table className="mt-3">
          <TableHead>
            <TableRow className="text-xs">
              <TableHeaderCell className="pl-5">{t("columns.when")}</TableHeaderCell>
              <TableHeaderCell>{t("columns.who")}</TableHeaderCell>
              <TableHeaderCell>{t("columns.what")}</TableHeaderCell>
              <TableHeaderCell className="pr-5">{t("columns.details")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {events.map((e) => (
              <TableRow key={e.id} className="align-top text-xs">
                <TableCell className="whitespace-nowrap pl-5">{f.dateTime(e.createdAt, workspace.timezone)}</TableCell>
                <TableCell>{e.actor}</TableCell>
                <TableCell>
                  <p className="font-medium text-gray-900">{t(`actions.${e.action}` as never)}</p>
                  {e.subject && <p className="break-all text-gray-500">{e.subject}</p>}
                </TableCell>
                <TableCell className="max-w-md whitespace-normal pr-5 font-mono text-[11px] text-gray-600">
                  {Object.keys(e.details).length > 0 ? JSON.stringify(e.details) : "—"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
