import type { ReviewRecord } from "../ingest/records";
import type { Buyer } from "./buyers";
import type { ZoneClock } from "./clock";
import type { ShopEffects } from "./effects";
import { MARKETS, type Market } from "./markets";
import { pickBatteryProduct, pickProduct } from "./product-picker";
import type { Random } from "./random";
import { writeReviewText, type ReviewContent } from "./review-text";
import type { ReviewTruth } from "./truth";
import { COMPLAINT_THEMES, type ComplaintTheme, type ReviewTheme } from "./vocabulary/complaint-themes";
import type { DemoLanguage } from "./vocabulary/languages";
import type { Product } from "./vocabulary/products";

/** Share of reviews written in English by buyers whose language is another. */
const ENGLISH_ANYWAY = 0.05;
const ALSO_MENTIONS_SHARE = 0.12;
const LUKEWARM_SHARE_OF_REST = 0.15;

/** Probability of each complaint theme for one review (the rest of the mass is praise). */
type ThemeOdds = readonly (readonly [ReviewTheme, number])[];

/**
 * The complaint model: in market m and week w, a review complains about theme t with probability
 * negativeShare x weight(t, m, w) / sum of baseline weights in m. Spikes and emerging themes add
 * complaints on top of an unchanged baseline, so every other theme stays flat in expectation.
 */
export class ReviewModel {
  private readonly odds = new Map<string, ThemeOdds>();
  private readonly baselineThemes: readonly (readonly [ComplaintTheme, number])[];

  constructor(
    private readonly effects: ShopEffects,
    private readonly weeks: number,
  ) {
    this.baselineThemes = COMPLAINT_THEMES.map((t) => [t, effects.themeWeights[t]] as const);
    for (const market of MARKETS) {
      for (let week = 0; week < weeks; week++) this.odds.set(`${market.code}/${week}`, this.computeOdds(market, week));
    }
  }

  /** What a review written in `week` (0 = first week of the data set) by `buyer` says. */
  decide(buyer: Buyer, week: number, rng: Random): { content: ReviewContent; rating: number } {
    const language: DemoLanguage = buyer.language !== "en" && rng.chance(ENGLISH_ANYWAY) ? "en" : buyer.language;
    const theme = this.drawTheme(buyer.market, week, rng);
    if (theme) {
      const alsoMentions = rng.chance(ALSO_MENTIONS_SHARE) ? this.otherTheme(theme, rng) : null;
      const product = productFor(theme, rng);
      const content: ReviewContent = { tone: "negative", theme, alsoMentions, language, product, market: buyer.market };
      return { content, rating: rng.chance(0.6) ? 1 : 2 };
    }
    const lukewarm = rng.chance(LUKEWARM_SHARE_OF_REST);
    const content: ReviewContent = {
      tone: lukewarm ? "lukewarm" : "positive",
      theme: null,
      alsoMentions: null,
      language,
      product: pickProduct(rng),
      market: buyer.market,
    };
    return { content, rating: lukewarm ? 3 : rng.chance(0.7) ? 5 : 4 };
  }

  private drawTheme(market: Market, week: number, rng: Random): ReviewTheme | null {
    const odds = this.odds.get(`${market.code}/${week}`);
    if (!odds) throw new RangeError(`no review model for ${market.code} in week ${week}`);
    let u = rng.float();
    for (const [theme, p] of odds) {
      u -= p;
      if (u < 0) return theme;
    }
    return null;
  }

  private otherTheme(theme: ReviewTheme, rng: Random): ComplaintTheme {
    return rng.weighted(this.baselineThemes.filter(([t]) => t !== theme));
  }

  private computeOdds(market: Market, week: number): ThemeOdds {
    const { effects } = this;
    const weeksLeft = this.weeks - week;
    const marketFactor = (theme: ComplaintTheme) => effects.themeMarketFactors[theme]?.[market.code] ?? 1;
    const baseline = COMPLAINT_THEMES.reduce((sum, t) => sum + effects.themeWeights[t] * marketFactor(t), 0);
    if (baseline === 0) return [];
    const odds: [ReviewTheme, number][] = COMPLAINT_THEMES.map((theme) => {
      let weight = effects.themeWeights[theme] * marketFactor(theme);
      for (const spike of effects.spikes) {
        if (spike.theme === theme && spike.market === market.code && weeksLeft <= spike.lastWeeks) weight *= spike.multiplier;
      }
      return [theme, weight];
    });
    for (const emerging of effects.emerging) {
      if (weeksLeft <= emerging.lastWeeks) odds.push([emerging.theme, emerging.weight]);
    }
    const scale = effects.negativeReviewShare / baseline;
    const total = odds.reduce((sum, [, w]) => sum + w * scale, 0);
    // Extreme overrides could ask for more complaints than reviews; keep it a distribution.
    const squeeze = total > 1 ? 1 / total : 1;
    return odds.map(([theme, w]) => [theme, w * scale * squeeze] as const);
  }
}

function productFor(theme: ReviewTheme, rng: Random): Product {
  switch (theme) {
    case "battery_swelling":
      return pickBatteryProduct(rng);
    case "size_fit":
      return pickProduct(rng, ["clothing"]);
    case "defective":
      return pickProduct(rng, ["powered"]);
    default:
      return pickProduct(rng);
  }
}

export interface ReviewFacts {
  id: string;
  orderId: string;
  buyer: Buyer;
  createdMs: number;
  rating: number;
  content: ReviewContent;
}

/** The review record, written at the buyer's local time, and the truth about what it says. */
export function reviewRecord(facts: ReviewFacts, clock: ZoneClock, rng: Random): { review: ReviewRecord; truth: ReviewTruth } {
  const { content, buyer } = facts;
  const { text, title } = writeReviewText(content, rng);
  const review: ReviewRecord = {
    type: "review",
    id: facts.id,
    rating: facts.rating,
    text,
    created_at: clock.local(facts.createdMs, buyer.market.timeZone),
    source: "marketplace",
    product_id: content.product.id,
    buyer_id: buyer.id,
    order_id: facts.orderId,
    market: buyer.market.code,
    language: content.language,
  };
  if (title) review.title = title;
  const truth: ReviewTruth = {
    kind: "review",
    reviewId: facts.id,
    orderId: facts.orderId,
    market: buyer.market.code,
    tone: content.tone,
    theme: content.theme,
    alsoMentions: content.alsoMentions,
  };
  return { review, truth };
}
