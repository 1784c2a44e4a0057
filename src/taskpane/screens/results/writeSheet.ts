import type { ResultsReport } from "../../../core/results/schema";
import type { Bilan } from "../../../core/results/bilan";
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
  /** The current stage's bilan, or null while the pilot has no stage. */
  fetchBilan(): Promise<Bilan | null>;
  write(report: ResultsReport, lang: Lang, bilan: Bilan | null): Promise<WrittenSheets>;
  /** "ok", or why this host cannot write sheets. */
  excelSupport(): "ok" | "no_excel" | "old_excel";
}

export type ResultsSheetOutcome =
  | { status: "written"; report: ResultsReport; written: WrittenSheets }
  /** Outside Excel (or in an Excel too old to write sheets): the figures, shown in the pane only. */
  | { status: "fetched"; report: ResultsReport; reason: "no_excel" | "old_excel" }
  | { status: "api_failed"; problem: unknown }
  | { status: "excel_failed"; error: unknown };

/** The filter as the API takes it: blank fields left out, the others trimmed. */
export function givenFilter(filter: ResultsFilterInput): Partial<ResultsFilterInput> {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(([, v]) => v.trim() !== "")
      .map(([k, v]) => [k, v.trim()]),
  );
}

/**
 * Fetches the results for the filter and writes them into the workbook; outside Excel it only
 * fetches them, so the pane can show the key figures and offer the .xlsx download.
 * Never throws: the outcome says what happened, so the screen shows the right message.
 */
export async function writeResultsSheet(
  deps: ResultsSheetDeps,
  filter: ResultsFilterInput,
  lang: Lang,
): Promise<ResultsSheetOutcome> {
  const support = deps.excelSupport();
  let report: ResultsReport;
  try {
    report = await deps.fetchResults(givenFilter(filter));
  } catch (problem) {
    return { status: "api_failed", problem };
  }
  if (support !== "ok") return { status: "fetched", report, reason: support };
  let bilan: Bilan | null;
  try {
    bilan = await deps.fetchBilan();
  } catch (problem) {
    return { status: "api_failed", problem };
  }
  try {
    return { status: "written", report, written: await deps.write(report, lang, bilan) };
  } catch (error) {
    return { status: "excel_failed", error };
  }
}
