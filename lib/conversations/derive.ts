import type { Sender } from "../ingest/records";

/** What the derivation needs of a message: who sent it and when. */
export interface MessageFact {
  sender: Sender;
  /** Epoch milliseconds. */
  sentAt: number;
  agentId: number | null;
  /** The sending agent is marked `is_bot`: its messages count as bot messages whatever `sender` says. */
  agentIsBot: boolean;
  /** Tie-breaker for messages sent in the same millisecond: arrival order in the source. */
  id: number;
}

export interface DerivedConversation {
  firstBuyerAt: number | null;
  /** The first buyer message itself: a conversation recorded without a scenario gets one from it. */
  firstBuyerMessageId: number | null;
  firstHumanReplyAt: number | null;
  firstReplyAgentId: number | null;
  firstBotAt: number | null;
  lastMessageAt: number | null;
  messageCount: number;
  unanswered: boolean;
}

/** A human reply: an `agent` message from an agent not marked as a bot. */
export function isHumanReply(m: MessageFact): boolean {
  return m.sender === "agent" && !m.agentIsBot;
}

export function isBotMessage(m: MessageFact): boolean {
  return m.sender === "bot" || (m.sender === "agent" && m.agentIsBot);
}

/**
 * The per-conversation facts every metric starts from (../shared/spec/metrics.md, "First response
 * time"). Order-independent: messages may arrive in any order and give the same result.
 */
export function deriveConversation(messages: readonly MessageFact[]): DerivedConversation {
  const sorted = [...messages].sort((a, b) => a.sentAt - b.sentAt || a.id - b.id);
  const firstBuyer = sorted.find((m) => m.sender === "buyer");
  const afterBuyer = firstBuyer ? sorted.filter((m) => m.sentAt >= firstBuyer.sentAt) : [];
  const firstHuman = afterBuyer.find(isHumanReply);
  const firstBot = afterBuyer.find(isBotMessage);
  return {
    firstBuyerAt: firstBuyer?.sentAt ?? null,
    firstBuyerMessageId: firstBuyer?.id ?? null,
    firstHumanReplyAt: firstHuman?.sentAt ?? null,
    firstReplyAgentId: firstHuman?.agentId ?? null,
    firstBotAt: firstBot?.sentAt ?? null,
    lastMessageAt: sorted.at(-1)?.sentAt ?? null,
    messageCount: sorted.length,
    unanswered: firstBuyer !== undefined && firstHuman === undefined,
  };
}
