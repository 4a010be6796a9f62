import { Card } from "@tremor/react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { workspaceHref } from "@/app/_components/nav";
import { getFormatters } from "@/app/_server/format";
import { setArchivedAction } from "../actions";
import type { TemplatesPageData } from "./page-data";

export async function PruneList({ data, workspaceId, timeZone }: { data: TemplatesPageData; workspaceId: string; timeZone: string }) {
  const [t, f] = await Promise.all([getTranslations("templates.prune"), getFormatters()]);
  const harmful = data.rows.filter((r) => r.verdict === "prune");
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
      <h3 className="mt-4 text-xs font-semibold uppercase tracking-wide text-red-700">{t("harmfulTitle")}</h3>
      {harmful.length === 0 ? (
        <p className="mt-1 text-sm text-gray-500">{t("harmfulNone")}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {harmful.map((r) => (
            <li key={`${r.template_id}:${r.version}`} className="text-sm" data-prune={r.template_id}>
              <div className="font-medium text-gray-900">
                {r.name} <span className="font-normal text-gray-500">v{r.version}</span>
              </div>
              <p className="text-gray-600">
                {t("harmful", {
                  uses: f.number(r.uses),
                  rate: f.percent(r.conversion_rate ?? 0),
                  baseline: f.percent(r.baseline_rate ?? 0),
                  lift: f.signedPercent(r.lift ?? 0),
                  low: f.signedPercent(r.ci_low ?? 0),
                  high: f.signedPercent(r.ci_high ?? 0),
                  q: f.decimal(r.q_value ?? 0, 3),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-5 text-xs font-semibold uppercase tracking-wide text-amber-700">{t("unusedTitle")}</h3>
      {data.unused.length === 0 ? (
        <p className="mt-1 text-sm text-gray-500">{t("unusedNone")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-gray-100">
          {data.unused.map((template) => (
            <li key={template.id} className="flex items-center justify-between gap-3 py-2 text-sm" data-unused={template.sourceId}>
              <div className="min-w-0">
                <Link href={workspaceHref(workspaceId, `/templates/library/${template.id}`)} className="font-medium text-gray-900 hover:text-indigo-600">
                  {template.name}
                </Link>
                <span className="ml-2 text-xs text-gray-500">
                  {template.lastUsedAt ? t("lastUsed", { date: f.dateTime(template.lastUsedAt, timeZone) }) : t("neverUsed")}
                </span>
              </div>
              <form action={setArchivedAction}>
                <input type="hidden" name="workspaceId" value={workspaceId} />
                <input type="hidden" name="id" value={template.id} />
                <input type="hidden" name="archived" value="true" />
                <button type="submit" className="rounded-md border border-gray-300 px-2 py-1 text-xs text-gray-700 hover:bg-gray-50">
                  {t("archive")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
