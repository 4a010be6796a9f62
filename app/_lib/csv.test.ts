import { describe, expect, test } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("csvCell", () => {
  test.each([
    ["plain", "plain"],
    ["=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "\"'\rcmd\""],
    ["a,b", "\"a,b\""],
    ["say \"hi\"", "\"say \"\"hi\"\"\""],
    ["line1\nline2", "\"line1\nline2\""],
    ["<script>alert(1)</script>", "<script>alert(1)</script>"],
    ["中文，评论", "中文，评论"],
    ["", ""],
  ])("%j -> %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  test("null is an empty cell", () => {
    expect(csvCell(null)).toBe("");
  });
});

test("csvRow", () => {
  expect(csvRow([3, "line", null, "bad, very", "=1+1"])).toBe("3,line,,\"bad, very\",'=1+1\r\n");
});
