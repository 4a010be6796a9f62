import { authorizeWorkspaceRequest } from "@/app/_server/auth";
import { getRuntime } from "@/app/_server/runtime";
import { errorResponse, jsonError } from "@/app/_server/http";
import { csvRow } from "@/app/_lib/csv";
import { firstResponseParams, firstResponseReport } from "@/services/reports/first-response";
import { reportContext } from "@/services/reports/types";

const COLUMNS = ["key", "conversations", "answered", "unanswered", "p50_s", "p90_s", "p95_s", "breach_rate", "conversion_rate", "breaches", "conversions", "messages_per_conversation", "avg_resolution_s"] as const;

/** The SLA page's figures as CSV: the same report as the API and the CLI, one row per group. */
export async function GET(request: Request, ctx: { params: Promise<{ workspace: string }> }): Promise<Response> {
  try {
    const { workspace } = await authorizeWorkspaceRequest((await ctx.params).workspace, "view");
    const { db } = await getRuntime();
    const parsed = firstResponseParams.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return jsonError("bad_request", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    const { rows } = await firstResponseReport.run(reportContext(db, workspace), parsed.data);
    const body = csvRow([...COLUMNS]) + rows.map((r) => csvRow(COLUMNS.map((c) => r[c]))).join("");
    const name = `first-response_${parsed.data.group_by}_${parsed.data.hours}_${parsed.data.from}_${parsed.data.to}.csv`;
    return new Response(`\uFEFF${body}`, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store", "x-content-type-options": "nosniff" },
    });
  } catch (error) {
    return errorResponse(error, "SLA export failed");
  }
}
