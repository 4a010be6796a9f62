import "server-only";
import type { Database } from "@/db/client";
import { type AuthenticatedKey, findApiKey, rememberSignature } from "@/db/queries/api-keys";
import { checkTimestamp, createSigner, SIGNATURE_HEADER, SIGNATURE_TOLERANCE_S, signatureMatches, TIMESTAMP_HEADER } from "@/lib/auth/request-signing";
import { env } from "@/lib/env";
import { AppError, RateLimitedError } from "@/lib/errors";
import { rateLimiter } from "./rate-limit";

/**
 * The API key of the request's `Authorization: Bearer <api key>`; a missing or wrong key is 401.
 * The key decides the workspace: every /api/v1 handler reads and writes `key.workspace` only.
 */
export async function authenticate(request: Request, db: Database): Promise<AuthenticatedKey> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw new AppError("unauthorized", "send your API key as Authorization: Bearer <key>");
  const key = await findApiKey(db, match[1]);
  if (!key) throw new AppError("unauthorized", "the API key is wrong or revoked");
  return key;
}

/** The ingest budget of one key (INGEST_RATE_LIMIT per INGEST_RATE_WINDOW_S); over it, 429 with Retry-After. */
export async function limitIngest(key: AuthenticatedKey): Promise<void> {
  const config = env();
  const decision = await rateLimiter("ingest", { limit: config.INGEST_RATE_LIMIT, windowMs: config.INGEST_RATE_WINDOW_S * 1000 }).hit(key.id);
  if (!decision.allowed) {
    throw new RateLimitedError(
      `this API key may make ${config.INGEST_RATE_LIMIT} ingest requests per ${config.INGEST_RATE_WINDOW_S} seconds; try again in ${decision.retryAfterSeconds} s`,
      decision.retryAfterSeconds,
    );
  }
}

/**
 * For keys with a signing secret: checks the timestamp before the body is read, and returns what
 * to feed the body through and how to verify it once read (lib/auth/request-signing.ts). A
 * signature is accepted once; keys without a secret get `null` (nothing to check).
 */
export function requestSignature(request: Request, key: AuthenticatedKey, db: Database) {
  if (!key.signingSecret) return null;
  const checked = checkTimestamp(request.headers.get(TIMESTAMP_HEADER), Date.now());
  if (!checked.ok) throw new AppError("unauthorized", checked.reason);
  const signer = createSigner(key.signingSecret, checked.timestamp);
  const sent = request.headers.get(SIGNATURE_HEADER);
  if (!sent) throw new AppError("unauthorized", `this key signs its requests: send ${SIGNATURE_HEADER}`);
  return {
    update: (chunk: Uint8Array) => signer.update(chunk),
    async verify(): Promise<void> {
      const computed = signer.signature();
      if (!signatureMatches(sent, computed)) {
        throw new AppError("unauthorized", `${SIGNATURE_HEADER} does not match the body and ${TIMESTAMP_HEADER}`);
      }
      // The computed spelling, not the sent one: the same signature spelt differently is a replay too.
      const fresh = await rememberSignature(db, key.id, computed, new Date(Number(checked.timestamp) * 1000 + SIGNATURE_TOLERANCE_S * 1000));
      if (!fresh) throw new AppError("unauthorized", "this signed request was already received: replays are refused");
    },
  };
}
