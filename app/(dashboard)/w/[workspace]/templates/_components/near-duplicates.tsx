import { Card } from "@tremor/react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { workspaceHref } from "@/app/_components/nav";
import { getFormatters } from "@/app/_server/format";
import type { TemplatesPageData } from "./page-data";

export async function NearDuplicates({ data, workspaceId }: { data: TemplatesPageData; workspaceId: string }) {
  const [t, f] = await Promise.all([getTranslations("templates.duplicates"), getFormatters()]);
  const link = (template: { id: number; name: string }) => (
    <Link href={workspaceHref(workspaceId, `/templates/library/${template.id}`)} className="font-medium text-gray-900 hover:text-indigo-600">
      {template.name}
    </Link>
  );
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
      <p className="mt-1 text-xs text-gray-500">{t("description")}</p>
      {data.duplicates.length === 0 ? (
        <p className="mt-3 text-sm text-gray-500">{t("none")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {data.duplicates.map((d) => (
            <li key={`${d.a.id}:${d.b.id}`} className="text-sm" data-duplicate={`${d.a.sourceId}|${d.b.sourceId}`}>
              <div>
                {link(d.a)} <span className="text-gray-400">↔</span> {link(d.b)}{" "}
                <span className="ml-1 text-xs text-gray-500">{t("similarity", { share: f.percent(d.similarity) })}</span>
              </div>
              <p className="mt-1 line-clamp-2 text-xs text-gray-500">{d.a.text}</p>
              <p className="line-clamp-2 text-xs text-gray-500">{d.b.text}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
