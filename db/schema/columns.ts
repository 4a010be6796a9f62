import { customType, timestamp } from "drizzle-orm/pg-core";

/** created/updated stamps every mutable table carries. */
export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/** Raw bytes; only raw SQL reads and writes them, so no conversion is declared. */
export const bytea = customType<{ data: Uint8Array }>({ dataType: () => "bytea" });
