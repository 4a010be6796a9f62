import { Card } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/app/_server/format";
import type { TemplatesPageData } from "./page-data";
import { scenarioKey } from "./scenario";

export async function TemplateGaps({ data }: { data: TemplatesPageData }) {
  const [t, tScenarios, f] = await Promise.all([getTranslations("templates.gaps"), getTranslations("templates.scenarios"), getFormatters()]);
  const gaps = data.gaps;
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
      {!gaps ? (
        <p className="mt-2 text-sm text-gray-500">{t("pending")}</p>
      ) : (
        <>
          <p className="mt-1 text-xs text-gray-500">{t("description", { examined: f.number(gaps.examined) })}</p>
          {gaps.clusters.length === 0 ? (
            <p className="mt-3 text-sm text-gray-500">{t("none")}</p>
          ) : (
            <ol className="mt-3 divide-y divide-gray-100">
              {gaps.clusters.map((gap, i) => (
                <li key={i} className="py-3 text-sm" data-gap={i}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <q className="font-medium text-gray-900">{gap.label}</q>
                    <span className="text-xs text-gray-500">
                      {tScenarios(scenarioKey(gap.scenario))} · {t("count", { count: f.number(gap.conversations) })} ·{" "}
                      {t("conversion", { rate: f.percent(gap.conversions / gap.conversations) })}
                    </span>
                  </div>
                  <div className="mt-1 text-xs text-gray-500">
                    {t("keywords")}: {gap.keywords.join(", ")}
                  </div>
                  {gap.examples.length > 1 && (
                    <ul className="mt-1 list-disc pl-5 text-xs text-gray-500">
                      {gap.examples.slice(1).map((example) => (
                        <li key={example}>{example}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </Card>
  );
}
