import type { Sender } from "../ingest/records";
import type { ChannelProfile } from "./channels";
import { SECOND_MS, wholeSeconds } from "./clock";
import type { ConversationShape } from "./message-length";
import type { Random } from "./random";
import type { DutyRoster, HumanAgent } from "./staff";

/** What a message does in the conversation; the text is chosen from it later. */
export type MessageRole =
  | "opener"
  | "outreach"
  | "bot"
  | "first_reply"
  | "agent_turn"
  | "buyer_turn"
  | "thanks"
  | "closing"
  | "nudge";

export interface PlannedMessage {
  sender: Sender;
  role: MessageRole;
  /** Whole seconds, epoch ms. */
  atMs: number;
  agent: HumanAgent | null;
  /** Call segments only. */
  durationS: number | null;
}

/** The bot acknowledges most messages that arrive while nobody is on duty, a few of the others. */
const BOT_ACK_OFF_DUTY = 0.85;
const BOT_ACK_ON_DUTY = 0.3;
/** Replies sent in the same second as the buyer's message (an agent already typing). */
const SAME_SECOND_REPLY = 0.006;
/** When a shift starts, the queue that built up overnight takes a while to clear. */
const BACKLOG_MEDIAN_S = 900;
const BACKLOG_SIGMA = 0.9;
const BUYER_TURN_SIGMA = 1.1;
const AGENT_TURN_SIGMA = 0.9;
/** A buyer who got no answer writes again after about 20 minutes. */
const NUDGE_MEDIAN_S = 1_200;
/** A buyer contacted by the shop answers within a couple of hours. */
const OUTREACH_ANSWER_MEDIAN_S = 5_400;
const THANKS_SHARE = 0.6;

/**
 * The skeleton of one conversation: who writes when, and which human agent. Timing follows the
 * duty roster: a buyer writing while the Shanghai team is off waits for the next shift.
 */
export class ConversationPlanner {
  constructor(private readonly roster: DutyRoster) {}

  plan(shape: ConversationShape, channel: ChannelProfile, length: number, startMs: number, rng: Random): PlannedMessage[] {
    const draft = new Draft(this.roster, channel, rng);
    let t = wholeSeconds(startMs);
    if (shape === "outreach") {
      // The shop writes during a shift, not always on the stroke of its first hour.
      if (!this.roster.teamOnDuty(t)) t = this.roster.nextOnDuty(t) + rng.int(60, 7_200) * SECOND_MS;
      draft.push("agent", "outreach", t, draft.agentFor(t));
      t += delayMs(rng, OUTREACH_ANSWER_MEDIAN_S, BUYER_TURN_SIGMA);
    }
    draft.push("buyer", "opener", t);
    const firstBuyerMs = t;

    if (shape === "unanswered") {
      if (!channel.call && draft.size < length && rng.chance(this.botChance(t))) {
        draft.push("bot", "bot", t + rng.int(1, 4) * SECOND_MS);
      }
      while (draft.size < length) {
        t += delayMs(rng, NUDGE_MEDIAN_S, 1);
        draft.push("buyer", "nudge", t);
      }
      return draft.done();
    }

    const firstReply = draft.replyAt(t, channel.firstReplyMedianS, channel.firstReplySigma, true);
    // The bot only acknowledges when a human is not about to answer, and needs room in the count.
    const botAcknowledges =
      shape === "written" &&
      length - draft.size >= 2 &&
      firstReply - firstBuyerMs > 5 * SECOND_MS &&
      rng.chance(this.botChance(t));
    if (botAcknowledges) draft.push("bot", "bot", t + rng.int(1, 4) * SECOND_MS);
    t = firstReply;
    draft.push("agent", "first_reply", t, draft.agent);

    let buyerTurn = true;
    while (draft.size < length) {
      if (buyerTurn) {
        t += delayMs(rng, channel.buyerTurnMedianS, BUYER_TURN_SIGMA);
        draft.push("buyer", "buyer_turn", t);
      } else {
        t = draft.replyAt(t, channel.agentTurnMedianS, AGENT_TURN_SIGMA, false);
        draft.push("agent", "agent_turn", t, draft.agent);
      }
      buyerTurn = !buyerTurn;
    }
    draft.markThanks();
    return draft.done();
  }

  private botChance(ms: number): number {
    return this.roster.teamOnDuty(ms) ? BOT_ACK_ON_DUTY : BOT_ACK_OFF_DUTY;
  }
}

/** One conversation's messages while they are planned, and the agent currently holding it. */
class Draft {
  private readonly messages: PlannedMessage[] = [];
  agent: HumanAgent | null = null;

  constructor(
    private readonly roster: DutyRoster,
    private readonly channel: ChannelProfile,
    private readonly rng: Random,
  ) {}

  get size(): number {
    return this.messages.length;
  }

  push(sender: Sender, role: MessageRole, atMs: number, agent: HumanAgent | null = null): void {
    const durationS = this.channel.call ? callSegmentSeconds(sender, this.rng) : null;
    this.messages.push({ sender, role, atMs, agent, durationS });
  }

  /** The same agent keeps a conversation while their team is on; the next shift takes it over. */
  agentFor(ms: number): HumanAgent {
    const team = this.roster.teamFor(ms);
    if (!this.agent || this.agent.team !== team) this.agent = this.roster.pickAgent(team, this.rng);
    return this.agent;
  }

  /** When a human answers a message sent at `ms`; `agent` is then the one who does. */
  replyAt(ms: number, medianS: number, sigma: number, first: boolean): number {
    const { roster, rng } = this;
    if (roster.teamOnDuty(ms)) {
      const agent = this.agentFor(ms);
      if (first && rng.chance(SAME_SECOND_REPLY)) return ms;
      return ms + delayMs(rng, medianS * agent.pace, sigma);
    }
    const shiftStart = roster.nextOnDuty(ms);
    const agent = this.agentFor(shiftStart);
    return shiftStart + delayMs(rng, BACKLOG_MEDIAN_S * agent.pace, BACKLOG_SIGMA);
  }

  /** Many conversations end with the buyer's thanks and, if the agent writes again, a closing line. */
  markThanks(): void {
    const { messages } = this;
    let last = messages.length - 1;
    while (last >= 0 && messages[last]!.role !== "buyer_turn") last--;
    if (last < 0 || !this.rng.chance(THANKS_SHARE)) return;
    messages[last]!.role = "thanks";
    const next = messages[last + 1];
    if (next?.sender === "agent") next.role = "closing";
  }

  /** In time order; the sort is stable, so a same-second reply stays after the message it answers. */
  done(): PlannedMessage[] {
    return this.messages.sort(byTime);
  }
}

function byTime(a: PlannedMessage, b: PlannedMessage): number {
  return a.atMs - b.atMs;
}

/** A log-normal delay in whole seconds, at least one. */
function delayMs(rng: Random, medianS: number, sigma: number): number {
  return Math.max(1, Math.round(rng.lognormal(medianS, sigma))) * SECOND_MS;
}

/** Voice notes and calls: buyers leave short messages, agents call back for a few minutes. */
function callSegmentSeconds(sender: Sender, rng: Random): number {
  return sender === "agent" ? Math.max(30, Math.round(rng.lognormal(240, 0.6))) : Math.max(5, Math.round(rng.lognormal(35, 0.6)));
}
