import { badRequest, usageError } from "../../lib/errors";
import { findReport, REPORTS } from "../../services/reports";
import { printJson, required } from "../args";
import type { CliContext } from "../context";
import { resolveWorkspace } from "./workspace";
import { describeIssue } from "../../services/reports/params";
import { reportContext } from "../../services/reports/types";

/**
 * `report <name> --workspace <id> [--flag value ...] --json`: the same document as the API, with
 * the API's query parameters as flags (`--group-by` is `group_by`). Paged reports print every page
 * as one document.
 */
export async function reportCommand(ctx: CliContext, args: string[]): Promise<void> {
  const [name, ...rest] = args;
  const report = name ? findReport(name) : undefined;
  if (!report) {
    throw usageError(`usage: report <${Object.keys(REPORTS).join("|") || "name"}> --workspace <id> [flags] --json`);
  }
  const { workspace: workspaceRef, query } = readFlags(rest);
  const parsed = report.params.safeParse(query);
  if (!parsed.success) {
    throw usageError(parsed.error.issues.map((issue) => describeIssue(issue, (param) => `--${param.replaceAll("_", "-")}`)).join("; "));
  }
  const db = await ctx.db();
  const workspace = await resolveWorkspace(db, required(workspaceRef, "--workspace"));
  const run = (params: unknown) => report.run(reportContext(db, workspace), params);
  let document = await run(parsed.data);
  if (report.pages) {
    const pages = [document];
    for (let cursor = report.pages.nextCursor(document); cursor; cursor = report.pages.nextCursor(pages.at(-1))) {
      const next = report.params.safeParse({ ...query, cursor });
      if (!next.success) throw badRequest("a page cursor was refused");
      pages.push(await run(next.data));
    }
    document = report.pages.merge(pages);
  }
  printJson(document);
}

/** Every `--name value` pair as the API's query parameter `name` (dashes become underscores). */
function readFlags(args: string[]): { workspace: string | undefined; query: Record<string, string> } {
  const query: Record<string, string> = {};
  let workspace: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--json") continue;
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw usageError(`unexpected argument ${arg}`);
    const value = match[2] ?? args[++i];
    if (value === undefined || value.startsWith("--")) throw usageError(`--${match[1]} needs a value`);
    const param = match[1].replaceAll("-", "_");
    if (param === "workspace" ? workspace !== undefined : Object.hasOwn(query, param)) throw usageError(`--${match[1]} is given twice`);
    if (param === "workspace") workspace = value;
    else query[param] = value;
  }
  return { workspace, query };
}
