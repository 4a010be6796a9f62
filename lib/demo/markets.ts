import type { DemoLanguage } from "./vocabulary/languages";

/** A country the shop sells to, with what the generator needs to write its buyers' data. */
export interface Market {
  /** ISO 3166-1 alpha-2. */
  code: string;
  timeZone: string;
  /** Buyer languages with their shares (Canada is partly French-speaking). */
  languages: readonly (readonly [DemoLanguage, number])[];
  /** Relative share of buyers. */
  weight: number;
  currency: string;
  /** Units of `currency` per US dollar, to price the catalogue. */
  perUsd: number;
  /** As an agent writes it in an English template ("buyers in [country/region]"). */
  englishName: string;
  /** Median days from dispatch in China to the buyer's door. */
  transitDays: number;
  /** Delivery window quoted to buyers, in days. */
  quotedDays: readonly [number, number];
}

export const MARKETS: readonly Market[] = [
  { code: "US", timeZone: "America/New_York", languages: [["en", 1]], weight: 26, currency: "USD", perUsd: 1, englishName: "the United States", transitDays: 9, quotedDays: [7, 12] },
  { code: "GB", timeZone: "Europe/London", languages: [["en", 1]], weight: 10, currency: "GBP", perUsd: 0.79, englishName: "the UK", transitDays: 8, quotedDays: [6, 10] },
  { code: "DE", timeZone: "Europe/Berlin", languages: [["de", 1]], weight: 14, currency: "EUR", perUsd: 0.92, englishName: "Germany", transitDays: 8, quotedDays: [6, 10] },
  { code: "FR", timeZone: "Europe/Paris", languages: [["fr", 1]], weight: 9, currency: "EUR", perUsd: 0.92, englishName: "France", transitDays: 8, quotedDays: [6, 10] },
  { code: "ES", timeZone: "Europe/Madrid", languages: [["es", 1]], weight: 7, currency: "EUR", perUsd: 0.92, englishName: "Spain", transitDays: 9, quotedDays: [7, 12] },
  { code: "MX", timeZone: "America/Mexico_City", languages: [["es", 1]], weight: 6, currency: "MXN", perUsd: 18.5, englishName: "Mexico", transitDays: 13, quotedDays: [10, 18] },
  { code: "BR", timeZone: "America/Sao_Paulo", languages: [["pt", 1]], weight: 9, currency: "BRL", perUsd: 5.4, englishName: "Brazil", transitDays: 18, quotedDays: [15, 25] },
  { code: "PT", timeZone: "Europe/Lisbon", languages: [["pt", 1]], weight: 3, currency: "EUR", perUsd: 0.92, englishName: "Portugal", transitDays: 9, quotedDays: [7, 12] },
  { code: "CA", timeZone: "America/Toronto", languages: [["en", 0.75], ["fr", 0.25]], weight: 7, currency: "CAD", perUsd: 1.37, englishName: "Canada", transitDays: 10, quotedDays: [8, 14] },
  { code: "AU", timeZone: "Australia/Sydney", languages: [["en", 1]], weight: 9, currency: "AUD", perUsd: 1.52, englishName: "Australia", transitDays: 11, quotedDays: [8, 15] },
];

export const MARKET_WEIGHTS: readonly (readonly [Market, number])[] = MARKETS.map((m) => [m, m.weight] as const);
