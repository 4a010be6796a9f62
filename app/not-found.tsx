import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3 px-6 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="text-xl font-semibold text-gray-900">{t("title")}</h1>
      <p className="max-w-md text-sm text-gray-500">{t("body")}</p>
      <Link href="/" className="mt-2 text-sm font-medium text-indigo-600 hover:text-indigo-500">
        {t("home")}
      </Link>
    </main>
  );
}
