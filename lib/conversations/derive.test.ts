import { describe, expect, it } from "vitest";
import { slaClocks } from "../sla/settings";
import { DEFAULT_WEEKLY_SCHEDULE } from "../time/business-hours";
import { deriveConversation as derive, type MessageFact, type SlaContext } from "./derive";

/** Berlin office hours, for the clock; the fields these tests look at do not depend on them. */
const BERLIN = slaClocks({ timezone: "Europe/Berlin", targetSeconds: 240, businessHours: DEFAULT_WEEKLY_SCHEDULE, holidays: [], marketCalendars: {} });
const deriveConversation = (messages: MessageFact[], context: SlaContext = BERLIN.contextFor("US")) => derive(messages, context);

let nextId = 1;
const at = (minute: number, second = 0) => Date.UTC(2026, 10, 23, 8, minute, second);
const buyer = (sentAt: number): MessageFact => ({ id: nextId++, sender: "buyer", sentAt, agentId: null, agentIsBot: false });
const agent = (sentAt: number, agentId = 7, agentIsBot = false): MessageFact => ({ id: nextId++, sender: "agent", sentAt, agentId, agentIsBot });
const bot = (sentAt: number): MessageFact => ({ id: nextId++, sender: "bot", sentAt, agentId: 99, agentIsBot: true });

describe("deriveConversation", () => {
  it("starts the clock at the first buyer message and stops it at the first human reply", () => {
    // Monday 2026-11-23 08:00 UTC is 09:00 in Berlin (open) and 03:00 in New York.
    const first = buyer(at(0));
    const d = deriveConversation([first, bot(at(0, 2)), agent(at(3), 5), buyer(at(4)), agent(at(5), 6)]);
    expect(d).toEqual({
      firstBuyerAt: at(0),
      firstBuyerMessageId: first.id,
      firstHumanReplyAt: at(3),
      firstReplyAgentId: 5,
      firstBotAt: at(0, 2),
      lastMessageAt: at(5),
      messageCount: 5,
      unanswered: false,
      frtSeconds: 180,
      businessFrtSeconds: 180,
      botAckSeconds: 2,
      breachAt: at(4),
      businessBreachAt: at(4),
      weekStart: "2026-11-23",
      teamHourOfWeek: 9,
      buyerHourOfWeek: 3,
      resolutionSeconds: 300,
      nextReplies: [{ buyerAt: at(4), replyAt: at(5), seconds: 60 }],
      nextReplyMedianSeconds: 60,
    });
  });

  it("gives the same answer whatever order the messages arrive in", () => {
    const messages = [buyer(at(0)), bot(at(1)), agent(at(2), 3), buyer(at(9)), agent(at(10), 4)];
    const expected = deriveConversation(messages);
    for (const order of permutations(messages)) expect(deriveConversation(order)).toEqual(expected);
  });

  it("never lets a bot stop the clock, even one sending as sender agent", () => {
    const d = deriveConversation([buyer(at(0)), agent(at(0, 1), 99, true), bot(at(1))]);
    expect(d).toMatchObject({ firstHumanReplyAt: null, firstBotAt: at(0, 1), unanswered: true, frtSeconds: null, botAckSeconds: 1 });
  });

  it("ignores agent messages before the buyer wrote (agent-initiated conversations)", () => {
    const d = deriveConversation([agent(at(0), 1), buyer(at(10)), agent(at(12), 2)]);
    expect(d).toMatchObject({ firstBuyerAt: at(10), firstHumanReplyAt: at(12), firstReplyAgentId: 2, frtSeconds: 120 });
  });

  it("counts a reply in the same second as the buyer message", () => {
    const d = deriveConversation([agent(at(0), 3), buyer(at(0))]);
    expect(d).toMatchObject({ firstHumanReplyAt: at(0), unanswered: false, frtSeconds: 0, businessFrtSeconds: 0 });
  });

  it("has no clock without a buyer message and is then not unanswered", () => {
    expect(deriveConversation([agent(at(0))])).toMatchObject({ firstBuyerAt: null, unanswered: false, frtSeconds: null, weekStart: null, breachAt: null });
    expect(deriveConversation([])).toMatchObject({ messageCount: 0, lastMessageAt: null, unanswered: false });
  });

  it("times every buyer turn after a human reply to the next human reply, bots aside", () => {
    const d = deriveConversation([buyer(at(0)), agent(at(1), 1), buyer(at(2)), buyer(at(3)), bot(at(3, 5)), agent(at(6), 1), buyer(at(10))]);
    expect(d.nextReplies).toEqual([
      { buyerAt: at(2), replyAt: at(6), seconds: 240 },
      { buyerAt: at(10), replyAt: null, seconds: null },
    ]);
    expect(d.nextReplyMedianSeconds).toBe(240);
  });

  it("counts business seconds only inside the schedule: a Friday-evening question answered on Monday", () => {
    // Friday 2026-11-20 17:50 Berlin (16:50 UTC), answered Monday 09:05 Berlin: 10 min + 5 min of office time.
    const friday = Date.UTC(2026, 10, 20, 16, 50);
    const monday = Date.UTC(2026, 10, 23, 8, 5);
    const d = deriveConversation([buyer(friday), bot(friday + 3_000), agent(monday, 4)]);
    expect(d.frtSeconds).toBe((monday - friday) / 1000);
    expect(d.businessFrtSeconds).toBe(15 * 60);
    expect(d.botAckSeconds).toBe(3);
    // 240 business seconds after 17:50 Friday is 17:54 Friday; calendar breach the same.
    expect(d.businessBreachAt).toBe(friday + 240_000);
    // A question at 17:58 breaches at 09:02 on Monday in business time.
    const late = Date.UTC(2026, 10, 20, 16, 58);
    expect(deriveConversation([buyer(late)]).businessBreachAt).toBe(Date.UTC(2026, 10, 23, 8, 2));
    expect(deriveConversation([buyer(late)]).unanswered).toBe(true);
  });

  it("uses the market's own calendar when the workspace has one for it", () => {
    const clocks = slaClocks({
      timezone: "Asia/Shanghai",
      targetSeconds: 240,
      businessHours: { "1": [{ start: "09:00", end: "18:00" }] },
      holidays: [],
      marketCalendars: { DE: { timezone: "Europe/Berlin", weekly: { "1": [{ start: "08:00", end: "12:00" }] }, holidays: [] } },
    });
    // Monday 2026-11-23 07:00 UTC: 08:00 in Berlin (German team on), 15:00 in Shanghai (Chinese team on).
    const t = Date.UTC(2026, 10, 23, 7);
    const messages = [buyer(t), agent(t + 600_000, 1)];
    expect(derive(messages, clocks.contextFor("DE")).businessFrtSeconds).toBe(600);
    expect(derive(messages, clocks.contextFor("FR")).businessFrtSeconds).toBe(600);
    // 12:30 UTC: 13:30 Berlin (German team off), 20:30 Shanghai (off too).
    const t2 = Date.UTC(2026, 10, 23, 12, 30);
    expect(derive([buyer(t2), agent(t2 + 600_000, 1)], clocks.contextFor("DE")).businessFrtSeconds).toBe(0);
    // The week is the workspace's: Monday 07:00 UTC is Monday 15:00 in Shanghai.
    expect(derive(messages, clocks.contextFor("DE")).weekStart).toBe("2026-11-23");
  });

  it("puts a Sunday-night question in the workspace's week, not UTC's", () => {
    // Sunday 2026-11-22 20:00 UTC is Monday 04:00 in Shanghai: the next week there.
    const clocks = slaClocks({ timezone: "Asia/Shanghai", targetSeconds: 240, businessHours: {}, holidays: [], marketCalendars: {} });
    const d = derive([buyer(Date.UTC(2026, 10, 22, 20))], clocks.contextFor("BR"));
    expect(d.weekStart).toBe("2026-11-23");
    expect(d.teamHourOfWeek).toBe(4);
    // 17:00 in São Paulo on Sunday: hour 6 * 24 + 17.
    expect(d.buyerHourOfWeek).toBe(6 * 24 + 17);
    // No business hours at all: no business deadline, and business FRT would be 0.
    expect(d.businessBreachAt).toBeNull();
  });
});

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
