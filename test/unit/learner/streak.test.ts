import { streak } from "../../../src/core/learner";

const now = new Date("2025-03-10T09:00:00Z"); // a Monday morning in Paris

describe("streak", () => {
  it("is zero without attempts", () => {
    expect(streak([], now)).toEqual({ current: 0, best: 0 });
  });

  it("counts consecutive days ending today, several attempts a day counting once", () => {
    const dates = [
      "2025-03-08T10:00:00Z",
      "2025-03-09T08:00:00Z",
      "2025-03-09T15:00:00Z",
      "2025-03-10T07:00:00Z",
    ];
    expect(streak(dates, now)).toEqual({ current: 3, best: 3 });
  });

  it("keeps the streak alive when the last attempt was yesterday", () => {
    expect(streak(["2025-03-08T10:00:00Z", "2025-03-09T10:00:00Z"], now)).toEqual({ current: 2, best: 2 });
  });

  it("breaks after a missed day but remembers the best run", () => {
    const dates = [
      "2025-03-01T10:00:00Z",
      "2025-03-02T10:00:00Z",
      "2025-03-03T10:00:00Z",
      "2025-03-07T10:00:00Z",
    ];
    expect(streak(dates, now)).toEqual({ current: 0, best: 3 });
  });

  it("counts days in the learner's time zone", () => {
    // 23:30 UTC on the 9th is already the 10th in Paris, but still the 9th in UTC.
    const lateEvening = ["2025-03-08T12:00:00Z", "2025-03-09T23:30:00Z"];
    expect(streak(lateEvening, new Date("2025-03-11T12:00:00Z"), "Europe/Paris")).toEqual({
      current: 1,
      best: 1,
    });
    expect(streak(lateEvening, new Date("2025-03-11T12:00:00Z"), "UTC")).toEqual({ current: 0, best: 2 });
  });

  it("ignores unparseable and future dates, in any order", () => {
    const dates = ["2025-03-10T08:00:00Z", "garbage", "2025-03-20T08:00:00Z", "2025-03-09T08:00:00Z"];
    expect(streak(dates, now)).toEqual({ current: 2, best: 2 });
  });

  it("rejects an unknown time zone", () => {
    expect(() => streak([], now, "Mars/Olympus")).toThrow(RangeError);
  });
});
