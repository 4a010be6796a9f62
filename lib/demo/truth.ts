import type { Channel, Scenario } from "../ingest/records";
import type { ShopEffects } from "./effects";
import type { TemplateEdit } from "./template-replies";
import type { Topic } from "./topics";
import type { ComplaintTheme, ReviewTheme } from "./vocabulary/complaint-themes";
import type { ReviewTone } from "./vocabulary/review-phrases";

/**
 * Ground truth the records do not carry (nothing of it is in `attrs`), for benchmarks that score
 * scenario inference, template detection, lift estimates and topic recovery. It arrives through
 * `ShopOptions.onTruth`, one event per shop, conversation and review, in generation order.
 */
export type TruthEvent = ShopTruth | ConversationTruth | ReviewTruth;

/** Sent once, before any conversation. */
export interface ShopTruth {
  kind: "shop";
  seed: string;
  /** First instant of the first week and of the week after the last, ISO 8601 UTC. */
  start: string;
  end: string;
  /** Planted conversion multiplier of every template id in the library (1 = no effect). */
  templateLifts: Readonly<Record<string, number>>;
  effects: ShopEffects;
}

export interface AgentMessageTruth {
  messageId: string;
  /** The template the message was written from, whether or not it says so in `template_id`. */
  templateId: string | null;
  edit: TemplateEdit | null;
  /** True when the record names the template in `template_id`. */
  named: boolean;
}

export interface ConversationTruth {
  kind: "conversation";
  conversationId: string;
  /** The real scenario, also when the record leaves `scenario` out. */
  scenario: Scenario;
  scenarioRecorded: boolean;
  topic: Topic;
  /** The complaint theme of the buyer's messages, when they complain. */
  theme: ComplaintTheme | null;
  channel: Channel;
  agentInitiated: boolean;
  answered: boolean;
  /** Seconds from the first buyer message to the first human reply, as generated. */
  firstResponseSeconds: number | null;
  /** Language the agents wrote in. */
  agentLanguage: string;
  /** Every human agent message, in order. */
  agentMessages: readonly AgentMessageTruth[];
  /** Probability of an order that the planted effects gave this conversation. */
  conversionProbability: number;
  /** The order the conversation led to, if any. */
  orderId: string | null;
}

export interface ReviewTruth {
  kind: "review";
  reviewId: string;
  orderId: string;
  market: string;
  tone: ReviewTone;
  theme: ReviewTheme | null;
  alsoMentions: ComplaintTheme | null;
}
