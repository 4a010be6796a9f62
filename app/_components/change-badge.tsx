import { Badge } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { type Change, type Polarity, tone } from "@/app/_lib/change";
import { getFormatters } from "@/app/_server/format";

const BADGE_COLORS = { good: "emerald", bad: "red", neutral: "gray" } as const;

/** A change against the previous week as a badge coloured by whether it is good news. */
export async function ChangeBadge({ change, polarity }: { change: Change | null; polarity: Polarity }) {
  if (!change) return null;
  const [t, f] = await Promise.all([getTranslations("overview"), getFormatters()]);
  const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);
  const text =
    change.kind === "new"
      ? t("change.new")
      : change.kind === "relative"
        ? signed(f.percent(change.ratio), change.ratio)
        : change.kind === "points"
          ? t("change.points", { value: signed(f.decimal(change.points, 1), change.points) })
          : signed(f.decimal(change.delta, 2), change.delta);
  return (
    <Badge color={BADGE_COLORS[tone(change, polarity)]} size="xs">
      <span className="sr-only">{t("change.srLabel")} </span>
      {text}
    </Badge>
  );
}
