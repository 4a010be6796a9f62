import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/app/_server/format";
import { ForestBar } from "./forest-bar";

/** A relative change with its 95% interval: the forest-plot bar, then the figures. */
export async function LiftCell({
  lift,
  low,
  high,
  lowerIsBetter = false,
}: {
  lift: number | null;
  low: number | null;
  high: number | null;
  lowerIsBetter?: boolean;
}) {
  const [t, f] = await Promise.all([getTranslations("templates.ranked"), getFormatters()]);
  const interval = low !== null && high !== null ? t("interval", { low: f.signedPercent(low), high: f.signedPercent(high) }) : null;
  return (
    <div className="flex items-center gap-3">
      <ForestBar lift={lift} low={low} high={high} label={interval ?? t("noUses")} lowerIsBetter={lowerIsBetter} />
      <div className="w-28 tabular-nums">
        <div className="font-medium text-gray-900">{lift === null ? "—" : f.signedPercent(lift)}</div>
        {interval && <div className="text-gray-500">{interval}</div>}
      </div>
    </div>
  );
}
