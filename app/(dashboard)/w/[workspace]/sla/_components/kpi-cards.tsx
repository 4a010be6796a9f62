import { Card } from "@tremor/react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangeBadge } from "@/app/_components/change-badge";
import { workspaceHref } from "@/app/_components/nav";
import { type Change, type Polarity, pointsChange, relativeChange } from "@/app/_lib/change";
import { getFormatters } from "@/app/_server/format";
import type { FirstResponseGroup } from "@/db/queries/first-response";
import { addDays, isoWeekName } from "@/lib/time/weeks";
import { drillQuery } from "../search-params";
import { loadSla, type SlaView } from "./sla-data";

const KPIS = ["p50", "p90", "breachRate", "unanswered"] as const;

/** The last week of the range against the week before: p50, p90, breach rate, unanswered. */
export async function KpiCards({ view }: { view: SlaView }) {
  const [t, f, data] = await Promise.all([getTranslations("sla"), getFormatters(), loadSla(view.workspace, view.from, view.to, view.hours)]);
  const last = view.weeks.at(-1)!;
  const previous = addDays(last, -7);
  const week = (monday: string): FirstResponseGroup | undefined => data.weeks.find((w) => w.key === monday);
  const values = (g: FirstResponseGroup | undefined) => ({
    p50: g?.p50 ?? null,
    p90: g?.p90 ?? null,
    breachRate: g && g.totals.conversations > 0 ? g.breaches / g.totals.conversations : null,
    unanswered: g ? g.totals.unanswered : null,
  });
  const current = values(week(last));
  const before = values(week(previous));
  const spec: Record<(typeof KPIS)[number], { format: (v: number) => string; change: (a: number | null, b: number | null) => Change | null; polarity: Polarity; drill: Record<string, string | number> }> = {
    p50: { format: f.duration, change: relativeChange, polarity: "lower-is-better", drill: { week: isoWeekName(last) } },
    p90: { format: f.duration, change: relativeChange, polarity: "lower-is-better", drill: { week: isoWeekName(last) } },
    breachRate: { format: f.percent, change: pointsChange, polarity: "lower-is-better", drill: { week: isoWeekName(last), breached: "1" } },
    unanswered: { format: f.number, change: relativeChange, polarity: "lower-is-better", drill: { week: isoWeekName(last), unanswered: "1" } },
  };
  return (
    <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
      {KPIS.map((kpi) => {
        const s = spec[kpi];
        const value = current[kpi];
        const href = `${workspaceHref(view.workspace.id, "/sla/conversations")}?${drillQuery({ from: view.from, to: view.to, hours: view.hours }, s.drill)}`;
        return (
          <Card key={kpi} className="flex flex-col p-5" decoration="top" decorationColor="indigo">
            <h3 className="text-sm font-medium text-gray-600">{t(`kpi.${kpi}.label`)}</h3>
            <p className="mt-2 text-2xl font-semibold tabular-nums text-gray-900">
              {value === null ? (
                <span className="text-gray-400">—</span>
              ) : (
                <Link href={href} className="hover:text-indigo-700 hover:underline" data-kpi={kpi}>
                  {s.format(value)}
                </Link>
              )}
            </p>
            <p className="mt-1 text-xs text-gray-500">{t(`kpi.${kpi}.help`, { target: f.duration(view.workspace.slaTargetSeconds) })}</p>
            <div className="mt-auto flex flex-wrap items-center gap-x-2 gap-y-1 pt-3 text-xs text-gray-500">
              <ChangeBadge change={s.change(value, before[kpi])} polarity={s.polarity} />
              <span>{t("previousWeek", { value: before[kpi] === null ? "—" : s.format(before[kpi]) })}</span>
            </div>
          </Card>
        );
      })}
    </div>
  );
}
