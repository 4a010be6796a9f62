"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientAddress } from "@/lib/auth/client-address";
import { safeNextPath } from "@/lib/auth/next-path";
import { env } from "@/lib/env";
import { getAuth, requireSession } from "@/app/_server/auth";
import { logError } from "@/app/_server/http";
import { rateLimiter } from "@/app/_server/rate-limit";

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
const PER_EMAIL = 10;
const PER_CLIENT = 50;

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
  const config = env();
  const windowMs = config.SIGN_IN_RATE_WINDOW_S * 1000;
  const limits = [
    { limiter: rateLimiter("sign-in-email", { limit: PER_EMAIL, windowMs }), key: email.toLowerCase() },
    { limiter: rateLimiter("sign-in-client", { limit: PER_CLIENT, windowMs }), key: clientAddress(requestHeaders, config.TRUSTED_PROXIES) },
  ];
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

/** The sign-out button: ends the session in the database and clears the cookie. */
export async function signOut(): Promise<void> {
  await requireSession();
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
