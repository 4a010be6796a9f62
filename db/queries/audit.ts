import type { Sql } from "../client";

/** Every kind of audited action; the audit log page names them in its messages. */
export const AUDIT_ACTIONS = [
  "member.add",
  "member.role",
  "member.remove",
  "api_key.create",
  "api_key.revoke",
  "settings.update",
  "buyer.delete",
  "user.create",
  "user.password",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  workspaceId: string | null;
  actorUserId: string | null;
  actor: string;
  action: AuditAction;
  subject: string | null;
  details?: Record<string, unknown>;
}

export interface AuditRow extends AuditEvent {
  id: number;
  details: Record<string, unknown>;
  createdAt: Date;
}

/** Takes a transaction too, so a change and its record commit together. */
export async function recordAudit(db: Sql, event: AuditEvent): Promise<void> {
  await db.query(
    `INSERT INTO audit_events (workspace_id, actor_user_id, actor, action, subject, details)
     VALUES ($1, $2, $3, $4, $5, $6::text::jsonb)`,
    [event.workspaceId, event.actorUserId, event.actor, event.action, event.subject, JSON.stringify(event.details ?? {})],
  );
}

/** The workspace's audit log, newest first, paged by id. */
export async function listAudit(
  db: Sql,
  params: { workspaceId: string; limit: number; beforeId?: number },
): Promise<AuditRow[]> {
  return db.query<AuditRow>(
    `SELECT id, workspace_id AS "workspaceId", actor_user_id AS "actorUserId", actor, action, subject, details,
       created_at AS "createdAt"
     FROM audit_events WHERE workspace_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3`,
    [params.workspaceId, params.beforeId ?? Number.MAX_SAFE_INTEGER, params.limit],
  );
}
