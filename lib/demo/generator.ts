import type { CanonicalRecord } from "../ingest/records";
import { BuyerDirectory } from "./buyers";
import { localDaytime, perDay } from "./calendar";
import { CALL_SHARE } from "./channels";
import { DAY_MS, wholeSeconds, ZoneClock } from "./clock";
import { ConversationPlanner } from "./conversation-plan";
import { conversationRecords, type ConversationDeps } from "./conversation";
import { MessageLengths } from "./message-length";
import { resolveShopOptions, type ShopOptions, type ShopSettings } from "./options";
import { orderRecord, planDelivery } from "./orders";
import { pickProduct } from "./product-picker";
import { Random } from "./random";
import { ReviewModel, reviewRecord } from "./reviews";
import { scramble } from "./scramble";
import { agentRecords, DutyRoster } from "./staff";
import { TEMPLATE_LIBRARY, templateRecords } from "./templates";

export type { ShopOptions } from "./options";

/** Records per scrambled window with `shuffle`: a conversation's records stay within one or two. */
const SHUFFLE_WINDOW = 1_000;
/** The export is taken a week after the last week, so late replies and orders are in it. */
const SNAPSHOT_LAG_MS = 7 * DAY_MS;
/** Buyers who chat, per conversation: uniform draws make about one conversation in five a repeat buyer's. */
const CHAT_BUYERS_PER_CONVERSATION = 2.5;
const MARKETPLACE_BUYERS_PER_ORDER = 1.5;
/** After delivery, a reviewer takes a day or more, about five on average. */
const REVIEW_DELAY_MIN_MS = DAY_MS;
const REVIEW_DELAY_MEAN_MS = 4 * DAY_MS;

/**
 * A seeded, deterministic demo shop as a stream of canonical records: agents, templates, then
 * day by day the day's conversations (each followed by its messages and any order it led to),
 * orders without a conversation, and marketplace reviews with the orders they review. Nothing is
 * held beyond one day's conversation start times, so a million messages stream in constant memory.
 *
 * Options are checked here, before the first record; ground truth goes to `options.onTruth`.
 */
export function generateShop(options: ShopOptions = {}): Generator<CanonicalRecord, void, undefined> {
  return shopRecords(resolveShopOptions(options));
}

function* shopRecords(settings: ShopSettings): Generator<CanonicalRecord, void, undefined> {
  const root = new Random(settings.seed);
  settings.onTruth?.({
    kind: "shop",
    seed: settings.seed,
    start: new Date(settings.startMs).toISOString(),
    end: new Date(settings.endMs).toISOString(),
    templateLifts: Object.fromEntries(TEMPLATE_LIBRARY.map((t) => [t.id, settings.effects.templateLift[t.id] ?? 1])),
    effects: settings.effects,
  });
  yield* agentRecords();
  yield* templateRecords();
  const days = new ShopDays(settings, root).records();
  yield* settings.shuffle ? scramble(days, root.fork("shuffle"), SHUFFLE_WINDOW) : days;
}

/** The shop's days, each with its conversations, background orders and reviews. */
class ShopDays {
  private readonly clock = new ZoneClock();
  private readonly buyers: BuyerDirectory;
  private readonly deps: ConversationDeps;
  private readonly reviewModel: ReviewModel;
  private readonly snapshotMs: number;
  private readonly conversationsPerDay: number[];
  private readonly backgroundOrdersPerDay: number[];
  private readonly reviewsPerDay: number[];
  private conversations = 0;
  private orders = 0;
  private reviews = 0;

  constructor(
    private readonly settings: ShopSettings,
    private readonly root: Random,
  ) {
    const { conversations, weeks } = settings;
    const days = weeks * 7;
    // Conversations vary from day to day; orders and reviews follow the plain weekly rhythm, so
    // complaint counts move only where an effect is planted.
    const dayNoise = root.fork("calendar");
    this.conversationsPerDay = perDay(conversations, days, () => dayNoise.lognormal(1, 0.1));
    this.backgroundOrdersPerDay = perDay(Math.round(conversations * settings.backgroundOrdersPerConversation), days);
    this.reviewsPerDay = perDay(Math.round(conversations * settings.reviewsPerConversation), days);
    const marketplaceOrders = sum(this.backgroundOrdersPerDay) + sum(this.reviewsPerDay);
    this.buyers = new BuyerDirectory(
      root,
      Math.max(1, Math.round(conversations * CHAT_BUYERS_PER_CONVERSATION)),
      Math.max(1, Math.round(marketplaceOrders * MARKETPLACE_BUYERS_PER_ORDER)),
    );
    this.snapshotMs = settings.endMs + SNAPSHOT_LAG_MS;
    this.deps = {
      root,
      clock: this.clock,
      planner: new ConversationPlanner(new DutyRoster(this.clock)),
      lengths: new MessageLengths(settings.messagesPerConversation, settings.unansweredShare, CALL_SHARE),
      effects: settings.effects,
      shares: {
        unanswered: settings.unansweredShare,
        agentInitiated: settings.agentInitiatedShare,
        hiddenScenario: settings.hiddenScenarioShare,
      },
      snapshotMs: this.snapshotMs,
      nextOrderId: () => this.nextOrderId(),
      onTruth: settings.onTruth,
    };
    this.reviewModel = new ReviewModel(settings.effects, weeks);
  }

  *records(): Generator<CanonicalRecord, void, undefined> {
    for (let day = 0; day < this.conversationsPerDay.length; day++) {
      yield* this.conversationsOf(day);
      yield* this.backgroundOrdersOf(day);
      yield* this.reviewsOf(day);
    }
  }

  /** The day's conversations in the order they start, numbered accordingly. */
  private *conversationsOf(day: number): Generator<CanonicalRecord, void, undefined> {
    const dayStartMs = this.dayStartMs(day);
    const rng = this.root.fork(`conversations/day-${day}`);
    const starts = Array.from({ length: this.conversationsPerDay[day]! }, (_, draw) => {
      const buyer = this.buyers.chatBuyer(rng);
      return { buyer, startMs: localDaytime(dayStartMs, buyer.market.timeZone, this.clock, rng), draw };
    }).sort((a, b) => a.startMs - b.startMs || a.draw - b.draw);
    for (const { buyer, startMs } of starts) {
      const id = `conv-${String(++this.conversations).padStart(7, "0")}`;
      for (const record of conversationRecords({ id, startMs, buyer }, this.deps)) yield record;
    }
  }

  private *backgroundOrdersOf(day: number): Generator<CanonicalRecord, void, undefined> {
    const rng = this.root.fork(`orders/day-${day}`);
    for (let i = 0; i < this.backgroundOrdersPerDay[day]!; i++) {
      const buyer = this.buyers.marketplaceBuyer(rng);
      const placedMs = localDaytime(this.dayStartMs(day), buyer.market.timeZone, this.clock, rng);
      const product = pickProduct(rng);
      const facts = { id: this.nextOrderId(), buyer, product, placedMs, delivery: planDelivery(buyer, rng), snapshotMs: this.snapshotMs };
      yield orderRecord(facts, this.clock, rng);
    }
  }

  /**
   * Reviews written on the day, each after the order it reviews (placed and delivered before).
   * What a review says is drawn apart from how it is worded, so rewording never moves a planted
   * complaint.
   */
  private *reviewsOf(day: number): Generator<CanonicalRecord, void, undefined> {
    const { clock, snapshotMs } = this;
    const rng = this.root.fork(`reviews/day-${day}`);
    const wordingRng = this.root.fork(`reviews/day-${day}/text`);
    const week = Math.floor(day / 7);
    for (let i = 0; i < this.reviewsPerDay[day]!; i++) {
      const buyer = this.buyers.marketplaceBuyer(rng);
      const createdMs = localDaytime(this.dayStartMs(day), buyer.market.timeZone, clock, rng);
      const { content, rating } = this.reviewModel.decide(buyer, week, rng);
      const delayMs = REVIEW_DELAY_MIN_MS + wholeSeconds(rng.exponential(REVIEW_DELAY_MEAN_MS));
      const deliveredMs = createdMs - delayMs;
      const delivery = planDelivery(buyer, rng);
      const orderId = this.nextOrderId();
      const placedMs = deliveredMs - delivery.totalMs;
      const product = content.product;
      yield orderRecord({ id: orderId, buyer, product, placedMs, delivery, snapshotMs, delivered: true }, clock, rng);
      const id = `rev-${String(++this.reviews).padStart(7, "0")}`;
      const { review, truth } = reviewRecord({ id, orderId, buyer, createdMs, rating, content }, clock, wordingRng);
      this.settings.onTruth?.(truth);
      yield review;
    }
  }

  private dayStartMs(day: number): number {
    return this.settings.startMs + day * DAY_MS;
  }

  private nextOrderId(): string {
    return `ord-${String(++this.orders).padStart(7, "0")}`;
  }
}

function sum(counts: readonly number[]): number {
  return counts.reduce((a, b) => a + b, 0);
}
