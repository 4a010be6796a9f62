import { Card } from "@tremor/react";
import { getTranslations } from "next-intl/server";

const ITEMS = ["use", "conversion", "lift", "interval", "verdicts"] as const;

/** How the page's numbers are computed (../shared/spec/metrics.md, "Template use and lift"). */
export async function TemplateDefinitions({ attributionWindowHours }: { attributionWindowHours: number }) {
  const t = await getTranslations("templates.definitions");
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
      <ul className="mt-3 space-y-2 text-sm text-gray-600">
        {ITEMS.map((item) => (
          <li key={item}>{t(item, { window: attributionWindowHours })}</li>
        ))}
      </ul>
    </Card>
  );
}
