import ExcelJS from "exceljs";
import { ResultsReportSchema, type ResultsReport } from "../../../src/core/results/schema";
import { body, createTestApi, type TestApi } from "../../support/api";
import { seedSmallPilot } from "../results/pilot";

/** The results by job, with the Use cases and Feedback sheets; the workbook says what the JSON says. */
describe("results by job, use cases and feedback", () => {
  let api: TestApi;
  let lead: string;
  let report: ResultsReport;
  let book: ExcelJS.Workbook;
  const token = (user: string) => api.token({ tenant: "t1", user });

  beforeAll(async () => {
    api = await createTestApi();
    await seedSmallPilot(api.app.store); // k = 3
    lead = await api.token({ tenant: "t1", user: "lead", roles: ["PilotLead"] });
    const admin = await api.token({ tenant: "t1", user: "admin", roles: ["Admin"] });
    await api.inject({
      method: "PUT",
      url: "/api/v1/admin/users",
      token: admin,
      payload: {
        users: [
          { userId: "u1", job: "claims" },
          { userId: "u2", job: "claims" },
          { userId: "u3", job: "Gestion des prestations" },
          { userId: "u4", job: "management" },
          { userId: "u6", job: "management" },
        ],
      },
    });
    const propose = async (user: string, payload: object) =>
      body<{ id: string }>(
        await api.inject({ method: "POST", url: "/api/v1/use-cases", token: await token(user), payload }),
      ).id;
    const often = await propose("u1", {
      title: "-Résumer les circulaires",
      task: "Je colle la circulaire et je demande ce qui change pour les contrôles.",
      host: "word",
      frequency: "weekly",
      minutesSaved: 15,
      dataInvolved: "internal",
      riskTags: ["invented_facts"],
    });
    await propose("u4", {
      title: "Préparer l’ordre du jour",
      task: "Je fais proposer un ordre du jour minuté à partir de mes notes.",
      host: "outlook",
      frequency: "monthly",
      minutesSaved: 30,
      dataInvolved: "none",
    });
    for (const user of ["u2", "u3"])
      await api.inject({
        method: "POST",
        url: `/api/v1/use-cases/${often}/votes`,
        token: await token(user),
        payload: { worked: user === "u2" },
      });
    for (const [user, thumb] of [
      ["u1", "up"],
      ["u2", "down"],
      ["u3", "up"],
      ["u6", "down"],
    ] as const) {
      await api.inject({
        method: "POST",
        url: "/api/v1/feedback",
        token: await token(user),
        payload: {
          exerciseId: "word-summarise-procedure-5-points",
          target: "exercise",
          thumb,
          ...(user === "u2" ? { reason: "not_my_job", comment: "=Trop général pour mon poste" } : {}),
        },
      });
    }
    report = ResultsReportSchema.parse(
      body(await api.inject({ method: "GET", url: "/api/v1/results", token: lead })),
    );
    const xlsx = await api.inject({ method: "GET", url: "/api/v1/results.xlsx?lang=en", token: lead });
    book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  });
  afterAll(() => api.close());

  const sheetRows = (name: string) =>
    (book.getWorksheet(name)!.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1));

  it("breaks the results down by job, hiding jobs under k and enough others that no subtraction reveals them", () => {
    const jobs = report.groups.filter((g) => g.dimension === "job");
    // Management has 2 reported learners (k = 3). Showing Claims handling alone would give
    // Management's figures as the total minus Claims, so Claims is hidden with it.
    expect(jobs.map((g) => [g.group, g.hidden, g.learners])).toEqual([
      ["claims", true, null],
      ["management", true, null],
    ]);
    expect(report.summary.activeLearners).toBeGreaterThan(0);
    const rows = sheetRows("Cohorts").filter((r) => r[0] === "Job");
    expect(rows).toEqual([
      ["Job", "Claims handling", "< 3"],
      ["Job", "Management", "< 3"],
    ]);
  });

  it("ranks use cases by reach × frequency × minutes, in the JSON and the sheet alike", () => {
    expect(report.useCases.map((u) => [u.title, u.reach, u.rank, u.workedForThem, u.didNotWork])).toEqual([
      ["-Résumer les circulaires", 3, 3 * 4 * 15, 1, 1],
      ["Préparer l’ordre du jour", 1, 30, 0, 0],
    ]);
    expect(JSON.stringify(report.useCases)).not.toMatch(/u1|u4|author/);
    const rows = sheetRows("Use cases");
    expect(rows.map((r) => [r[0], r[1], r[5], r[6]])).toEqual([
      ["'-Résumer les circulaires", "Claims handling", 3, 180],
      ["Préparer l’ordre du jour", "Management", 1, 30],
    ]);
  });

  it("counts feedback per exercise and job, hiding rows given by fewer than k people", () => {
    expect(report.feedback).toEqual([
      {
        exerciseId: "word-summarise-procedure-5-points",
        job: "claims",
        target: "exercise",
        people: 3,
        hidden: false,
        up: 2,
        down: 1,
        notMyJob: 1,
        wrongAnswer: 0,
        comments: ["=Trop général pour mon poste"],
      },
      {
        exerciseId: "word-summarise-procedure-5-points",
        job: "management",
        target: "exercise",
        people: 1,
        hidden: true,
        up: null,
        down: null,
        notMyJob: null,
        wrongAnswer: null,
        comments: [],
      },
    ]);
    expect(sheetRows("Feedback")).toEqual([
      [
        "word-summarise-procedure-5-points",
        "Claims handling",
        "Exercise",
        3,
        2,
        1,
        1,
        0,
        "'=Trop général pour mon poste",
      ],
      ["word-summarise-procedure-5-points", "Management", "Exercise", "< 3"],
    ]);
  });
});
