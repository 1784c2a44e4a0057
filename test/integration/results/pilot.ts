/**
 * A small pilot whose every figure is computed by hand in report.test.ts. Tenant "t1", k = 3.
 *
 *  user  cohort  department          attempts (day in January 2026: score)        host
 *  u1    A       Prestations santé   5:40  7:50  18:70   (10 min each; use 4, 5)  word
 *  u2    A       Prestations santé   6:60  20:50         (use 3 on the first)     word
 *  u3    A       Prestations santé   12:80                                        word
 *  u4    B       Direction           5…14: 100 ×10, every criterion 3, 5 min each excel
 *  u5    B       Direction           — (enrolled, never tried)
 *  u6    B       Direction           5:20  10:30  19:50                           word
 * Other criteria are 2. Privacy blocks: two by u2 in the period, one before it, one other action.
 * Tenant "t2" has one learner whose attempts must never show up in t1's figures.
 */
import type { Store } from "../../../src/server/store/db";
import { addAttempts, addAudit, addTenant, addUser } from "./store";

export const PERIOD = { from: "2026-01-01", to: "2026-01-20" } as const;

export async function seedSmallPilot(store: Store): Promise<void> {
  await addTenant(store, "t1", { reportK: 3 });
  const a = { cohort: "A", department: "Prestations santé" };
  const b = { cohort: "B", department: "Direction" };
  await addUser(store, "t1", "u1", { ...a, name: "Ana Martin" });
  await addUser(store, "t1", "u2", a);
  await addUser(store, "t1", "u3", a);
  await addUser(store, "t1", "u4", b);
  await addUser(store, "t1", "u5", b);
  await addUser(store, "t1", "u6", b);

  await addAttempts(store, "t1", "u1", [
    { at: "2026-01-05", score: 40, minutes: 10, usefulness: 4 },
    { at: "2026-01-07", score: 50, minutes: 10, usefulness: 5 },
    { at: "2026-01-18", score: 70, minutes: 10 },
  ]);
  await addAttempts(store, "t1", "u2", [
    { at: "2026-01-06", score: 60, usefulness: 3 },
    { at: "2026-01-20T22:00:00.000Z", score: 50 },
  ]);
  await addAttempts(store, "t1", "u3", [{ at: "2026-01-12", score: 80 }]);
  await addAttempts(
    store,
    "t1",
    "u4",
    Array.from({ length: 10 }, (_, i) => ({
      at: `2026-01-${String(5 + i).padStart(2, "0")}`,
      score: 100,
      criteria: 3,
      host: "excel" as const,
      minutes: 5,
    })),
  );
  await addAttempts(store, "t1", "u6", [
    { at: "2026-01-05", score: 20 },
    { at: "2026-01-10", score: 30 },
    { at: "2026-01-19", score: 50 },
  ]);
  // Outside the period: must not count.
  await addAttempts(store, "t1", "u3", [{ at: "2026-01-21T00:00:00.000Z", score: 10 }]);

  await addAudit(store, "t1", "u2", "privacy.block", "2026-01-06T10:00:00.000Z");
  await addAudit(store, "t1", "u2", "privacy.block", "2026-01-15T10:00:00.000Z");
  await addAudit(store, "t1", "u2", "privacy.block", "2025-12-31T10:00:00.000Z");
  await addAudit(store, "t1", "admin", "settings.updated", "2026-01-06T10:00:00.000Z");

  await addTenant(store, "t2");
  await addUser(store, "t2", "u1", a);
  await addAttempts(store, "t2", "u1", [{ at: "2026-01-05", score: 0, minutes: 999 }]);
}
