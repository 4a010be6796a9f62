import { describe, expect, it } from "vitest";
import { CAPABILITIES, can, capabilitiesOf, isRole, ROLES } from "./roles";

describe("roles", () => {
  it("lets every role view, and only admins manage people, keys, settings and data", () => {
    for (const role of ROLES) expect(can(role, "view")).toBe(true);
    for (const capability of ["users.manage", "keys.manage", "settings.edit", "data.delete", "data.import", "audit.view"] as const) {
      expect(ROLES.filter((r) => can(r, capability))).toEqual(["admin"]);
    }
  });

  it("gives each working role its own area and nothing else", () => {
    expect(ROLES.filter((r) => can(r, "retro.notes"))).toEqual(["admin", "manager"]);
    expect(ROLES.filter((r) => can(r, "sla.settings"))).toEqual(["admin", "team_lead"]);
    expect(ROLES.filter((r) => can(r, "templates.edit"))).toEqual(["admin", "content_owner"]);
    expect(capabilitiesOf("viewer")).toEqual(["view"]);
    expect(capabilitiesOf("admin")).toEqual([...CAPABILITIES]);
  });

  it("recognises role names only", () => {
    expect(isRole("team_lead")).toBe(true);
    expect(isRole("owner")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
