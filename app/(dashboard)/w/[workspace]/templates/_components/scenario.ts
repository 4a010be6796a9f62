import { SCENARIOS, type Scenario } from "@/lib/ingest/records";

/** The message key under `templates.scenarios` for a scenario, or `none` for a missing or unknown one. */
export function scenarioKey(scenario: string | null): Scenario | "none" {
  return (SCENARIOS as readonly string[]).includes(scenario ?? "") ? (scenario as Scenario) : "none";
}
