import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { durationParts } from "../_lib/duration";

/** Locale-aware formatters for server components; dates always take the workspace's zone. */
export async function getFormatters() {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("units")]);
  return {
    number: (value: number) => format.number(value, { maximumFractionDigits: 0 }),
    decimal: (value: number, digits = 1) =>
      format.number(value, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    percent: (ratio: number) => format.number(ratio, { style: "percent", maximumFractionDigits: 1 }),
    /** A relative change with its sign, e.g. "+25%" or "−8.3%". */
    signedPercent: (ratio: number) => format.number(ratio, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }),
    duration: (seconds: number) => {
      const p = durationParts(seconds);
      switch (p.unit) {
        case "seconds":
          return t("seconds", { s: p.s });
        case "minutes":
          return p.s === 0 ? t("minutesOnly", { m: p.m }) : t("minutes", { m: p.m, s: p.s });
        case "hours":
          return p.m === 0 ? t("hoursOnly", { h: p.h }) : t("hours", { h: p.h, m: p.m });
        case "days":
          return p.h === 0 ? t("daysOnly", { d: p.d }) : t("days", { d: p.d, h: p.h });
      }
    },
    /** Date and time in `timeZone`, e.g. "Nov 23, 2026, 14:05". */
    dateTime: (value: Date, timeZone: string) =>
      format.dateTime(value, { dateStyle: "medium", timeStyle: "short", timeZone }),
    /** Month, day and time in `timeZone`, for tables, e.g. "Nov 23, 14:05". */
    compactDateTime: (value: Date, timeZone: string) =>
      format.dateTime(value, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }),
    /** A calendar date (a UTC midnight from app/_lib/weeks.ts), e.g. "Nov 23, 2026". */
    calendarDate: (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" }),
    calendarRange: (start: Date, end: Date) => format.dateTimeRange(start, end, { dateStyle: "medium", timeZone: "UTC" }),
    shortDate: (value: Date) => format.dateTime(value, { month: "short", day: "numeric", timeZone: "UTC" }),
    relativeTime: (value: Date, now: Date) => format.relativeTime(value, now),
  };
}

export type Formatters = Awaited<ReturnType<typeof getFormatters>>;
