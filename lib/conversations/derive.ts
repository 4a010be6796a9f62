import type { Sender } from "../ingest/records";
import type { BusinessClock } from "../time/business-hours";
import { localHourOfWeek, localWeekStart } from "../time/offsets";

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

/** What the clock of a conversation depends on besides its messages: the workspace's settings. */
export interface SlaContext {
  /** First-response target in seconds. */
  targetSeconds: number;
  /** The workspace's zone: the week a conversation belongs to, and the team's hour of the week. */
  timeZone: string;
  /** The buyer's zone (from the market); null when the market is unknown. */
  buyerTimeZone: string | null;
  /** The business hours that apply to this conversation: its market's team, or the workspace's. */
  businessClock: BusinessClock;
}

/** A buyer turn after a human reply, and the next human reply to it (null while there is none). */
export interface NextReply {
  buyerAt: number;
  replyAt: number | null;
  seconds: number | null;
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
  /** Calendar first response time in seconds; null when unanswered or without a buyer message. */
  frtSeconds: number | null;
  /** The same, counting only seconds inside business hours. */
  businessFrtSeconds: number | null;
  /** First buyer message to the first bot message at or after it, in seconds. */
  botAckSeconds: number | null;
  /** The instant the conversation breaches while nobody has answered: t_b + target. */
  breachAt: number | null;
  /** The instant `target` business seconds have passed since t_b; null if not within a year. */
  businessBreachAt: number | null;
  /** Monday (`YYYY-MM-DD`) of the ISO week of the first buyer message, in the workspace's zone. */
  weekStart: string | null;
  /** Hour of the week (0 = Monday 00:00) of the first buyer message in the workspace's zone. */
  teamHourOfWeek: number | null;
  /** The same in the buyer's zone; null when the market (so the zone) is unknown. */
  buyerHourOfWeek: number | null;
  /** First buyer message to the last message, for answered conversations, in seconds. */
  resolutionSeconds: number | null;
  nextReplies: NextReply[];
  /** Median of the answered next replies, in seconds; null if none. */
  nextReplyMedianSeconds: number | null;
}

/** A human reply: an `agent` message from an agent not marked as a bot. */
export function isHumanReply(m: MessageFact): boolean {
  return m.sender === "agent" && !m.agentIsBot;
}

export function isBotMessage(m: MessageFact): boolean {
  return m.sender === "bot" || (m.sender === "agent" && m.agentIsBot);
}

export function sortMessages<T extends MessageFact>(messages: readonly T[]): T[] {
  return [...messages].sort((a, b) => a.sentAt - b.sentAt || a.id - b.id);
}

/**
 * The per-conversation facts every metric starts from (../shared/spec/metrics.md, "First response
 * time"): the clock in calendar and business time, the bot's acknowledgement, the credited
 * agent, unanswered state and the replies after the first. Order-independent: messages may arrive
 * in any order and give the same result.
 */
export function deriveConversation(messages: readonly MessageFact[], context: SlaContext): DerivedConversation {
  const sorted = sortMessages(messages);
  const firstBuyerIndex = sorted.findIndex((m) => m.sender === "buyer");
  const firstBuyer = sorted[firstBuyerIndex];
  // Messages at or after t_b: a reply in the same second (or millisecond) as the buyer stops the clock.
  const afterBuyer = firstBuyer ? sorted.filter((m) => m.sentAt >= firstBuyer.sentAt) : [];
  const firstHuman = afterBuyer.find(isHumanReply);
  const firstBot = afterBuyer.find(isBotMessage);
  const lastMessageAt = sorted.at(-1)?.sentAt ?? null;
  const tb = firstBuyer?.sentAt ?? null;
  const seconds = (from: number, to: number) => (to - from) / 1000;
  const nextReplies = firstHuman ? repliesAfter(sorted, sorted.indexOf(firstHuman)) : [];
  return {
    firstBuyerAt: tb,
    firstBuyerMessageId: firstBuyer?.id ?? null,
    firstHumanReplyAt: firstHuman?.sentAt ?? null,
    firstReplyAgentId: firstHuman?.agentId ?? null,
    firstBotAt: firstBot?.sentAt ?? null,
    lastMessageAt,
    messageCount: sorted.length,
    unanswered: firstBuyer !== undefined && firstHuman === undefined,
    frtSeconds: tb !== null && firstHuman ? seconds(tb, firstHuman.sentAt) : null,
    businessFrtSeconds: tb !== null && firstHuman ? context.businessClock.secondsBetween(tb, firstHuman.sentAt) : null,
    botAckSeconds: tb !== null && firstBot ? seconds(tb, firstBot.sentAt) : null,
    breachAt: tb === null ? null : tb + context.targetSeconds * 1000,
    businessBreachAt: tb === null ? null : context.businessClock.addSeconds(tb, context.targetSeconds),
    weekStart: tb === null ? null : localWeekStart(tb, context.timeZone),
    teamHourOfWeek: tb === null ? null : localHourOfWeek(tb, context.timeZone),
    buyerHourOfWeek: tb === null || context.buyerTimeZone === null ? null : localHourOfWeek(tb, context.buyerTimeZone),
    resolutionSeconds: tb !== null && firstHuman && lastMessageAt !== null ? seconds(tb, lastMessageAt) : null,
    nextReplies,
    nextReplyMedianSeconds: median(nextReplies.flatMap((r) => (r.seconds === null ? [] : [r.seconds]))),
  };
}

/**
 * Every buyer turn after the human reply at `from`: the first buyer message after a human reply
 * starts the turn's clock, the next human reply stops it; bot messages change nothing.
 */
function repliesAfter(sorted: readonly MessageFact[], from: number): NextReply[] {
  const replies: NextReply[] = [];
  let waitingSince: number | null = null;
  for (const m of sorted.slice(from + 1)) {
    if (m.sender === "buyer" && waitingSince === null) waitingSince = m.sentAt;
    else if (isHumanReply(m) && waitingSince !== null) {
      replies.push({ buyerAt: waitingSince, replyAt: m.sentAt, seconds: (m.sentAt - waitingSince) / 1000 });
      waitingSince = null;
    }
  }
  if (waitingSince !== null) replies.push({ buyerAt: waitingSince, replyAt: null, seconds: null });
  return replies;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
