import { Card } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { BandConversionChart } from "@/app/_components/charts/band-conversion-chart";
import { workspaceHref } from "@/app/_components/nav";
import { getFormatters } from "@/app/_server/format";
import { BAND_COUNT } from "@/lib/metrics/frt";
import { drillQuery } from "../search-params";
import { loadSla, type SlaView } from "./sla-data";

/** Conversion rate by how long the buyer waited for the first reply, on this workspace's own data. */
export async function BandCard({ view }: { view: SlaView }) {
  const [t, f, data] = await Promise.all([getTranslations("sla.bands"), getFormatters(), loadSla(view.workspace, view.from, view.to, view.hours)]);
  const bands = data.overall?.totals.bands ?? [];
  const base = workspaceHref(view.workspace.id, "/sla/conversations");
  const rows = Array.from({ length: BAND_COUNT }, (_, band) => {
    const [conversations, converted] = bands[band] ?? [0, 0];
    return {
      band,
      label: t(`names.${band}` as "names.0"),
      conversations,
      converted,
      rate: conversations > 0 ? converted / conversations : null,
      href: `${base}?${drillQuery({ from: view.from, to: view.to, hours: view.hours }, { band })}`,
    };
  });
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
      <p className="mt-1 text-xs text-gray-500">{t("description")}</p>
      <BandConversionChart points={rows.map((r) => ({ label: r.label, rate: r.rate === null ? null : r.rate * 100 }))} series={t("rate")} />
      <table className="mt-3 w-full text-xs">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b border-gray-200 text-gray-500">
            <th scope="col" className="py-1 text-left font-medium">{t("wait")}</th>
            <th scope="col" className="py-1 text-right font-medium">{t("conversations")}</th>
            <th scope="col" className="py-1 text-right font-medium">{t("converted")}</th>
            <th scope="col" className="py-1 text-right font-medium">{t("rate")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.band} className="border-b border-gray-100 last:border-0">
              <th scope="row" className="py-1 text-left font-normal text-gray-700">{r.label}</th>
              <td className="py-1 text-right tabular-nums">
                {r.conversations > 0 ? <a href={r.href} className="text-indigo-700 hover:underline">{f.number(r.conversations)}</a> : "0"}
              </td>
              <td className="py-1 text-right tabular-nums">{f.number(r.converted)}</td>
              <td className="py-1 text-right tabular-nums">{r.rate === null ? "—" : f.percent(r.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
