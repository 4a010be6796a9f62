"use client";

import { useTranslations } from "next-intl";
import { EmptyState } from "../_components/empty-state";

/** A page that failed to render: say so plainly and offer to try again (details are in the server log). */
export default function DashboardError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <EmptyState title={t("pageTitle")} icon="info">
      <p>{t("pageBody")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500"
      >
        {t("retry")}
      </button>
    </EmptyState>
  );
}
