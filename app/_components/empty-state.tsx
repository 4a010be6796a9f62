import type { ReactNode } from "react";
import { Icon, type IconName } from "./icons";

export function EmptyState({
  title,
  children,
  icon = "inbox",
}: {
  title: ReactNode;
  children?: ReactNode;
  icon?: IconName;
}) {
  return (
    <div className="flex flex-col items-center rounded-lg border border-dashed border-gray-300 bg-white px-6 py-10 text-center">
      <Icon name={icon} className="h-8 w-8 text-gray-400" />
      <h2 className="mt-3 text-sm font-semibold text-gray-900">{title}</h2>
      {children && <div className="mt-2 max-w-xl text-sm text-gray-500">{children}</div>}
    </div>
  );
}

/** A command people copy into a terminal, shown as text. */
export function CommandLine({ children }: { children: string }) {
  return (
    <pre className="mt-3 overflow-x-auto rounded-md bg-gray-900 px-4 py-3 text-left text-xs text-gray-100">
      <code>{children}</code>
    </pre>
  );
}
