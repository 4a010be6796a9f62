import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Optional signing of ingest requests, for keys created with a signing secret. The sender adds
 *
 *   X-Replyscope-Timestamp: <unix seconds>
 *   X-Replyscope-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>
 *
 * A request whose timestamp is further than `SIGNATURE_TOLERANCE_S` from the server's clock is
 * refused, and so is a signature the server has already accepted (the caller keeps those for the
 * tolerance window), so a captured request cannot be replayed later or twice.
 */
export const TIMESTAMP_HEADER = "x-replyscope-timestamp";
export const SIGNATURE_HEADER = "x-replyscope-signature";
/** How far a request's timestamp may be from the server's clock: 5 minutes, in seconds. */
export const SIGNATURE_TOLERANCE_S = 300;
const VERSION = "v1";

export function generateSigningSecret(): string {
  return `rss_${randomBytes(32).toString("base64url")}`;
}

/** An HMAC over the timestamp and the body, fed chunk by chunk as the body streams in. */
export function createSigner(secret: string, timestamp: string) {
  const hmac = createHmac("sha256", secret).update(`${timestamp}.`);
  return {
    update(chunk: Uint8Array | string) {
      hmac.update(chunk);
    },
    signature: () => `${VERSION}=${hmac.digest("hex")}`,
  };
}

/** The header value for a whole body; what a client computes (and the tests). */
export function signBody(secret: string, timestamp: string, body: Uint8Array | string): string {
  const signer = createSigner(secret, timestamp);
  signer.update(body);
  return signer.signature();
}

export type TimestampCheck = { ok: true; timestamp: string } | { ok: false; reason: string };

/** The timestamp header checked before the body is read: present, a whole number, and recent. */
export function checkTimestamp(header: string | null, nowMs: number): TimestampCheck {
  if (!header) return { ok: false, reason: `this key signs its requests: send ${TIMESTAMP_HEADER} and ${SIGNATURE_HEADER}` };
  if (!/^\d{1,12}$/.test(header)) return { ok: false, reason: `${TIMESTAMP_HEADER} must be a Unix time in seconds` };
  const skew = Math.abs(nowMs / 1000 - Number(header));
  if (skew > SIGNATURE_TOLERANCE_S) {
    return { ok: false, reason: `${TIMESTAMP_HEADER} is more than ${SIGNATURE_TOLERANCE_S} seconds from the server's clock` };
  }
  return { ok: true, timestamp: header };
}

/**
 * Compares the sent signature with the computed one in constant time. Hex digits may come in
 * either case (some languages' hex encoders write capitals); the caller remembers the computed
 * spelling for the replay check, so a replay in the other case is still a replay.
 */
export function signatureMatches(sent: string | null, computed: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent.trim().toLowerCase());
  const b = Buffer.from(computed);
  return a.length === b.length && timingSafeEqual(a, b);
}
