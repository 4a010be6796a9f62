import type { Database } from "../../db/client";
import type { Env } from "../../lib/env";
import { createAuth } from "../../services/auth";

/**
 * A session cookie (`name=value`) for an existing account, made by better-auth over the test's
 * own connection to the server's database: for tests about what a signed-in person may do, not
 * about signing in. The server must run with the same AUTH_SECRET as `config`.
 */
export async function sessionCookie(db: Database, config: Env, credentials: { email: string; password: string }): Promise<string> {
  const auth = await createAuth(db, config);
  const response = await auth.api.signInEmail({ body: credentials, asResponse: true });
  const cookie = /replyscope\.session_token=[^;]+/.exec(response.headers.get("set-cookie") ?? "")?.[0];
  if (!cookie) throw new Error(`could not sign ${credentials.email} in (status ${response.status})`);
  return cookie;
}
