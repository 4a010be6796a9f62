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
