import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "../_components/empty-state";

/** A workspace or batch that does not exist, inside the dashboard's frame. */
export default async function DashboardNotFound() {
  const t = await getTranslations("notFound");
  return (
    <EmptyState title={t("title")} icon="info">
      <p>{t("body")}</p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-indigo-600 hover:text-indigo-500">
        {t("home")}
      </Link>
    </EmptyState>
  );
}
