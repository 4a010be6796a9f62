import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icons";
import { getFormatters } from "@/app/_server/format";
import { addDays, addWeeks, isoWeekName, parseDate } from "@/lib/time/weeks";

/** "‹ previous · week 48, 23-29 Nov 2026 · next ›", as links that keep the page's other state. */
export async function WeekNavigator({
  basePath,
  weekStart,
  latestWeekStart,
  lastDataDay,
  timeZone,
}: {
  basePath: string;
  weekStart: string;
  /** The latest week with data: "next" stops there, and "latest" leads back to it. */
  latestWeekStart: string | null;
  /** Local date of the latest data: a week it ends in is only partly covered. */
  lastDataDay: string | null;
  timeZone: string;
}) {
  const [t, f] = await Promise.all([getTranslations("overview.week"), getFormatters()]);
  const previous = addWeeks(weekStart, -1);
  const next = addWeeks(weekStart, 1);
  const hasNext = latestWeekStart !== null && next <= latestWeekStart;
  const start = parseDate(weekStart) as Date;
  const end = parseDate(addDays(weekStart, 6)) as Date;
  const isoWeek = isoWeekName(weekStart);
  const sunday = addDays(weekStart, 6);
  const partial = lastDataDay !== null && lastDataDay >= weekStart && lastDataDay < sunday;
  const href = (monday: string) => `${basePath}?week=${isoWeekName(monday)}`;
  const linkClass =
    "inline-flex items-center gap-1 rounded-md border border-gray-200 bg-white px-2.5 py-1.5 text-sm font-medium text-gray-700 shadow-sm hover:bg-gray-50";

  return (
    <nav aria-label={t("label")} className="mb-5 flex flex-wrap items-center gap-3">
      <Link href={href(previous)} className={linkClass} rel="prev">
        <Icon name="chevronLeft" className="h-4 w-4" />
        {t("previous")}
      </Link>
      <div className="min-w-0 px-1">
        <p className="text-sm font-semibold text-gray-900">
          {t("name", { week: isoWeek, year: isoWeek.slice(0, 4), number: Number(isoWeek.slice(6)) })}
          <span className="font-normal text-gray-500"> · {f.calendarRange(start, end)}</span>
        </p>
        <p className="text-xs text-gray-500">
          {t("timeZone", { zone: timeZone })}
          {partial && lastDataDay && (
            <span className="ml-2 rounded bg-amber-50 px-1.5 py-0.5 text-amber-800">
              {t("partial", { date: f.calendarDate(parseDate(lastDataDay) as Date) })}
            </span>
          )}
        </p>
      </div>
      {hasNext ? (
        <Link href={href(next)} className={linkClass} rel="next">
          {t("next")}
          <Icon name="chevronRight" className="h-4 w-4" />
        </Link>
      ) : (
        <span className={`${linkClass} cursor-not-allowed opacity-50`} aria-disabled="true">
          {t("next")}
          <Icon name="chevronRight" className="h-4 w-4" />
        </span>
      )}
      {latestWeekStart && latestWeekStart !== weekStart && (
        <Link href={href(latestWeekStart)} className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
          {t("latest")}
        </Link>
      )}
    </nav>
  );
}
