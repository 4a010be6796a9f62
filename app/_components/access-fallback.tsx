import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "./empty-state";

/** What the dashboard shows, in its frame, for a page that is not there or not allowed. */
export async function AccessFallback({ messages }: { messages: "notFound" | "forbidden" }) {
  const t = await getTranslations(messages);
  return (
    <EmptyState title={t("title")} icon="info">
      <p>{t("body")}</p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-indigo-600 hover:text-indigo-500">
        {t("home")}
      </Link>
    </EmptyState>
  );
}
