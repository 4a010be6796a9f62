import "server-only";
import { getWorkspace, isUuid } from "@/db/queries/workspaces";
import { notFound } from "@/lib/errors";
import { parseIsoWeek } from "@/lib/time/weeks";
import { getRuntime } from "@/app/_server/runtime";
import { buildTopicsDocument, defaultWeek } from "@/services/reports/topics";

/** The workspace, week and topics document an export of `?week=YYYY-Www` is about. */
export async function loadExport(request: Request, workspaceId: string) {
  if (!isUuid(workspaceId)) throw notFound("no such workspace");
  const { db } = await getRuntime();
  const workspace = await getWorkspace(db, workspaceId);
  if (!workspace) throw notFound("no such workspace");
  const ctx = { db, workspace, now: new Date() };
  const asked = new URL(request.url).searchParams.get("week");
  const weekStart = (asked ? parseIsoWeek(asked) : null) ?? (await defaultWeek(ctx));
  return { db, workspace, weekStart, doc: await buildTopicsDocument(ctx, weekStart) };
}

export function attachment(body: string, filename: string, type: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
