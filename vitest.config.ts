import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Three projects: `unit` (pure lib/ code, no services), `integration` (real PostgreSQL and Redis,
 * a fresh database per test file) and `e2e` (the demo in headless Chromium).
 */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    projects: [
      {
        // The root's `@` alias: app/ modules import through it.
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "services/**/*.test.ts", "cli/**/*.test.ts", "app/**/*.test.ts", "jobs/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Worker-process tests start and kill processes; they need the machine's cores to themselves.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
