import { MARKET_WEIGHTS, type Market } from "./markets";
import type { Random } from "./random";
import { FIRST_NAMES, type DemoLanguage } from "./vocabulary/languages";

export interface Buyer {
  id: string;
  market: Market;
  language: DemoLanguage;
  firstName: string;
}

/**
 * Buyers are numbered, and everything about one (market, language, name) derives from the seed
 * and that number alone: a repeat buyer is the same person every time without a table in memory.
 *
 * Two disjoint pools: buyers who chat with the shop, and marketplace buyers who only order and
 * review. Keeping them apart means no order from the review stream is ever attributed to a
 * conversation by accident, so the planted conversion effects are exactly what is measured.
 */
export class BuyerDirectory {
  constructor(
    private readonly root: Random,
    private readonly chatPool: number,
    private readonly marketplacePool: number,
  ) {}

  chatBuyer(rng: Random): Buyer {
    return this.buyer(rng.int(0, this.chatPool - 1));
  }

  marketplaceBuyer(rng: Random): Buyer {
    return this.buyer(this.chatPool + rng.int(0, this.marketplacePool - 1));
  }

  private buyer(index: number): Buyer {
    const rng = this.root.fork(`buyer/${index}`);
    const market = rng.weighted(MARKET_WEIGHTS);
    const language = rng.weighted(market.languages);
    return {
      id: `buyer-${String(index).padStart(7, "0")}`,
      market,
      language,
      firstName: rng.pick(FIRST_NAMES[language]),
    };
  }
}
