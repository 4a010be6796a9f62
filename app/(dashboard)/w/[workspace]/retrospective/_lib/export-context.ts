import "server-only";
import { parseIsoWeek } from "@/lib/time/weeks";
import { authorizeWorkspaceRequest } from "@/app/_server/auth";
import { getRuntime } from "@/app/_server/runtime";
import { buildTopicsDocument, defaultWeek } from "@/services/reports/topics";
import { reportContext } from "@/services/reports/types";

/** The workspace, week and topics document an export of `?week=YYYY-Www` is about, for a member of it. */
export async function loadExport(request: Request, workspaceId: string) {
  const { workspace } = await authorizeWorkspaceRequest(workspaceId, "view");
  const { db } = await getRuntime();
  const ctx = reportContext(db, workspace);
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
