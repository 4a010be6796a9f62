import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { type AppLocale, DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale } from "./locales";

/** The request's locale: the switcher's cookie, else the browser's languages, else English. */
export async function requestLocale(): Promise<AppLocale> {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

/**
 * next-intl without i18n routing (https://next-intl.dev/docs/getting-started/app-router/without-i18n-routing):
 * no `[locale]` segment, the locale is read per request. Dates are formatted with an explicit
 * `timeZone` (the workspace's) wherever they are shown; UTC is only the fallback.
 */
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "UTC" };
});
