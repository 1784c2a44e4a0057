import { useEffect, useState } from "react";
import type { ResultsReport } from "../../../core/results/schema";

export interface GroupValues {
  cohort: string[];
  department: string[];
}

/** The tenant's cohorts and departments, as the results report names them (small groups included). */
export function groupValuesOf(report: Pick<ResultsReport, "groups">): GroupValues {
  const values: GroupValues = { cohort: [], department: [] };
  // Jobs are not a filter of the report: only cohorts and departments are offered.
  for (const g of report.groups)
    if (g.group !== null && g.dimension !== "job") values[g.dimension].push(g.group);
  const sort = (list: string[]) =>
    [...new Set(list)].sort((a, b) => a.localeCompare(b, "fr", { numeric: true }));
  return { cohort: sort(values.cohort), department: sort(values.department) };
}

const fold = (s: string) =>
  s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/** The tenant's own spelling of what was typed ("vague 1" → "Vague 1"), or the text as typed. */
export function canonicalGroup(typed: string, values: readonly string[]): string {
  const wanted = fold(typed);
  return values.find((v) => fold(v) === wanted) ?? typed.trim();
}

/** Loads the group values once; null while loading or when they cannot be read (then the fields are free text). */
export function useGroupValues(fetchResults: () => Promise<ResultsReport>): GroupValues | null {
  const [values, setValues] = useState<GroupValues | null>(null);
  useEffect(() => {
    let live = true;
    fetchResults().then(
      (report) => live && setValues(groupValuesOf(report)),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [fetchResults]);
  return values;
}
