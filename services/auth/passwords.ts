import { hashPassword } from "better-auth/crypto";
import type { Database } from "../../db/client";
import { recordAudit } from "../../db/queries/audit";
import { createUser, findUserByEmail, setPasswordHash, type UserRow } from "../../db/queries/users";
import { AppError, usageError } from "../../lib/errors";

/** Passwords people choose: long enough to resist guessing, short enough for scrypt to stay cheap. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export function checkPassword(password: string): void {
  if (password.length < PASSWORD_MIN) throw usageError(`the password must have at least ${PASSWORD_MIN} characters`);
  if (password.length > PASSWORD_MAX) throw usageError(`the password must have at most ${PASSWORD_MAX} characters`);
}

export interface Actor {
  userId: string | null;
  /** The e-mail address of the signed-in user, or `cli`. */
  label: string;
}

/** A new account (better-auth's scrypt hash, so better-auth signs it in), audited. */
export async function createAccount(
  db: Database,
  input: { email: string; name: string; password: string; isAdmin: boolean },
  actor: Actor,
): Promise<UserRow> {
  checkPassword(input.password);
  if (await findUserByEmail(db, input.email)) throw new AppError("conflict", `there is already an account for ${input.email}`);
  const user = await createUser(db, { ...input, passwordHash: await hashPassword(input.password) });
  await recordAudit(db, {
    workspaceId: null,
    actorUserId: actor.userId,
    actor: actor.label,
    action: "user.create",
    subject: user.email,
    details: { isAdmin: user.isAdmin },
  });
  return user;
}

/** Sets a new password and ends the user's sessions. */
export async function resetPassword(db: Database, user: UserRow, password: string, actor: Actor): Promise<void> {
  checkPassword(password);
  await setPasswordHash(db, user.id, await hashPassword(password));
  await recordAudit(db, { workspaceId: null, actorUserId: actor.userId, actor: actor.label, action: "user.password", subject: user.email });
}
