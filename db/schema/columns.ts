import { timestamp } from "drizzle-orm/pg-core";

/** created/updated stamps every mutable table carries. */
export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};
