import { describe, expect, it } from "vitest";
import { deriveConversation, type MessageFact } from "./derive";

let nextId = 1;
const at = (minute: number, second = 0) => Date.UTC(2026, 10, 23, 8, minute, second);
const buyer = (sentAt: number): MessageFact => ({ id: nextId++, sender: "buyer", sentAt, agentId: null, agentIsBot: false });
const agent = (sentAt: number, agentId = 7, agentIsBot = false): MessageFact => ({ id: nextId++, sender: "agent", sentAt, agentId, agentIsBot });
const bot = (sentAt: number): MessageFact => ({ id: nextId++, sender: "bot", sentAt, agentId: 99, agentIsBot: true });

describe("deriveConversation", () => {
  it("starts the clock at the first buyer message and stops it at the first human reply", () => {
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
    });
  });

  it("gives the same answer whatever order the messages arrive in", () => {
    const messages = [buyer(at(0)), bot(at(1)), agent(at(2), 3), buyer(at(9)), agent(at(10), 4)];
    const expected = deriveConversation(messages);
    for (const order of permutations(messages)) expect(deriveConversation(order)).toEqual(expected);
  });

  it("never lets a bot stop the clock, even one sending as sender agent", () => {
    const d = deriveConversation([buyer(at(0)), agent(at(0, 1), 99, true), bot(at(1))]);
    expect(d).toMatchObject({ firstHumanReplyAt: null, firstBotAt: at(0, 1), unanswered: true });
  });

  it("ignores agent messages before the buyer wrote (agent-initiated conversations)", () => {
    const d = deriveConversation([agent(at(0), 1), buyer(at(10)), agent(at(12), 2)]);
    expect(d).toMatchObject({ firstBuyerAt: at(10), firstHumanReplyAt: at(12), firstReplyAgentId: 2 });
  });

  it("counts a reply in the same second as the buyer message", () => {
    const d = deriveConversation([agent(at(0), 3), buyer(at(0))]);
    expect(d).toMatchObject({ firstHumanReplyAt: at(0), unanswered: false });
  });

  it("has no clock without a buyer message and is then not unanswered", () => {
    expect(deriveConversation([agent(at(0))])).toMatchObject({ firstBuyerAt: null, unanswered: false });
    expect(deriveConversation([])).toMatchObject({ messageCount: 0, lastMessageAt: null, unanswered: false });
  });
});

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
