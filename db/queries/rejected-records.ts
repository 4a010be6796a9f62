import type { Sql } from "../client";
import type { RejectedRecord } from "./batches";

/**
 * One page of a batch's rejected records in input order, for the batch page. (The CSV export
 * walks all of them with `listRejected`, which pages by position instead of by offset.)
 */
export async function getRejectedPage(
  db: Sql,
  params: { workspaceId: string; batchId: string; offset: number; limit: number },
): Promise<RejectedRecord[]> {
  return db.query<RejectedRecord>(
    `SELECT position, position_kind AS "positionKind", field, reason, raw FROM rejected_records
     WHERE workspace_id = $1 AND batch_id = $2 ORDER BY position OFFSET $3 LIMIT $4`,
    [params.workspaceId, params.batchId, params.offset, params.limit],
  );
}
