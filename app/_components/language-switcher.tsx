import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "../_i18n/actions";
import { LOCALES } from "../_i18n/locales";
import { Icon } from "./icons";

/** Two buttons posting to a server action: works before hydration and without JavaScript. */
export async function LanguageSwitcher() {
  const [t, locale] = await Promise.all([getTranslations("language"), getLocale()]);
  return (
    <form action={setLocale} className="flex items-center gap-2">
      <Icon name="globe" className="h-4 w-4 text-gray-400" />
      <span className="sr-only">{t("label")}</span>
      <div role="group" aria-label={t("label")} className="inline-flex rounded-md border border-gray-200 bg-white p-0.5">
        {LOCALES.map((l) => (
          <button
            key={l}
            type="submit"
            name="locale"
            value={l}
            lang={l}
            aria-pressed={l === locale}
            className={`rounded px-2 py-0.5 text-xs font-medium ${
              l === locale ? "bg-indigo-600 text-white" : "text-gray-600 hover:bg-gray-100"
            }`}
          >
            {t(`names.${l}`)}
          </button>
        ))}
      </div>
    </form>
  );
}
