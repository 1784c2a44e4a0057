import { ACTIONS, can, type Action } from "../../../src/core/auth/policy";

describe("the roles and permissions policy", () => {
  const actions = Object.keys(ACTIONS) as Action[];

  it("lets nobody do anything without a caller or a role", () => {
    for (const action of actions) {
      expect(can(null, action)).toBe(false);
      expect(can(undefined, action)).toBe(false);
      expect(can({ roles: [] }, action)).toBe(false);
    }
  });

  it("lets pilot leads read results and export statements, not administer the tenant", () => {
    const lead = { roles: ["PilotLead"] };
    expect(can(lead, "results.read")).toBe(true);
    expect(can(lead, "xapi.export")).toBe(true);
    expect(can(lead, "tenant.administer")).toBe(false);
  });

  it("lets admins do everything", () => {
    for (const action of actions) expect(can({ roles: ["Admin"] }, action)).toBe(true);
  });

  it("ignores roles it does not know, whatever their case", () => {
    expect(can({ roles: ["admin", "Owner", "pilotlead"] }, "results.read")).toBe(false);
  });
});
