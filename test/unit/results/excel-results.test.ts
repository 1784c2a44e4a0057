/**
 * The Office.js results writer against a small Excel fake built from office-addin-mock objects: reading
 * `isNullObject` without load + sync fails as in Office, and the fake keeps sheets, tables and charts so
 * a refresh can be checked for duplicates.
 */
import { OfficeMockObject } from "office-addin-mock";

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
  RESULTS_CHARTS,
  toExcelValue,
  writeResultsWorkbook,
  type ResultsExcelApiLike,
} from "../../../src/office/excel-results";
import { SHEETS, headersOf } from "../../../src/core/results/sheets";
import type { ResultsReport } from "../../../src/core/results/schema";

interface FakeRange {
  address: string;
  mock: OfficeMockObject & {
    values?: unknown[][];
    numberFormat?: unknown[][];
    format: { columnWidth: number; font: { bold: boolean } };
  };
}
interface FakeSheet {
  name: string;
  ranges: FakeRange[];
  tables: Array<{
    address: string;
    mock: OfficeMockObject & { name: string; style: string };
    deleted: boolean;
  }>;
  charts: Array<{
    type: string;
    source: string;
    axis?: string;
    mock: OfficeMockObject & { name: string; title: { text: string } };
    deleted: boolean;
  }>;
  frozen: number;
  cleared: number;
}

function fakeExcel() {
  const sheets = new Map<string, FakeSheet>();
  const pending: OfficeMockObject[] = [];
  let active = "";
  const track = <T extends OfficeMockObject>(mock: T): T => {
    pending.push(mock);
    return mock;
  };
  const nullObject = () => track(new OfficeMockObject({ isNullObject: true }, "excel" as never) as never);
  // Office.js returns a new proxy for every lookup; the fake does too, bound to the stored entry.
  const proxy = (entry: { deleted: boolean; mock: { name: string } }) =>
    track(
      new OfficeMockObject(
        { isNullObject: false, name: entry.mock.name, delete: () => (entry.deleted = true) },
        "excel" as never,
      ) as never,
    );
  const addressOf = new WeakMap<object, string>();

  function sheetMock(sheet: FakeSheet) {
    const range = (address = "(all)") => {
      const mock = track(
        new OfficeMockObject(
          { address, format: { columnWidth: 0, font: { bold: false } }, clear: () => (sheet.cleared += 1) },
          "excel" as never,
        ) as FakeRange["mock"],
      );
      sheet.ranges.push({ address, mock });
      addressOf.set(mock, address);
      return mock;
    };
    const mock = track(
      new OfficeMockObject(
        {
          name: sheet.name,
          isNullObject: false,
          getRange: range,
          activate: () => (active = sheet.name),
          freezePanes: { freezeRows: (n: number) => (sheet.frozen = n) },
          tables: {
            add: (address: string) => {
              const entry = { address, mock: null as never, deleted: false } as FakeSheet["tables"][number];
              entry.mock = track(
                new OfficeMockObject(
                  { isNullObject: false, name: "", style: "", delete: () => (entry.deleted = true) },
                  "excel" as never,
                ) as never,
              );
              sheet.tables.push(entry);
              return entry.mock;
            },
            getItemOrNullObject: (name: string) => {
              const entry = sheet.tables.find((t) => !t.deleted && t.mock.name === name);
              return entry ? proxy(entry) : nullObject();
            },
          },
          charts: {
            add: (type: string, source: object) => {
              const entry = {
                type,
                source: addressOf.get(source),
                mock: null as never,
                deleted: false,
              } as FakeSheet["charts"][number];
              entry.mock = track(
                new OfficeMockObject(
                  {
                    isNullObject: false,
                    name: "",
                    title: { text: "" },
                    legend: { visible: true },
                    series: {
                      getItemAt: () => ({ setXAxisValues: (r: object) => (entry.axis = addressOf.get(r)) }),
                    },
                    setPosition: () => undefined,
                    delete: () => (entry.deleted = true),
                  },
                  "excel" as never,
                ) as never,
              );
              sheet.charts.push(entry);
              return entry.mock;
            },
            getItemOrNullObject: (name: string) => {
              const entry = sheet.charts.find((c) => !c.deleted && c.mock.name === name);
              return entry ? proxy(entry) : nullObject();
            },
          },
        },
        "excel" as never,
      ),
    );
    // Renaming a sheet renames it in the workbook (the pane renames sheets written in the other language).
    Object.defineProperty(mock, "name", {
      get: () => sheet.name,
      set: (name: string) => {
        sheets.delete(sheet.name);
        sheet.name = name;
        sheets.set(name, sheet);
      },
    });
    return mock;
  }

  const context = {
    workbook: {
      worksheets: {
        add(name: string) {
          if (sheets.has(name)) throw new Error(`A sheet named ${name} already exists`);
          const sheet: FakeSheet = { name, ranges: [], tables: [], charts: [], frozen: 0, cleared: 0 };
          sheets.set(name, sheet);
          return sheetMock(sheet);
        },
        getItemOrNullObject(name: string) {
          const sheet = sheets.get(name);
          return sheet ? sheetMock(sheet) : nullObject();
        },
      },
    },
    async sync() {
      for (const mock of pending.splice(0)) await mock.sync();
    },
  };
  const api = {
    run: (batch: (c: typeof context) => Promise<unknown>) => batch(context),
  } as unknown as ResultsExcelApiLike;
  return {
    api,
    sheets,
    active: () => active,
    addSheet: (name: string) => context.workbook.worksheets.add(name),
  };
}

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
