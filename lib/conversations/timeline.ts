import type { BusinessClock } from "../time/business-hours";
import { type DerivedConversation, isBotMessage, isHumanReply, type MessageFact, sortMessages } from "./derive";

/** What a message did to the first-response clock. */
export type ClockRole = "before" | "start" | "bot" | "waiting" | "stop" | "after";

export interface TimelineEntry<M extends MessageFact> {
  message: M;
  role: ClockRole;
}

/** A stretch outside business hours between the start of the clock and its stop (or now). */
export interface ClosedGap {
  from: number;
  to: number;
}

/** Gaps listed at most; a conversation left waiting over a long holiday has many. */
const MAX_GAPS = 30;

/**
 * Why a conversation's first response time is what it is: which message started the clock, which
 * stopped it, which bot messages it skipped, and the out-of-hours stretches business time leaves
 * out. Reads the same derivation as every report.
 */
export function explainFirstResponse<M extends MessageFact>(
  messages: readonly M[],
  derived: DerivedConversation,
  clock: BusinessClock,
  nowMs: number,
): { entries: TimelineEntry<M>[]; closedGaps: ClosedGap[]; gapsTruncated: boolean } {
  const sorted = sortMessages(messages);
  let started = false;
  let stopped = false;
  const entries = sorted.map((message): TimelineEntry<M> => {
    if (stopped) return { message, role: "after" };
    if (!started) {
      if (message.sender === "buyer" && message.sentAt === derived.firstBuyerAt) {
        started = true;
        return { message, role: "start" };
      }
      return { message, role: "before" };
    }
    if (isHumanReply(message)) {
      stopped = true;
      return { message, role: "stop" };
    }
    return { message, role: isBotMessage(message) ? "bot" : "waiting" };
  });
  const closedGaps: ClosedGap[] = [];
  let gapsTruncated = false;
  if (derived.firstBuyerAt !== null) {
    const from = derived.firstBuyerAt;
    const to = derived.firstHumanReplyAt ?? Math.max(nowMs, from);
    let cursor = from;
    const firstDay = Math.floor(from / 86_400_000) - 2;
    const lastDay = Math.floor(to / 86_400_000) + 2;
    for (let day = firstDay; day <= lastDay && cursor < to; day++) {
      for (const [start, end] of clock.intervals(day)) {
        if (end <= cursor) continue;
        if (start >= to) break;
        if (start > cursor) closedGaps.push({ from: cursor, to: Math.min(start, to) });
        cursor = Math.max(cursor, end);
      }
      if (closedGaps.length > MAX_GAPS) break;
    }
    if (cursor < to && closedGaps.length <= MAX_GAPS) closedGaps.push({ from: cursor, to });
    gapsTruncated = closedGaps.length > MAX_GAPS;
    closedGaps.length = Math.min(closedGaps.length, MAX_GAPS);
  }
  return { entries, closedGaps, gapsTruncated };
}
