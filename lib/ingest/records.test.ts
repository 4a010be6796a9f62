import { describe, expect, it } from "vitest";
import { validateRecord } from "./records";

const message = {
  type: "message",
  id: "m1",
  conversation_id: "c1",
  sender: "buyer",
  sent_at: "2026-11-23T08:15:00+08:00",
  text: "Where is my parcel?",
};

describe("validateRecord", () => {
  it("accepts every record type with only its required fields", () => {
    const minimal = [
      { type: "agent", id: "a1", name: "Li Wei" },
      { type: "template", id: "t1", name: "Delivery time", text: "Ships in [X-Y] days" },
      { type: "conversation", id: "c1" },
      message,
      { type: "order", id: "o1", buyer_id: "b1", placed_at: "2026-11-23T00:00:00Z" },
      { type: "review", id: "r1", rating: 1, text: "", created_at: "2026-11-23T00:00:00-03:00" },
    ];
    for (const record of minimal) expect(validateRecord(record)).toMatchObject({ ok: true, record });
  });

  it.each([
    [{ ...message, type: "tweet" }, "type", /unknown type "tweet"/],
    [{ ...message, type: undefined }, "type", /type is required/],
    [{ ...message, sent_at: "2026-11-23T08:15:00" }, "sent_at", /no UTC offset/],
    [{ ...message, sent_at: "2026-11-23" }, "sent_at", /not an ISO 8601 time/],
    [{ ...message, sent_at: "2026-02-30T08:15:00Z" }, "sent_at", /not a calendar date/],
    [{ ...message, sent_at: "0000-01-01T00:00:00Z" }, "sent_at", /not between 1900 and 2999/],
    [{ ...message, sent_at: "9999-12-31T00:00:00Z" }, "sent_at", /not between 1900 and 2999/],
    [{ ...message, sender: "customer" }, "sender", /one of buyer, agent, bot/],
    [{ ...message, conversation_id: undefined }, "conversation_id", /required/],
    [{ ...message, text: 42 }, "text", /must be a string/],
    [{ ...message, text: "nul \u0000 byte" }, "text", /NUL/],
    [{ ...message, text: "half an emoji \ud83d" }, "text", /unpaired/],
    [{ type: "review", id: "r1", rating: 9, text: "", created_at: "2026-11-23T00:00:00Z" }, "rating", /1 to 5, got 9/],
    [{ type: "review", id: "r1", rating: 4.5, text: "", created_at: "2026-11-23T00:00:00Z" }, "rating", /1 to 5/],
    [{ type: "conversation", id: "c1", market: "Germany" }, "market", /alpha-2/],
    [{ type: "conversation", id: "c1", channel: "fax" }, "channel", /one of chat/],
    [{ type: "order", id: "o1", buyer_id: "b1", placed_at: "2026-11-23T00:00:00Z", amount: -3 }, "amount", /from 0 to/],
  ])("rejects %j at field %s", (record, field, reason) => {
    const result = validateRecord(record);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.field).toBe(field);
    expect(result.reason).toMatch(reason);
  });

  it("refuses what is not an object", () => {
    for (const value of [null, 3, "x", [message]]) {
      expect(validateRecord(value)).toMatchObject({ ok: false, field: null });
    }
  });

  it("keeps HTML-looking text exactly as sent", () => {
    const text = `<script>alert("x")</script><img src=x onerror=alert(1)> 😀 مرحبا 你好`;
    expect(validateRecord({ ...message, text })).toMatchObject({ ok: true, record: { text } });
  });

  it("normalises codes and keeps unknown fields in attrs", () => {
    const result = validateRecord({ type: "conversation", id: 17, market: "de", language: "pt-BR", shop: "eu-1" });
    expect(result).toEqual({
      ok: true,
      record: { type: "conversation", id: "17", market: "DE", language: "pt", attrs: { shop: "eu-1" } },
    });
  });

  it("reads numbers and booleans from CSV text and skips empty cells", () => {
    const result = validateRecord(
      { type: "agent", id: "a1", name: "Bot", is_bot: "TRUE", team: "" },
      { fromCsv: true },
    );
    expect(result).toEqual({ ok: true, record: { type: "agent", id: "a1", name: "Bot", is_bot: true } });
    expect(validateRecord({ type: "review", id: "r", rating: "9", text: "", created_at: "2026-01-01T00:00:00Z" }, { fromCsv: true }))
      .toMatchObject({ ok: false, field: "rating" });
  });

  it("keeps fields named like built-in properties as plain attrs", () => {
    const raw = JSON.parse('{"type":"agent","id":"a1","name":"A","constructor":"c","toString":1,"__proto__":{"x":1}}');
    const result = validateRecord(raw);
    expect(result.ok).toBe(true);
    const attrs = (result as { record: { attrs: Record<string, unknown> } }).record.attrs;
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(attrs))).toEqual(JSON.parse('{"constructor":"c","toString":1,"__proto__":{"x":1}}'));
  });

  it("refuses records nested deeper than 32 levels, without exhausting the stack", () => {
    const nest = (levels: number) => {
      let value: unknown = "bottom";
      for (let i = 0; i < levels; i++) value = { v: value };
      return value;
    };
    // The record is level 1: 31 objects inside it make 32 levels.
    expect(validateRecord({ type: "agent", id: "a", name: "A", extra: nest(31) }).ok).toBe(true);
    expect(validateRecord({ type: "agent", id: "a", name: "A", extra: nest(32) })).toMatchObject({ ok: false, field: null });
    expect(validateRecord({ type: "agent", id: "a", name: "A", extra: nest(100_000) })).toMatchObject({
      ok: false,
      reason: "a record may nest objects and arrays at most 32 levels deep",
    });
  });

  it("refuses numbers the database could not store, on their own", () => {
    const order = { type: "order", id: "o", buyer_id: "b", placed_at: "2026-11-23T08:15:00Z" };
    expect(validateRecord({ ...message, duration_s: 2_147_483_647 }).ok).toBe(true);
    expect(validateRecord({ ...message, duration_s: 3_000_000_000 })).toMatchObject({ ok: false, field: "duration_s" });
    expect(validateRecord({ ...message, duration_s: 1e308 })).toMatchObject({ ok: false, field: "duration_s" });
    expect(validateRecord({ ...order, amount: 999_999_999_999.99 }).ok).toBe(true);
    expect(validateRecord({ ...order, amount: 1e12 })).toMatchObject({ ok: false, field: "amount" });
  });

  it("accepts only assigned ISO 3166-1 alpha-2 markets", () => {
    const market = (code: string) => validateRecord({ type: "conversation", id: "c", market: code });
    for (const code of ["DE", "gb", "BR", "CN", "AX"]) expect(market(code).ok).toBe(true);
    for (const code of ["XX", "ZZ", "EU", "XK", "AN"]) expect(market(code)).toMatchObject({ ok: false, field: "market" });
    expect(market("UK")).toMatchObject({ ok: false, reason: 'must be an ISO 3166-1 alpha-2 country code like "DE", got "UK" (ISO\'s code is "GB")' });
  });

  it("accepts fractional seconds and compact offsets", () => {
    for (const sent_at of ["2026-11-23T08:15:00.123456+0800", "2026-11-23 08:15Z", "2026-11-23T08:15:00-03"]) {
      expect(validateRecord({ ...message, sent_at }).ok).toBe(true);
    }
  });
});
