import { Card } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/app/_server/format";
import { COMMERCE_METRICS, SUPPORT_METRICS } from "./week-figure";

/** How each figure is computed (../shared/spec/metrics.md), with this workspace's settings filled in. */
export async function Definitions({
  timeZone,
  slaTargetSeconds,
  negativeRatingThreshold,
}: {
  timeZone: string;
  slaTargetSeconds: number;
  negativeRatingThreshold: number;
}) {
  const [t, f] = await Promise.all([getTranslations("overview"), getFormatters()]);
  const values = {
    zone: timeZone,
    target: f.duration(slaTargetSeconds),
    threshold: negativeRatingThreshold,
  };
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-gray-900">{t("definitions.title")}</h2>
      <p className="mt-1 text-xs text-gray-500">{t("definitions.weeks", values)}</p>
      <dl className="mt-4 grid gap-x-8 gap-y-3 text-sm md:grid-cols-2">
        {[...SUPPORT_METRICS, ...COMMERCE_METRICS].map((metric) => (
          <div key={metric}>
            <dt className="font-medium text-gray-800">{t(`figures.${metric}.label`)}</dt>
            <dd className="mt-0.5 text-gray-500">{t(`figures.${metric}.help`, values)}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
