import { Badge } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import type { Verdict } from "@/lib/metrics/lift";

const COLORS: Record<Verdict, string> = {
  keep: "emerald",
  prune: "red",
  neutral: "gray",
  insufficient_data: "amber",
};

export async function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = await getTranslations("templates.verdicts");
  return (
    <Badge color={COLORS[verdict]} size="xs">
      {t(verdict)}
    </Badge>
  );
}
