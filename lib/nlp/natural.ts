/**
 * The one door to `natural`. On import it runs dotenv 17, which reads ./.env and prints a banner
 * to stdout; that would corrupt `--json` output and load the app's .env behind its back. Pointing
 * dotenv at an empty path and asking for quiet, before the first import, avoids both. Loaded
 * lazily: it takes ~0.4 s and drags in database drivers we never use.
 */
type Natural = typeof import("natural");

let loading: Promise<Natural> | undefined;

export function loadNatural(): Promise<Natural> {
  process.env.DOTENV_CONFIG_QUIET = "true";
  process.env.DOTENV_CONFIG_PATH ??= "/dev/null";
  loading ??= import("natural").then((m) => (m as { default?: Natural }).default ?? m);
  return loading;
}
