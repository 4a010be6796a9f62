import type { Scenario } from "../ingest/records";
import type { Buyer } from "./buyers";
import type { ChannelProfile } from "./channels";
import type { MessageRole } from "./conversation-plan";
import type { Random } from "./random";
import type { HumanAgent } from "./staff";
import type { ReplyFrame } from "./template-replies";
import { fillSlots, joinParts, unknownSlot, type SlotValues } from "./text";
import type { Topic } from "./topics";
import {
  ACKNOWLEDGEMENTS,
  BOT_ACKNOWLEDGEMENTS,
  CALL_NOTES,
  CLOSINGS,
  GREETINGS,
  OUTREACH_EN,
  OWN_WORDS_EN,
  OWN_WORDS_LOCAL,
  SIGN_OFFS,
} from "./vocabulary/agent-messages";
import { BUYER_NUDGES, BUYER_OPENERS, BUYER_THANKS } from "./vocabulary/buyer-messages";
import { EXCHANGES, type Exchange } from "./vocabulary/follow-ups";
import type { DemoLanguage } from "./vocabulary/languages";
import type { Product } from "./vocabulary/products";

/** Who talks about what in one conversation: everything its texts depend on. */
export interface ConversationVoice {
  buyer: Buyer;
  /** English mostly; the buyer's language when the agent switches to it. */
  agentLanguage: DemoLanguage;
  scenario: Scenario;
  topic: Topic;
  product: Product;
  channel: ChannelProfile;
  /** The order number the buyer quotes ("#LM482913"). */
  orderNumber: string;
}

/** Agents greet a chat buyer by name now and then; an e-mail always. */
const CHAT_GREETING_SHARE = 0.3;
/** Most follow-up questions get their answer; the rest a holding line ("Let me check"). */
const ANSWERED_FOLLOW_UP = 0.75;

/** The words of one conversation's messages, except the template replies (template-replies.ts). */
export class ConversationText {
  private readonly buyerSlots: BuyerSlots;
  private readonly agentSlots: AgentSlots;
  /** Phrases already said, so nobody repeats themselves while other phrasings are left. */
  private readonly said: string[] = [];
  /** The buyer's last follow-up question, which the agent's next turn answers. */
  private openQuestion: Exchange | null = null;

  constructor(
    private readonly voice: ConversationVoice,
    private readonly rng: Random,
  ) {
    this.buyerSlots = new BuyerSlots(voice, rng);
    this.agentSlots = new AgentSlots(voice, rng);
  }

  buyer(role: MessageRole): string {
    const { buyer, topic, scenario } = this.voice;
    const language = buyer.language;
    switch (role) {
      case "opener":
        return this.say(BUYER_OPENERS[topic][language], this.buyerSlots);
      case "thanks":
        return this.say(BUYER_THANKS[language], this.buyerSlots);
      case "nudge":
        return this.say(BUYER_NUDGES[language], this.buyerSlots);
      default:
        return this.ask(EXCHANGES[scenario], language);
    }
  }

  bot(): string {
    return this.rng.pick(BOT_ACKNOWLEDGEMENTS[this.voice.buyer.language]);
  }

  /** An agent message in the agent's own words. */
  agent(role: MessageRole, agent: HumanAgent): string {
    const { scenario, channel, agentLanguage } = this.voice;
    const slots = this.agentSlots.as(agent);
    if (channel.call && role === "first_reply") {
      const prefix = channel.channel === "video" ? "Video call note: " : "Call note: ";
      return prefix + this.say(CALL_NOTES[scenario], slots);
    }
    switch (role) {
      case "outreach":
        return this.say(OUTREACH_EN[scenario], slots);
      case "first_reply": {
        const frame = this.frame(agent);
        const greet = frame.formal || this.rng.chance(CHAT_GREETING_SHARE);
        const parts = [greet ? frame.greeting : null, frame.ownWords, frame.formal ? frame.signOff : null];
        return joinParts(parts, frame.formal ? "\n\n" : " ");
      }
      case "closing":
        return this.say(CLOSINGS[agentLanguage], slots);
      default: {
        const question = this.openQuestion;
        this.openQuestion = null;
        return question && this.rng.chance(ANSWERED_FOLLOW_UP)
          ? fillSlots(question.agent[agentLanguage], slots)
          : this.say(ACKNOWLEDGEMENTS[agentLanguage], slots);
      }
    }
  }

  /** Greeting, sign-off and own words an agent may wrap around a reply, in the agent's language. */
  frame(agent: HumanAgent): ReplyFrame {
    const { agentLanguage, scenario, topic } = this.voice;
    const slots = this.agentSlots.as(agent);
    const ownWords = agentLanguage === "en" ? OWN_WORDS_EN[topic] : OWN_WORDS_LOCAL[scenario][agentLanguage];
    return {
      greeting: this.say(GREETINGS[agentLanguage], slots),
      signOff: this.say(SIGN_OFFS[agentLanguage], slots),
      ownWords: this.say(ownWords, slots),
      formal: this.voice.channel.channel === "email",
    };
  }

  /** A follow-up question not yet asked, if one is left; the agent's next turn answers it. */
  private ask(exchanges: readonly Exchange[], language: DemoLanguage): string {
    const fresh: Exchange[] = [];
    for (const e of exchanges) if (!this.said.includes(e.buyer[language])) fresh.push(e);
    const exchange = this.rng.pick(fresh.length > 0 ? fresh : exchanges);
    this.openQuestion = exchange;
    return this.say([exchange.buyer[language]], this.buyerSlots);
  }

  /** A phrase not yet said in this conversation, if there is one left. */
  private say(phrases: readonly string[], slots: SlotValues): string {
    let fresh = 0;
    for (const p of phrases) if (!this.said.includes(p)) fresh++;
    let phrase = phrases[0]!;
    if (fresh === 0) {
      phrase = this.rng.pick(phrases);
    } else {
      let skip = this.rng.int(0, fresh - 1);
      for (const p of phrases) {
        if (this.said.includes(p)) continue;
        phrase = p;
        if (skip-- === 0) break;
      }
    }
    this.said.push(phrase);
    return fillSlots(phrase, slots);
  }
}

class BuyerSlots implements SlotValues {
  constructor(
    private readonly voice: ConversationVoice,
    private readonly rng: Random,
  ) {}

  slot(name: string): string {
    switch (name) {
      case "item":
        return this.voice.product.names[this.voice.buyer.language];
      case "order":
        return this.voice.orderNumber;
      case "days":
        return String(this.rng.int(5, 25));
      default:
        return unknownSlot(name);
    }
  }
}

class AgentSlots implements SlotValues {
  private agent: HumanAgent | null = null;

  constructor(
    private readonly voice: ConversationVoice,
    private readonly rng: Random,
  ) {}

  /** The same slots, signed by `agent` (a conversation can change hands at a shift change). */
  as(agent: HumanAgent): this {
    this.agent = agent;
    return this;
  }

  slot(name: string): string {
    const { voice } = this;
    switch (name) {
      case "item":
        return voice.product.names[voice.agentLanguage];
      case "name":
        return voice.buyer.firstName;
      case "agent":
        return this.agent?.signsAs ?? unknownSlot(name);
      case "order":
        return voice.orderNumber;
      case "tracking":
        return `LX${this.rng.int(100_000_000, 999_999_999)}CN`;
      case "link":
        return `https://lumora.shop/track/${voice.orderNumber.slice(1)}`;
      default:
        return unknownSlot(name);
    }
  }
}
