import { describe, expect, it } from "vitest";
import { chunked, collect, collectParsed } from "../test-support/streams";
import { readCanonicalCsv } from "./canonical-csv";
import { parseCsv } from "./csv";

const fieldsOf = async (input: string | Uint8Array, size = 3) =>
  (await collect(parseCsv(chunked(input, size), 1 << 20))).map((r) => ("fields" in r ? r.fields : r.error));

describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes, quoted newlines and CRLF at any chunk boundary", async () => {
    const input = 'a,b,c\r\n"x, y","say ""hi""","line1\r\nline2"\r\n,,\n';
    for (const size of [1, 2, 3, 64]) {
      expect(await fieldsOf(input, size)).toEqual([
        ["a", "b", "c"],
        ["x, y", 'say "hi"', "line1\r\nline2"],
        ["", "", ""],
      ]);
    }
  });

  it("keeps a bare \\r inside an unquoted field (the Twitter export has tweets holding \\r\\r)", async () => {
    expect(await fieldsOf("id,text\n1,@AskPayPal \r\rI just love it\n2,ok\n")).toEqual([
      ["id", "text"],
      ["1", "@AskPayPal \r\rI just love it"],
      ["2", "ok"],
    ]);
  });

  it("numbers rows by the line they start on and skips blank lines", async () => {
    const rows = await collect(parseCsv(chunked('h\n"a\nb"\n\nc\n'), 1 << 20));
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it("reports an unterminated quote, text after a closing quote and invalid UTF-8", async () => {
    expect(await fieldsOf('h1,h2\n"open,x\n')).toEqual([["h1", "h2"], expect.stringMatching(/ends inside a quoted field/)]);
    expect(await fieldsOf('h1,h2\n"a"b,c\nd,e\n')).toEqual([["h1", "h2"], expect.stringMatching(/after its closing quote/), ["d", "e"]]);
    const bytes = new Uint8Array([...new TextEncoder().encode("h1,h2\nok,"), 0xff, ...new TextEncoder().encode("\nd,e\n")]);
    expect(await fieldsOf(bytes)).toEqual([["h1", "h2"], "column 2: invalid UTF-8 at byte 1", ["d", "e"]]);
  });

  it("rejects an oversized row and carries on with the next", async () => {
    const rows = await collect(parseCsv(chunked(`h\n"${"x".repeat(5000)}"\nnext\n`, 100), 1000));
    expect(rows.map((r) => ("fields" in r ? r.fields : r.error))).toEqual([["h"], expect.stringMatching(/more than the limit of 1000/), ["next"]]);
  });
});

describe("readCanonicalCsv", () => {
  it("maps columns to fields, keeps extra columns in attrs and rejects rows of the wrong width", async () => {
    const input = [
      "id,name,is_bot,shift",
      "a1,Li Wei,false,day",
      "a2,AutoReply,true,always,extra",
      "a3,Too few",
      "a4,Maria,yes,night",
    ].join("\n");
    const items = await collectParsed(readCanonicalCsv(chunked(input), "agent", 1 << 20));
    expect(items).toEqual([
      { position: 2, record: { type: "agent", id: "a1", name: "Li Wei", is_bot: false, attrs: { shift: "day" } } },
      expect.objectContaining({ position: 3, rejection: expect.objectContaining({ reason: "too many columns: the row has 5, the header has 4" }) }),
      expect.objectContaining({ position: 4, rejection: expect.objectContaining({ reason: "too few columns: the row has 2, the header has 4" }) }),
      { position: 5, record: { type: "agent", id: "a4", name: "Maria", is_bot: true, attrs: { shift: "night" } } },
    ]);
  });

  it("keeps columns named like built-in properties as attrs", async () => {
    const items = await collectParsed(readCanonicalCsv(chunked("id,name,constructor,__proto__\na1,Li,c,p\n"), "agent", 1 << 20));
    expect(items).toHaveLength(1);
    const record = (items[0] as { record: { attrs: Record<string, string> } }).record;
    expect(JSON.parse(JSON.stringify(record.attrs))).toEqual(JSON.parse('{"constructor":"c","__proto__":"p"}'));
  });

  it("refuses the file, once, when it has no type column and no type is named", async () => {
    await expect(collectParsed(readCanonicalCsv(chunked("id,name\na1,Li\na2,Wei\n"), undefined, 1 << 20))).rejects.toMatchObject({
      code: "usage",
      message: expect.stringMatching(/^the CSV has no type column/),
    });
  });
});
