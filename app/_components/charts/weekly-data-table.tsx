import type { ReactNode } from "react";

/**
 * A weekly chart's numbers as a table only screen readers see: one row per week (its ISO name and
 * axis label), one column per series.
 */
export function WeeklyDataTable<P extends { isoWeek: string; label: string }>({
  caption,
  weekHeading,
  columns,
  points,
}: {
  caption?: string;
  weekHeading: string;
  columns: { heading: string; cell: (point: P) => ReactNode }[];
  points: readonly P[];
}) {
  return (
    <table className="sr-only">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{weekHeading}</th>
          {columns.map((c) => (
            <th key={c.heading} scope="col">
              {c.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.isoWeek}>
            <th scope="row">{`${p.isoWeek} (${p.label})`}</th>
            {columns.map((c) => (
              <td key={c.heading}>{c.cell(p)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
