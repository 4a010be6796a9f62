import "server-only";
import type { Database } from "@/db/client";
import { type Workspace, workspaceForApiKey } from "@/db/queries/workspaces";
import { AppError } from "@/lib/errors";

/** The workspace of the request's `Authorization: Bearer <api key>`; a missing or wrong key is 401. */
export async function authenticate(request: Request, db: Database): Promise<Workspace> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw new AppError("unauthorized", "send your API key as Authorization: Bearer <key>");
  const workspace = await workspaceForApiKey(db, match[1]);
  if (!workspace) throw new AppError("unauthorized", "the API key is wrong or revoked");
  return workspace;
}
