import { expect, it } from "vitest";
import { slaClocks } from "../sla/settings";
import { deriveConversation, type MessageFact } from "./derive";
import { explainFirstResponse } from "./timeline";

it("names the messages that started and stopped the clock, the bots it skipped and the closed hours between", () => {
  const clocks = slaClocks({ timezone: "UTC", targetSeconds: 240, businessHours: { "5": [{ start: "09:00", end: "17:00" }], "1": [{ start: "09:00", end: "17:00" }] }, holidays: [], marketCalendars: {} });
  const context = clocks.contextFor(null);
  const t = (iso: string) => Date.parse(iso);
  const messages: MessageFact[] = [
    { id: 1, sender: "agent", sentAt: t("2026-11-20T10:00:00Z"), agentId: 1, agentIsBot: false },
    { id: 2, sender: "buyer", sentAt: t("2026-11-20T16:00:00Z"), agentId: null, agentIsBot: false },
    { id: 3, sender: "bot", sentAt: t("2026-11-20T16:00:02Z"), agentId: 9, agentIsBot: true },
    { id: 4, sender: "buyer", sentAt: t("2026-11-21T08:00:00Z"), agentId: null, agentIsBot: false },
    { id: 5, sender: "agent", sentAt: t("2026-11-23T09:30:00Z"), agentId: 1, agentIsBot: false },
    { id: 6, sender: "buyer", sentAt: t("2026-11-23T09:40:00Z"), agentId: null, agentIsBot: false },
  ];
  const derived = deriveConversation(messages, context);
  const { entries, closedGaps } = explainFirstResponse([...messages].reverse(), derived, context.businessClock, 0);
  expect(entries.map((e) => [e.message.id, e.role])).toEqual([[1, "before"], [2, "start"], [3, "bot"], [4, "waiting"], [5, "stop"], [6, "after"]]);
  expect(closedGaps).toEqual([{ from: t("2026-11-20T17:00:00Z"), to: t("2026-11-23T09:00:00Z") }]);
  // One hour on Friday and half an hour on Monday.
  expect(derived.businessFrtSeconds).toBe(5_400);
});
