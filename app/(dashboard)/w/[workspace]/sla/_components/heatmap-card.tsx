import { Card } from "@tremor/react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { workspaceHref } from "@/app/_components/nav";
import type { HeatmapCell } from "@/db/queries/first-response";
import { drillQuery } from "../search-params";
import { loadSla, type SlaView } from "./sla-data";

/** Cells with fewer conversations than this are shown pale: their rate says little. */
const MIN_CELL_CONVERSATIONS = 5;

/**
 * Breach rate by hour of the week, in the buyer's local time (from the market) beside the team's
 * own zone: the hours where buyers write while the team sleeps light up on the left.
 */
export async function HeatmapCard({ view }: { view: SlaView }) {
  const [t, data] = await Promise.all([getTranslations("sla.heatmap"), loadSla(view.workspace, view.from, view.to, view.hours)]);
  const buyers = data.heatmap.filter((c) => c.zone === "buyer");
  const unknown = data.overall ? data.overall.totals.conversations - buyers.reduce((s, c) => s + c.conversations, 0) : 0;
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
      <p className="mt-1 text-xs text-gray-500">{t("description", { zone: view.workspace.timezone })}</p>
      <div className="mt-4 grid gap-6 xl:grid-cols-2">
        <Grid view={view} zone="buyer" title={t("buyer")} cells={buyers} />
        <Grid view={view} zone="team" title={t("team", { zone: view.workspace.timezone })} cells={data.heatmap.filter((c) => c.zone === "team")} />
      </div>
      <p className="mt-3 text-xs text-gray-500">
        {t("legend", { min: MIN_CELL_CONVERSATIONS })}
        {unknown > 0 && ` ${t("unknownMarkets", { count: unknown })}`}
      </p>
    </Card>
  );
}

async function Grid({ view, zone, title, cells }: { view: SlaView; zone: "team" | "buyer"; title: string; cells: HeatmapCell[] }) {
  const [t, format] = await Promise.all([getTranslations("sla.heatmap"), getFormatter()]);
  const byHour = new Map(cells.map((c) => [c.hour, c]));
  const base = workspaceHref(view.workspace.id, "/sla/conversations");
  const days = t("days").split(",");
  return (
    <figure>
      <figcaption className="mb-2 text-xs font-medium text-gray-700">{title}</figcaption>
      <div className="overflow-x-auto">
        <table className="border-separate border-spacing-0.5 text-[10px]" aria-label={title}>
          <thead>
            <tr>
              <th scope="col" className="sr-only">{t("day")}</th>
              {Array.from({ length: 24 }, (_, h) => (
                <th key={h} scope="col" className="w-5 font-normal text-gray-400">{h % 3 === 0 ? h : ""}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day, d) => (
              <tr key={day}>
                <th scope="row" className="pr-1 text-right font-normal text-gray-500">{day}</th>
                {Array.from({ length: 24 }, (_, h) => {
                  const cell = byHour.get(d * 24 + h);
                  const rate = cell && cell.conversations > 0 ? cell.breaches / cell.conversations : null;
                  const pale = !cell || cell.conversations < MIN_CELL_CONVERSATIONS;
                  const label = cell
                    ? t("cell", { day, hour: h, rate: format.number(rate ?? 0, { style: "percent", maximumFractionDigits: 0 }), breaches: cell.breaches, conversations: cell.conversations })
                    : t("emptyCell", { day, hour: h });
                  const style = { backgroundColor: rate === null ? "#f3f4f6" : `rgba(225, 29, 72, ${pale ? 0.08 + rate * 0.15 : 0.1 + rate * 0.9})` };
                  return (
                    <td key={h} className="h-5 w-5 rounded-sm p-0" style={style} title={label}>
                      {cell ? (
                        <Link
                          href={`${base}?${drillQuery({ from: view.from, to: view.to, hours: view.hours }, { zone, hour: d * 24 + h, breached: "1" })}`}
                          className="block h-5 w-5"
                          aria-label={label}
                        />
                      ) : (
                        <span className="sr-only">{label}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
