import type { Random } from "./random";
import { PRODUCTS, type Product, type ProductKind } from "./vocabulary/products";

const BY_KIND = new Map<ProductKind, readonly Product[]>(
  (["clothing", "powered", "other"] as const).map((kind) => [kind, PRODUCTS.filter((p) => p.kind === kind)]),
);
const WITH_BATTERY = PRODUCTS.filter((p) => p.battery);

/** A product a question or complaint makes sense for: any of `kinds`, or any product at all. */
export function pickProduct(rng: Random, kinds?: readonly ProductKind[]): Product {
  if (!kinds) return rng.pick(PRODUCTS);
  const kind = rng.pick(kinds);
  return rng.pick(BY_KIND.get(kind) ?? PRODUCTS);
}

export function pickBatteryProduct(rng: Random): Product {
  return rng.pick(WITH_BATTERY);
}
