"use client";

import Link from "next/link";
import { useState } from "react";

export interface SortableCell {
  text: string;
  /** What the column sorts by; null sorts last. */
  sort: number | string | null;
  href?: string;
}

export interface SortableColumn {
  label: string;
  numeric: boolean;
  /** Shown as the header's tooltip: how the number is computed. */
  help?: string;
}

/**
 * A table whose columns sort on click (ascending, then descending). Cells arrive formatted from
 * the server with a raw value to sort by, so numbers keep the locale's formatting.
 */
export function SortableTable({
  caption,
  columns,
  rows,
  initialSort,
  sortLabel,
}: {
  caption: string;
  columns: SortableColumn[];
  rows: { id: string; cells: SortableCell[] }[];
  initialSort: { column: number; descending: boolean };
  sortLabel: { ascending: string; descending: string };
}) {
  const [sort, setSort] = useState(initialSort);
  const sorted = [...rows].sort((a, b) => {
    const x = a.cells[sort.column]?.sort ?? null;
    const y = b.cells[sort.column]?.sort ?? null;
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    const order = x < y ? -1 : 1;
    return sort.descending ? -order : order;
  });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-200 text-xs text-gray-500">
            {columns.map((c, i) => {
              const active = sort.column === i;
              return (
                <th key={c.label} scope="col" className={`px-3 py-2 font-medium ${c.numeric ? "text-right" : "text-left"}`} title={c.help}
                  aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}>
                  <button
                    type="button"
                    className={`inline-flex items-center gap-1 hover:text-gray-900 ${active ? "text-gray-900" : ""}`}
                    onClick={() => setSort({ column: i, descending: active ? !sort.descending : c.numeric })}
                  >
                    {c.label}
                    <span aria-hidden="true" className="text-[10px]">{active ? (sort.descending ? "▼" : "▲") : "↕"}</span>
                    {active && <span className="sr-only">{sort.descending ? sortLabel.descending : sortLabel.ascending}</span>}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.id} className="border-b border-gray-100 last:border-0 hover:bg-gray-50">
              {row.cells.map((cell, i) => (
                <td key={columns[i]?.label ?? i} className={`px-3 py-2 ${columns[i]?.numeric ? "whitespace-nowrap text-right tabular-nums" : "text-left"}`}>
                  {cell.href ? (
                    <Link href={cell.href} className="font-medium text-indigo-700 hover:underline">
                      {cell.text}
                    </Link>
                  ) : (
                    cell.text
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
