import { createHash, randomBytes } from "node:crypto";

const KEY_PREFIX = "rs_";

/**
 * API keys are 32 random bytes: far too many to guess, so a fast SHA-256 of the key is a safe
 * lookup hash (slow hashes are for passwords people choose).
 */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, prefix: key.slice(0, KEY_PREFIX.length + 6), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}
