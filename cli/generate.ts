import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { EFFECT_PRESETS, type EffectPreset } from "../lib/demo/effects";
import { resolveShopOptions, type ShopOptions } from "../lib/demo/options";
import { writeShopJsonl } from "../lib/demo/write-jsonl";
import { Progress } from "./progress";

const USAGE = `usage: npx tsx cli/generate.ts --out file.jsonl [--seed s] [--conversations N]
  [--messages-per-conversation M] [--weeks W] [--end 2026-11-23T00:00:00Z] [--shuffle]
  [--effects ${Object.keys(EFFECT_PRESETS).join("|")}]`;

/** Room for several chunks in flight, so generating and writing to disk overlap. */
const OUTPUT_BUFFER_BYTES = 4 * 1024 * 1024;

class UsageError extends Error {}

/**
 * Writes the seeded demo shop as canonical JSONL. Progress goes to stderr, one JSON summary (the
 * counts per record type) to stdout. Exit status 2 on a usage error, 1 on any other failure.
 */
async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help")) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const { out, options } = readArguments(argv);
  const settings = resolveShopOptions(options);
  const file = createWriteStream(out, { highWaterMark: OUTPUT_BUFFER_BYTES });
  // Fail on an unwritable path before generating anything.
  await once(file, "open");
  const progress = new Progress("generate");
  const expectedMessages = Math.round(settings.conversations * settings.messagesPerConversation);
  const started = performance.now();
  const counts = await writeShopJsonl(options, file, (c) =>
    progress.update(c.message, expectedMessages, `${c.conversation} conversations, ${c.message} messages`),
  );
  file.end();
  await finished(file);
  const seconds = (performance.now() - started) / 1000;
  const records = Object.values(counts).reduce((a, b) => a + b, 0);
  progress.finish(`${records} records in ${out}`);
  const summary = { out, seed: settings.seed, records, counts, bytes: file.bytesWritten, seconds: Number(seconds.toFixed(2)) };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  return 0;
}

function readArguments(argv: string[]): { out: string; options: ShopOptions } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: "string" },
        seed: { type: "string" },
        conversations: { type: "string" },
        "messages-per-conversation": { type: "string" },
        weeks: { type: "string" },
        end: { type: "string" },
        shuffle: { type: "boolean" },
        effects: { type: "string" },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]);
  }
  if (!values.out) throw new UsageError("--out is required");
  const preset = values.effects ?? "default";
  if (!(preset in EFFECT_PRESETS)) throw new UsageError(`--effects must be one of ${Object.keys(EFFECT_PRESETS).join(", ")}`);
  return {
    out: values.out,
    options: {
      seed: values.seed,
      conversations: numberFlag("--conversations", values.conversations),
      messagesPerConversation: numberFlag("--messages-per-conversation", values["messages-per-conversation"]),
      weeks: numberFlag("--weeks", values.weeks),
      end: values.end,
      shuffle: values.shuffle ?? false,
      effects: EFFECT_PRESETS[preset as EffectPreset],
    },
  };
}

function numberFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n)) throw new UsageError(`${flag} must be a number, got ${JSON.stringify(value)}`);
  return n;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Bad flags and option values the generator refuses (RangeError) are usage errors.
    const usage = error instanceof UsageError || error instanceof RangeError;
    process.stderr.write(`${(error as Error).message}\n${usage ? `${USAGE}\n` : ""}`);
    process.exit(usage ? 2 : 1);
  },
);
