import { createWorkspace, findWorkspaceByName, getWorkspace, listWorkspaces, type Workspace } from "../../db/queries/workspaces";
import type { Database } from "../../db/client";
import { usageError, notFound } from "../../lib/errors";
import { isValidTimeZone } from "../../lib/time/zone";
import { parse, printJson } from "../args";
import type { CliContext } from "../context";

export async function workspaceCommand(ctx: CliContext, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === "create") return create(ctx, rest);
  if (sub === "list") return list(ctx, rest);
  throw usageError("usage: workspace create <name> [--timezone Area/City] [--sla-seconds N] | workspace list");
}

async function create(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    timezone: { type: "string" },
    "sla-seconds": { type: "string" },
  });
  const name = positionals.join(" ").trim();
  if (!name) throw usageError("usage: workspace create <name> [--timezone Area/City] [--sla-seconds N]");
  const timezone = values.timezone ?? "UTC";
  if (!isValidTimeZone(timezone)) throw usageError(`--timezone ${timezone} is not an IANA time zone like Asia/Shanghai`);
  const sla = values["sla-seconds"] === undefined ? undefined : Number(values["sla-seconds"]);
  if (sla !== undefined && (!Number.isInteger(sla) || sla <= 0)) throw usageError("--sla-seconds must be a positive whole number");
  const db = await ctx.db();
  const { workspace, apiKey } = await createWorkspace(db, { name, timezone, slaTargetSeconds: sla });
  printJson({ id: workspace.id, api_key: apiKey });
}

async function list(ctx: CliContext, args: string[]): Promise<void> {
  const { values } = parse(args, {});
  const rows = await listWorkspaces(await ctx.db());
  const shaped = rows.map((w) => ({ id: w.id, name: w.name, timezone: w.timezone, sla_target_seconds: w.slaTargetSeconds }));
  if (values.json) return printJson({ workspaces: shaped });
  for (const w of shaped) process.stdout.write(`${w.id}  ${w.name}  (${w.timezone})\n`);
}

/** `--workspace` takes the id, or for convenience a workspace's exact name. */
export async function resolveWorkspace(db: Database, ref: string): Promise<Workspace> {
  const workspace = (await getWorkspace(db, ref)) ?? (await findWorkspaceByName(db, ref));
  if (!workspace) throw notFound(`no workspace ${ref}`);
  return workspace;
}
