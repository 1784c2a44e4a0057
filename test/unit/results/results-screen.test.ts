import type { ResultsReport } from "../../../src/core/results/schema";
import type { Bilan } from "../../../src/core/results/bilan";
import { createApiClient } from "../../../src/taskpane/api/client";
import { ApiProblem } from "../../../src/taskpane/api/problem";
import { RESULTS_TEXTS } from "../../../src/taskpane/screens/results/texts";
import {
  EMPTY_FILTER,
  writeResultsSheet,
  type ResultsSheetDeps,
} from "../../../src/taskpane/screens/results/writeSheet";

const report = { hidden: false, k: 5 } as ResultsReport;

function deps(overrides: Partial<ResultsSheetDeps> = {}): ResultsSheetDeps & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    fetchResults: async (filter) => {
      calls.push(["fetch", filter]);
      return report;
    },
    fetchBilan: async () => {
      calls.push(["bilan"]);
      return null;
    },
    write: async (r, lang, bilan) => {
      calls.push(["write", r, lang, bilan]);
      return { created: ["Summary"], refreshed: [] };
    },
    excelSupport: () => "ok",
    ...overrides,
  };
}

describe("the Results sheet screen's action", () => {
  it("fetches with the filled-in filters only, then writes in the pane's language", async () => {
    const d = deps();
    const outcome = await writeResultsSheet(
      d,
      { ...EMPTY_FILTER, from: "2026-01-01", cohort: "  Vague 1 ", host: "word" },
      "fr",
    );
    expect(outcome).toEqual({ status: "written", report, written: { created: ["Summary"], refreshed: [] } });
    expect(d.calls).toEqual([
      ["fetch", { from: "2026-01-01", cohort: "Vague 1", host: "word" }],
      ["bilan"],
      ["write", report, "fr", null],
    ]);
  });

  it("writes the current stage's bilan first when the pilot has stages", async () => {
    const bilan = { stage: { id: "etape-1" } } as Bilan;
    const d = deps({ fetchBilan: async () => bilan });
    await writeResultsSheet(d, EMPTY_FILTER, "en");
    expect(d.calls.at(-1)).toEqual(["write", report, "en", bilan]);
  });

  it("outside Excel fetches the figures for the pane without writing sheets, and says why", async () => {
    const d = deps({ excelSupport: () => "no_excel" });
    expect(await writeResultsSheet(d, { ...EMPTY_FILTER, host: "excel" }, "en")).toEqual({
      status: "fetched",
      report,
      reason: "no_excel",
    });
    expect(d.calls).toEqual([["fetch", { host: "excel" }]]);
  });

  it("reports an API refusal (a learner gets 403) and an Excel failure apart", async () => {
    const forbidden = new ApiProblem({ status: 403, code: "forbidden" });
    const refused = await writeResultsSheet(
      deps({ fetchResults: () => Promise.reject(forbidden) }),
      EMPTY_FILTER,
      "en",
    );
    expect(refused).toEqual({ status: "api_failed", problem: forbidden });
    const busy = new Error("InvalidOperation");
    const failed = await writeResultsSheet(deps({ write: () => Promise.reject(busy) }), EMPTY_FILTER, "en");
    expect(failed).toEqual({ status: "excel_failed", error: busy });
  });

  it("has every text in French and English", () => {
    expect(Object.keys(RESULTS_TEXTS.fr).sort()).toEqual(Object.keys(RESULTS_TEXTS.en).sort());
    expect(RESULTS_TEXTS.fr.written(7, 0)).toBe("7 feuilles créées.");
    expect(RESULTS_TEXTS.en.written(0, 7)).toBe("7 sheets refreshed.");
  });
});

describe("API client: results", () => {
  it("asks GET /results with the filter as a query string", async () => {
    const urls: string[] = [];
    const api = createApiClient({
      tokens: { getToken: async () => "t" },
      fetch: async (url) => {
        urls.push(String(url));
        return new Response(JSON.stringify({ tenant: "t1" }), { status: 200 });
      },
    });
    await expect(api.results({ from: "2026-01-01", cohort: "Vague 1", department: "" })).resolves.toEqual({
      tenant: "t1",
    });
    await api.results();
    expect(urls).toEqual(["/api/v1/results?from=2026-01-01&cohort=Vague+1", "/api/v1/results"]);
  });

  it("reads the current bilan, and null when the pilot has no stage yet", async () => {
    const answers = [
      new Response(JSON.stringify({ tenant: "t1" }), { status: 200 }),
      new Response(JSON.stringify({ status: 404, code: "no_stage", title: "No stage" }), {
        status: 404,
        headers: { "content-type": "application/problem+json" },
      }),
      new Response(JSON.stringify({ status: 403, code: "forbidden", title: "Forbidden" }), {
        status: 403,
        headers: { "content-type": "application/problem+json" },
      }),
    ];
    const urls: string[] = [];
    const api = createApiClient({
      tokens: { getToken: async () => "t" },
      fetch: async (url) => {
        urls.push(String(url));
        return answers.shift()!;
      },
    });
    await expect(api.bilan()).resolves.toEqual({ tenant: "t1" });
    await expect(api.bilan()).resolves.toBeNull();
    await expect(api.bilan()).rejects.toMatchObject({ code: "forbidden" });
    expect(urls).toEqual(Array(3).fill("/api/v1/results/bilan"));
  });

  it("downloads the workbook for the same filter with the pane's language", async () => {
    const urls: string[] = [];
    const api = createApiClient({
      tokens: { getToken: async () => "t" },
      fetch: async (url) => {
        urls.push(String(url));
        return new Response(new Uint8Array([0x50, 0x4b]), { status: 200 });
      },
    });
    const blob = await api.resultsWorkbook({ host: "excel", cohort: "" }, "fr");
    expect(blob.size).toBe(2);
    expect(urls).toEqual(["/api/v1/results.xlsx?host=excel&lang=fr"]);
  });
});
