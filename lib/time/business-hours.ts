import { z } from "zod";

/** ISO weekday numbers: 1 = Monday ... 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "time of day must be HH:MM (00:00-24:00)");

/** One working period of a day, e.g. 09:00-12:30; `end` is exclusive and may be 24:00. */
export const periodSchema = z
  .object({ start: hhmm, end: hhmm })
  .refine((p) => minutesOfDay(p.start) < minutesOfDay(p.end), "a period must end after it starts");
export type Period = z.infer<typeof periodSchema>;

/**
 * A weekly schedule: for each ISO weekday ("1" = Monday) the periods the team works, in the
 * workspace's time zone. Several periods a day express split shifts and lunch breaks.
 */
export const weeklyScheduleSchema = z.partialRecord(
  z.enum(["1", "2", "3", "4", "5", "6", "7"]),
  z.array(periodSchema),
);
export type WeeklySchedule = z.infer<typeof weeklyScheduleSchema>;

/** Monday to Friday, 09:00-18:00: what most support teams start from. */
export const DEFAULT_WEEKLY_SCHEDULE: WeeklySchedule = {
  "1": [{ start: "09:00", end: "18:00" }],
  "2": [{ start: "09:00", end: "18:00" }],
  "3": [{ start: "09:00", end: "18:00" }],
  "4": [{ start: "09:00", end: "18:00" }],
  "5": [{ start: "09:00", end: "18:00" }],
};

export function minutesOfDay(hhmmText: string): number {
  const [h, m] = hhmmText.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
