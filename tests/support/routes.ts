import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "../../lib/test-support/files";

export interface AppRoute {
  /** The file, relative to the repo. */
  file: string;
  kind: "page" | "route";
  /** The URL pattern, e.g. /w/[workspace]/imports/[batch]. */
  pattern: string;
  /** For route handlers: the HTTP methods the file exports. */
  methods: string[];
}

/** Every page.tsx and route.ts under app/, found on disk, so pages added later are covered without editing tests. */
export function appRoutes(): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // Private folders (_components, _server…) hold no routes.
        if (!entry.name.startsWith("_")) walk(full);
        continue;
      }
      const kind = entry.name === "page.tsx" ? "page" : entry.name === "route.ts" ? "route" : null;
      if (!kind) continue;
      const segments = path
        .relative(path.join(repoRoot, "app"), dir)
        .split(path.sep)
        .filter((s) => s && !/^\(.*\)$/.test(s));
      const source = fs.readFileSync(full, "utf8");
      const methods = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1] as string);
      routes.push({ file: path.relative(repoRoot, full), kind, pattern: `/${segments.join("/")}`, methods });
    }
  };
  walk(path.join(repoRoot, "app"));
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/**
 * The URL of a pattern with its dynamic segments filled from `values`. A segment the test does not
 * know fails loudly: a new page with a new kind of id must be given one (and so be tested).
 */
export function fillRoute(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_whole, _rest, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(`no test value for the dynamic segment [${name}] of ${pattern}: add one to the isolation test's segment values`);
    }
    return encodeURIComponent(value);
  });
}
