import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { EmptyState } from "@/app/_components/empty-state";
import { Icon } from "@/app/_components/icons";
import { workspaceHref } from "@/app/_components/nav";
import { PageHeader } from "@/app/_components/page-header";
import { CardSkeleton, ChartSkeleton, TableSkeleton } from "@/app/_components/skeletons";
import { getFormatters } from "@/app/_server/format";
import { getRuntime } from "@/app/_server/runtime";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { getDataWeeks } from "@/db/queries/overview";
import { addWeeks, isoWeekName, parseDate } from "@/lib/time/weeks";
import { BandCard } from "./_components/band-card";
import { GroupCard } from "./_components/group-card";
import { HeatmapCard } from "./_components/heatmap-card";
import { KpiCards } from "./_components/kpi-cards";
import { loadSla, type SlaView } from "./_components/sla-data";
import { TrendCard } from "./_components/trend-card";
import { parseSlaSearchParams, RANGE_WEEKS, rangeOf, slaQuery } from "./search-params";

export async function generateMetadata() {
  const t = await getTranslations("sla");
  return { title: t("title") };
}

export default async function SlaPage(props: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: workspaceId } = await props.params;
  const access = await requireWorkspaceRole(workspaceId, "view");
  const { workspace } = access;
  const search = parseSlaSearchParams(await props.searchParams);
  const { db } = await getRuntime();
  const [t, f, dataWeeks] = await Promise.all([
    getTranslations("sla"),
    getFormatters(),
    getDataWeeks(db, { workspaceId: workspace.id, timeZone: workspace.timezone }),
  ]);
  const base = workspaceHref(workspace.id, "/sla");
  const actions = (
    <>
      <Link href={`${base}/live`} className="inline-flex items-center gap-1 rounded-md border border-gray-200 bg-white px-3 py-1.5 text-sm font-medium text-gray-700 shadow-sm hover:bg-gray-50">
        {t("actions.live")}
      </Link>
      {access.can("sla.settings") && (
        <Link href={workspaceHref(workspace.id, "/settings/sla")} className="inline-flex items-center gap-1 rounded-md border border-gray-200 bg-white px-3 py-1.5 text-sm font-medium text-gray-700 shadow-sm hover:bg-gray-50">
          {t("actions.settings")}
        </Link>
      )}
    </>
  );
  const header = <PageHeader title={t("title")} description={t("description", { workspace: workspace.name })} actions={actions} />;
  if (dataWeeks.latest === null || dataWeeks.lastFullWeek === null) {
    return (
      <>
        {header}
        <EmptyState title={t("empty.title")}>{t("empty.body")}</EmptyState>
      </>
    );
  }
  const endWeek = search.endWeek ?? dataWeeks.lastFullWeek;
  const { from, to } = rangeOf(endWeek, search.weeks);
  const view: SlaView = {
    workspace,
    from,
    to,
    hours: search.hours,
    weeks: Array.from({ length: search.weeks }, (_, i) => addWeeks(from, i)),
  };
  const data = await loadSla(workspace, from, to, search.hours);
  const link = (change: Partial<{ endWeek: string; weeks: number; hours: "calendar" | "business" }>) =>
    `${base}?${slaQuery({ endWeek, weeks: search.weeks, hours: search.hours, ...change })}`;
  const pill = (active: boolean) =>
    `rounded-md px-2.5 py-1 text-sm font-medium ${active ? "bg-indigo-600 text-white" : "bg-white text-gray-700 ring-1 ring-gray-200 hover:bg-gray-50"}`;
  const exportHref = (groupBy: string) => `${base}/export.csv?${new URLSearchParams({ from, to, group_by: groupBy, hours: search.hours })}`;

  return (
    <>
      {header}
      <nav aria-label={t("range.label")} className="mb-5 flex flex-wrap items-center gap-x-5 gap-y-3">
        <div className="flex items-center gap-1.5">
          <Link href={link({ endWeek: addWeeks(endWeek, -search.weeks) })} className={pill(false)} aria-label={t("range.earlier")}>
            <Icon name="chevronLeft" className="h-4 w-4" />
          </Link>
          <span className="text-sm font-semibold text-gray-900">
            {f.calendarRange(parseDate(from) as Date, parseDate(to) as Date)}
          </span>
          <span className="text-xs text-gray-500">({isoWeekName(from)} – {isoWeekName(endWeek)})</span>
          {addWeeks(endWeek, search.weeks) <= (dataWeeks.latest ?? endWeek) && (
            <Link href={link({ endWeek: addWeeks(endWeek, search.weeks) })} className={pill(false)} aria-label={t("range.later")}>
              <Icon name="chevronRight" className="h-4 w-4" />
            </Link>
          )}
        </div>
        <div className="flex items-center gap-1" role="group" aria-label={t("range.weeksLabel")}>
          {RANGE_WEEKS.map((w) => (
            <Link key={w} href={link({ weeks: w })} className={pill(w === search.weeks)} aria-current={w === search.weeks ? "true" : undefined}>
              {t("range.weeks", { weeks: w })}
            </Link>
          ))}
        </div>
        <div className="flex items-center gap-1" role="group" aria-label={t("hours.label")}>
          {(["calendar", "business"] as const).map((h) => (
            <Link key={h} href={link({ hours: h })} className={pill(h === search.hours)} aria-current={h === search.hours ? "true" : undefined}>
              {t(`hours.${h}`)}
            </Link>
          ))}
        </div>
        <details className="relative text-sm">
          <summary className="inline-flex cursor-pointer items-center gap-1 rounded-md bg-white px-2.5 py-1 font-medium text-gray-700 ring-1 ring-gray-200 hover:bg-gray-50">
            <Icon name="download" className="h-4 w-4" /> {t("export.label")}
          </summary>
          <ul className="absolute z-10 mt-1 w-48 rounded-md bg-white p-1 shadow-lg ring-1 ring-gray-200">
            {(["week", "agent", "channel", "market", "none"] as const).map((g) => (
              <li key={g}>
                <a href={exportHref(g)} className="block rounded px-2 py-1 text-gray-700 hover:bg-gray-50" download>
                  {t(`export.${g}`)}
                </a>
              </li>
            ))}
          </ul>
        </details>
      </nav>
      <p className="-mt-3 mb-5 text-xs text-gray-500">
        {t("range.note", { zone: workspace.timezone, target: f.duration(workspace.slaTargetSeconds) })}
        {data.range.rawRanges.some((r) => r.to > r.from && view.weeks.includes(r.from)) && ` ${t("range.updating")}`}
      </p>
      <section className="mb-6" aria-label={t("kpi.label")}>
        <Suspense fallback={<CardSkeleton />}>
          <KpiCards view={view} />
        </Suspense>
      </section>
      <div className="mb-6">
        <Suspense fallback={<ChartSkeleton />}>
          <TrendCard view={view} />
        </Suspense>
      </div>
      <div className="mb-6">
        <Suspense fallback={<TableSkeleton />}>
          <GroupCard view={view} kind="agents" />
        </Suspense>
      </div>
      <div className="mb-6">
        <Suspense fallback={<TableSkeleton />}>
          <GroupCard view={view} kind="channels" />
        </Suspense>
      </div>
      <div className="mb-6">
        <Suspense fallback={<TableSkeleton />}>
          <GroupCard view={view} kind="markets" />
        </Suspense>
      </div>
      <div className="mb-6">
        <Suspense fallback={<ChartSkeleton />}>
          <HeatmapCard view={view} />
        </Suspense>
      </div>
      <div className="mb-6">
        <Suspense fallback={<ChartSkeleton />}>
          <BandCard view={view} />
        </Suspense>
      </div>
      <SlaDefinitions targetSeconds={workspace.slaTargetSeconds} zone={workspace.timezone} />
    </>
  );
}

async function SlaDefinitions({ targetSeconds, zone }: { targetSeconds: number; zone: string }) {
  const [t, f] = await Promise.all([getTranslations("sla.definitions"), getFormatters()]);
  const values = { target: f.duration(targetSeconds), zone };
  const items = ["clock", "business", "percentiles", "breach", "credit", "conversion", "weeks"] as const;
  return (
    <section className="rounded-tremor-default border border-tremor-border bg-white p-5 shadow-tremor-card">
      <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
      <dl className="mt-3 grid gap-x-8 gap-y-3 text-sm md:grid-cols-2">
        {items.map((item) => (
          <div key={item}>
            <dt className="font-medium text-gray-800">{t(`${item}.label`)}</dt>
            <dd className="mt-0.5 text-gray-500">{t(`${item}.help`, values)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
