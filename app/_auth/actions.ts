"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { recordAudit } from "@/db/queries/audit";
import { clientAddress } from "@/lib/auth/client-address";
import { safeNextPath } from "@/lib/auth/next-path";
import { env } from "@/lib/env";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/services/auth/passwords";
import { type ActionState, failed } from "@/app/_lib/action-state";
import { getAuth, requireSession } from "@/app/_server/auth";
import { logError } from "@/app/_server/http";
import { rateLimiter } from "@/app/_server/rate-limit";
import { getRuntime } from "@/app/_server/runtime";

export interface SignInState {
  error: "invalid" | "limited" | "unavailable" | null;
  email: string;
  /** With `limited`: whole minutes until attempts are counted afresh. */
  retryMinutes?: number;
}

const input = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(1_000),
  next: z.string().max(2_000).optional(),
});

/** Attempts allowed per e-mail address and per client address in each window (15 minutes by default). */
const ATTEMPTS = { "sign-in-email": 10, "sign-in-client": 50 } as const;

/**
 * The sign-in form (public: it is how a session starts). Wrong address and wrong password get the
 * same answer, so the form does not reveal who has an account. Every attempt counts against its
 * address and its client before the password is looked at, so while limited even the right
 * password is refused. A sign-in that succeeds takes its own hits back: fifty colleagues behind
 * one office address starting their day are not an attack, and failed attempts still add up.
 */
export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = input.safeParse({ email: formData.get("email"), password: formData.get("password"), next: formData.get("next") ?? undefined });
  if (!parsed.success) return { error: "invalid", email: "" };
  const { email, password, next } = parsed.data;
  const requestHeaders = await headers();
  const limits = [attemptLimit("sign-in-email", email.toLowerCase()), attemptLimit("sign-in-client", clientAddress(requestHeaders, env().TRUSTED_PROXIES))];
  const decisions = await Promise.all(limits.map(({ limiter, key }) => limiter.hit(key)));
  const refused = decisions.filter((d) => !d.allowed);
  if (refused.length > 0) {
    const seconds = Math.max(...refused.map((d) => d.retryAfterSeconds));
    return { error: "limited", email, retryMinutes: Math.ceil(seconds / 60) };
  }
  try {
    const auth = await getAuth();
    await auth.api.signInEmail({ body: { email, password, rememberMe: true }, headers: requestHeaders });
  } catch (error) {
    if (error instanceof APIError) return { error: "invalid", email };
    logError("sign-in failed", error);
    return { error: "unavailable", email };
  }
  await Promise.all(limits.map(({ limiter, key }) => limiter.refund(key)));
  redirect(safeNextPath(next));
}

/**
 * One of the attempt counters with its key. Password guesses against an account count on its
 * address through the sign-in form and the password change alike.
 */
function attemptLimit(name: keyof typeof ATTEMPTS, key: string) {
  return { limiter: rateLimiter(name, { limit: ATTEMPTS[name], windowMs: env().SIGN_IN_RATE_WINDOW_S * 1000 }), key };
}

const passwordChange = z.object({
  current: z.string().max(1_000),
  password: z.string().max(1_000),
  confirm: z.string().max(1_000),
});

/**
 * The signed-in user's own password change. The current password is checked, and wrong ones
 * count against the account's sign-in limit (a borrowed session must not become a way to guess
 * it). Other sessions end, on other devices too; this one continues with a new session cookie.
 */
export async function changePassword(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireSession();
  const parsed = passwordChange.safeParse({ current: formData.get("current"), password: formData.get("password"), confirm: formData.get("confirm") });
  if (!parsed.success) return failed("invalid", { field: String(parsed.error.issues[0]?.path[0] ?? "form") });
  const { current, password, confirm } = parsed.data;
  if (password.length < PASSWORD_MIN) return failed("passwordLength", { min: PASSWORD_MIN });
  if (password.length > PASSWORD_MAX) return failed("passwordTooLong", { max: PASSWORD_MAX });
  if (password !== confirm) return failed("passwordMismatch");
  const limit = attemptLimit("sign-in-email", user.email.toLowerCase());
  const decision = await limit.limiter.hit(limit.key);
  if (!decision.allowed) return failed("passwordLimited", { minutes: Math.ceil(decision.retryAfterSeconds / 60) });
  try {
    const auth = await getAuth();
    await auth.api.changePassword({ body: { currentPassword: current, newPassword: password, revokeOtherSessions: true }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) return failed("passwordWrong");
    throw error;
  }
  await limit.limiter.refund(limit.key);
  const { db } = await getRuntime();
  await recordAudit(db, { workspaceId: null, actorUserId: user.id, actor: user.email, action: "user.password", subject: user.email, details: { self: true } });
  // The new session cookie makes Next.js render the page afresh, which would drop an answer
  // returned from here: the page says it was changed instead.
  redirect("/account?changed=1");
}

/** The sign-out button: ends the session in the database and clears the cookie. */
export async function signOut(): Promise<void> {
  await requireSession();
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
