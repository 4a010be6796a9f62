import { describe, expect, it } from "vitest";
import { collectParsed, chunked } from "../../test-support/streams";
import { fileSource, sampleData } from "../../test-support/files";
import type { ParsedItem } from "../items";
import type { CanonicalRecord, ConversationRecord, MessageRecord } from "../records";
import { parseTwitterTime, readTwcs } from "./twcs";

const records = (items: ParsedItem[]): CanonicalRecord[] => items.flatMap((i) => ("record" in i ? [i.record] : []));

describe("readTwcs on the real Twitter sample", async () => {
  const items = await collectParsed(readTwcs(fileSource(sampleData("twcs", "twcs_head_5000.csv")), 1 << 20));
  const all = records(items);
  const messages = all.filter((r): r is MessageRecord => r.type === "message");
  const conversations = all.filter((r): r is ConversationRecord => r.type === "conversation");

  it("turns every tweet into a message, every thread into a conversation, every company into an agent", () => {
    expect(items.filter((i) => "rejection" in i)).toEqual([]);
    expect(messages).toHaveLength(5000);
    expect(conversations).toHaveLength(1312);
    expect(all.filter((r) => r.type === "agent")).toHaveLength(76);
  });

  it("follows reply links to the thread's root", () => {
    // Tweets 1-8 of the sample are one sprintcare thread started by customer tweet 8.
    const byId = new Map(messages.map((m) => [m.id, m]));
    for (const id of ["1", "2", "3", "4", "5", "6", "8"]) expect(byId.get(id)?.conversation_id).toBe("8");
    expect(byId.get("8")).toMatchObject({ sender: "buyer", sent_at: "2017-10-31T21:45:10+00:00" });
    expect(byId.get("1")).toMatchObject({ sender: "agent", agent_id: "sprintcare" });
    expect(conversations.find((c) => c.id === "8")).toMatchObject({ buyer_id: "115712", channel: "social" });
  });

  it("keeps the tweet whose text holds a bare \\r\\r intact", () => {
    expect(messages.find((m) => m.id === "3399")?.text).toBe("@AskPayPal \r\rI just love the start of email 😁 https://t.co/8u1Pf5rJoN");
  });

  it("rejects rows it cannot read and keeps the rest", async () => {
    const csv = [
      ",tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id",
      "0,1,shop,False,Tue Oct 31 22:10:47 +0000 2017,hello,,2.0",
      "1,2,cust,True,yesterday,hi,1,",
      "2,3,cust,True,Tue Oct 31 22:00:00 +0000 2017,too,many,columns,here",
    ].join("\n");
    const source = { name: "t.csv", open: () => chunked(csv) };
    const out = await collectParsed(readTwcs(source, 1 << 20));
    expect(out.filter((i) => "rejection" in i)).toMatchObject([
      { position: 3, rejection: { field: "created_at" } },
      { position: 4, rejection: { reason: expect.stringMatching(/too many columns/) } },
    ]);
    expect(records(out).find((r) => r.type === "message")).toMatchObject({ id: "1", conversation_id: "1" });
  });

  it("parses Twitter's time format", () => {
    expect(parseTwitterTime("Tue Oct 31 22:10:47 +0000 2017")).toBe("2017-10-31T22:10:47+00:00");
    expect(parseTwitterTime("Tue Foo 31 22:10:47 +0000 2017")).toBeNull();
  });
});
