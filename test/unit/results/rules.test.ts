import { bandOf } from "../../../src/core/results/bands";
import { hiddenLabel } from "../../../src/core/results/masking";
import { learnerLabel, pseudonymFromDigest } from "../../../src/core/results/pseudonym";
import { ResultsQuerySchema } from "../../../src/core/results/schema";
import { aboutRows, excelDateSerial, SHEETS } from "../../../src/core/results/sheets";

describe("engagement bands at their boundaries", () => {
  it.each([
    [{ attempts: 0, habit: false, meanMastery: 0 }, null],
    [{ attempts: 1, habit: false, meanMastery: 1 }, "trying"],
    [{ attempts: 2, habit: false, meanMastery: 0.9 }, "trying"],
    [{ attempts: 3, habit: true, meanMastery: 0.2 }, "established"],
    [{ attempts: 3, habit: false, meanMastery: 0.2 }, "trying"],
    [{ attempts: 9, habit: true, meanMastery: 0.95 }, "established"],
    [{ attempts: 10, habit: true, meanMastery: 0.7 }, "champion"],
    [{ attempts: 10, habit: false, meanMastery: 0.7 }, "champion"],
    [{ attempts: 10, habit: true, meanMastery: 0.6999 }, "established"],
  ] as const)("%j → %s", (facts, band) => {
    expect(bandOf(facts)).toBe(band);
  });
});

describe("k-anonymity", () => {
  it("labels what is hidden with k", () => {
    expect(hiddenLabel(5)).toBe("< 5");
  });
});

describe("pseudonyms", () => {
  it("formats 8 hex digits and labels by language unless a name is allowed", () => {
    expect(pseudonymFromDigest("7f3a9c21deadbeef")).toBe("7F3A-9C21");
    expect(learnerLabel({ name: null, pseudonym: "7F3A-9C21" }, "fr")).toBe("Apprenant 7F3A-9C21");
    expect(learnerLabel({ name: null, pseudonym: "7F3A-9C21" }, "en")).toBe("Learner 7F3A-9C21");
    expect(learnerLabel({ name: "Ana", pseudonym: "7F3A-9C21" }, "en")).toBe("Ana");
  });
});

describe("results query", () => {
  it("accepts dates, a host and a language", () => {
    expect(
      ResultsQuerySchema.parse({ from: "2026-01-05", to: "2026-02-01", host: "word", lang: "en" }),
    ).toEqual({
      from: "2026-01-05",
      to: "2026-02-01",
      host: "word",
      lang: "en",
    });
  });

  it.each([
    [{ from: "2026-13-01" }],
    [{ from: "2026-02-30" }],
    [{ from: "05/01/2026" }],
    [{ from: "2026-02-02", to: "2026-02-01" }],
    [{ host: "powerpoint" }],
    [{ cohort: "" }],
    [{ unknown: "x" }],
  ])("refuses %j", (query) => {
    expect(ResultsQuerySchema.safeParse(query).success).toBe(false);
  });
});

describe("workbook layout", () => {
  it("explains every metric in French and English and gives Excel date serials", () => {
    for (const row of aboutRows()) for (const cell of row) expect(String(cell).length).toBeGreaterThan(0);
    expect(excelDateSerial("2026-01-05")).toBe(46027);
    const tables = Object.values(SHEETS).map((s) => s.table);
    expect(new Set(tables).size).toBe(tables.length);
  });
});
