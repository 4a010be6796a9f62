import { describe, expect, it } from "vitest";
import { attributeOrders, type BuyerConversation } from "./conversion";

const H = 3_600_000;
const conversation = (id: number, start: number, end = start + H): BuyerConversation => ({ id, firstBuyerAt: start, lastMessageAt: end });

describe("attributeOrders", () => {
  const window = 72 * H;

  it("credits an order inside the window after the conversation's last message", () => {
    expect(attributeOrders([conversation(1, 0, 2 * H)], [{ id: 10, placedAt: 2 * H + window }], window)).toEqual(new Map([[1, 10]]));
    expect(attributeOrders([conversation(1, 0, 2 * H)], [{ id: 10, placedAt: 2 * H + window + 1 }], window)).toEqual(new Map());
  });

  it("never credits an order placed before or at the first buyer message", () => {
    expect(attributeOrders([conversation(1, 5 * H)], [{ id: 10, placedAt: 5 * H }, { id: 11, placedAt: H }], window)).toEqual(new Map());
  });

  it("credits each order to the latest qualifying conversation only", () => {
    const credited = attributeOrders([conversation(1, 0), conversation(2, 10 * H), conversation(3, 30 * H)], [{ id: 10, placedAt: 20 * H }], window);
    expect(credited).toEqual(new Map([[2, 10]]));
  });

  it("lets one conversation convert once however many orders follow, and ignores conversations without a buyer message", () => {
    const credited = attributeOrders(
      [conversation(1, 0), { id: 2, firstBuyerAt: null, lastMessageAt: 5 * H }],
      [{ id: 11, placedAt: 3 * H }, { id: 10, placedAt: 2 * H }],
      window,
    );
    expect(credited).toEqual(new Map([[1, 10]]));
  });

  it("does not depend on the order of its input", () => {
    const conversations = [conversation(1, 0), conversation(2, 0), conversation(3, 50 * H)];
    const orders = [{ id: 10, placedAt: H }, { id: 11, placedAt: 51 * H }];
    const expected = attributeOrders(conversations, orders, window);
    expect(expected).toEqual(new Map([[2, 10], [3, 11]]));
    expect(attributeOrders([...conversations].reverse(), [...orders].reverse(), window)).toEqual(expected);
  });
});
