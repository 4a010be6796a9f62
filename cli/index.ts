import { AppError } from "../lib/errors";
import { batchCommand } from "./commands/batch";
import { buyerCommand } from "./commands/buyer";
import { importCommand } from "./commands/import";
import { reportCommand } from "./commands/report";
import { memberCommand, userCommand } from "./commands/user";
import { workspaceCommand } from "./commands/workspace";
import { CliContext } from "./context";

const COMMANDS: Record<string, (ctx: CliContext, args: string[]) => Promise<void>> = {
  workspace: workspaceCommand,
  import: importCommand,
  batch: batchCommand,
  report: reportCommand,
  user: userCommand,
  member: memberCommand,
  buyer: buyerCommand,
};

const HELP = `usage: npm run cli -- <command>
  workspace create <name> [--timezone Area/City] [--sla-seconds N]
  workspace list [--json]
  import <file> --workspace <id> [--format canonical|twcs|olist] [--type <type>] [--wait] [--json]
  batch <batch-id> --workspace <id> [--json]
  report <name> --workspace <id> [--from YYYY-MM-DD --to YYYY-MM-DD ...] --json
  user create --email <address> --password <password> [--name <name>] [--admin]
  user password --email <address> --password <password>
  member add --workspace <id> --email <address> --role admin|manager|team_lead|content_owner|viewer
  buyer delete <buyer-id> --workspace <id>`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help") {
    process.stderr.write(`${HELP}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`unknown command ${name}\n${HELP}\n`);
    return 2;
  }
  const ctx = new CliContext();
  try {
    await command(ctx, args);
    return 0;
  } catch (error) {
    const usage = error instanceof AppError && error.code === "usage";
    process.stderr.write(`${(error as Error).message.split("\n")[0]}\n`);
    return usage ? 2 : 1;
  } finally {
    await ctx.close().catch(() => {});
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
