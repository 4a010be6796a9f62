import { Badge, Card } from "@tremor/react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getTemplate } from "@/db/queries/templates";
import { workspaceHref } from "@/app/_components/nav";
import { PageHeader } from "@/app/_components/page-header";
import { getFormatters } from "@/app/_server/format";
import { getRuntime } from "@/app/_server/runtime";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { setArchivedAction, updateTemplateAction } from "../../actions";
import { TemplateForm } from "../../_components/template-form";

export async function generateMetadata() {
  const t = await getTranslations("templates.edit");
  return { title: t("title") };
}

export default async function EditTemplatePage(props: {
  params: Promise<{ workspace: string; template: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: workspaceId, template: id } = await props.params;
  const access = await requireWorkspaceRole(workspaceId, "view");
  const { workspace } = access;
  const templateId = Number(id);
  if (!Number.isSafeInteger(templateId) || templateId <= 0) notFound();
  const { saved, error } = await props.searchParams;
  const { db } = await getRuntime();
  const [t, tForm, tLibrary, f, template] = await Promise.all([
    getTranslations("templates.edit"),
    getTranslations("templates.form"),
    getTranslations("templates.library"),
    getFormatters(),
    getTemplate(db, workspace.id, templateId),
  ]);
  if (!template) notFound();
  const canEdit = access.can("templates.edit");
  const back = (
    <Link href={workspaceHref(workspace.id, "/templates/library")} className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-700 hover:bg-gray-50">
      {t("back")}
    </Link>
  );
  return (
    <>
      <PageHeader title={template.name} description={t("sourceId", { id: template.sourceId })} actions={back} />
      {saved && (
        <p className="mb-4 rounded-md bg-emerald-50 px-4 py-2 text-sm text-emerald-800" role="status">
          {saved === "version" ? tForm("savedNewVersion", { version: template.version }) : tForm("saved")}
        </p>
      )}
      {error === "invalid" && <p className="mb-4 rounded-md bg-red-50 px-4 py-2 text-sm text-red-700">{tForm("invalid")}</p>}
      <Card className="mb-6 p-5">
        <div className="mb-4 flex items-center justify-between">
          <h2 className="text-sm font-semibold text-gray-900">{canEdit ? t("title") : t("readTitle")}</h2>
          <div className="flex items-center gap-3">
            <Badge size="xs" color={template.archived ? "gray" : "emerald"}>
              {template.archived ? tLibrary("archived") : tLibrary("active")}
            </Badge>
            {canEdit && (
              <form action={setArchivedAction}>
                <input type="hidden" name="workspaceId" value={workspace.id} />
                <input type="hidden" name="id" value={template.id} />
                <input type="hidden" name="archived" value={template.archived ? "false" : "true"} />
                <button type="submit" className="rounded-md border border-gray-300 px-2 py-1 text-xs text-gray-700 hover:bg-gray-50">
                  {template.archived ? tForm("unarchive") : tForm("archive")}
                </button>
              </form>
            )}
          </div>
        </div>
        {canEdit ? (
          <TemplateForm workspaceId={workspace.id} action={updateTemplateAction} values={template} submitLabel={tForm("save")} />
        ) : (
          <p className="text-sm text-gray-500" data-testid="template-read-only">{t("readOnly")}</p>
        )}
      </Card>
      <Card className="p-5">
        <h2 className="text-sm font-semibold text-gray-900">{t("versions")}</h2>
        <ol className="mt-3 space-y-3">
          {template.versions.map((v) => (
            <li key={v.id} className="text-sm" data-version={v.version}>
              <div className="font-medium text-gray-900">
                v{v.version}{" "}
                <span className="text-xs font-normal text-gray-500">
                  {v.validFrom ? t("since", { date: f.dateTime(v.validFrom, workspace.timezone) }) : t("sinceStart")}
                </span>
              </div>
              <p className="mt-1 whitespace-pre-wrap text-gray-600">{v.text}</p>
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}
