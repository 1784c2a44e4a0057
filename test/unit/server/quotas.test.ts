import { quotaIncoherence } from "../../../src/core/api/admin";
import { DEFAULT_TENANT_SETTINGS, settingsFromJson } from "../../../src/server/tenants/settings";

describe("the daily quotas are coherent", () => {
  it("allows as many improvements as Runs, never more", () => {
    expect(quotaIncoherence({ dailyQuota: 50, dailyImproveQuota: 20 })).toBeNull();
    expect(quotaIncoherence({ dailyQuota: 5, dailyImproveQuota: 5 })).toBeNull();
    expect(quotaIncoherence({ dailyQuota: 0, dailyImproveQuota: 0 })).toBeNull();
    expect(quotaIncoherence({ dailyQuota: 5, dailyImproveQuota: 6 })).toMatchObject({
      code: "improve_quota_above_run_quota",
      dailyQuota: 5,
      dailyImproveQuota: 6,
    });
    // No Runs means no improvements either.
    expect(quotaIncoherence({ dailyQuota: 0, dailyImproveQuota: 1 })?.code).toBe(
      "improve_quota_above_run_quota",
    );
  });

  it("the defaults are coherent", () => {
    expect(quotaIncoherence(DEFAULT_TENANT_SETTINGS)).toBeNull();
  });

  it("applies the Runs' quota to improvements stored above it before the check existed", () => {
    const stored = settingsFromJson(JSON.stringify({ dailyQuota: 10, dailyImproveQuota: 30 }));
    expect(stored).toMatchObject({ dailyQuota: 10, dailyImproveQuota: 10 });
    // A Runs' quota stored alone under the default improvements lowers them too.
    expect(settingsFromJson(JSON.stringify({ dailyQuota: 3 }))).toMatchObject({
      dailyQuota: 3,
      dailyImproveQuota: 3,
    });
    // Coherent settings are read as stored.
    expect(settingsFromJson(JSON.stringify({ dailyQuota: 10, dailyImproveQuota: 4 }))).toMatchObject({
      dailyQuota: 10,
      dailyImproveQuota: 4,
    });
  });
});
