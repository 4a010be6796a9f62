/**
 * Masking of personal data in free text (chats, reviews, rejected records), for workspaces that
 * turn it on: e-mail addresses, phone numbers and parcel tracking numbers are replaced by a shape
 * that still reads as "an address" or "a number" but identifies nobody. Pure functions; the
 * dashboard and the exports apply them when showing or writing text (textMasker in masker.ts).
 *
 * The patterns favour recall over precision: masking an order number that happens to look like a
 * phone number is harmless, showing a buyer's number is not. Dates, times, prices and short
 * numbers are left alone.
 */

/** Shown instead of each hidden character. */
export const MASK = "•";

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** `jane.doe@gmail.com` → `j***@g***.com`: the first letters and the top-level domain stay. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, (address) => {
    const at = address.lastIndexOf("@");
    const local = address.slice(0, at);
    const domain = address.slice(at + 1);
    const tld = domain.slice(domain.lastIndexOf("."));
    return `${[...local][0] ?? ""}***@${[...domain][0] ?? ""}***${tld}`;
  });
}

/**
 * Tracking numbers of the carriers cross-border sellers use:
 * - UPU S10 (China Post, ePacket, Royal Mail, Deutsche Post, La Poste, Correos, USPS international):
 *   two letters, nine digits, two letters (`LX123456789CN`);
 * - UPS: `1Z` and 16 letters or digits;
 * - carrier prefixes followed by long digit runs (YunExpress `YT…`, Cainiao `LP…`, SF `SF…`,
 *   J&T `JT…`, JD `JD…`, 4PX, Yanwen);
 * - long digit runs on their own (FedEx 12/15/20, USPS 20-22, DHL eCommerce), also written in
 *   groups of four (`9400 1118 9922 3856 9284 99`).
 */
const TRACKING = new RegExp(
  [
    String.raw`\b[A-Z]{2}\d{9}[A-Z]{2}\b`,
    String.raw`\b1Z[0-9A-Z]{16}\b`,
    String.raw`\b[A-Z]{2,5}\d{10,22}(?:[A-Z]{2})?\b`,
    String.raw`\b\d{4}(?: \d{4}){3,4}(?: \d{2,4})?\b`,
    String.raw`\b\d{12,22}\b`,
  ].join("|"),
  "g",
);

/** Keeps the first two and last four characters (`LX•••••789CN`): enough to tell parcels apart. */
export function maskTrackingNumbers(text: string): string {
  return text.replace(TRACKING, (match) => {
    const chars = [...match];
    const alnum = chars.filter((c) => /[0-9A-Za-z]/.test(c)).length;
    let seen = 0;
    return chars
      .map((c) => {
        if (!/[0-9A-Za-z]/.test(c)) return c;
        seen++;
        return seen <= 2 || seen > alnum - 4 ? c : MASK;
      })
      .join("");
  });
}

/**
 * A run of digits with the separators people write phone numbers with (single spaces, dashes,
 * dots, slashes, brackets), optionally starting with + or 00. Not preceded by a word character or a
 * URL's `/` or `=`, so ids inside links and words stay.
 */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}_/=#+.-])(?:\+|\(\+?)?\d(?:[ \u00A0./-]?\(?\d\)?)+(?![\p{L}\p{N}_])/gu;
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?:\D|$)/;

function looksLikePhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "").length;
  if (digits < 7 || digits > 15) return false;
  if (DATE.test(candidate)) return false;
  // A decimal number (a price, a weight): digits, one dot or comma, one or two digits.
  if (/^\d+[.,]\d{1,2}$/.test(candidate)) return false;
  const international = /^(?:\+|\(\+|00)/.test(candidate);
  // Without a country prefix, national numbers with an area code have at least 9 digits
  // (Spain 9, France, Germany, the US 10, China and Brazil 11); shorter runs are too often
  // quantities or order numbers to be worth the noise.
  return international ? digits >= 8 : digits >= 9;
}

/** `+49 30 12345678` → `+•• •• ••••••78`: the format and the last two digits stay. */
export function maskPhoneNumbers(text: string): string {
  return text.replace(PHONE_CANDIDATE, (candidate) => {
    if (!looksLikePhone(candidate)) return candidate;
    const total = candidate.replace(/\D/g, "").length;
    let seen = 0;
    return candidate.replace(/\d/g, (d) => (++seen > total - 2 ? d : MASK));
  });
}

/** Everything at once, e-mail first (their digits are not phone numbers), then parcels, then phones. */
export function maskPersonalData(text: string): string {
  return maskPhoneNumbers(maskTrackingNumbers(maskEmails(text)));
}
