import { describe, expect, it } from "vitest";
import { describeError } from "./log-safe";

describe("describeError", () => {
  it("drops a failed statement's parameters and keeps the cause's code", () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "x"'), { code: "23505" });
    const error = new Error("Failed query: insert into messages (text) values ($1)\nparams: my phone is +49 151 23456789", { cause });
    const line = describeError(error);
    expect(line).toContain("Failed query: insert into messages (text) values ($1)");
    expect(line).toContain("[23505]");
    expect(line).not.toContain("23456789");
    expect(line).not.toContain("\n");
  });

  it("caps long messages and handles what is not an Error", () => {
    expect(describeError(new Error("x".repeat(1_000))).length).toBeLessThan(350);
    expect(describeError("plain")).toBe("plain");
  });
});
