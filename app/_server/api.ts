import "server-only";
import { NextResponse } from "next/server";
import { badRequest } from "@/lib/errors";
import type { ReportDefinition } from "@/services/reports/types";
import { authenticate } from "./api-auth";
import { errorResponse } from "./http";
import { getRuntime } from "./runtime";
import { describeIssue } from "@/services/reports/params";
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
      const search = new URL(request.url).searchParams;
      const repeated = [...new Set(search.keys())].filter((key) => search.getAll(key).length > 1);
      if (repeated.length > 0) throw badRequest(`${repeated.join(", ")}: give each parameter once`);
      const parsed = report.params.safeParse(Object.fromEntries(search));
      if (!parsed.success) throw badRequest(parsed.error.issues.map((issue) => describeIssue(issue, (param) => param)).join("; "));
      const document = await report.run(reportContext(rt.db, workspace), parsed.data);
      return NextResponse.json(document, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorResponse(error, `${report.name} report failed`);
    }
  };
}
