import { findUserByEmail } from "../../db/queries/users";
import { isRole, ROLES } from "../../lib/auth/roles";
import { notFound, usageError } from "../../lib/errors";
import { setMemberRole } from "../../services/admin/members";
import { type Actor, createAccount, resetPassword } from "../../services/auth/passwords";
import { parse, printJson, required } from "../args";
import type { CliContext } from "../context";
import { resolveWorkspace } from "./workspace";

/** Whoever runs the command line runs the installation. */
const CLI: Actor = { userId: null, label: "cli" };

const USAGE = `usage: user create --email <address> --password <password> [--name <name>] [--admin]
       user password --email <address> --password <password>
       member add --workspace <id> --email <address> --role ${ROLES.join("|")}`;

/** `user create` (the first admin is made this way) and `user password`. */
export async function userCommand(ctx: CliContext, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  const { values } = parse(rest, {
    email: { type: "string" },
    password: { type: "string" },
    name: { type: "string" },
    admin: { type: "boolean" },
  });
  const email = required(values.email, "--email");
  const password = required(values.password, "--password");
  const db = await ctx.db();
  if (sub === "create") {
    const user = await createAccount(db, { email, password, name: values.name ?? email.split("@")[0] ?? email, isAdmin: values.admin ?? false }, CLI);
    printJson({ id: user.id, email: user.email, admin: user.isAdmin });
    return;
  }
  if (sub === "password") {
    const user = await findUserByEmail(db, email);
    if (!user) throw notFound(`no account for ${email}`);
    await resetPassword(db, user, password, CLI);
    printJson({ id: user.id, email: user.email });
    return;
  }
  throw usageError(USAGE);
}

/** `member add`: gives an account a role in a workspace (or changes it). */
export async function memberCommand(ctx: CliContext, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== "add") throw usageError(USAGE);
  const { values } = parse(rest, { workspace: { type: "string" }, email: { type: "string" }, role: { type: "string" } });
  const role = required(values.role, "--role");
  if (!isRole(role)) throw usageError(`--role must be one of ${ROLES.join(", ")}`);
  const email = required(values.email, "--email");
  const db = await ctx.db();
  const workspace = await resolveWorkspace(db, required(values.workspace, "--workspace"));
  const result = await setMemberRole(db, { workspaceId: workspace.id, email, role, addIfMissing: true }, CLI);
  if (result === "no_such_user") throw notFound(`no account for ${email}: create it with user create`);
  if (result === "last_admin") throw usageError(`${email} is the workspace's last admin: make someone else admin first`);
  printJson({ workspace: workspace.id, email, role, result });
}
