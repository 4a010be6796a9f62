"use client";

import { Icon } from "./icons";

/** Opens the browser's print dialog; the page's print styles hide navigation and forms. */
export function PrintButton({ label, className }: { label: string; className: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={className}>
      <Icon name="print" className="h-4 w-4" />
      {label}
    </button>
  );
}
