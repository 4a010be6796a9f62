import { eraseBuyer } from "../../jobs/buyer-erasure";
import { usageError } from "../../lib/errors";
import { parse, printJson, required } from "../args";
import type { CliContext } from "../context";
import { resolveWorkspace } from "./workspace";

/** `buyer delete <buyer-id> --workspace <id>`: a buyer's data deleted on request, audited as `cli`. */
export async function buyerCommand(ctx: CliContext, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, { workspace: { type: "string" } });
  const buyerId = positionals[0];
  if (sub !== "delete" || !buyerId || positionals.length > 1) throw usageError("usage: buyer delete <buyer-id> --workspace <id>");
  const rt = await ctx.open();
  const workspace = await resolveWorkspace(rt.db, required(values.workspace, "--workspace"));
  const deleted = await eraseBuyer(rt, { workspaceId: workspace.id, buyerId, actor: "cli", actorUserId: null });
  await rt.drain();
  printJson({ workspace: workspace.id, buyer_id: buyerId, deleted });
}
