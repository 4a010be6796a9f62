/**
 * Conversion and attribution (../shared/spec/metrics.md): a conversation converts when the same
 * buyer places an order after its first buyer message and no later than the attribution window
 * after its last message. An order is credited to at most one conversation: the latest one before
 * it that qualifies.
 */
export interface BuyerConversation {
  id: number;
  /** Epoch ms of the first buyer message; conversations without one never convert. */
  firstBuyerAt: number | null;
  /** Epoch ms of the conversation's last message. */
  lastMessageAt: number | null;
}

export interface BuyerOrder {
  id: number;
  placedAt: number;
}

/**
 * Which order each of one buyer's conversations converted with. Returns conversation id → order
 * id for the converting conversations only. Ties (two conversations starting in the same
 * millisecond) go to the higher id, so the answer never depends on input order.
 */
export function attributeOrders(
  conversations: readonly BuyerConversation[],
  orders: readonly BuyerOrder[],
  windowMs: number,
): Map<number, number> {
  const candidates = conversations
    .filter((c): c is BuyerConversation & { firstBuyerAt: number; lastMessageAt: number } =>
      c.firstBuyerAt !== null && c.lastMessageAt !== null,
    )
    .sort((a, b) => b.firstBuyerAt - a.firstBuyerAt || b.id - a.id);
  const credited = new Map<number, number>();
  const sortedOrders = [...orders].sort((a, b) => a.placedAt - b.placedAt || a.id - b.id);
  for (const order of sortedOrders) {
    const winner = candidates.find(
      (c) => c.firstBuyerAt < order.placedAt && order.placedAt <= c.lastMessageAt + windowMs,
    );
    // Later orders credited to a conversation that already converted change nothing: it converted.
    if (winner && !credited.has(winner.id)) credited.set(winner.id, order.id);
  }
  return credited;
}
