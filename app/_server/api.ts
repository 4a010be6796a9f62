import "server-only";
import { NextResponse } from "next/server";
import { badRequest } from "@/lib/errors";
import type { ReportDefinition } from "@/services/reports/types";
import { authenticate } from "./api-auth";
import { errorResponse } from "./http";
import { getRuntime } from "./runtime";
import { reportContext } from "@/services/reports/types";

/**
 * A GET /api/v1 endpoint serving one report: authenticate the key (it decides the workspace: a
 * report only ever sees `ctx.workspace`, whatever ids the query names), parse the query with the
 * report's own schema, run it, answer JSON. Errors keep the one shape.
 */
export function reportRoute<P, D>(report: ReportDefinition<P, D>) {
  return async function GET(request: Request): Promise<NextResponse> {
    try {
      const rt = await getRuntime();
      const { workspace } = await authenticate(request, rt.db);
      const query = Object.fromEntries(new URL(request.url).searchParams);
      const parsed = report.params.safeParse(query);
      if (!parsed.success) {
        throw badRequest(parsed.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; "));
      }
      const document = await report.run(reportContext(rt.db, workspace), parsed.data);
      return NextResponse.json(document, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorResponse(error, `${report.name} report failed`);
    }
  };
}
