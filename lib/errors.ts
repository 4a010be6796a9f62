/**
 * Errors with a code the edges translate: the HTTP API to a status and `{"error": {code, message}}`,
 * the CLI to an exit status (2 for usage, 1 otherwise), workers to retry or not.
 */
export type ErrorCode =
  | "usage"
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "conflict";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const usageError = (message: string) => new AppError("usage", message);
export const badRequest = (message: string) => new AppError("bad_request", message);
export const notFound = (message: string) => new AppError("not_found", message);

/** Too many requests; the edges answer 429 with `Retry-After: retryAfterSeconds`. */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("rate_limited", message);
  }
}
