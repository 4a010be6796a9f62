import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CHANNELS,
  SCENARIOS,
  validateRecord,
  type CanonicalRecord,
  type ConversationRecord,
  type MessageRecord,
  type OrderRecord,
  type ReviewRecord,
} from "../ingest/records";
import { checkTimestamp } from "../time/timestamp";
import { zoneOffsetMs } from "../time/zone";
import { CONFOUNDED_EFFECTS, DEFAULT_EFFECTS } from "./effects";
import { generateShop, type ShopOptions } from "./generator";
import { MARKETS } from "./markets";
import { TEMPLATE_LIBRARY } from "./templates";
import type { ConversationTruth, ReviewTruth, TruthEvent } from "./truth";
import { DEMO_LANGUAGES } from "./vocabulary/languages";

interface Shop {
  records: CanonicalRecord[];
  truth: TruthEvent[];
}

function generate(options: ShopOptions): Shop {
  const truth: TruthEvent[] = [];
  const records = [...generateShop({ ...options, onTruth: (event) => truth.push(event) })];
  return { records, truth };
}

function digest(records: Iterable<CanonicalRecord>): string {
  const hash = createHash("sha256");
  for (const record of records) hash.update(`${JSON.stringify(record)}\n`);
  return hash.digest("hex");
}

const ofType = <T extends CanonicalRecord>(shop: Shop, type: T["type"]) => shop.records.filter((r): r is T => r.type === type);
const conversationTruth = (shop: Shop) => shop.truth.filter((t): t is ConversationTruth => t.kind === "conversation");
const reviewTruth = (shop: Shop) => shop.truth.filter((t): t is ReviewTruth => t.kind === "review");
const ms = (time: string) => {
  const checked = checkTimestamp(time);
  if (!checked.ok) throw new Error(checked.reason);
  return checked.ms;
};

const CONVERSATIONS = 2_000;
const START_MS = Date.parse("2026-08-31T00:00:00Z");
const WEEK_MS = 7 * 86_400_000;
const weekOf = (time: string) => Math.floor((ms(time) - START_MS) / WEEK_MS);

describe("generateShop", () => {
  let shop: Shop;
  beforeAll(() => {
    // Three reviews per conversation instead of two, so weekly complaint counts are not too noisy.
    shop = generate({ conversations: CONVERSATIONS, reviewsPerConversation: 3 });
  });

  it("is deterministic: the same seed gives identical output, another seed another", () => {
    const options = { conversations: 300 };
    expect(digest(generateShop(options))).toBe(digest(generateShop(options)));
    expect(digest(generateShop(options))).not.toBe(digest(generateShop({ ...options, seed: "another" })));
  });

  it("emits only records that pass validateRecord", () => {
    const rejected = shop.records
      .map((record) => ({ record, checked: validateRecord(JSON.parse(JSON.stringify(record))) }))
      .filter(({ checked }) => !checked.ok);
    expect(rejected).toEqual([]);
  });

  it("has the asked number of conversations and mean of messages", () => {
    expect(ofType(shop, "conversation")).toHaveLength(CONVERSATIONS);
    expect(ofType(shop, "message").length / CONVERSATIONS).toBeCloseTo(8, 0);
    const ten = [...generateShop({ conversations: 1_000, messagesPerConversation: 10, weeks: 2 })];
    expect(ten.filter((r) => r.type === "message").length / 1_000).toBeGreaterThan(9.5);
    expect(ten.filter((r) => r.type === "message").length / 1_000).toBeLessThan(10.5);
    expect(ofType(shop, "review")).toHaveLength(3 * CONVERSATIONS);
  });

  it("puts agents and templates first, and each conversation before its messages", () => {
    const types = shop.records.map((r) => r.type);
    expect(types.slice(0, 9)).toEqual(Array(9).fill("agent"));
    expect(types.slice(9, 33)).toEqual(Array(24).fill("template"));
    expect(types.slice(33)).not.toContain("agent");
    const seen = new Set<string>();
    for (const record of shop.records) {
      if (record.type === "conversation") seen.add(record.id);
      if (record.type === "message") expect(seen.has(record.conversation_id)).toBe(true);
    }
  });

  it("scrambles the order with shuffle but keeps the same records", () => {
    const options = { conversations: 300 };
    const ordered = [...generateShop(options)].map((r) => JSON.stringify(r));
    const shuffled = [...generateShop({ ...options, shuffle: true })].map((r) => JSON.stringify(r));
    expect(shuffled).not.toEqual(ordered);
    expect([...shuffled].sort()).toEqual([...ordered].sort());
    expect(shuffled.slice(0, 33)).toEqual(ordered.slice(0, 33));
    const firstSeen = new Map<string, number>();
    shuffled.forEach((line, i) => {
      const record = JSON.parse(line) as CanonicalRecord;
      const conversation = record.type === "message" ? record.conversation_id : record.type === "conversation" ? record.id : null;
      if (conversation && !firstSeen.has(conversation)) firstSeen.set(conversation, record.type === "message" ? i : -1);
    });
    expect([...firstSeen.values()].some((i) => i >= 0)).toBe(true);
  });

  it("covers every language, scenario, channel and market, the bot and the template library", () => {
    const conversations = ofType<ConversationRecord>(shop, "conversation");
    const messages = ofType<MessageRecord>(shop, "message");
    const reviews = ofType<ReviewRecord>(shop, "review");
    expect(new Set(conversations.map((c) => c.language).filter(Boolean))).toEqual(new Set(DEMO_LANGUAGES));
    expect(new Set(reviews.map((r) => r.language))).toEqual(new Set(DEMO_LANGUAGES));
    expect(new Set(conversations.map((c) => c.scenario).filter(Boolean))).toEqual(new Set(SCENARIOS));
    expect(new Set(conversations.map((c) => c.channel))).toEqual(new Set(CHANNELS));
    expect(new Set(conversations.map((c) => c.market))).toEqual(new Set(MARKETS.map((m) => m.code)));
    const agents = shop.records.filter((r) => r.type === "agent");
    expect(agents).toContainEqual({ type: "agent", id: "bot-autoreply", name: "Auto-reply bot", is_bot: true });
    expect(messages.filter((m) => m.sender === "bot" && m.agent_id === "bot-autoreply").length).toBeGreaterThan(100);
    expect(shop.records.filter((r) => r.type === "template")).toHaveLength(TEMPLATE_LIBRARY.length);
    expect(messages.filter((m) => m.template_id).length).toBeGreaterThan(100);
    const calls = messages.filter((m) => m.duration_s !== undefined);
    expect(calls.length).toBeGreaterThan(50);
    expect(calls.some((m) => m.text.startsWith("Call note: "))).toBe(true);
  });

  it("has unanswered, agent-initiated and scenario-less conversations, in about the planned shares", () => {
    const truth = conversationTruth(shop);
    const share = (f: (t: ConversationTruth) => boolean) => truth.filter(f).length / truth.length;
    expect(share((t) => !t.answered)).toBeGreaterThan(0.03);
    expect(share((t) => !t.answered)).toBeLessThan(0.07);
    expect(share((t) => t.agentInitiated)).toBeGreaterThan(0.04);
    expect(share((t) => !t.scenarioRecorded)).toBeGreaterThan(0.12);
    expect(share((t) => !t.scenarioRecorded)).toBeLessThan(0.18);

    const messagesOf = groupMessages(shop);
    for (const t of truth.filter((t) => t.agentInitiated).slice(0, 50)) {
      expect(messagesOf.get(t.conversationId)![0]!.sender).toBe("agent");
    }
    for (const t of truth.filter((t) => !t.answered)) {
      expect(messagesOf.get(t.conversationId)!.some((m) => m.sender === "agent")).toBe(false);
    }
    expect(truth.some((t) => t.firstResponseSeconds === 0)).toBe(true);
  });

  it("answers slower outside the Shanghai shifts", () => {
    const truth = new Map(conversationTruth(shop).map((t) => [t.conversationId, t]));
    const frtByShift = { on: [] as number[], off: [] as number[] };
    for (const c of ofType<ConversationRecord>(shop, "conversation")) {
      const t = truth.get(c.id)!;
      if (t.firstResponseSeconds === null || t.agentInitiated) continue;
      const shanghai = new Date(ms(c.started_at!) + 8 * 3_600_000);
      const weekday = shanghai.getUTCDay() >= 1 && shanghai.getUTCDay() <= 5;
      const onShift = weekday && shanghai.getUTCHours() >= 10 && shanghai.getUTCHours() < 17;
      frtByShift[onShift ? "on" : "off"].push(t.firstResponseSeconds);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    expect(median(frtByShift.on)).toBeLessThan(300);
    expect(median(frtByShift.off)).toBeGreaterThan(10 * median(frtByShift.on));
  });

  it("writes buyer times with the market's offset across daylight-saving changes, agent times in UTC", () => {
    const conversations = new Map(ofType<ConversationRecord>(shop, "conversation").map((c) => [c.id, c]));
    const zoneOf = new Map(MARKETS.map((m) => [m.code, m.timeZone]));
    const offsets = new Set<string>();
    const wrong: string[] = [];
    for (const m of ofType<MessageRecord>(shop, "message")) {
      if (m.sender !== "buyer") {
        if (!m.sent_at.endsWith("Z")) wrong.push(m.id);
        continue;
      }
      const market = conversations.get(m.conversation_id)!.market!;
      const offset = m.sent_at.slice(19);
      const expected = zoneOffsetMs(ms(m.sent_at), zoneOf.get(market)!) / 60_000;
      const sign = offset.startsWith("-") ? -1 : 1;
      if (sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) !== expected) wrong.push(m.id);
      if (market === "US" || market === "DE" || market === "AU") offsets.add(`${market}${offset}`);
    }
    expect(wrong).toEqual([]);
    expect(offsets).toEqual(new Set(["US-04:00", "US-05:00", "DE+02:00", "DE+01:00", "AU+10:00", "AU+11:00"]));
  });

  it("numbers the messages of a conversation in time order", () => {
    const outOfOrder = [...groupMessages(shop).values()].filter((messages) =>
      messages.some((m, i) => i > 0 && ms(m.sent_at) < ms(messages[i - 1]!.sent_at)),
    );
    expect(outOfOrder).toEqual([]);
  });

  it("plants a tripling of German customs complaints in the last two weeks and a new theme in the last three", () => {
    const reviews = new Map(ofType<ReviewRecord>(shop, "review").map((r) => [r.id, r]));
    const weekly = (theme: string, market?: string) => {
      const counts = Array<number>(12).fill(0);
      for (const t of reviewTruth(shop)) {
        if (t.theme === theme && (!market || t.market === market)) counts[weekOf(reviews.get(t.reviewId)!.created_at)]!++;
      }
      return counts;
    };
    const average = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

    const customsDe = weekly("customs_fees", "DE");
    expect(average(customsDe.slice(10))).toBeGreaterThan(2 * average(customsDe.slice(0, 10)));
    const battery = weekly("battery_swelling");
    expect(battery.slice(0, 9).every((n) => n === 0)).toBe(true);
    expect(battery.slice(9).every((n) => n >= 5)).toBe(true);
    const delivery = weekly("delivery_delay");
    expect(average(delivery.slice(10)) / average(delivery.slice(0, 10))).toBeLessThan(1.4);

    const mismatched = reviewTruth(shop).filter((t) => {
      const negative = reviews.get(t.reviewId)!.rating <= 2;
      return (t.tone === "negative") !== negative || (t.theme !== null) !== negative;
    });
    expect(mismatched).toEqual([]);
  });

  it("reports the truth consistently with the records", () => {
    const messages = new Map(ofType<MessageRecord>(shop, "message").map((m) => [m.id, m]));
    const conversations = new Map(ofType<ConversationRecord>(shop, "conversation").map((c) => [c.id, c]));
    const orders = new Map(ofType<OrderRecord>(shop, "order").map((o) => [o.id, o]));
    const templates = new Map(TEMPLATE_LIBRARY.map((t) => [t.id, t]));
    let named = 0;
    const disagreements: string[] = [];
    for (const t of conversationTruth(shop)) {
      const conversation = conversations.get(t.conversationId)!;
      const recordedScenario = t.scenarioRecorded ? t.scenario : null;
      if ((conversation.scenario ?? null) !== recordedScenario) disagreements.push(`${t.conversationId} scenario`);
      for (const a of t.agentMessages) {
        const message = messages.get(a.messageId)!;
        if (a.named) named++;
        const agrees =
          message.sender === "agent" &&
          (message.template_id ?? null) === (a.named ? a.templateId : null) &&
          (a.edit !== "verbatim" || message.text === templates.get(a.templateId!)!.text) &&
          ((a.edit !== "filled" && a.edit !== "light") || !/\[[^\]]+\]/.test(message.text));
        if (!agrees) disagreements.push(a.messageId);
      }
      if (t.orderId) {
        const order = orders.get(t.orderId)!;
        if (order.buyer_id !== conversation.buyer_id || ms(order.placed_at) <= ms(conversation.started_at!)) {
          disagreements.push(t.orderId);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(named).toBe([...messages.values()].filter((m) => m.template_id).length);
    const shopTruth = shop.truth.find((t) => t.kind === "shop")!;
    expect(shopTruth).toMatchObject({ kind: "shop", start: "2026-08-31T00:00:00.000Z", end: "2026-11-23T00:00:00.000Z" });
    expect(Object.keys(shopTruth.kind === "shop" ? shopTruth.templateLifts : {})).toHaveLength(24);
  });

  it("converts presale most and after-sales least, unanswered and slow conversations less", () => {
    const truth = conversationTruth(shop);
    const rate = (f: (t: ConversationTruth) => boolean) => {
      const group = truth.filter(f);
      return group.filter((t) => t.orderId).length / group.length;
    };
    expect(rate((t) => t.scenario === "presale")).toBeGreaterThan(rate((t) => t.scenario === "aftersale") * 3);
    const expected = (f: (t: ConversationTruth) => boolean) => {
      const group = truth.filter(f);
      return group.reduce((sum, t) => sum + t.conversionProbability, 0) / group.length;
    };
    const presale = (t: ConversationTruth) => t.scenario === "presale";
    expect(expected((t) => presale(t) && !t.answered)).toBeLessThan(expected((t) => presale(t) && t.answered) * 0.6);
    expect(expected((t) => presale(t) && t.firstResponseSeconds! > 900)).toBeLessThan(
      expected((t) => presale(t) && t.firstResponseSeconds! <= 240) * 0.8,
    );
  });

  it("gets the pooled template comparison's sign wrong with the confounded preset, on purpose", () => {
    const truth = conversationTruth(generate({ conversations: 1_500, weeks: 4, effects: CONFOUNDED_EFFECTS }));
    const usesTemplate = (t: ConversationTruth, id: string) => t.agentMessages.some((m) => m.templateId === id);
    const noTemplate = (t: ConversationTruth) => t.answered && t.agentMessages.every((m) => m.templateId === null);
    const expected = (group: ConversationTruth[]) => group.reduce((sum, t) => sum + t.conversionProbability, 0) / group.length;
    for (const [id, lift] of Object.entries(CONFOUNDED_EFFECTS.templateLift)) {
      const users = truth.filter((t) => usesTemplate(t, id));
      const scenario = users[0]!.scenario;
      const pooled = expected(users) / expected(truth.filter(noTemplate)) - 1;
      const stratified = expected(users) / expected(truth.filter((t) => noTemplate(t) && t.scenario === scenario)) - 1;
      expect(Math.sign(stratified)).toBe(Math.sign(lift - 1));
      expect(Math.sign(pooled)).toBe(-Math.sign(lift - 1));
    }
    expect(DEFAULT_EFFECTS.templateLift).not.toEqual(CONFOUNDED_EFFECTS.templateLift);
  });

  it("rejects options it cannot honour", () => {
    expect(() => generateShop({ conversations: -1 })).toThrow(RangeError);
    expect(() => generateShop({ end: "2026-11-24T00:00:00Z" })).toThrow(/Monday/);
    expect(() => generateShop({ messagesPerConversation: 1 })).toThrow(RangeError);
    expect(() => generateShop({ effects: { conversionBase: { presale: 2, logistics: 0, aftersale: 0, other: 0 } } })).toThrow(
      /conversionBase/,
    );
  });
});

function groupMessages(shop: Shop): Map<string, MessageRecord[]> {
  const byConversation = new Map<string, MessageRecord[]>();
  for (const r of shop.records) {
    if (r.type !== "message") continue;
    const list = byConversation.get(r.conversation_id) ?? [];
    list.push(r);
    byConversation.set(r.conversation_id, list);
  }
  return byConversation;
}
