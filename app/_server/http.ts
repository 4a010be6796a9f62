import "server-only";
import { NextResponse } from "next/server";
import { AppError, type ErrorCode, RateLimitedError } from "@/lib/errors";
import { describeError } from "@/lib/log-safe";

const STATUS: Record<ErrorCode, number> = {
  usage: 400,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
};

/** The one error shape of every JSON endpoint: `{"error": {"code", "message"}}`. */
export function jsonError(code: ErrorCode | "internal", message: string, status?: number): NextResponse {
  return NextResponse.json(
    { error: { code, message } },
    { status: status ?? (code === "internal" ? 500 : STATUS[code]), headers: { "Cache-Control": "no-store" } },
  );
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/**
 * Handlers for the methods a route does not serve, so that they too answer in the one error
 * shape (Next.js would send an empty 405): `export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST")`.
 */
export function otherMethods(...served: Method[]): Record<Method, () => NextResponse> {
  const refuse = () => {
    const response = jsonError("method_not_allowed", `this endpoint answers ${served.join(" and ")} only`);
    response.headers.set("Allow", served.join(", "));
    return response;
  };
  return Object.fromEntries(METHODS.map((method) => [method, refuse])) as Record<Method, () => NextResponse>;
}

/**
 * Our typed errors keep their code and message; anything else is logged here (without the data it
 * was about, see lib/log-safe.ts) and answered with a generic message, never a stack trace.
 */
export function errorResponse(error: unknown, context: string): NextResponse {
  if (error instanceof RateLimitedError) {
    const response = jsonError(error.code, error.message);
    response.headers.set("Retry-After", String(error.retryAfterSeconds));
    return response;
  }
  if (error instanceof AppError) return jsonError(error.code, error.message);
  logError(context, error);
  return jsonError("internal", "something went wrong on the server; the details are in its log");
}

/** The one way server code logs an unexpected error: what failed and why, never record text. */
export function logError(context: string, error: unknown): void {
  console.error(`replyscope: ${context}: ${describeError(error)}`);
}
