import { getTranslations } from "next-intl/server";

/** The range of days as a plain GET form, so the URL says what is shown. */
export async function RangeForm({ from, to }: { from: string; to: string }) {
  const t = await getTranslations("templates.range");
  return (
    <form method="get" className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-2 text-gray-600">
        {t("label")}
        <input type="date" name="from" defaultValue={from} className="rounded-md border-gray-300 py-1 text-sm" />
      </label>
      <label className="flex items-center gap-2 text-gray-600">
        {t("to")}
        <input type="date" name="to" defaultValue={to} className="rounded-md border-gray-300 py-1 text-sm" />
      </label>
      <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500">
        {t("apply")}
      </button>
    </form>
  );
}
