import { checkTimestamp } from "../time/timestamp";
import { isIsoCountryCode, isoCodeFor } from "./markets";

/** The canonical ingest format (../shared/spec/ingest-format.md), as records look once accepted. */
export const RECORD_TYPES = ["agent", "template", "conversation", "message", "order", "review"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const SENDERS = ["buyer", "agent", "bot"] as const;
export const CHANNELS = ["chat", "email", "social", "voice", "video"] as const;
export const SCENARIOS = ["presale", "logistics", "aftersale", "other"] as const;
export type Sender = (typeof SENDERS)[number];
export type Channel = (typeof CHANNELS)[number];
export type Scenario = (typeof SCENARIOS)[number];

type Attrs = Record<string, unknown>;

export interface AgentRecord {
  type: "agent";
  id: string;
  name: string;
  is_bot?: boolean;
  team?: string;
  attrs?: Attrs;
}
export interface TemplateRecord {
  type: "template";
  id: string;
  name: string;
  text: string;
  scenario?: Scenario;
  language?: string;
  archived?: boolean;
  attrs?: Attrs;
}
export interface ConversationRecord {
  type: "conversation";
  id: string;
  channel?: Channel;
  buyer_id?: string;
  market?: string;
  language?: string;
  scenario?: Scenario;
  started_at?: string;
  closed_at?: string;
  csat?: number;
  attrs?: Attrs;
}
export interface MessageRecord {
  type: "message";
  id: string;
  conversation_id: string;
  sender: Sender;
  sent_at: string;
  text: string;
  agent_id?: string;
  template_id?: string;
  language?: string;
  duration_s?: number;
  attrs?: Attrs;
}
export interface OrderRecord {
  type: "order";
  id: string;
  buyer_id: string;
  placed_at: string;
  amount?: number;
  currency?: string;
  market?: string;
  status?: string;
  estimated_delivery_at?: string;
  delivered_at?: string;
  attrs?: Attrs;
}
export interface ReviewRecord {
  type: "review";
  id: string;
  rating: number;
  text: string;
  created_at: string;
  source?: string;
  product_id?: string;
  title?: string;
  buyer_id?: string;
  order_id?: string;
  market?: string;
  language?: string;
  attrs?: Attrs;
}

export type CanonicalRecord =
  | AgentRecord
  | TemplateRecord
  | ConversationRecord
  | MessageRecord
  | OrderRecord
  | ReviewRecord;

/** Why a record was refused: the field at fault (null for the record as a whole) and a reason a person can act on. */
export interface Rejection {
  field: string | null;
  reason: string;
}

export type Validation = { ok: true; record: CanonicalRecord } | ({ ok: false } & Rejection);

type Kind =
  | "id"
  | "string"
  | "text"
  | "time"
  | "bool"
  | "int1to5"
  | "seconds"
  | "amount"
  | "sender"
  | "channel"
  | "scenario"
  | "market"
  | "language"
  | "currency";

interface FieldSpec {
  kind: Kind;
  required?: boolean;
}

/** Field table per type: the single source of what each record may hold. */
export const FIELDS: Record<RecordType, Record<string, FieldSpec>> = {
  agent: {
    id: { kind: "id", required: true },
    name: { kind: "string", required: true },
    is_bot: { kind: "bool" },
    team: { kind: "string" },
  },
  template: {
    id: { kind: "id", required: true },
    name: { kind: "string", required: true },
    text: { kind: "text", required: true },
    scenario: { kind: "scenario" },
    language: { kind: "language" },
    archived: { kind: "bool" },
  },
  conversation: {
    id: { kind: "id", required: true },
    channel: { kind: "channel" },
    buyer_id: { kind: "id" },
    market: { kind: "market" },
    language: { kind: "language" },
    scenario: { kind: "scenario" },
    started_at: { kind: "time" },
    closed_at: { kind: "time" },
    csat: { kind: "int1to5" },
  },
  message: {
    id: { kind: "id", required: true },
    conversation_id: { kind: "id", required: true },
    sender: { kind: "sender", required: true },
    sent_at: { kind: "time", required: true },
    text: { kind: "text", required: true },
    agent_id: { kind: "id" },
    template_id: { kind: "id" },
    language: { kind: "language" },
    duration_s: { kind: "seconds" },
  },
  order: {
    id: { kind: "id", required: true },
    buyer_id: { kind: "id", required: true },
    placed_at: { kind: "time", required: true },
    amount: { kind: "amount" },
    currency: { kind: "currency" },
    market: { kind: "market" },
    status: { kind: "string" },
    estimated_delivery_at: { kind: "time" },
    delivered_at: { kind: "time" },
  },
  review: {
    id: { kind: "id", required: true },
    rating: { kind: "int1to5", required: true },
    text: { kind: "text", required: true },
    created_at: { kind: "time", required: true },
    source: { kind: "string" },
    product_id: { kind: "id" },
    title: { kind: "text" },
    buyer_id: { kind: "id" },
    order_id: { kind: "id" },
    market: { kind: "market" },
    language: { kind: "language" },
  },
};

const REQUIRED = Object.fromEntries(
  RECORD_TYPES.map((type) => [type, Object.keys(FIELDS[type]).filter((key) => FIELDS[type][key]?.required)]),
) as Record<RecordType, string[]>;

/**
 * The largest numbers the columns hold (whole seconds in an int; money in numeric(14,2)): a larger
 * one is refused here, on its own, rather than failing the statement that stores its whole chunk.
 */
const MAX_SECONDS = 2_147_483_647;
const MAX_AMOUNT = 999_999_999_999.99;

/**
 * Deeper records are refused: every later step (checks, storage, showing a rejected record) may
 * walk a record recursively, and ten thousand levels would exhaust the stack.
 */
export const MAX_NESTING = 32;

/** Longest id we keep; anything longer is almost surely a column mix-up. */
const MAX_ID_CHARS = 256;
const MAX_SHORT_STRING_CHARS = 1_000;

type FieldResult = { value: unknown } | { reason: string };

/**
 * Checks one raw record against the canonical format and returns it normalised (ids as strings,
 * markets upper case, languages as primary tags), or the first field at fault. `fromCsv` reads
 * numbers and booleans from their text and treats an empty cell as absent.
 */
export function validateRecord(raw: unknown, options: { fromCsv?: boolean } = {}): Validation {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return { ok: false, field: null, reason: "a record must be a JSON object" };
  }
  if (deeperThan(raw, MAX_NESTING)) {
    return { ok: false, field: null, reason: `a record may nest objects and arrays at most ${MAX_NESTING} levels deep` };
  }
  const input = raw as Record<string, unknown>;
  const type = input.type;
  if (type === undefined || type === null || type === "") {
    return { ok: false, field: "type", reason: `type is required (one of ${RECORD_TYPES.join(", ")})` };
  }
  if (typeof type !== "string" || !(RECORD_TYPES as readonly string[]).includes(type)) {
    return {
      ok: false,
      field: "type",
      reason: `unknown type ${JSON.stringify(type)} (expected one of ${RECORD_TYPES.join(", ")})`,
    };
  }
  const spec = FIELDS[type as RecordType];
  const record: Record<string, unknown> = { type };
  let attrs: Attrs | undefined;

  for (const key in input) {
    if (key === "type" || !Object.hasOwn(input, key)) continue;
    const value = input[key];
    if (key === "attrs" && !options.fromCsv) {
      if (value === null || value === undefined) continue;
      if (typeof value !== "object" || Array.isArray(value)) {
        return { ok: false, field: "attrs", reason: "attrs must be an object" };
      }
      attrs = { ...(value as Attrs), ...attrs };
      continue;
    }
    // Own properties only: a field called "constructor" or "toString" is just an unknown field.
    const field = Object.hasOwn(spec, key) ? spec[key] : undefined;
    if (!field) {
      if (value !== undefined && !(options.fromCsv && value === "")) setOwn((attrs ??= {}), key, value);
      continue;
    }
    if (value === null || value === undefined || (options.fromCsv && value === "" && field.kind !== "text")) {
      continue;
    }
    const checked = checkField(field.kind, value, options.fromCsv ?? false);
    if ("reason" in checked) return { ok: false, field: key, reason: checked.reason };
    record[key] = checked.value;
  }

  for (const key of REQUIRED[type as RecordType]) {
    if (record[key] === undefined) return { ok: false, field: key, reason: `${key} is required for a ${type}` };
  }
  if (attrs) {
    const problem = unstorableJson(attrs);
    if (problem) return { ok: false, field: "attrs", reason: problem };
    record.attrs = attrs;
  }
  return { ok: true, record: record as unknown as CanonicalRecord };
}

function checkField(kind: Kind, value: unknown, fromCsv: boolean): FieldResult {
  switch (kind) {
    case "id": {
      const id = typeof value === "number" && Number.isSafeInteger(value) ? String(value) : value;
      if (typeof id !== "string" || id.trim() === "") return { reason: "must be a non-empty string id" };
      if (id.length > MAX_ID_CHARS) return { reason: `ids are at most ${MAX_ID_CHARS} characters` };
      return storable(id);
    }
    case "string":
      if (typeof value !== "string") return { reason: "must be a string" };
      if (value.length > MAX_SHORT_STRING_CHARS) {
        return { reason: `must be at most ${MAX_SHORT_STRING_CHARS} characters` };
      }
      return storable(value);
    case "text":
      if (typeof value !== "string") return { reason: "must be a string" };
      return storable(value);
    case "time": {
      if (typeof value !== "string") return { reason: "must be an ISO 8601 time string with an offset" };
      const checked = checkTimestamp(value.trim());
      return checked.ok ? { value: value.trim() } : { reason: checked.reason };
    }
    case "bool":
      if (typeof value === "boolean") return { value };
      if (fromCsv && typeof value === "string") {
        const v = value.trim().toLowerCase();
        if (["true", "1", "yes"].includes(v)) return { value: true };
        if (["false", "0", "no"].includes(v)) return { value: false };
      }
      return { reason: "must be true or false" };
    case "int1to5": {
      const n = readNumber(value, fromCsv);
      if (n === null || !Number.isInteger(n) || n < 1 || n > 5) {
        return { reason: `must be an integer from 1 to 5, got ${JSON.stringify(value)}` };
      }
      return { value: n };
    }
    case "seconds":
      return boundedNumber(value, fromCsv, MAX_SECONDS);
    case "amount":
      return boundedNumber(value, fromCsv, MAX_AMOUNT);
    case "sender":
      return oneOf(value, ["buyer", "agent", "bot"]);
    case "channel":
      return oneOf(value, ["chat", "email", "social", "voice", "video"]);
    case "scenario":
      return oneOf(value, ["presale", "logistics", "aftersale", "other"]);
    case "market": {
      const code = typeof value === "string" ? value.trim().toUpperCase() : null;
      if (code !== null && isIsoCountryCode(code)) return { value: code };
      const instead = code === null ? null : isoCodeFor(code);
      return {
        reason: `must be an ISO 3166-1 alpha-2 country code like "DE", got ${JSON.stringify(value)}${instead ? ` (ISO's code is "${instead}")` : ""}`,
      };
    }
    case "language": {
      const m = typeof value === "string" ? /^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$/.exec(value.trim()) : null;
      if (!m?.[1]) return { reason: `must be a BCP 47 language tag like "en" or "pt-BR", got ${JSON.stringify(value)}` };
      return { value: m[1].toLowerCase() };
    }
    case "currency":
      if (typeof value !== "string" || !/^[A-Za-z]{3}$/.test(value.trim())) {
        return { reason: `must be an ISO 4217 currency code like "EUR", got ${JSON.stringify(value)}` };
      }
      return { value: value.trim().toUpperCase() };
  }
}

/** Defines `key` as plain data, even "__proto__", which assignment would take as the prototype. */
function setOwn(target: Attrs, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function boundedNumber(value: unknown, fromCsv: boolean, max: number): FieldResult {
  const n = readNumber(value, fromCsv);
  if (n === null || !Number.isFinite(n) || n < 0 || n > max) {
    return { reason: `must be a number from 0 to ${max}, got ${JSON.stringify(value)}` };
  }
  return { value: n };
}

function readNumber(value: unknown, fromCsv: boolean): number | null {
  if (typeof value === "number") return value;
  if (fromCsv && typeof value === "string" && value.trim() !== "") {
    const n = Number(value.trim());
    return Number.isNaN(n) ? null : n;
  }
  return null;
}

function oneOf(value: unknown, allowed: readonly string[]): FieldResult {
  if (typeof value === "string" && allowed.includes(value)) return { value };
  return { reason: `must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}` };
}

function storable(value: string): FieldResult {
  const problem = unstorableText(value);
  return problem ? { reason: problem } : { value };
}

/**
 * Text PostgreSQL cannot hold as sent. Anything else (emoji, CJK, RTL, HTML) is kept verbatim;
 * these two would otherwise fail the whole batch or be silently altered by the driver.
 */
function unstorableText(value: string): string | null {
  if (value.includes("\u0000")) {
    return "contains a NUL character (U+0000), which cannot be stored";
  }
  if (!value.isWellFormed()) return "contains an unpaired UTF-16 surrogate (not valid Unicode)";
  return null;
}

/** Whether objects and arrays nest in `value` more than `max` levels deep; walks without recursion. */
export function deeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== "object") continue;
    if (depth > max) return true;
    for (const inner of Object.values(node)) if (inner !== null && typeof inner === "object") pending.push([inner, depth + 1]);
  }
  return false;
}

function unstorableJson(value: unknown): string | null {
  if (typeof value === "string") return unstorableText(value);
  if (value === null || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value)) {
    const problem = unstorableText(key) ?? unstorableJson(inner);
    if (problem) return problem;
  }
  return null;
}
