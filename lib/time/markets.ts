/**
 * The time zone most of a market's buyers live in, by ISO 3166-1 alpha-2 code, for "the buyer's
 * local time". Countries spanning several zones get their most populous one (US: New York,
 * Brazil: São Paulo, Australia: Sydney, Canada: Toronto, Russia: Moscow). A market not listed
 * has no buyer-local time, and the pages say so rather than guess.
 */
const MARKET_TIME_ZONES: Readonly<Record<string, string>> = {
  AE: "Asia/Dubai", AR: "America/Argentina/Buenos_Aires", AT: "Europe/Vienna", AU: "Australia/Sydney",
  BE: "Europe/Brussels", BG: "Europe/Sofia", BR: "America/Sao_Paulo", CA: "America/Toronto",
  CH: "Europe/Zurich", CL: "America/Santiago", CN: "Asia/Shanghai", CO: "America/Bogota",
  CZ: "Europe/Prague", DE: "Europe/Berlin", DK: "Europe/Copenhagen", EG: "Africa/Cairo",
  ES: "Europe/Madrid", FI: "Europe/Helsinki", FR: "Europe/Paris", GB: "Europe/London",
  GR: "Europe/Athens", HK: "Asia/Hong_Kong", HU: "Europe/Budapest", ID: "Asia/Jakarta",
  IE: "Europe/Dublin", IL: "Asia/Jerusalem", IN: "Asia/Kolkata", IT: "Europe/Rome",
  JP: "Asia/Tokyo", KR: "Asia/Seoul", MA: "Africa/Casablanca", MX: "America/Mexico_City",
  MY: "Asia/Kuala_Lumpur", NG: "Africa/Lagos", NL: "Europe/Amsterdam", NO: "Europe/Oslo",
  NZ: "Pacific/Auckland", PE: "America/Lima", PH: "Asia/Manila", PK: "Asia/Karachi",
  PL: "Europe/Warsaw", PT: "Europe/Lisbon", RO: "Europe/Bucharest", RU: "Europe/Moscow",
  SA: "Asia/Riyadh", SE: "Europe/Stockholm", SG: "Asia/Singapore", SK: "Europe/Bratislava",
  TH: "Asia/Bangkok", TR: "Europe/Istanbul", TW: "Asia/Taipei", UA: "Europe/Kyiv",
  US: "America/New_York", VN: "Asia/Ho_Chi_Minh", ZA: "Africa/Johannesburg",
};

export function marketTimeZone(market: string | null | undefined): string | null {
  return market ? (MARKET_TIME_ZONES[market.toUpperCase()] ?? null) : null;
}
