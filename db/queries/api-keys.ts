import { and, eq, isNull } from "drizzle-orm";
import { generateApiKey, hashApiKey } from "../../lib/api-keys";
import { generateSigningSecret } from "../../lib/auth/request-signing";
import type { Database } from "../client";
import { apiKeys, workspaces } from "../schema";
import type { Workspace } from "./workspaces";

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  signed: boolean;
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * A new key (and, for `signed`, its signing secret). Both are returned once; the key is stored as
 * its SHA-256 only.
 */
export async function createApiKey(
  db: Database,
  input: { workspaceId: string; name: string; signed: boolean; createdBy: string | null },
): Promise<{ id: string; key: string; signingSecret: string | null }> {
  const { key, prefix, hash } = generateApiKey();
  const signingSecret = input.signed ? generateSigningSecret() : null;
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO api_keys (workspace_id, name, prefix, key_hash, signing_secret, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [input.workspaceId, input.name, prefix, hash, signingSecret, input.createdBy],
  );
  if (!row) throw new Error("could not create the API key");
  return { id: row.id, key, signingSecret };
}

export async function listApiKeys(db: Database, workspaceId: string): Promise<ApiKeyRow[]> {
  return db.query<ApiKeyRow>(
    `SELECT k.id, k.name, k.prefix, k.signing_secret IS NOT NULL AS signed, u.email AS "createdBy",
       k.created_at AS "createdAt", k.last_used_at AS "lastUsedAt", k.revoked_at AS "revokedAt"
     FROM api_keys k LEFT JOIN users u ON u.id = k.created_by
     WHERE k.workspace_id = $1 ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC`,
    [workspaceId],
  );
}

/** Revokes one of the workspace's keys; returns its name, or null if the workspace has no such live key. */
export async function revokeApiKey(db: Database, workspaceId: string, keyId: string): Promise<string | null> {
  const [row] = await db.query<{ name: string }>(
    `UPDATE api_keys SET revoked_at = now() WHERE workspace_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING name`,
    [workspaceId, keyId],
  );
  return row?.name ?? null;
}

export interface AuthenticatedKey {
  id: string;
  workspace: Workspace;
  /** Requests with this key must be signed with this secret; null when signing is off. */
  signingSecret: string | null;
}

/** The live key a request presents, with its workspace; null for a missing, wrong or revoked key. */
export async function findApiKey(db: Database, key: string): Promise<AuthenticatedKey | null> {
  const [row] = await db.orm
    .select({ id: apiKeys.id, signingSecret: apiKeys.signingSecret, workspace: workspaces })
    .from(apiKeys)
    .innerJoin(workspaces, eq(workspaces.id, apiKeys.workspaceId))
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  await db.orm.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, row.id));
  return row;
}

/**
 * Remembers a signed request's signature until `expiresAt`; false if it was seen before (a
 * replay). Expired signatures are swept on the way.
 */
export async function rememberSignature(db: Database, apiKeyId: string, signature: string, expiresAt: Date): Promise<boolean> {
  await db.query(`DELETE FROM signed_requests WHERE expires_at < now()`);
  const rows = await db.query(
    `INSERT INTO signed_requests (signature, api_key_id, expires_at) VALUES ($1, $2, $3)
     ON CONFLICT (signature) DO NOTHING RETURNING signature`,
    [`${apiKeyId}:${signature}`, apiKeyId, expiresAt.toISOString()],
  );
  return rows.length > 0;
}
