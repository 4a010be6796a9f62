import type { CanonicalRecord, ConversationRecord, MessageRecord, Scenario } from "../ingest/records";
import type { Buyer } from "./buyers";
import { CALL_SHARE, CHANNEL_WEIGHTS, type ChannelProfile } from "./channels";
import { SECOND_MS, type ZoneClock } from "./clock";
import { conversionProbability, firstResponse, orderTime, satisfaction } from "./conversation-outcome";
import type { ConversationPlanner, PlannedMessage } from "./conversation-plan";
import { ConversationText } from "./conversation-text";
import type { ShopEffects } from "./effects";
import type { ConversationShape, MessageLengths } from "./message-length";
import { orderRecord, planDelivery } from "./orders";
import { pickProduct } from "./product-picker";
import type { Random } from "./random";
import { BOT_AGENT_ID } from "./staff";
import {
  NAMED_TEMPLATE_CHANCE,
  TEMPLATE_EDIT_WEIGHTS,
  writeTemplateReply,
  type TemplateEdit,
} from "./template-replies";
import { englishTemplate, templatesOf, type LibraryTemplate } from "./templates";
import { topicSpec, topicsOf, type Topic } from "./topics";
import type { AgentMessageTruth, ConversationTruth, TruthEvent } from "./truth";
import type { DemoLanguage } from "./vocabulary/languages";
import type { Product } from "./vocabulary/products";

const SCENARIO_MIX: readonly (readonly [Scenario, number])[] = [
  ["presale", 0.4],
  ["logistics", 0.3],
  ["aftersale", 0.2],
  ["other", 0.1],
];
/** Non-English buyers whose agent answers in their language rather than English. */
const LOCAL_LANGUAGE_REPLY = 0.25;
/** Agents mostly reach for the template made for the question, sometimes a neighbour. */
const TOPIC_TEMPLATE = 0.9;
/** Most templates go into the first answer; some into a later one (a return form after photos). */
const TEMPLATE_IN_FIRST_REPLY = 0.8;
/** Share of conversations whose source exports a language, on the conversation and on messages. */
const LANGUAGE_ON_CONVERSATION = 0.9;
const LANGUAGE_ON_MESSAGES = 0.4;
const CSAT_SHARE = 0.25;

export interface ConversationShares {
  unanswered: number;
  agentInitiated: number;
  hiddenScenario: number;
}

/** What every conversation is generated with. */
export interface ConversationDeps {
  root: Random;
  clock: ZoneClock;
  planner: ConversationPlanner;
  lengths: MessageLengths;
  effects: ShopEffects;
  shares: ConversationShares;
  /** When the export is taken: later deliveries have not happened. */
  snapshotMs: number;
  nextOrderId: () => string;
  onTruth: ((event: TruthEvent) => void) | null;
}

export interface ConversationStart {
  id: string;
  startMs: number;
  buyer: Buyer;
}

interface TemplateUse {
  template: LibraryTemplate;
  edit: TemplateEdit;
  named: boolean;
  messageIndex: number;
}

/** What was decided about a conversation before any word of it is written. */
interface ConversationPlan {
  id: string;
  buyer: Buyer;
  channel: ChannelProfile;
  scenario: Scenario;
  topic: Topic;
  product: Product;
  shape: ConversationShape;
  messages: readonly PlannedMessage[];
  template: TemplateUse | null;
  agentLanguage: DemoLanguage;
  hideScenario: boolean;
  tagConversationLanguage: boolean;
  tagMessageLanguage: boolean;
}

/**
 * One conversation as records: the conversation, its messages in order, then the order it led
 * to, if any (an array, not a generator: a generator per conversation costs more than its
 * records). Its random streams derive from its id, one per concern (plan, text, outcome), so a
 * change to the vocabulary never moves a timestamp or a conversion.
 */
export function conversationRecords(start: ConversationStart, deps: ConversationDeps): CanonicalRecord[] {
  const streams = `conversation/${start.id}`;
  const plan = planConversation(start, deps, deps.root.fork(`${streams}/plan`));
  const { messages, agentTruth } = writeMessages(plan, deps.clock, deps.root.fork(`${streams}/text`));

  const outcomeRng = deps.root.fork(`${streams}/outcome`);
  const { firstBuyerMs, frtSeconds } = firstResponse(plan.messages);
  const lastMs = plan.messages.at(-1)!.atMs;
  const probability = conversionProbability(deps.effects, plan.scenario, frtSeconds, plan.template?.template.id ?? null);
  const conversation = conversationRecord(plan, frtSeconds, deps.clock, outcomeRng);
  const orderId = outcomeRng.chance(probability) ? deps.nextOrderId() : null;
  const order = orderId
    ? orderRecord(
        {
          id: orderId,
          buyer: plan.buyer,
          product: plan.product,
          placedMs: orderTime(firstBuyerMs, lastMs, outcomeRng),
          delivery: planDelivery(plan.buyer, outcomeRng),
          snapshotMs: deps.snapshotMs,
        },
        deps.clock,
        outcomeRng,
      )
    : null;

  // The truth arrives before the records it describes, so a consumer can check each on arrival.
  deps.onTruth?.({
    kind: "conversation",
    conversationId: plan.id,
    scenario: plan.scenario,
    scenarioRecorded: !plan.hideScenario,
    topic: plan.topic,
    theme: topicSpec(plan.topic).theme ?? null,
    channel: plan.channel.channel,
    agentInitiated: plan.shape === "outreach",
    answered: frtSeconds !== null,
    firstResponseSeconds: frtSeconds,
    agentLanguage: plan.agentLanguage,
    agentMessages: agentTruth,
    conversionProbability: probability,
    orderId,
  } satisfies ConversationTruth);

  const records: CanonicalRecord[] = [conversation, ...messages];
  if (order) records.push(order);
  return records;
}

function planConversation(start: ConversationStart, deps: ConversationDeps, rng: Random): ConversationPlan {
  const { buyer } = start;
  const channel = rng.weighted(CHANNEL_WEIGHTS);
  const scenario = rng.weighted(SCENARIO_MIX);
  const topic = rng.weighted(topicsOf(scenario));
  const spec = topicSpec(topic);
  const product = pickProduct(rng, spec.products);
  const shape = conversationShape(channel, deps.shares, rng);
  const messages = deps.planner.plan(shape, channel, deps.lengths.sample(shape, rng), start.startMs, rng);
  const writesBack = shape === "written" || shape === "outreach";
  const template =
    writesBack && rng.chance(deps.effects.templateUse[scenario]) ? chooseTemplate(scenario, spec.template, messages, rng) : null;
  // Templates exist in English (and Chinese), and call notes are kept in English: an agent who
  // uses a template or logs a call writes English.
  const english = template || channel.call || buyer.language === "en" || !rng.chance(LOCAL_LANGUAGE_REPLY);
  return {
    id: start.id,
    buyer,
    channel,
    scenario,
    topic,
    product,
    shape,
    messages,
    template,
    agentLanguage: english ? "en" : buyer.language,
    hideScenario: rng.chance(deps.shares.hiddenScenario),
    tagConversationLanguage: rng.chance(LANGUAGE_ON_CONVERSATION),
    tagMessageLanguage: rng.chance(LANGUAGE_ON_MESSAGES),
  };
}

/** The message records, buyer times in the buyer's zone and the shop's in UTC, and what each agent message drew on. */
function writeMessages(
  plan: ConversationPlan,
  clock: ZoneClock,
  rng: Random,
): { messages: MessageRecord[]; agentTruth: AgentMessageTruth[] } {
  const { buyer, template, agentLanguage } = plan;
  const orderNumber = `#LM${rng.int(100_000, 999_999)}`;
  const text = new ConversationText({ ...plan, orderNumber }, rng);
  const messages: MessageRecord[] = [];
  const agentTruth: AgentMessageTruth[] = [];
  for (let index = 0; index < plan.messages.length; index++) {
    const planned = plan.messages[index]!;
    const message: MessageRecord = {
      type: "message",
      id: `${plan.id}-m${String(index + 1).padStart(2, "0")}`,
      conversation_id: plan.id,
      sender: planned.sender,
      sent_at: planned.sender === "buyer" ? clock.local(planned.atMs, buyer.market.timeZone) : clock.utc(planned.atMs),
      text: "",
    };
    if (planned.sender === "buyer") {
      message.text = text.buyer(planned.role);
    } else if (planned.sender === "bot") {
      message.text = text.bot();
      message.agent_id = BOT_AGENT_ID;
    } else {
      const agent = planned.agent!;
      const use = template?.messageIndex === index ? template : null;
      message.agent_id = agent.id;
      message.text = use
        ? writeTemplateReply(use.template, use.edit, text.frame(agent), {
            market: buyer.market,
            product: plan.product,
            scenario: plan.scenario,
            sentMs: planned.atMs,
            clock,
            rng,
          })
        : text.agent(planned.role, agent);
      if (use?.named) message.template_id = use.template.id;
      agentTruth.push({
        messageId: message.id,
        templateId: use?.template.id ?? null,
        edit: use?.edit ?? null,
        named: use?.named ?? false,
      });
    }
    if (plan.tagMessageLanguage) message.language = planned.sender === "agent" ? agentLanguage : buyer.language;
    if (planned.durationS !== null) message.duration_s = planned.durationS;
    messages.push(message);
  }
  return { messages, agentTruth };
}

function conversationRecord(plan: ConversationPlan, frtSeconds: number | null, clock: ZoneClock, rng: Random): ConversationRecord {
  const { buyer, messages } = plan;
  const conversation: ConversationRecord = {
    type: "conversation",
    id: plan.id,
    channel: plan.channel.channel,
    buyer_id: buyer.id,
    market: buyer.market.code,
    started_at: clock.local(messages[0]!.atMs, buyer.market.timeZone),
  };
  if (plan.tagConversationLanguage) conversation.language = buyer.language;
  if (!plan.hideScenario) conversation.scenario = plan.scenario;
  if (frtSeconds !== null) {
    conversation.closed_at = clock.utc(messages.at(-1)!.atMs + Math.round(rng.lognormal(1_800, 0.8)) * SECOND_MS);
    const complaint = topicSpec(plan.topic).theme !== undefined;
    if (rng.chance(CSAT_SHARE)) conversation.csat = satisfaction(frtSeconds, plan.scenario, complaint, rng);
  }
  return conversation;
}

function conversationShape(channel: ChannelProfile, shares: ConversationShares, rng: Random): ConversationShape {
  if (rng.chance(shares.unanswered)) return "unanswered";
  if (channel.call) return "call";
  // The outreach share is of all conversations; written answered ones are where it can happen.
  const writtenShare = (1 - shares.unanswered) * (1 - CALL_SHARE);
  return rng.chance(Math.min(1, shares.agentInitiated / writtenShare)) ? "outreach" : "written";
}

function chooseTemplate(scenario: Scenario, topicTemplate: string, plan: readonly PlannedMessage[], rng: Random): TemplateUse {
  const template = englishTemplate(rng.chance(TOPIC_TEMPLATE) ? topicTemplate : rng.pick(templatesOf(scenario)));
  const edit = rng.weighted(TEMPLATE_EDIT_WEIGHTS);
  let firstReply = -1;
  const laterTurns: number[] = [];
  for (let i = 0; i < plan.length; i++) {
    if (plan[i]!.role === "first_reply") firstReply = i;
    else if (plan[i]!.role === "agent_turn") laterTurns.push(i);
  }
  const messageIndex = laterTurns.length > 0 && !rng.chance(TEMPLATE_IN_FIRST_REPLY) ? rng.pick(laterTurns) : firstReply;
  return { template, edit, named: rng.chance(NAMED_TEMPLATE_CHANCE[edit]), messageIndex };
}
