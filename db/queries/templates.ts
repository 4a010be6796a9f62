import type { Scenario } from "../../lib/ingest/records";
import type { Database, Sql } from "../client";

const IDS = (n: number) => `ARRAY(SELECT json_array_elements_text($${n}::text::json))`;

/**
 * Gives every template whose text is new a version: the first one (valid since always), or the
 * next one (valid from now) when the text differs from the latest version's. Returns how many
 * versions were added: when any were, the workspace's messages must be looked at again.
 */
export async function syncTemplateVersions(tx: Sql, workspaceId: string, sourceIds: readonly string[]): Promise<number> {
  if (sourceIds.length === 0) return 0;
  const added = await tx.query(
    `INSERT INTO template_versions (workspace_id, template_id, version, text, valid_from)
     SELECT t.workspace_id, t.id, coalesce(v.version, 0) + 1, t.text, CASE WHEN v.version IS NULL THEN NULL ELSE now() END
     FROM templates t
     LEFT JOIN LATERAL (
       SELECT version, text FROM template_versions WHERE template_id = t.id ORDER BY version DESC LIMIT 1
     ) v ON true
     WHERE t.workspace_id = $1 AND t.source_id = ANY(${IDS(2)}) AND v.text IS DISTINCT FROM t.text
     ORDER BY t.id
     RETURNING id`,
    [workspaceId, JSON.stringify([...new Set(sourceIds)].sort())],
  );
  return added.length;
}

export interface TemplateListRow {
  id: number;
  sourceId: string;
  name: string;
  text: string;
  scenario: Scenario | null;
  language: string | null;
  archived: boolean;
  version: number;
  updatedAt: Date;
  /** The latest message written from it, explicit or detected; null if never used. */
  lastUsedAt: Date | null;
}

/** Every template of a workspace (or the one with `id`) with its current version and when it was last used. */
export async function listTemplates(db: Sql, workspaceId: string, id: number | null = null): Promise<TemplateListRow[]> {
  return db.query<TemplateListRow>(
    `SELECT t.id, t.source_id AS "sourceId", t.name, t.text, t.scenario, t.language, t.archived,
       coalesce(v.version, 1) AS version, t.updated_at AS "updatedAt", u.last_used_at AS "lastUsedAt"
     FROM templates t
     LEFT JOIN LATERAL (SELECT max(version) AS version FROM template_versions WHERE template_id = t.id) v ON true
     LEFT JOIN LATERAL (
       SELECT sent_at AS last_used_at FROM template_uses
       WHERE workspace_id = t.workspace_id AND template_id = t.id ORDER BY sent_at DESC LIMIT 1
     ) u ON true
     WHERE t.workspace_id = $1 AND ($2::bigint IS NULL OR t.id = $2::bigint)
     ORDER BY t.archived, t.scenario NULLS LAST, t.name, t.id`,
    [workspaceId, id],
  );
}

export interface TemplateVersionRow {
  id: number;
  version: number;
  text: string;
  validFrom: Date | null;
  createdAt: Date;
}

export interface TemplateDetail extends TemplateListRow {
  versions: TemplateVersionRow[];
}

export async function getTemplate(db: Sql, workspaceId: string, id: number): Promise<TemplateDetail | null> {
  const [template] = await listTemplates(db, workspaceId, id);
  if (!template) return null;
  const versions = await db.query<TemplateVersionRow>(
    `SELECT id, version, text, valid_from AS "validFrom", created_at AS "createdAt"
     FROM template_versions WHERE template_id = $1 ORDER BY version DESC`,
    [id],
  );
  return { ...template, versions };
}

export interface TemplateInput {
  name: string;
  text: string;
  scenario: Scenario | null;
  language: string | null;
}

/**
 * Adds a template written on the dashboard. Its source id is made up once and never changes, so
 * a later import of the same library cannot collide with it.
 */
export async function createTemplate(db: Database, workspaceId: string, input: TemplateInput): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number; source_id: string }>(
      `INSERT INTO templates (workspace_id, source_id, name, text, scenario, language)
       VALUES ($1, 'ui-' || substr(md5(random()::text || clock_timestamp()::text), 1, 12), $2, $3, $4, $5)
       RETURNING id, source_id`,
      [workspaceId, input.name, input.text, input.scenario, input.language],
    );
    if (!row) throw new Error("could not add the template");
    await syncTemplateVersions(tx, workspaceId, [row.source_id]);
    return row.id;
  });
}

/** Saves an edit; a changed text starts a new version. Returns whether it did. */
export async function updateTemplate(
  db: Database,
  workspaceId: string,
  id: number,
  input: TemplateInput,
): Promise<{ found: boolean; newVersion: boolean }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ source_id: string }>(
      `UPDATE templates SET name = $3, text = $4, scenario = $5, language = $6, updated_at = now()
       WHERE workspace_id = $1 AND id = $2 RETURNING source_id`,
      [workspaceId, id, input.name, input.text, input.scenario, input.language],
    );
    if (!row) return { found: false, newVersion: false };
    return { found: true, newVersion: (await syncTemplateVersions(tx, workspaceId, [row.source_id])) > 0 };
  });
}

export async function setTemplateArchived(db: Sql, workspaceId: string, id: number, archived: boolean): Promise<boolean> {
  const rows = await db.query(
    `UPDATE templates SET archived = $3, updated_at = now() WHERE workspace_id = $1 AND id = $2 RETURNING id`,
    [workspaceId, id, archived],
  );
  return rows.length > 0;
}
