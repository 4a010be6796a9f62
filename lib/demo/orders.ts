import type { OrderRecord } from "../ingest/records";
import type { Buyer } from "./buyers";
import { DAY_MS, wholeSeconds, type ZoneClock } from "./clock";
import type { Random } from "./random";
import type { Product } from "./vocabulary/products";

/** When an order reaches its buyer: handling in the warehouse, then transit from China. */
export interface Delivery {
  /** From placing the order to delivery, in ms. */
  totalMs: number;
  /** The latest day quoted to the buyer, from placing the order, in ms. */
  quotedMs: number;
}

export function planDelivery(buyer: Buyer, rng: Random): Delivery {
  const handlingMs = rng.between(0.5, 3) * DAY_MS;
  const transitMs = rng.lognormal(buyer.market.transitDays, 0.35) * DAY_MS;
  return { totalMs: wholeSeconds(handlingMs + transitMs), quotedMs: buyer.market.quotedDays[1] * DAY_MS };
}

export interface OrderFacts {
  id: string;
  buyer: Buyer;
  product: Product;
  placedMs: number;
  delivery: Delivery;
  /** When the export was taken: deliveries after it have not happened yet. */
  snapshotMs: number;
  /** Orders the generator has a review for were certainly delivered, never cancelled. */
  delivered?: boolean;
}

const CANCELLED_SHARE = 0.03;
const REFUNDED_SHARE = 0.04;

/** Placed in the buyer's local time; delivery times in UTC, as a carrier feed reports them. */
export function orderRecord(facts: OrderFacts, clock: ZoneClock, rng: Random): OrderRecord {
  const { buyer, product, placedMs, delivery } = facts;
  const quantity = rng.weighted([[1, 80], [2, 15], [3, 5]] as const);
  const amount = Math.round(product.usdPrice * quantity * buyer.market.perUsd * rng.between(0.92, 1.08) * 100) / 100;
  const order: OrderRecord = {
    type: "order",
    id: facts.id,
    buyer_id: buyer.id,
    placed_at: clock.local(placedMs, buyer.market.timeZone),
    amount,
    currency: buyer.market.currency,
    market: buyer.market.code,
    status: "processing",
    estimated_delivery_at: clock.utc(placedMs + delivery.quotedMs),
  };
  const deliveredMs = placedMs + delivery.totalMs;
  if (!facts.delivered && rng.chance(CANCELLED_SHARE)) {
    order.status = "cancelled";
    delete order.estimated_delivery_at;
  } else if (facts.delivered || deliveredMs <= facts.snapshotMs) {
    order.status = rng.chance(REFUNDED_SHARE) ? "refunded" : "delivered";
    order.delivered_at = clock.utc(deliveredMs);
  } else if (placedMs + 2 * DAY_MS <= facts.snapshotMs) {
    order.status = "shipped";
  }
  return order;
}
