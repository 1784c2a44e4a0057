import type { ResultsReport } from "../../../core/results/schema";
import type { Lang } from "../../../core/types";
import type { WrittenSheets } from "../../../office/excel-results";

export interface ResultsFilterInput {
  from: string;
  to: string;
  cohort: string;
  department: string;
  host: "" | "word" | "outlook" | "excel";
}

export const EMPTY_FILTER: ResultsFilterInput = { from: "", to: "", cohort: "", department: "", host: "" };

/** What the screen needs from the outside: the API, the Office.js writer, and whether Excel can do it. */
export interface ResultsSheetDeps {
  fetchResults(filter: Partial<ResultsFilterInput>): Promise<ResultsReport>;
  write(report: ResultsReport, lang: Lang): Promise<WrittenSheets>;
  /** "ok", or why this host cannot write sheets. */
  excelSupport(): "ok" | "no_excel" | "old_excel";
}

export type ResultsSheetOutcome =
  | { status: "written"; report: ResultsReport; written: WrittenSheets }
  | { status: "unsupported"; reason: "no_excel" | "old_excel" }
  | { status: "api_failed"; problem: unknown }
  | { status: "excel_failed"; error: unknown };

/**
 * Fetches the results for the filter (blank fields are left out) and writes them into the workbook.
 * Never throws: the outcome says what happened, so the screen shows the right message.
 */
export async function writeResultsSheet(
  deps: ResultsSheetDeps,
  filter: ResultsFilterInput,
  lang: Lang,
): Promise<ResultsSheetOutcome> {
  const support = deps.excelSupport();
  if (support !== "ok") return { status: "unsupported", reason: support };
  let report: ResultsReport;
  try {
    const given = Object.fromEntries(
      Object.entries(filter)
        .filter(([, v]) => v.trim() !== "")
        .map(([k, v]) => [k, v.trim()]),
    );
    report = await deps.fetchResults(given);
  } catch (problem) {
    return { status: "api_failed", problem };
  }
  try {
    return { status: "written", report, written: await deps.write(report, lang) };
  } catch (error) {
    return { status: "excel_failed", error };
  }
}
