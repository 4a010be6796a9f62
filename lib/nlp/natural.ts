import { createRequire } from "node:module";

/**
 * The one door to `natural`. Its storage modules call dotenv 17's `config()` on import, which
 * reads ./.env from the working directory into process.env and prints a banner to stdout: that
 * would corrupt `--json` output and load an app's .env behind its back. dotenv has no switch for
 * the file it reads, so natural gets a dotenv that does nothing. Loaded lazily: natural takes
 * ~0.4 s to load and drags in database drivers we never use.
 */
type Natural = typeof import("natural");

const require = createRequire(import.meta.url);
let natural: Natural | undefined;

export async function loadNatural(): Promise<Natural> {
  if (!natural) {
    const naturalPath = require.resolve("natural");
    const dotenvPath = require.resolve("dotenv", { paths: [naturalPath] });
    const inert = { config: () => ({ parsed: {} }), configDotenv: () => ({ parsed: {} }), parse: () => ({}), populate: () => ({}) };
    require.cache[dotenvPath] ??= { id: dotenvPath, filename: dotenvPath, loaded: true, exports: inert } as unknown as NodeJS.Module;
    natural = require("natural") as Natural;
  }
  return natural;
}
