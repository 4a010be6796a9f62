import {
  Badge,
  Card,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { QUEUE_NAMES } from "@/jobs/queues";
import { AutoRefresh } from "@/app/_components/auto-refresh";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { TableSkeleton } from "@/app/_components/skeletons";
import { getFormatters } from "@/app/_server/format";
import { requireInstanceAdmin } from "@/app/_server/auth";
import { getRuntime } from "@/app/_server/runtime";
import { retryFailedJob } from "./actions";
import { CardTableHead } from "@/app/_components/card-table-head";

/** Failed jobs listed per queue. */
const FAILED_LIMIT = 50;
/** The page refreshes itself this often, in milliseconds. */
const REFRESH_MS = 3_000;
const COUNTS = ["waiting", "active", "delayed", "failed", "completed"] as const;

export async function generateMetadata() {
  const t = await getTranslations("queues");
  return { title: t("title") };
}

export default async function QueuesPage() {
  await requireInstanceAdmin();
  const [t, { bus }] = await Promise.all([getTranslations("queues"), getRuntime()]);
  return (
    <>
      <AutoRefresh active intervalMs={REFRESH_MS} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Badge color={bus.mode === "redis" ? "emerald" : "blue"}>
            {bus.mode === "redis" ? t("mode.redis") : t("mode.inProcess")}
          </Badge>
        }
      />
      <p className="-mt-3 mb-6 max-w-3xl text-xs text-gray-500">
        {bus.mode === "redis" ? t("mode.redisHelp") : t("mode.inProcessHelp")}
      </p>
      <Suspense fallback={<TableSkeleton rows={2} />}>
        <QueueCounts />
      </Suspense>
      <div className="mt-6">
        <Suspense fallback={<TableSkeleton rows={3} />}>
          <FailedJobs />
        </Suspense>
      </div>
    </>
  );
}

async function QueueCounts() {
  const [t, f, { bus }] = await Promise.all([getTranslations("queues"), getFormatters(), getRuntime()]);
  const stats = await bus.stats();
  return (
    <Card className="p-0">
      <h2 className="px-5 pt-5 text-sm font-semibold text-gray-900">{t("countsTitle")}</h2>
      <Table className="mt-3">
        <CardTableHead
          columns={[{ label: t("columns.queue") }, ...COUNTS.map((c) => ({ label: t(`columns.${c}`), numeric: true })), { label: t("columns.status") }]}
        />
        <TableBody>
          {stats.map((s) => (
            <TableRow key={s.queue} className="text-sm">
              <TableCell className="pl-5 font-mono font-medium text-gray-900">{s.queue}</TableCell>
              {COUNTS.map((c) => (
                <TableCell key={c} className={`text-right tabular-nums ${c === "failed" && s.failed > 0 ? "font-semibold text-red-600" : ""}`}>
                  {f.number(s[c])}
                </TableCell>
              ))}
              <TableCell className="pr-5">
                <Badge color={s.paused ? "amber" : "emerald"} size="xs">
                  {s.paused ? t("paused") : t("running")}
                </Badge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

async function FailedJobs() {
  const [t, f, { bus }] = await Promise.all([getTranslations("queues"), getFormatters(), getRuntime()]);
  const failed = (await Promise.all(QUEUE_NAMES.map((q) => bus.failedJobs(q, FAILED_LIMIT)))).flat();
  const now = new Date();
  return (
    <Card className="p-0">
      <div className="px-5 pt-5">
        <h2 className="text-sm font-semibold text-gray-900">{t("failedTitle")}</h2>
        <p className="mt-1 text-xs text-gray-500">{t("failedDescription", { limit: FAILED_LIMIT })}</p>
      </div>
      {failed.length === 0 ? (
        <div className="p-5">
          <EmptyState title={t("noFailedTitle")}>{t("noFailedBody")}</EmptyState>
        </div>
      ) : (
        <Table className="mt-3">
          <CardTableHead
            columns={[{ label: t("columns.job") }, { label: t("columns.error") }, { label: t("columns.attempts"), numeric: true }, { label: t("columns.failedAt") }]}
            actions={t("columns.actions")}
          />
          <TableBody>
            {failed.map((job) => (
              <TableRow key={`${job.queue}:${job.id}`} className="align-top text-xs">
                <TableCell className="max-w-[18rem] pl-5">
                  <p className="font-mono font-medium text-gray-900">
                    {job.queue} · {job.name}
                  </p>
                  <p className="mt-0.5 truncate text-gray-500" title={job.id}>
                    {job.summary}
                  </p>
                </TableCell>
                <TableCell className="max-w-md whitespace-normal break-words text-red-700">{job.failedReason}</TableCell>
                <TableCell className="text-right tabular-nums">{f.number(job.attemptsMade)}</TableCell>
                <TableCell className="whitespace-nowrap">
                  {job.failedAt ? (
                    <time dateTime={new Date(job.failedAt).toISOString()} title={new Date(job.failedAt).toISOString()}>
                      {f.relativeTime(new Date(job.failedAt), now)}
                    </time>
                  ) : (
                    "—"
                  )}
                </TableCell>
                <TableCell className="pr-5 text-right">
                  <form action={retryFailedJob}>
                    <input type="hidden" name="queue" value={job.queue} />
                    <input type="hidden" name="id" value={job.id} />
                    <button
                      type="submit"
                      className="rounded-md border border-gray-300 bg-white px-2.5 py-1 text-xs font-medium text-gray-700 shadow-sm hover:bg-gray-50"
                      aria-label={t("retryLabel", { job: job.summary })}
                    >
                      {t("retry")}
                    </button>
                  </form>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
