import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it.each(["/", "/w/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed/imports?page=2", "/admin/queues"])("keeps %s", (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each([
    "//evil.example/",
    "/\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/%0d%0a".replace("%0d%0a", "\r\n"),
    "/sign-in",
    "/sign-in?next=/",
    "",
    undefined,
    42,
  ])("turns %s into /", (path) => {
    expect(safeNextPath(path)).toBe("/");
  });
});
