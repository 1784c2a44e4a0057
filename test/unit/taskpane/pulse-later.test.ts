import { PULSE_LATER_MS, postponePulse, pulsePostponed } from "../../../src/taskpane/components/PulseForm";

/** A Storage that keeps items in a Map, or refuses every write like a full or private one. */
function storage(refuse = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => {
      if (refuse) throw new Error("QuotaExceededError");
      items.set(k, v);
    },
  };
}

describe("the confidence pulse's Later", () => {
  it("puts the pulse off for a day, for that learner only", () => {
    const store = storage();
    const now = Date.parse("2026-02-02T09:00:00Z");
    expect(pulsePostponed("a1", now, store)).toBe(false);
    postponePulse("a1", now, store);
    expect(pulsePostponed("a1", now + 1, store)).toBe(true);
    expect(pulsePostponed("a1", now + PULSE_LATER_MS - 1, store)).toBe(true);
    expect(pulsePostponed("a1", now + PULSE_LATER_MS, store)).toBe(false);
    expect(pulsePostponed("b2", now + 1, store)).toBe(false);
  });

  it("asks again next time when the device keeps nothing", () => {
    const now = Date.parse("2026-02-02T09:00:00Z");
    const full = storage(true);
    expect(() => postponePulse("a1", now, full)).not.toThrow();
    expect(pulsePostponed("a1", now + 1, full)).toBe(false);
    expect(pulsePostponed("a1", now + 1, null)).toBe(false);
  });
});
