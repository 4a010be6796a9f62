/**
 * Where to go after signing in: a path on this site only. Anything that a browser could read as
 * another origin (`//evil.example`, `/\evil.example`, `https://…`, `javascript:`) becomes `/`,
 * so the sign-in page cannot be used to send people elsewhere.
 */
export function safeNextPath(raw: unknown): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2_000) return "/";
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f\\]/.test(raw)) return "/";
  if (raw === "/sign-in" || raw.startsWith("/sign-in?")) return "/";
  return raw;
}
