import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "../../cli/build";
import { repoRoot } from "../../lib/test-support/files";
import { freePort, waitForHttp } from "./http";

export interface WebServer {
  /** The origin, e.g. http://127.0.0.1:41234. */
  base: string;
  stop(): Promise<void>;
}

/**
 * `next start` of the built dashboard on a free port, with `env` on top of this process's
 * environment. REDIS_URL is cleared unless given, so a server uses Redis only when a test asks.
 */
export async function startWebServer(env: Record<string, string>): Promise<WebServer> {
  buildIfNeeded();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(repoRoot, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    cwd: repoRoot,
    env: { ...process.env, REDIS_URL: "", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    // The server's errors show in the test's output.
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  await waitForHttp(`${base}/sign-in`, 120_000);
  return {
    base,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
