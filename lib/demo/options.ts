import { checkTimestamp } from "../time/timestamp";
import { resolveEffects, type ShopEffects } from "./effects";
import type { TruthEvent } from "./truth";
import { DAY_MS, WEEK_MS } from "./clock";

/** Everything `generateShop` can be asked for; every field has a default. */
export interface ShopOptions {
  /** Every value derives from it: the same options give byte-identical output. Default "replyscope". */
  seed?: string;
  /** Conversations in the whole data set. Default 3000. */
  conversations?: number;
  /** Length of the data set in ISO weeks. Default 12. */
  weeks?: number;
  /** The Monday 00:00 UTC after the last week. Default 2026-11-23T00:00:00Z (12 weeks from Mon 2026-08-31). */
  end?: string;
  /** Target mean of messages per conversation (bot acknowledgements included). Default 8. */
  messagesPerConversation?: number;
  /** Emit records scrambled within windows of a thousand (agents and templates still first). */
  shuffle?: boolean;
  /** Planted effects; each key given replaces the default's (see effects.ts, and CONFOUNDED_EFFECTS). */
  effects?: Partial<ShopEffects>;
  /** Share of conversations exported without `scenario`, for scenario inference. Default 0.15. */
  hiddenScenarioShare?: number;
  /** Share of conversations no human answers. Default 0.05. */
  unansweredShare?: number;
  /** Share of conversations an agent starts (outreach). Default 0.06. */
  agentInitiatedShare?: number;
  /** Marketplace reviews per conversation; most buyers review without ever chatting. Default 2. */
  reviewsPerConversation?: number;
  /** Orders not tied to any conversation and without a review, per conversation. Default 1. */
  backgroundOrdersPerConversation?: number;
  /** Receives the ground truth the records do not carry (see truth.ts). */
  onTruth?: (event: TruthEvent) => void;
}

export const SHOP_DEFAULTS = {
  seed: "replyscope",
  conversations: 3_000,
  weeks: 12,
  end: "2026-11-23T00:00:00Z",
  messagesPerConversation: 8,
  shuffle: false,
  hiddenScenarioShare: 0.15,
  unansweredShare: 0.05,
  agentInitiatedShare: 0.06,
  reviewsPerConversation: 2,
  backgroundOrdersPerConversation: 1,
} as const;

/** Options checked and completed with their defaults. */
export interface ShopSettings {
  seed: string;
  conversations: number;
  weeks: number;
  startMs: number;
  endMs: number;
  messagesPerConversation: number;
  shuffle: boolean;
  effects: ShopEffects;
  hiddenScenarioShare: number;
  unansweredShare: number;
  agentInitiatedShare: number;
  reviewsPerConversation: number;
  backgroundOrdersPerConversation: number;
  onTruth: ((event: TruthEvent) => void) | null;
}

/** Below two messages a conversation cannot hold a question and its answer. */
const MIN_MEAN_MESSAGES = 2;

/** Completes `options` with the defaults; throws a RangeError naming the first option at fault. */
export function resolveShopOptions(options: ShopOptions = {}): ShopSettings {
  const o = { ...SHOP_DEFAULTS, ...withoutUndefined(options) };
  if (typeof o.seed !== "string" || o.seed === "") throw new RangeError("seed must be a non-empty string");
  wholeNumber("conversations", o.conversations, 0);
  wholeNumber("weeks", o.weeks, 1);
  if (!(o.messagesPerConversation >= MIN_MEAN_MESSAGES)) {
    throw new RangeError(`messagesPerConversation must be at least ${MIN_MEAN_MESSAGES}, got ${o.messagesPerConversation}`);
  }
  share("hiddenScenarioShare", o.hiddenScenarioShare, 1);
  // Everyone unanswered would leave nothing to carry the mean message count.
  share("unansweredShare", o.unansweredShare, 0.99);
  share("agentInitiatedShare", o.agentInitiatedShare, 0.5);
  nonNegative("reviewsPerConversation", o.reviewsPerConversation);
  nonNegative("backgroundOrdersPerConversation", o.backgroundOrdersPerConversation);
  return {
    seed: o.seed,
    conversations: o.conversations,
    weeks: o.weeks,
    startMs: mondayMidnightUtc(o.end) - o.weeks * WEEK_MS,
    endMs: mondayMidnightUtc(o.end),
    messagesPerConversation: o.messagesPerConversation,
    shuffle: o.shuffle,
    effects: resolveEffects(options.effects),
    hiddenScenarioShare: o.hiddenScenarioShare,
    unansweredShare: o.unansweredShare,
    agentInitiatedShare: o.agentInitiatedShare,
    reviewsPerConversation: o.reviewsPerConversation,
    backgroundOrdersPerConversation: o.backgroundOrdersPerConversation,
    onTruth: options.onTruth ?? null,
  };
}

/** Weeks are ISO weeks, so the data set must end where one begins. */
function mondayMidnightUtc(end: string): number {
  const checked = checkTimestamp(end);
  if (!checked.ok) throw new RangeError(`end: ${checked.reason}`);
  const date = new Date(checked.ms);
  if (date.getUTCDay() !== 1 || checked.ms % DAY_MS !== 0) {
    throw new RangeError(`end must be a Monday at 00:00 UTC, got ${end}`);
  }
  return checked.ms;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function wholeNumber(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number of at least ${min}, got ${value}`);
  }
}

function share(name: string, value: number, max: number): void {
  if (!(value >= 0 && value <= max)) throw new RangeError(`${name} must be a share from 0 to ${max}, got ${value}`);
}

function nonNegative(name: string, value: number): void {
  if (!(value >= 0 && Number.isFinite(value))) throw new RangeError(`${name} must be a number of at least 0, got ${value}`);
}
