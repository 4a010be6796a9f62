import { getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/app/_components/auto-refresh";
import { getFormatters } from "@/app/_server/format";
import type { DetectionRun } from "@/db/queries/template-runs";

/** How often the page refreshes while a re-detection runs, in milliseconds. */
const REFRESH_MS = 2_000;

export async function DetectionProgress({ run, timeZone }: { run: DetectionRun | null; timeZone: string }) {
  if (!run || run.state === "superseded") return null;
  const [t, f] = await Promise.all([getTranslations("templates.progress"), getFormatters()]);
  if (run.state === "done") {
    return <p className="mb-4 text-xs text-gray-500">{t("done", { when: f.dateTime(run.finishedAt ?? run.createdAt, timeZone) })}</p>;
  }
  if (run.state === "failed") {
    return <p className="mb-4 rounded-md bg-red-50 px-4 py-2 text-sm text-red-700">{t("failed", { error: run.error ?? "" })}</p>;
  }
  return (
    <div className="mb-4 rounded-md border border-indigo-100 bg-indigo-50 px-4 py-3" role="status" data-detection-run="running">
      <AutoRefresh active intervalMs={REFRESH_MS} />
      <p className="text-sm text-indigo-900">{t("running", { done: f.number(run.done), total: f.number(run.total) })}</p>
      <div className="mt-2 h-2 overflow-hidden rounded-full bg-indigo-100" aria-hidden="true">
        <div className="h-full rounded-full bg-indigo-500" style={{ width: `${run.total === 0 ? 0 : (100 * run.done) / run.total}%` }} />
      </div>
    </div>
  );
}
