import { parseArgs, type ParseArgsConfig } from "node:util";
import { usageError } from "../lib/errors";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs, with its errors turned into usage errors (exit status 2). */
export function parse<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...options, json: { type: "boolean" } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError((error as Error).message.split("\n")[0] ?? "bad arguments");
  }
}

export function required(value: string | undefined, flag: string): string {
  if (!value) throw usageError(`${flag} is required`);
  return value;
}

/** One JSON document on stdout, the only thing `--json` commands print there. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
