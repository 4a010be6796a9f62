import { getTranslations } from "next-intl/server";
import { EmptyState } from "./empty-state";

/**
 * Shown instead of a page when the database cannot be opened: typically the embedded database is
 * held by another process (a CLI import) or DATABASE_URL points at a server that is down. The
 * message is ours (db/client.ts), never a stack trace.
 */
export async function DatabaseUnavailable({ message }: { message: string }) {
  const t = await getTranslations("errors");
  return (
    <EmptyState title={t("databaseTitle")} icon="info">
      <p>{t("databaseBody")}</p>
      <p className="mt-3 rounded-md bg-gray-100 px-3 py-2 text-left font-mono text-xs text-gray-700">{message}</p>
    </EmptyState>
  );
}
