import type { Sql } from "../client";

/**
 * A bulk upsert keyed by (workspace_id, source_id), reading its rows from one JSON parameter with
 * json_to_recordset: one round trip per table per chunk, identical SQL on PostgreSQL and PGlite.
 *
 * New rows go in with one INSERT ... ON CONFLICT DO NOTHING in source-id order; only the rest are
 * compared and updated, so a re-import touches nothing that did not change, and the previous value
 * of `tracked` comes back for rows that move (a message moved to another conversation changes two
 * conversations).
 */
export interface UpsertSpec {
  table: string;
  /** json_to_recordset column list: input field name → PostgreSQL type. Must include `id`. */
  input: Record<string, string>;
  /** Target column → SQL expression over `i`. $1 is the workspace id. */
  set: Record<string, string>;
  /** A column whose old and new values the caller needs back. */
  tracked?: string;
  /**
   * For tables that get placeholder rows (a message naming a conversation or agent not sent yet):
   * the boolean column that is false on a placeholder. Filling a placeholder counts as an insert.
   */
  declaredColumn?: string;
  /** Return the row ids of inserted and changed rows (what follow-up work, like text analysis, needs). */
  returnIds?: boolean;
}

export interface UpsertResult {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Values of `tracked` on every inserted or changed row, before and after. */
  trackedValues: unknown[];
  /** Row ids of the inserted and changed rows, when the spec asks for them. */
  ids: number[];
}

export interface CompiledUpsert {
  insert: string;
  update: string;
}

export function compileUpsert(spec: UpsertSpec): CompiledUpsert {
  const set = spec.declaredColumn ? { ...spec.set, [spec.declaredColumn]: "true" } : spec.set;
  const columns = Object.keys(set);
  const recordset = `json_to_recordset($2::text::json) AS i(${Object.entries(spec.input)
    .map(([name, type]) => `"${name}" ${type}`)
    .join(", ")})`;
  const tracked = spec.tracked;
  const insert = `
    INSERT INTO ${spec.table} (workspace_id, source_id, ${columns.join(", ")})
    SELECT $1, i.id, ${columns.map((c) => set[c]).join(", ")}
    FROM ${recordset}
    ON CONFLICT (workspace_id, source_id) DO NOTHING
    RETURNING source_id${tracked ? `, ${tracked} AS new_value` : ""}${spec.returnIds ? ", id AS row_id" : ""}`;
  const update = `
    UPDATE ${spec.table} t
    SET ${columns.map((c) => `${c} = ${set[c]}`).join(", ")}, updated_at = now()
    FROM ${recordset}, ${spec.table} old
    WHERE t.workspace_id = $1 AND t.source_id = i.id AND old.id = t.id
      AND t.source_id = ANY(ARRAY(SELECT value->>'id' FROM json_array_elements($2::text::json)))
      AND (${columns.map((c) => `t.${c}`).join(", ")}) IS DISTINCT FROM (${columns.map((c) => set[c]).join(", ")})
    RETURNING t.source_id${tracked ? `, old.${tracked} AS old_value, t.${tracked} AS new_value` : ""}${
      spec.declaredColumn ? `, old.${spec.declaredColumn} AS was_declared` : ""
    }${spec.returnIds ? ", t.id AS row_id" : ""}`;
  return { insert, update };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Upserts `rows` (objects whose keys match `spec.input`; `id` is the source id). Later rows win
 * over earlier ones with the same id, as if they had been sent one after the other.
 */
export async function upsertRows(
  tx: Sql,
  compiled: CompiledUpsert,
  workspaceId: string,
  rows: readonly { id: string }[],
): Promise<UpsertResult> {
  const latest = new Map<string, { id: string }>();
  // A repeat of an id within one chunk replaces the earlier record, as if sent after it.
  let superseded = 0;
  let repeatedUnchanged = 0;
  for (const row of rows) {
    const previous = latest.get(row.id);
    if (previous) {
      if (JSON.stringify(previous) === JSON.stringify(row)) repeatedUnchanged++;
      else superseded++;
    }
    latest.set(row.id, row);
  }
  const unique = [...latest.values()].sort(byId);
  if (unique.length === 0) return { inserted: 0, updated: 0, unchanged: 0, trackedValues: [], ids: [] };

  const insertedRows = await tx.query<{ source_id: string; new_value?: unknown; row_id?: number }>(compiled.insert, [
    workspaceId,
    JSON.stringify(unique),
  ]);
  const inserted = new Set(insertedRows.map((r) => r.source_id));
  const trackedValues = insertedRows.map((r) => r.new_value);
  const ids = insertedRows.flatMap((r) => (r.row_id === undefined ? [] : [r.row_id]));
  let updated = 0;
  let filled = 0;
  const existing = unique.filter((r) => !inserted.has(r.id));
  if (existing.length > 0) {
    const updatedRows = await tx.query<{ old_value?: unknown; new_value?: unknown; was_declared?: boolean; row_id?: number }>(
      compiled.update,
      [workspaceId, JSON.stringify(existing)],
    );
    for (const r of updatedRows) {
      if (r.was_declared === false) filled++;
      else updated++;
      trackedValues.push(r.old_value, r.new_value);
      if (r.row_id !== undefined) ids.push(r.row_id);
    }
  }
  return {
    inserted: insertedRows.length + filled,
    updated: updated + superseded,
    unchanged: existing.length - filled - updated + repeatedUnchanged,
    trackedValues,
    ids,
  };
}

/**
 * The row id of each source id, inserting placeholders (`declared = false`) for the missing ones.
 * Run on its own, outside the chunk's transaction, so that it commits at once: a chunk whose
 * messages continue a conversation of the previous chunk then never waits for that chunk to
 * commit, and the chunk's statements need no joins to find their rows. The ids are sorted, so two
 * of these never wait on each other in a cycle.
 */
export async function ensureRows(
  db: Sql,
  table: "agents" | "conversations",
  workspaceId: string,
  ids: Iterable<string>,
): Promise<Map<string, number>> {
  const sorted = [...new Set(ids)].sort();
  const rowIds = new Map<string, number>();
  if (sorted.length === 0) return rowIds;
  // Existing ids are read first: inserting one, even with DO NOTHING, would wait for any
  // transaction that is filling that row in. Every read is bounded by the listed keys, so no plan
  // (statistics lag during bulk loads) can read more than these rows.
  const read = async (wanted: string[]) => {
    const rows = await db.query<{ id: number; source_id: string }>(
      `SELECT id, source_id FROM ${table}
       WHERE workspace_id = $1 AND source_id = ANY(ARRAY(SELECT json_array_elements_text($2::text::json)))`,
      [workspaceId, JSON.stringify(wanted)],
    );
    for (const row of rows) rowIds.set(row.source_id, row.id);
  };
  await read(sorted);
  const missing = sorted.filter((id) => !rowIds.has(id));
  if (missing.length === 0) return rowIds;
  const extra = table === "agents" ? { columns: ", name", values: ", id" } : { columns: "", values: "" };
  const inserted = await db.query<{ id: number; source_id: string }>(
    `INSERT INTO ${table} (workspace_id, source_id, declared${extra.columns})
     SELECT $1, id, false${extra.values} FROM json_array_elements_text($2::text::json) AS t(id)
     ON CONFLICT (workspace_id, source_id) DO NOTHING
     RETURNING id, source_id`,
    [workspaceId, JSON.stringify(missing)],
  );
  for (const row of inserted) rowIds.set(row.source_id, row.id);
  // Another chunk inserted the rest in the meantime.
  const raced = missing.filter((id) => !rowIds.has(id));
  if (raced.length > 0) await read(raced);
  return rowIds;
}
