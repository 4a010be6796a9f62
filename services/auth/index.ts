import { betterAuth, type BetterAuthPlugin } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { Database } from "../../db/client";
import { generatedAuthSecret } from "../../db/queries/instance";
import { accounts, sessions, users, verifications } from "../../db/schema";
import type { Env } from "../../lib/env";
import { PASSWORD_MAX, PASSWORD_MIN } from "./passwords";

/** A session lasts a week and is extended, at most once a day, while it is used. */
const SESSION_DAYS = 7;
const DAY_S = 24 * 3600;

/** better-auth's cookie names start with this (`replyscope.session_token`). */
export const COOKIE_PREFIX = "replyscope";

/**
 * Sign-in, sessions and sign-out through better-auth (e-mail and password, scrypt hashes, sessions
 * kept in the database), over our own database client, so it works on PostgreSQL and the embedded
 * PGlite alike. Only the server calls it (the sign-in and sign-out server actions, session checks):
 * there is no public sign-up, and no better-auth HTTP endpoints are exposed, so Next.js's
 * server-action origin check is the CSRF defence for both, with SameSite=Lax cookies behind it.
 */
export async function createAuth(db: Database, config: Env, plugins: BetterAuthPlugin[] = []) {
  const secret = config.AUTH_SECRET ?? (await generatedAuthSecret(db));
  return betterAuth({
    appName: "Replyscope",
    secret,
    baseURL: config.PUBLIC_URL,
    database: drizzleAdapter(db.orm, {
      provider: "pg",
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    user: {
      additionalFields: { isAdmin: { type: "boolean", required: false, defaultValue: false, input: false } },
    },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
    },
    session: { expiresIn: SESSION_DAYS * DAY_S, updateAge: DAY_S },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      // Secure cookies whenever the public address is https (a reverse proxy in front).
      useSecureCookies: config.PUBLIC_URL?.startsWith("https://") ?? false,
    },
    // Sign-in attempts are limited by the sign-in action itself (app/_auth/actions.ts).
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { level: "error" },
    plugins,
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;
