import { Card, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UsesSparkline } from "@/app/_components/charts/uses-sparkline";
import { workspaceHref } from "@/app/_components/nav";
import { addWeeks, mondayOf } from "@/lib/time/weeks";
import { getFormatters } from "@/app/_server/format";
import { FOREST_AXIS } from "./forest-bar";
import { LiftCell } from "./lift-cell";
import type { TemplatesPageData } from "./page-data";
import { scenarioKey } from "./scenario";
import { VerdictBadge } from "./verdict-badge";

/** Verdicts first by what needs doing, then by lift. */
const VERDICT_ORDER = { keep: 0, neutral: 1, prune: 2, insufficient_data: 3 } as const;

export async function RankedTable({
  data,
  workspaceId,
  range,
}: {
  data: TemplatesPageData;
  workspaceId: string;
  range: { from: string; to: string };
}) {
  const [t, tScenarios, f] = await Promise.all([getTranslations("templates.ranked"), getTranslations("templates.scenarios"), getFormatters()]);
  const weeks: string[] = [];
  for (let w = mondayOf(range.from); w <= range.to; w = addWeeks(w, 1)) weeks.push(w);
  const usesByVersion = new Map<number, Map<string, number>>();
  for (const w of data.weekly) {
    const m = usesByVersion.get(w.versionId) ?? new Map<string, number>();
    m.set(w.week, w.conversations);
    usesByVersion.set(w.versionId, m);
  }
  const unused = data.rows.filter((r) => r.uses === 0);
  const rows = data.rows.filter((r) => r.uses > 0).sort(
    (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || (b.lift ?? -Infinity) - (a.lift ?? -Infinity) || b.uses - a.uses,
  );

  return (
    <Card className="p-0">
      <div className="px-5 pt-5">
        <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
        <p className="mt-1 max-w-4xl text-xs text-gray-500">{t("description")}</p>
      </div>
      <Table className="mt-3">
        <TableHead>
          <TableRow className="text-xs">
            <TableHeaderCell className="px-2 py-3 pl-5">{t("columns.template")}</TableHeaderCell>
            <TableHeaderCell className="px-2 py-3 text-right">{t("columns.uses")}</TableHeaderCell>
            <TableHeaderCell className="px-2 py-3 text-right">{t("columns.conversion")}</TableHeaderCell>
            <TableHeaderCell className="px-2 py-3 text-right">{t("columns.baseline")}</TableHeaderCell>
            <TableHeaderCell className="px-2 py-3">
              <div>{t("columns.lift")}</div>
              <div className="mt-0.5 font-normal text-gray-400">{t("axis", { low: f.signedPercent(FOREST_AXIS.low), high: f.signedPercent(FOREST_AXIS.high) })}</div>
            </TableHeaderCell>
            <TableHeaderCell className="px-2 py-3 text-right">{t("columns.q")}</TableHeaderCell>
            <TableHeaderCell className="px-2 py-3">{t("columns.verdict")}</TableHeaderCell>
            <TableHeaderCell className="px-2 py-3 pr-5">{t("columns.trend")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const templateId = data.templateIdOf.get(row.template_id);
            const uses = usesByVersion.get(row.versionId);
            return (
              <TableRow key={`${row.template_id}:${row.version}`} className="text-xs" data-template={row.template_id} data-verdict={row.verdict}>
                <TableCell className="max-w-[16rem] px-2 py-2 pl-5 whitespace-normal">
                  {templateId ? (
                    <Link href={workspaceHref(workspaceId, `/templates/library/${templateId}`)} className="font-medium text-gray-900 hover:text-indigo-600">
                      {row.name}
                    </Link>
                  ) : (
                    <span className="font-medium text-gray-900">{row.name}</span>
                  )}
                  <div className="mt-0.5 text-gray-500">
                    {tScenarios(scenarioKey(row.scenario))} · {t("version", { version: row.version })}
                    {row.archived && ` · ${t("archived")}`}
                  </div>
                </TableCell>
                <TableCell className="px-2 py-2 text-right tabular-nums">{f.number(row.uses)}</TableCell>
                <TableCell className="px-2 py-2 text-right tabular-nums">{row.conversion_rate === null ? "—" : f.percent(row.conversion_rate)}</TableCell>
                <TableCell className="px-2 py-2 text-right tabular-nums">{row.baseline_rate === null ? "—" : f.percent(row.baseline_rate)}</TableCell>
                <TableCell className="px-2 py-2">
                  <LiftCell lift={row.lift} low={row.ci_low} high={row.ci_high} />
                </TableCell>
                <TableCell className="px-2 py-2 text-right tabular-nums">{row.q_value === null ? "—" : f.decimal(row.q_value, 3)}</TableCell>
                <TableCell className="px-2 py-2">
                  <VerdictBadge verdict={row.verdict} />
                </TableCell>
                <TableCell className="px-2 py-2 pr-5">
                  <UsesSparkline
                    points={weeks.map((week) => ({ week, uses: uses?.get(week) ?? 0 }))}
                    ariaLabel={`${t("columns.trend")}: ${weeks.map((w) => uses?.get(w) ?? 0).join(", ")}`}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {unused.length > 0 && (
        <p className="border-t border-gray-100 px-5 py-3 text-xs text-gray-500" data-unused-in-range={unused.length}>
          {t("unusedInRange", { count: unused.length, names: unused.map((r) => r.name).join(", ") })}
        </p>
      )}
    </Card>
  );
}
