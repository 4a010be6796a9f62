import { formatWithOffset, parseLocalDateTime } from "../../time/zone";
import { readCsvObjects } from "../canonical-csv";
import { asRaw, type RawItem, rejected } from "../items";
import { validateRecord } from "../records";

/** Olist exports write Brazil local time without an offset; the marketplace is run from São Paulo. */
export const OLIST_TIME_ZONE = "America/Sao_Paulo";

export type OlistType = "review" | "order";

type Mapped = { record: Record<string, unknown> } | { field: string; reason: string };

/**
 * The Olist (Brazilian e-commerce) reviews and orders CSVs. A review belongs to its order through
 * `order_id`, and through the order to its buyer.
 */
export async function* readOlist(
  source: AsyncIterable<Uint8Array>,
  type: OlistType,
  maxRecordBytes: number,
): AsyncGenerator<RawItem> {
  const map = type === "review" ? mapReview : mapOrder;
  for await (const row of readCsvObjects(source, maxRecordBytes)) {
    if ("error" in row) {
      yield rejected(row.row, { field: null, reason: row.error }, row.raw());
      continue;
    }
    const mapped = map(row.values);
    if ("reason" in mapped) {
      yield rejected(row.row, mapped, row.raw());
      continue;
    }
    const checked = validateRecord(mapped.record);
    yield checked.ok ? asRaw({ position: row.row, record: checked.record }) : rejected(row.row, checked, row.raw());
  }
}

function mapReview(v: Record<string, string>): Mapped {
  const createdAt = brazilTime(v, "review_creation_date");
  if (typeof createdAt === "object") return createdAt;
  return {
    record: {
      type: "review",
      id: v.review_id,
      order_id: v.order_id || undefined,
      rating: Number(v.review_score),
      title: v.review_comment_title || undefined,
      text: v.review_comment_message ?? "",
      created_at: createdAt,
      market: "BR",
      language: "pt",
      source: "olist",
      attrs: optionalAttrs({ review_answer_timestamp: localAsIso(v.review_answer_timestamp) }),
    },
  };
}

function mapOrder(v: Record<string, string>): Mapped {
  const placedAt = brazilTime(v, "order_purchase_timestamp");
  if (typeof placedAt === "object") return placedAt;
  const delivered = brazilTime(v, "order_delivered_customer_date", true);
  if (typeof delivered === "object") return delivered;
  const estimated = brazilTime(v, "order_estimated_delivery_date", true);
  if (typeof estimated === "object") return estimated;
  return {
    record: {
      type: "order",
      id: v.order_id,
      buyer_id: v.customer_id,
      placed_at: placedAt,
      status: v.order_status || undefined,
      market: "BR",
      currency: "BRL",
      delivered_at: delivered,
      estimated_delivery_at: estimated,
      attrs: optionalAttrs({
        approved_at: localAsIso(v.order_approved_at),
        delivered_carrier_at: localAsIso(v.order_delivered_carrier_date),
      }),
    },
  };
}

/** The column read as São Paulo time, as ISO 8601 with its offset; empty is allowed when `optional`. */
function brazilTime(
  v: Record<string, string>,
  column: string,
  optional = false,
): string | undefined | { field: string; reason: string } {
  const text = v[column]?.trim() ?? "";
  if (text === "") return optional ? undefined : { field: column, reason: `${column} is required` };
  const iso = localAsIso(text);
  return iso ?? { field: column, reason: `"${text}" is not a date-time like 2017-04-21 00:00:00` };
}

function localAsIso(text: string | undefined): string | undefined {
  if (!text?.trim()) return undefined;
  const ms = parseLocalDateTime(text, OLIST_TIME_ZONE);
  return ms === null ? undefined : formatWithOffset(ms, OLIST_TIME_ZONE);
}

function optionalAttrs(values: Record<string, string | undefined>): Record<string, string> | undefined {
  const kept = Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined);
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}
