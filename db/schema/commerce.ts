import {
  bigint,
  index,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

/** High-volume tables without foreign keys: see conversations in support.ts for why. */
export const orders = pgTable(
  "orders",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: uuid().notNull(),
    sourceId: text().notNull(),
    buyerId: text().notNull(),
    placedAt: timestamp({ withTimezone: true }).notNull(),
    amount: numeric({ precision: 14, scale: 2 }),
    currency: text(),
    market: text(),
    status: text(),
    estimatedDeliveryAt: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
    attrs: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("orders_workspace_id_source_id_idx").on(t.workspaceId, t.sourceId),
    index("orders_workspace_id_buyer_id_placed_at_idx").on(t.workspaceId, t.buyerId, t.placedAt),
    index("orders_workspace_id_placed_at_idx").on(t.workspaceId, t.placedAt),
  ],
);

export const reviews = pgTable(
  "reviews",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: uuid().notNull(),
    sourceId: text().notNull(),
    rating: smallint().notNull(),
    text: text().notNull(),
    /** When the buyer wrote the review (the source's `created_at`), not when we stored it. */
    createdAt: timestamp({ withTimezone: true }).notNull(),
    source: text(),
    productId: text(),
    title: text(),
    buyerId: text(),
    /** The order's source id as sent; the order may arrive after the review. */
    orderSourceId: text(),
    market: text(),
    language: text(),
    attrs: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("reviews_workspace_id_source_id_idx").on(t.workspaceId, t.sourceId),
    index("reviews_workspace_id_created_at_idx").on(t.workspaceId, t.createdAt),
    index("reviews_workspace_id_order_source_id_idx").on(t.workspaceId, t.orderSourceId),
    index("reviews_workspace_id_product_id_idx").on(t.workspaceId, t.productId),
    // A buyer's reviews after a conversation: the second outcome of after-sales templates.
    index("reviews_workspace_id_buyer_id_created_at_idx").on(t.workspaceId, t.buyerId, t.createdAt),
  ],
);
