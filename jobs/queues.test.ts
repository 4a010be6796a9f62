import { describe, expect, it } from "vitest";
import { servedQueues } from "./queues";

describe("servedQueues", () => {
  it("serves every queue unless told otherwise", () => {
    expect(servedQueues(null)).toEqual(["ingest", "sla", "templates", "nlp"]);
  });

  it("serves the named ones, in the queues' order", () => {
    expect(servedQueues(["nlp"])).toEqual(["nlp"]);
    expect(servedQueues(["templates", "ingest", "sla"])).toEqual(["ingest", "sla", "templates"]);
  });

  it("refuses a name it does not know, or none at all", () => {
    expect(() => servedQueues(["ingest", "nlpp"])).toThrow(/unknown: nlpp/);
    expect(() => servedQueues([])).toThrow(/WORKER_QUEUES/);
  });
});
