/**
 * What an error may say in a log line. Database drivers put the failed statement and its
 * parameters in their messages (drizzle: "Failed query: … params: …"), and the parameters of an
 * ingest statement are buyers' messages; so messages are cut before any parameter list, capped,
 * and joined with their causes' codes. Stack traces stay out: they go to nobody but the log anyway,
 * and the code location is in the first line of the message's context.
 */
const MAX_MESSAGE = 300;

export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      parts.push(`${current.name}${typeof code === "string" ? ` [${code}]` : ""}: ${clean(current.message)}`);
      current = current.cause;
    } else {
      parts.push(clean(String(current)));
      break;
    }
  }
  return parts.join(" <- ");
}

function clean(message: string): string {
  const cut = message.split(/\bparams:/i)[0] ?? "";
  const oneLine = cut.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_MESSAGE ? `${oneLine.slice(0, MAX_MESSAGE)}…` : oneLine;
}
