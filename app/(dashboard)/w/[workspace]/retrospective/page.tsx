import { Card } from "@tremor/react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { getDataWeeks } from "@/db/queries/overview";
import { EmptyState } from "@/app/_components/empty-state";
import { Icon } from "@/app/_components/icons";
import { workspaceHref } from "@/app/_components/nav";
import { PageHeader } from "@/app/_components/page-header";
import { PrintButton } from "@/app/_components/print-button";
import { CardSkeleton, TableSkeleton } from "@/app/_components/skeletons";
import { isoWeekName, mondayOf, todayIn } from "@/lib/time/weeks";
import { getFormatters } from "@/app/_server/format";
import { getRuntime } from "@/app/_server/runtime";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { WeekNavigator } from "../_components/week-navigator";
import { NotesAndActions } from "./_components/notes-actions";
import { loadTopicsDocument } from "./_components/retro-data";
import { TopicDrilldown } from "./_components/topic-drilldown";
import { topicName } from "./_components/topic-label";
import { TopicsTable } from "./_components/topics-table";
import { parseRetroSearchParams } from "./search-params";

export async function generateMetadata() {
  const t = await getTranslations("retro");
  return { title: t("title") };
}

const actionClass =
  "inline-flex items-center gap-1.5 rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-700 shadow-sm hover:bg-gray-50";

export default async function RetrospectivePage(props: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: workspaceId } = await props.params;
  const access = await requireWorkspaceRole(workspaceId, "view");
  const { workspace } = access;
  const { weekStart: requested, topic: selected } = parseRetroSearchParams(await props.searchParams);
  const { db } = await getRuntime();
  const [t, f, dataWeeks] = await Promise.all([
    getTranslations("retro"),
    getFormatters(),
    getDataWeeks(db, { workspaceId: workspace.id, timeZone: workspace.timezone }),
  ]);
  const base = workspaceHref(workspace.id, "/retrospective");
  if (dataWeeks.latest === null) {
    return (
      <>
        <PageHeader title={t("title")} description={t("description", { workspace: workspace.name })} />
        <EmptyState title={t("empty.title")}>
          <p>{t("empty.body")}</p>
          <Link href={workspaceHref(workspace.id, "/imports")} className="mt-4 inline-block rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500">
            {t("empty.action")}
          </Link>
        </EmptyState>
      </>
    );
  }

  const weekStart = requested ?? dataWeeks.lastFullWeek ?? mondayOf(todayIn(workspace.timezone));
  const week = isoWeekName(weekStart);
  const doc = await loadTopicsDocument(workspace, weekStart);
  const names = await Promise.all(doc.topics.map(async (topic) => ({ id: topic.id, name: await topicName(topic) })));
  const open = selected ? doc.topics.find((topic) => topic.id === selected) : undefined;
  const weekHref = `${base}?week=${week}`;
  const emerging = doc.topics.filter((topic) => topic.emerging).length;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { workspace: workspace.name })}
        actions={
          <div className="flex flex-wrap gap-2 print:hidden" role="group" aria-label={t("export.label")}>
            <a href={`${base}/export.md?week=${week}`} download className={actionClass}>
              <Icon name="download" className="h-4 w-4" />
              {t("export.markdown")}
            </a>
            <a href={`${base}/export.csv?week=${week}`} download className={actionClass}>
              <Icon name="download" className="h-4 w-4" />
              {t("export.csv")}
            </a>
            <PrintButton label={t("export.print")} className={actionClass} />
          </div>
        }
      />
      <div className="print:hidden">
        <WeekNavigator basePath={base} weekStart={weekStart} latestWeekStart={dataWeeks.latest} lastDataDay={dataWeeks.lastDay} timeZone={workspace.timezone} />
      </div>
      <p className="mb-4 hidden text-sm font-semibold text-gray-900 print:block">{week}</p>
      {doc.pending > 0 && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {t("pending", { count: doc.pending })}
        </p>
      )}

      <section className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4" aria-label={t("summary.negative")}>
        <Figure label={t("summary.negative")} value={f.number(doc.negative_documents)} help={t("summary.negativeHelp", { threshold: workspace.negativeRatingThreshold })} />
        <Figure label={t("summary.topics")} value={f.number(doc.topics.filter((x) => x.count > 0).length)} />
        <Figure label={t("summary.emerging")} value={f.number(emerging)} accent={emerging > 0} />
        <Figure
          label={t("summary.unassigned")}
          value={f.number(doc.unassigned)}
          help={`${t("summary.unassignedHelp", { share: f.percent(doc.negative_documents > 0 ? doc.unassigned / doc.negative_documents : 0) })} ${t("summary.withoutText", { count: doc.without_text })}`}
        />
      </section>

      <div className="mb-6">
        <TopicsTable doc={doc} basePath={weekHref} selected={open?.id ?? null} />
      </div>

      {open && (
        <div className="mb-6">
          <Suspense key={`${week}/${open.id}`} fallback={<TableSkeleton rows={8} />}>
            <TopicDrilldown workspace={workspace} weekStart={weekStart} topic={open} closeHref={weekHref} />
          </Suspense>
        </div>
      )}

      <div className="mb-6">
        <Suspense fallback={<CardSkeleton lines={4} />}>
          <NotesAndActions workspace={workspace} weekStart={weekStart} topics={names} writer={access.can("retro.notes") ? access.user : null} />
        </Suspense>
      </div>

      <Card className="p-5 print:hidden">
        <h2 className="text-sm font-semibold text-gray-900">{t("definitions.title")}</h2>
        <ul className="mt-3 grid gap-x-8 gap-y-3 text-sm md:grid-cols-2">
          {(["documents", "topics", "change", "trailing", "emerging", "sentiment"] as const).map((key) => (
            <li key={key} className="text-gray-600">
              {t(`definitions.${key}`, { threshold: workspace.negativeRatingThreshold, zone: workspace.timezone })}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}

function Figure({ label, value, help, accent = false }: { label: string; value: string; help?: string; accent?: boolean }) {
  return (
    <Card className="p-4" decoration="top" decorationColor={accent ? "rose" : "indigo"}>
      <h3 className="text-xs font-medium text-gray-600">{label}</h3>
      <p className={`mt-1 text-2xl font-semibold tabular-nums ${accent ? "text-rose-700" : "text-gray-900"}`}>{value}</p>
      {help && <p className="mt-1 text-xs text-gray-500">{help}</p>}
    </Card>
  );
}
