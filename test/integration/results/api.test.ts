import ExcelJS from "exceljs";
import { ResultsReportSchema } from "../../../src/core/results/schema";
import { body, createTestApi, type TestApi } from "../../support/api";
import { seedSmallPilot } from "./pilot";

describe("GET /api/v1/results and /results.xlsx", () => {
  let api: TestApi;
  let lead: string;
  beforeAll(async () => {
    api = await createTestApi();
    await seedSmallPilot(api.app.store);
    lead = await api.token({ tenant: "t1", user: "lead", roles: ["PilotLead"] });
  });
  afterAll(() => api.close());

  it("gives a pilot lead the tenant's results as JSON", async () => {
    const res = await api.inject({
      method: "GET",
      url: "/api/v1/results?from=2026-01-01&to=2026-01-20",
      token: lead,
    });
    expect(res.statusCode).toBe(200);
    const report = ResultsReportSchema.parse(body(res));
    expect(report.tenant).toBe("t1");
    expect(report.summary).toMatchObject({ enrolled: 6, activeLearners: 5, attempts: 19, privacyBlocks: 2 });
    expect(report.learners).toHaveLength(5);
  });

  it("lets an admin in too, and filters by cohort and host", async () => {
    const admin = await api.token({ tenant: "t1", user: "boss", roles: ["Admin"] });
    const res = await api.inject({
      method: "GET",
      url: "/api/v1/results?to=2026-01-20&cohort=A&host=word",
      token: admin,
    });
    expect(res.statusCode).toBe(200);
    expect(body<{ summary: { attempts: number } }>(res).summary.attempts).toBe(6);
  });

  it.each(["/api/v1/results", "/api/v1/results.xlsx"])(
    "refuses learners with 403 forbidden on %s",
    async (url) => {
      const learner = await api.token({ tenant: "t1", user: "u1" });
      const res = await api.inject({ method: "GET", url, token: learner });
      expect(res.statusCode).toBe(403);
      expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(body(res).code).toBe("forbidden");
    },
  );

  it("asks for a token", async () => {
    const res = await api.inject({ method: "GET", url: "/api/v1/results" });
    expect(res.statusCode).toBe(401);
  });

  it.each(["from=2026-02-30", "from=2026-02-02&to=2026-02-01", "host=powerpoint", "lang=de", "page=2"])(
    "refuses the query %s with 400 invalid_query",
    async (query) => {
      const res = await api.inject({ method: "GET", url: `/api/v1/results?${query}`, token: lead });
      expect(res.statusCode).toBe(400);
      expect(body(res).code).toBe("invalid_query");
    },
  );

  it("streams the workbook, whose figures agree with the JSON", async () => {
    const res = await api.inject({
      method: "GET",
      url: "/api/v1/results.xlsx?from=2026-01-01&to=2026-01-20&lang=en",
      token: lead,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(res.headers["content-disposition"]).toBe(
      'attachment; filename="parcours-results-2026-01-20.xlsx"',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const summary = book.getWorksheet("Summary")!;
    expect(summary.getRow(2).values).toEqual([undefined, "Enrolled", 6]);
    expect(summary.getRow(6).values).toEqual([undefined, "Attempts", 19]);
    const json = ResultsReportSchema.parse(
      body(
        await api.inject({
          method: "GET",
          url: "/api/v1/results?from=2026-01-01&to=2026-01-20",
          token: lead,
        }),
      ),
    );
    const learners = book.getWorksheet("Learners")!;
    const names = learners.getColumn(1).values.slice(2);
    expect(names).toEqual(json.learners.map((l) => `Learner ${l.pseudonym}`));
  });

  it("keeps tenants apart", async () => {
    const other = await api.token({ tenant: "t2", user: "lead", roles: ["PilotLead"] });
    const res = await api.inject({ method: "GET", url: "/api/v1/results?to=2026-01-20", token: other });
    expect(body<{ summary: { enrolled: number } }>(res).summary.enrolled).toBe(1);
  });
});
