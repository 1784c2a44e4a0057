/**
 * The Office.js results writer against a small Excel fake built from office-addin-mock objects: reading
 * `isNullObject` without load + sync fails as in Office, and the fake keeps sheets, tables and charts so
 * a refresh can be checked for duplicates.
 */
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

import {
  BILAN_CHARTS,
  RESULTS_CHARTS,
  toExcelValue,
  writeResultsWorkbook,
} from "../../../src/office/excel-results";
import { SHEETS, headersOf } from "../../../src/core/results/sheets";
import type { ResultsReport } from "../../../src/core/results/schema";
import { fakeExcel } from "../../support/excel-fake";
import type { Bilan } from "../../../src/core/results/bilan";
import { bilanHeaders, bilanLayout, bilanRows } from "../../../src/core/results/bilan-sheet";

const report: ResultsReport = {
  tenant: "t1",
  generatedAt: "2026-01-25T12:00:00.000Z",
  filter: { from: "2026-01-01", to: "2026-01-20" },
  asOf: "2026-01-20",
  k: 3,
  showNames: false,
  hidden: false,
  summary: {
    enrolled: 6,
    activeLearners: 5,
    active7: 4,
    active30: 5,
    attempts: 19,
    medianAttemptsPerActive: 3,
    meanScore: 76.3,
    scoreChange: { learners: 4, mean: 12.5, ciLow: -20.3, ciHigh: 45.3 },
    shareImproved: 0.5,
    minutesSavedTotal: 80,
    minutesSavedPerActive: 16,
    meanUsefulness: 4,
    usefulnessResponses: 3,
    privacyBlocks: 2,
    bands: { trying: 3, established: 1, champion: 1 },
  },
  learners: [
    {
      pseudonym: "7F3A-9C21",
      name: null,
      cohort: "A",
      department: null,
      attempts: 3,
      firstScore: 40,
      latestScore: 70,
      change: 30,
      meanScore: 53.3,
      meanMastery: 0.33,
      minutesSaved: 30,
      firstAttemptAt: "2026-01-05T09:00:00.000Z",
      lastAttemptAt: "2026-01-18T09:00:00.000Z",
      band: "established",
    },
  ],
  criteria: [{ criterion: "goal", meanScore: 2.5, meanMastery: 0.4, shareMastered: 0.2 }],
  weekly: [
    { week: "2026-01-05", hidden: false, learners: 4, attempts: 12, meanScore: 75, minutesSaved: 55 },
    { week: "2026-01-19", hidden: true, learners: null, attempts: null, meanScore: null, minutesSaved: null },
  ],
  hosts: [
    {
      host: "word",
      hidden: false,
      learners: 4,
      attempts: 9,
      meanScore: 50,
      minutesSaved: 30,
      meanUsefulness: 4,
    },
  ],
  groups: [],
  jobs: [{ id: "claims", label: { fr: "Gestion des prestations", en: "Claims handling" } }],
  useCases: [
    {
      id: "9b2f8c1e-0000-4000-8000-000000000001",
      title: '=HYPERLINK("http://example.com","Résumer")',
      job: "claims",
      host: "word",
      frequency: "weekly",
      minutesSaved: 20,
      dataInvolved: "internal",
      riskTags: ["invented_facts", "bias"],
      status: "under_review",
      reach: 3,
      workedForThem: 2,
      didNotWork: 0,
      rank: 240,
      createdAt: "2026-01-12T10:00:00.000Z",
    },
  ],
  feedback: [
    {
      exerciseId: "word-summarise-procedure-5-points",
      job: "claims",
      target: "answer",
      people: 1,
      hidden: true,
      up: null,
      down: null,
      notMyJob: null,
      wrongAnswer: null,
      comments: [],
    },
  ],
};

describe("writing the results into the open workbook", () => {
  it("creates the nine sheets as tables with formats, widths, frozen headers and charts", async () => {
    const excel = fakeExcel();
    const written = await writeResultsWorkbook(report, "en", excel.api);
    expect(written.created).toEqual([
      "Summary",
      "Learners",
      "Criteria",
      "Weekly",
      "Hosts",
      "Cohorts",
      "Use cases",
      "Feedback",
      "About",
    ]);
    expect(excel.active()).toBe("Summary");

    const summary = excel.sheets.get("Summary")!;
    expect(summary.frozen).toBe(1);
    expect(summary.tables).toHaveLength(1);
    expect(summary.tables[0]!.mock.name).toBe(SHEETS.summary.table);
    const values = summary.ranges.find((r) => r.address === summary.tables[0]!.address)!.mock.values!;
    expect(values[0]).toEqual(headersOf("summary", "en"));
    expect(values[1]).toEqual(["Enrolled", 6, "", ""]);
    expect(values.find((row) => row[0] === "Score change (first attempts)")).toEqual([
      "Score change (first attempts)",
      12.5,
      -20.3,
      45.3,
    ]);
    const valueFormats = summary.ranges.find((r) => r.address.startsWith("B2:"))!.mock.numberFormat!;
    expect(valueFormats[0]).toEqual(["#,##0"]);
    expect(valueFormats[8]).toEqual(["0.0%"]); // share improved
    expect(summary.ranges.find((r) => r.address === "A:A")!.mock.format.columnWidth).toBe(44 * 7);

    const learners = excel.sheets.get("Learners")!;
    const row = learners.ranges.find((r) => r.address === "A1:M2")!.mock.values![1]!;
    expect(row.slice(0, 4)).toEqual(["Learner 7F3A-9C21", "A", "(not set)", 3]);
    expect(row[10]).toBe(46027); // 2026-01-05 as an Excel date
    expect(learners.ranges.find((r) => r.address === "K2:K2")!.mock.numberFormat).toEqual([["yyyy-mm-dd"]]);

    const weekly = excel.sheets.get("Weekly")!;
    expect(weekly.ranges.find((r) => r.address === "A1:E3")!.mock.values![2]).toEqual([
      46041,
      "< 3",
      "",
      "",
      "",
    ]);
    expect(weekly.charts.map((c) => [c.mock.name, c.type, c.source, c.axis, c.mock.title.text])).toEqual([
      ["ParcoursWeeklyActive", "Line", "B1:B3", "A2:A3", "Weekly active learners"],
      ["ParcoursScoreOverTime", "Line", "D1:D3", "A2:A3", "Mean score over time"],
    ]);
    const criteria = excel.sheets.get("Criteria")!;
    expect(criteria.charts.map((c) => [c.mock.name, c.type, c.source])).toEqual([
      ["ParcoursMastery", "BarClustered", "C1:C2"],
    ]);

    // A title typed by a learner never becomes a formula in the workbook.
    const useCases = excel.sheets.get("Use cases")!;
    const useCaseRow = useCases.ranges.find((r) => r.address === "A1:M2")!.mock.values![1]!;
    expect(useCaseRow.slice(0, 9)).toEqual([
      `'=HYPERLINK("http://example.com","Résumer")`,
      "Claims handling",
      "Word",
      "Weekly",
      20,
      3,
      240,
      2,
      0,
    ]);
    expect(useCaseRow[10]).toBe("Invented facts, Bias");
    // Feedback from fewer than k people shows "< k", no counts.
    const feedback = excel.sheets.get("Feedback")!;
    expect(feedback.ranges.find((r) => r.address === "A1:I2")!.mock.values![1]).toEqual([
      "word-summarise-procedure-5-points",
      "Claims handling",
      "Answer",
      "< 3",
      "",
      "",
      "",
      "",
      "",
    ]);

    // An empty sheet still gets a valid table: header and one blank row.
    const cohorts = excel.sheets.get("Cohorts")!;
    expect(cohorts.tables[0]!.address).toBe("A1:I2");
  });

  it("names the sheets in the workbook's language, and renames them when written again in the other", async () => {
    const excel = fakeExcel();
    await writeResultsWorkbook(report, "en", excel.api);
    const again = await writeResultsWorkbook(report, "fr", excel.api);
    expect(again.created).toEqual([]);
    expect(again.refreshed).toEqual([
      "Synthèse",
      "Apprenants",
      "Critères",
      "Semaines",
      "Applications",
      "Cohortes",
      "Cas d’usage",
      "Retours",
      "À propos",
    ]);
    expect([...excel.sheets.keys()].sort()).toEqual(
      [
        "Synthèse",
        "Apprenants",
        "Critères",
        "Semaines",
        "Applications",
        "Cohortes",
        "Cas d’usage",
        "Retours",
        "À propos",
      ].sort(),
    );
  });

  it("refreshes in place: same sheets, one table and one set of charts each, new rows", async () => {
    const excel = fakeExcel();
    excel.addSheet("Notes du pilote");
    await writeResultsWorkbook(report, "fr", excel.api);
    const grown = {
      ...report,
      learners: [report.learners[0]!, { ...report.learners[0]!, pseudonym: "0000-0001" }],
    };
    const second = await writeResultsWorkbook(grown, "fr", excel.api);
    expect(second.created).toEqual([]);
    expect(second.refreshed).toHaveLength(9);
    expect([...excel.sheets.keys()]).toEqual([
      "Notes du pilote",
      "Synthèse",
      "Apprenants",
      "Critères",
      "Semaines",
      "Applications",
      "Cohortes",
      "Cas d’usage",
      "Retours",
      "À propos",
    ]);
    for (const sheet of excel.sheets.values()) {
      if (sheet.name === "Notes du pilote") {
        expect(sheet.cleared).toBe(0);
        continue;
      }
      expect(sheet.tables.filter((t) => !t.deleted)).toHaveLength(1);
      expect(sheet.cleared).toBe(1);
      const names = sheet.charts.filter((c) => !c.deleted).map((c) => c.mock.name);
      expect(names).toEqual(
        RESULTS_CHARTS.filter((c) => SHEETS[c.sheet].name.fr === sheet.name).map((c) => c.name),
      );
    }
    const learners = excel.sheets.get("Apprenants")!;
    const live = learners.tables.find((t) => !t.deleted)!;
    expect(live.address).toBe("A1:M3");
    expect(learners.ranges.filter((r) => r.address === "A1:M3").at(-1)!.mock.values![2]![0]).toBe(
      "Apprenant 0000-0001",
    );
  });

  it("writes names that start like a formula as text, never as formulas", async () => {
    const risky = [
      '=HYPERLINK("http://x.example","clic")',
      "+33 1 23 45 67 89",
      "-2+3",
      "@SUM(A1)",
      "\t=1+1",
    ];
    const excel = fakeExcel();
    await writeResultsWorkbook(
      {
        ...report,
        showNames: true,
        learners: risky.map((text, i) => ({
          ...report.learners[0]!,
          pseudonym: `0000-000${i}`,
          name: text,
          cohort: text,
          department: text,
        })),
        groups: risky.map((text) => ({
          dimension: "cohort" as const,
          group: text,
          hidden: false,
          learners: 5,
          attempts: 9,
          meanScore: 50,
          meanChange: null,
          shareImproved: null,
          minutesSaved: 0,
          champions: 0,
        })),
      },
      "en",
      excel.api,
    );
    const values = (sheet: string) =>
      excel.sheets
        .get(sheet)!
        .ranges.find((r) => r.mock.values !== undefined)!
        .mock.values!.slice(1);
    const learnerRows = values("Learners");
    expect(learnerRows.map((row) => row.slice(1, 3))).toEqual(risky.map((t) => [`'${t}`, `'${t}`]));
    expect(learnerRows.map((row) => row[0])).toEqual(risky.map((t) => `'${t}`));
    expect(values("Cohorts").map((row) => row[1])).toEqual(risky.map((t) => `'${t}`));
    // Ordinary text and numbers are written as they are.
    expect(values("Cohorts").map((row) => row[2])).toEqual(risky.map(() => 5));
    expect(toExcelValue("Prestations santé", "text")).toBe("Prestations santé");
    expect(toExcelValue("< 5", "int")).toBe("< 5");
    expect(toExcelValue(-3, "change")).toBe(-3);
  });

  it("says so when Excel is not there", async () => {
    await expect(writeResultsWorkbook(report, "fr", undefined)).rejects.toThrow(/Excel/);
  });
});

const estimate = (value: number, low: number, high: number, n: number) => ({
  n,
  value,
  ciLow: low,
  ciHigh: high,
  hidden: false,
});
const hiddenEstimate = { n: null, value: null, ciLow: null, ciHigh: null, hidden: true };
const stage = {
  id: "etape-1",
  name: "Étape 1",
  startsOn: "2026-01-05",
  endsOn: "2026-02-01",
  cohorts: [],
  targets: [{ metric: "benchmarkChange" as const, min: 5 }],
  updatedAt: "2026-01-01T00:00:00.000Z",
};
const funnel = { invited: 6, charterAccepted: 6, started: 5, activeWeekly: 3, neverStarted: 1 };
const bilan: Bilan = {
  tenant: "t1",
  generatedAt: "2026-03-20T12:00:00.000Z",
  asOf: "2026-02-01",
  k: 3,
  stage,
  previousStage: null,
  current: {
    hidden: false,
    funnel,
    measures: {
      weeklyActiveShare: estimate(0.5, 0.19, 0.81, 6),
      startedShare: estimate(0.83, 0.44, 0.97, 6),
      benchmarkChange: estimate(16.25, 9.1, 23.4, 4),
      scoreChange: estimate(20, 20, 20, 3),
      minutesSavedPerWeek: estimate(10, 10, 10, 3),
      confidenceChange: estimate(1, -0.2, 2.2, 4),
      realUsesPerWeek: estimate(1.25, 0.4, 2.1, 4),
    },
  },
  previous: null,
  targets: [
    {
      metric: "benchmarkChange",
      target: 5,
      measure: estimate(16.25, 9.1, 23.4, 4),
      previous: null,
      verdict: "met",
      text: { fr: "Objectif atteint.", en: "Target met." },
    },
  ],
  groups: [
    {
      dimension: "cohort",
      group: "A",
      hidden: false,
      funnel: { invited: 4, charterAccepted: 4, started: 4, activeWeekly: 3, neverStarted: 0 },
      weeklyActiveShare: estimate(0.75, 0.3, 0.95, 4),
      benchmarkChange: estimate(16.25, 9.1, 23.4, 4),
      confidenceChange: estimate(1, -0.2, 2.2, 4),
      realUsesPerWeek: estimate(1.25, 0.4, 2.1, 4),
      useCases: 2,
    },
    {
      dimension: "cohort",
      group: "=B",
      hidden: true,
      funnel: { invited: null, charterAccepted: null, started: null, activeWeekly: null, neverStarted: null },
      weeklyActiveShare: hiddenEstimate,
      benchmarkChange: hiddenEstimate,
      confidenceChange: hiddenEstimate,
      realUsesPerWeek: hiddenEstimate,
      useCases: null,
    },
  ],
  weekly: [
    { week: "2026-01-05", hidden: false, active: 5, share: 5 / 6, realUses: 7 },
    { week: "2026-01-12", hidden: true, active: null, share: null, realUses: null },
  ],
  realUse: { hidden: false, uses: 9, users: 3, useCases: 2, byKind: { insert: 6, reply: 3 } },
};

describe("the Bilan sheet in the open workbook", () => {
  it("comes first: the .xlsx's rows as a table, the cohort and week figures below, and their charts", async () => {
    const excel = fakeExcel();
    excel.addSheet("Feuil1");
    const written = await writeResultsWorkbook(report, "fr", excel.api, bilan);
    expect(written.created[0]).toBe("Bilan");
    expect(written.created).toHaveLength(10);
    expect(excel.active()).toBe("Bilan");
    const sheet = excel.sheets.get("Bilan")!;
    expect(sheet.position).toBe(0);
    expect(sheet.frozen).toBe(1);
    expect(sheet.tables.map((t) => [t.mock.name, t.address])).toEqual([
      ["ParcoursBilan", `A1:I${bilanRows(bilan, "fr").length + 1}`],
    ]);
    const values = sheet.ranges.find((r) => r.address === sheet.tables[0]!.address)!.mock.values!;
    expect(values).toEqual([
      bilanHeaders("fr"),
      ...bilanRows(bilan, "fr").map((row) => row.cells.map((c) => (c === null ? "" : c))),
    ]);
    // Target first, with its measure, interval, learners, verdict and sentence.
    expect(values[1]).toEqual([
      "Progrès à l’exercice de bilan",
      5,
      16.25,
      9.1,
      23.4,
      4,
      "",
      "Atteint",
      "Objectif atteint.",
    ]);
    expect(values.find((row) => row[0] === "Usages réels (réponses mises dans le travail)")?.[2]).toBe(9);
    // Each figure in its own format: the share as a percentage, the change in points.
    const formats = sheet.ranges.find((r) => r.address === `C2:C${values.length}`)!.mock.numberFormat!;
    const share = values.findIndex((row) => row[0] === "Actifs chaque semaine (3 des 4 dernières)");
    expect(formats[share - 1]).toEqual(["0.0%"]);

    const { blocks } = bilanLayout(bilan, "fr");
    const [cohorts, weeks] = blocks;
    const block = (b: typeof cohorts) =>
      sheet.ranges.find((r) => r.address.startsWith(`A${b!.headerRow}:`))!.mock.values!;
    expect(block(cohorts)).toEqual([
      cohorts!.headers,
      ["A", 4, 4, 3, 0.75, 16.25, 9.1, 23.4, 1, 1.25, 2],
      ["'=B", "< 3", "", "", "", "", "", "", "", "", ""],
    ]);
    expect(block(weeks)).toEqual([weeks!.headers, [46027, 5, 5 / 6, 7], [46034, "< 3", "", ""]]);
    expect(sheet.charts.map((c) => [c.mock.name, c.type, c.source, c.axis])).toEqual([
      [
        "ParcoursBilanBenchmark",
        "ColumnClustered",
        `F${cohorts!.headerRow}:F${cohorts!.lastRow}`,
        `A${cohorts!.headerRow + 1}:A${cohorts!.lastRow}`,
      ],
      [
        "ParcoursBilanWeeklyActive",
        "Line",
        `B${weeks!.headerRow}:B${weeks!.lastRow}`,
        `A${weeks!.headerRow + 1}:A${weeks!.lastRow}`,
      ],
      [
        "ParcoursBilanRealUse",
        "Line",
        `D${weeks!.headerRow}:D${weeks!.lastRow}`,
        `A${weeks!.headerRow + 1}:A${weeks!.lastRow}`,
      ],
    ]);
    expect(
      BILAN_CHARTS.map((c) => sheet.charts.find((x) => x.mock.name === c.name)!.mock.title.text),
    ).toEqual([
      "Progrès à l’exercice de bilan par cohorte (points)",
      "Apprenants actifs par semaine",
      "Usages réels par semaine",
    ]);
    // The untouched sheet of the workbook stays as it was.
    expect(excel.sheets.get("Feuil1")!.cleared).toBe(0);
  });

  it("refreshes the Bilan in place in the other language: one table and one set of charts", async () => {
    const excel = fakeExcel();
    await writeResultsWorkbook(report, "fr", excel.api, bilan);
    const again = await writeResultsWorkbook(report, "en", excel.api, { ...bilan, groups: [] });
    expect(again.created).toEqual([]);
    expect(again.refreshed[0]).toBe("Bilan");
    const sheet = excel.sheets.get("Bilan")!;
    expect(sheet.cleared).toBe(1);
    expect(sheet.tables.filter((t) => !t.deleted)).toHaveLength(1);
    // Without cohorts, no benchmark chart; the weekly charts are rebuilt once each.
    expect(sheet.charts.filter((c) => !c.deleted).map((c) => c.mock.name)).toEqual([
      "ParcoursBilanWeeklyActive",
      "ParcoursBilanRealUse",
    ]);
    const values = sheet.ranges.filter((r) => r.address === sheet.tables.at(-1)!.address).at(-1)!.mock
      .values!;
    expect(values[0]).toEqual(bilanHeaders("en"));
    expect(values[1]![0]).toBe("Benchmark progress");
  });

  it("writes no Bilan sheet when the pilot has no stage", async () => {
    const excel = fakeExcel();
    const written = await writeResultsWorkbook(report, "en", excel.api, null);
    expect(written.created).not.toContain("Bilan");
    expect(excel.active()).toBe("Summary");
  });
});
