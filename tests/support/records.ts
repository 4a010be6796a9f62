import type { CanonicalRecord } from "../../lib/ingest/records";

/**
 * A small, hand-checkable support history: `conversations` conversations with a buyer question,
 * sometimes a bot acknowledgement, a human reply after `i` minutes, and a follow-up turn.
 */
export function supportHistory(conversations: number, start = Date.UTC(2026, 10, 16, 9)): CanonicalRecord[] {
  const iso = (ms: number) => new Date(ms).toISOString();
  const records: CanonicalRecord[] = [
    { type: "agent", id: "li", name: "Li Wei" },
    { type: "agent", id: "ana", name: "Ana" },
    { type: "agent", id: "bot", name: "AutoReply", is_bot: true },
  ];
  for (let i = 0; i < conversations; i++) {
    const c = `c${i}`;
    const t0 = start + i * 3_600_000;
    records.push({ type: "conversation", id: c, buyer_id: `b${i % 7}`, market: "DE", channel: i % 5 === 0 ? "email" : "chat" });
    records.push({ type: "message", id: `${c}-1`, conversation_id: c, sender: "buyer", sent_at: iso(t0), text: `question ${i}` });
    if (i % 3 === 0) records.push({ type: "message", id: `${c}-2`, conversation_id: c, sender: "bot", agent_id: "bot", sent_at: iso(t0 + 1_000), text: "We got your message" });
    if (i % 10 !== 9) {
      records.push({ type: "message", id: `${c}-3`, conversation_id: c, sender: "agent", agent_id: i % 2 ? "li" : "ana", sent_at: iso(t0 + i * 60_000), text: `answer ${i}` });
      records.push({ type: "message", id: `${c}-4`, conversation_id: c, sender: "buyer", sent_at: iso(t0 + i * 60_000 + 30_000), text: "thanks" });
    }
    if (i % 4 === 0) records.push({ type: "order", id: `o${i}`, buyer_id: `b${i % 7}`, placed_at: iso(t0 + 7_200_000), amount: 20 + i, currency: "EUR" });
  }
  return records;
}

export const toJsonl = (records: readonly unknown[]) => records.map((r) => JSON.stringify(r)).join("\n");
