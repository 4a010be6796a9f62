import type { Market } from "./markets";
import type { Random } from "./random";
import { fillSlots, joinParts, unknownSlot, type SlotValues } from "./text";
import { THEME_SENTENCES, type ComplaintTheme, type ReviewTheme } from "./vocabulary/complaint-themes";
import { INTENSIFIERS, type DemoLanguage } from "./vocabulary/languages";
import type { Product } from "./vocabulary/products";
import {
  COMPLAINT_CLOSERS,
  COMPLAINT_OPENERS,
  LUKEWARM,
  PRAISE,
  PRAISE_CLOSERS,
  REVIEW_EMOJI,
  REVIEW_TITLES,
  type ReviewTone,
} from "./vocabulary/review-phrases";

/** What a review says, decided before it is written. */
export interface ReviewContent {
  tone: ReviewTone;
  /** The complaint of a negative review. */
  theme: ReviewTheme | null;
  /** A second complaint mentioned in passing. */
  alsoMentions: ComplaintTheme | null;
  language: DemoLanguage;
  product: Product;
  market: Market;
}

/**
 * Review text assembled from interchangeable parts (an optional opener, the complaint or praise,
 * an optional second complaint, closer and emoji), with slots filled per review, so that two
 * reviews of the same theme rarely read alike and clustering has to generalise.
 */
export function writeReviewText(content: ReviewContent, rng: Random): { text: string; title: string | null } {
  const { language, tone } = content;
  const slots = new ReviewSlots(content, rng);
  let parts: (string | null)[];
  if (tone === "negative" && content.theme) {
    parts = [
      rng.chance(0.25) ? slots.phrase(COMPLAINT_OPENERS[language]) : null,
      slots.phrase(THEME_SENTENCES[content.theme][language]),
      content.alsoMentions ? slots.phrase(THEME_SENTENCES[content.alsoMentions][language]) : null,
      rng.chance(0.45) ? slots.phrase(COMPLAINT_CLOSERS[language]) : null,
    ];
  } else if (tone === "lukewarm") {
    parts = [slots.phrase(LUKEWARM[language]), rng.chance(0.3) ? slots.phrase(PRAISE_CLOSERS[language]) : null];
  } else {
    const praise = PRAISE[language];
    const first = rng.int(0, praise.length - 1);
    // A second, different compliment: an offset that never wraps back to the first.
    const second = rng.chance(0.5) ? (first + rng.int(1, praise.length - 1)) % praise.length : null;
    parts = [
      fillSlots(praise[first]!, slots),
      second === null ? null : fillSlots(praise[second]!, slots),
      rng.chance(0.4) ? slots.phrase(PRAISE_CLOSERS[language]) : null,
    ];
  }
  parts.push(rng.chance(0.12) ? rng.pick(REVIEW_EMOJI[tone]) : null);
  const title = rng.chance(0.35) ? rng.pick(REVIEW_TITLES[tone][language]) : null;
  return { text: joinParts(parts), title };
}

class ReviewSlots implements SlotValues {
  constructor(
    private readonly content: ReviewContent,
    private readonly rng: Random,
  ) {}

  phrase(options: readonly string[]): string {
    return fillSlots(this.rng.pick(options), this);
  }

  slot(name: string): string {
    const { content, rng } = this;
    switch (name) {
      case "item":
        return content.product.names[content.language];
      case "very":
        return rng.pick(INTENSIFIERS[content.language]);
      case "days":
        return String(rng.int(2, 20));
      case "weeks":
        return String(rng.int(3, 8));
      case "fee":
        // Fees of about 9-45 euros, in the buyer's currency.
        return formatFee(rng.int(9, 45) * (content.market.perUsd / EUR_PER_USD), content);
      default:
        return unknownSlot(name);
    }
  }
}

const EUR_PER_USD = 0.92;
const feeFormats = new Map<string, Intl.NumberFormat>();

/** A customs fee as the buyer writes amounts: "18 €" in Germany, "£15" in the UK, "R$ 85" in Brazil. */
function formatFee(amount: number, content: ReviewContent): string {
  const locale = `${content.language}-${content.market.code}`;
  const key = `${locale}/${content.market.currency}`;
  let format = feeFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency: content.market.currency, maximumFractionDigits: 0 });
    feeFormats.set(key, format);
  }
  return format.format(Math.round(amount));
}
