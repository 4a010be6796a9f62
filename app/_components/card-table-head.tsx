import { TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import type { ReactNode } from "react";

export interface HeadColumn {
  label: ReactNode;
  /** Numbers line up on the right. */
  numeric?: boolean;
}

/**
 * The header row of a table that fills a card: the first and last cells indented to the card's
 * padding. `actions` names a last column of buttons for screen readers, without showing a title.
 */
export function CardTableHead({ columns, actions }: { columns: readonly HeadColumn[]; actions?: string }) {
  const cells = actions ? [...columns, { label: <span className="sr-only">{actions}</span> }] : columns;
  return (
    <TableHead>
      <TableRow className="text-xs">
        {cells.map((column, i) => (
          <TableHeaderCell
            key={i}
            className={[i === 0 && "pl-5", i === cells.length - 1 && "pr-5", "numeric" in column && column.numeric && "text-right"].filter(Boolean).join(" ") || undefined}
          >
            {column.label}
          </TableHeaderCell>
        ))}
      </TableRow>
    </TableHead>
  );
}
