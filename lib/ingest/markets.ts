/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes. Not accepted as markets: the
 * exceptionally reserved codes (UK, EU, AC, ...), the transitional and withdrawn ones (AN, CS, YU,
 * ...) and the user-assigned ones (XK, ZZ, ...): rollups by market must not split one country
 * under two codes.
 */
const ISO_3166_ALPHA2 = new Set(
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
   BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
   EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
   GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
   KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
   MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
   QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
   TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
   ZW`.split(/\s+/),
);

/** Codes people commonly send for a country whose ISO code differs. */
const ISO_CODE_OF: Readonly<Record<string, string>> = { UK: "GB", EL: "GR" };

/** Whether `code` (upper case) is an assigned ISO 3166-1 alpha-2 code. */
export function isIsoCountryCode(code: string): boolean {
  return ISO_3166_ALPHA2.has(code);
}

/** The ISO code to use instead of a common non-ISO one (UK → GB), if there is one. */
export function isoCodeFor(code: string): string | null {
  return Object.hasOwn(ISO_CODE_OF, code) ? (ISO_CODE_OF[code] ?? null) : null;
}
