import { Badge, Card, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listTemplates } from "@/db/queries/templates";
import { workspaceHref } from "@/app/_components/nav";
import { PageHeader } from "@/app/_components/page-header";
import { getFormatters } from "@/app/_server/format";
import { getRuntime } from "@/app/_server/runtime";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { createTemplateAction } from "../actions";
import { scenarioKey } from "../_components/scenario";
import { TemplateForm } from "../_components/template-form";

export async function generateMetadata() {
  const t = await getTranslations("templates.library");
  return { title: t("title") };
}

export default async function TemplateLibraryPage(props: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: workspaceId } = await props.params;
  const access = await requireWorkspaceRole(workspaceId, "view");
  const { workspace } = access;
  const { error } = await props.searchParams;
  const { db } = await getRuntime();
  const [t, tForm, tScenarios, f, templates] = await Promise.all([
    getTranslations("templates.library"),
    getTranslations("templates.form"),
    getTranslations("templates.scenarios"),
    getFormatters(),
    listTemplates(db, workspace.id),
  ]);
  const back = (
    <Link href={workspaceHref(workspace.id, "/templates")} className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-700 hover:bg-gray-50">
      {t("back")}
    </Link>
  );
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={back} />
      <Card className="mb-6 p-0">
        {templates.length === 0 ? (
          <p className="p-5 text-sm text-gray-500">{t("empty")}</p>
        ) : (
          <Table>
            <TableHead>
              <TableRow className="text-xs">
                <TableHeaderCell className="px-2 py-3 pl-5">{t("columns.name")}</TableHeaderCell>
                <TableHeaderCell className="px-2 py-3">{t("columns.scenario")}</TableHeaderCell>
                <TableHeaderCell className="px-2 py-3">{t("columns.language")}</TableHeaderCell>
                <TableHeaderCell className="px-2 py-3 text-right">{t("columns.version")}</TableHeaderCell>
                <TableHeaderCell className="px-2 py-3">{t("columns.lastUsed")}</TableHeaderCell>
                <TableHeaderCell className="px-2 py-3">{t("columns.state")}</TableHeaderCell>
                <TableHeaderCell className="px-2 py-3 pr-5">{t("columns.text")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {templates.map((template) => (
                <TableRow key={template.id} className="text-xs" data-library={template.sourceId}>
                  <TableCell className="px-2 py-2 pl-5">
                    <Link href={workspaceHref(workspace.id, `/templates/library/${template.id}`)} className="font-medium text-gray-900 hover:text-indigo-600">
                      {template.name}
                    </Link>
                    <div className="text-gray-400">{template.sourceId}</div>
                  </TableCell>
                  <TableCell className="px-2 py-2">{tScenarios(scenarioKey(template.scenario))}</TableCell>
                  <TableCell className="px-2 py-2">{template.language ?? "—"}</TableCell>
                  <TableCell className="px-2 py-2 text-right tabular-nums">{template.version}</TableCell>
                  <TableCell className="px-2 py-2">{template.lastUsedAt ? f.compactDateTime(template.lastUsedAt, workspace.timezone) : "—"}</TableCell>
                  <TableCell className="px-2 py-2">
                    <Badge size="xs" color={template.archived ? "gray" : "emerald"}>
                      {template.archived ? t("archived") : t("active")}
                    </Badge>
                  </TableCell>
                  <TableCell className="max-w-md px-2 py-2 pr-5 whitespace-normal text-gray-600">
                    <span className="line-clamp-2">{template.text}</span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
      {access.can("templates.edit") && (
        <Card className="p-5">
          <h2 className="mb-4 text-sm font-semibold text-gray-900">{t("add")}</h2>
          {error === "invalid" && <p className="mb-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{tForm("invalid")}</p>}
          <TemplateForm workspaceId={workspace.id} action={createTemplateAction} values={{ name: "", text: "", scenario: null, language: null }} submitLabel={tForm("create")} />
        </Card>
      )}
    </>
  );
}
