import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "./lib/security-headers";

/**
 * Runs before every page (not /api, not static files): gives the page its CSP nonce, remembers the
 * path asked for (for "back here after signing in"), and sends visitors without a session cookie
 * to the sign-in page. The cookie is only looked at here, not verified: the real check is on the
 * server, in every layout, page, action and route (app/_server/auth.ts).
 *
 * /api is left out on purpose: a proxy makes Next.js buffer request bodies (uploads of up to
 * 1 GiB go to /api/uploads), and the API answers with JSON errors of its own.
 */
const SESSION_COOKIES = ["replyscope.session_token", "__Secure-replyscope.session_token"];
const PUBLIC_PATHS = new Set(["/sign-in"]);

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const { pathname, search } = request.nextUrl;

  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && !PUBLIC_PATHS.has(pathname)) {
    const target = new URL("/sign-in", request.url);
    if (pathname !== "/") target.searchParams.set("next", `${pathname}${search}`);
    // 303 so that a form post without a session becomes a plain GET of the sign-in page.
    const response = NextResponse.redirect(target, request.method === "GET" || request.method === "HEAD" ? 307 : 303);
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  headers.set("x-replyscope-path", `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
