import type { Lang, Localized } from "../types";
import { MEASURE_DEFINITIONS, MEASURE_LABELS, VERDICT_LABELS, type Bilan, type Estimate } from "./bilan";
import { hiddenLabel } from "./masking";
import type { Cell, ColumnSpec } from "./sheets";
import type { FormatKind } from "./metrics";
import { TARGET_METRICS, type TargetMetric } from "./stages";

/**
 * The "Bilan" sheet, first in the workbook: each measure of the stage with its target, interval,
 * the previous stage's value and the verdict in a plain sentence, then the adoption funnel and
 * the stage's context. Shared by the .xlsx export and the Excel task pane.
 */
export const BILAN_SHEET: { name: Localized; table: string; columns: ColumnSpec[] } = {
  name: { fr: "Bilan", en: "Bilan" },
  table: "ParcoursBilan",
  columns: [
    col("Indicateur", "Measure", "text", 40),
    col("Objectif", "Target", "decimal", 11),
    col("Mesure", "Value", "decimal", 11),
    col("IC 95 % bas", "95% CI low", "decimal", 12),
    col("IC 95 % haut", "95% CI high", "decimal", 12),
    col("Apprenants", "Learners", "int", 11),
    col("Étape précédente", "Previous stage", "decimal", 15),
    col("Verdict", "Verdict", "text", 18),
    col("En clair", "In plain words", "text", 70),
  ],
};

function col(fr: string, en: string, format: FormatKind, width: number): ColumnSpec {
  return { header: { fr, en }, format, width };
}

export function bilanHeaders(lang: Lang): string[] {
  return BILAN_SHEET.columns.map((c) => c.header[lang]);
}

/** A Bilan row and the format of its figures (a share, points, minutes, a count). */
export interface BilanRow {
  cells: Cell[];
  format: FormatKind;
}

const METRIC_FORMATS: Record<TargetMetric, FormatKind> = {
  weeklyActiveShare: "percent",
  startedShare: "percent",
  benchmarkChange: "change",
  scoreChange: "change",
  minutesSavedPerWeek: "decimal",
  confidenceChange: "change",
};

const FUNNEL: Array<[keyof Bilan["current"]["funnel"], Localized]> = [
  ["invited", { fr: "Invités", en: "Invited" }],
  ["charterAccepted", { fr: "Charte acceptée", en: "Charter accepted" }],
  ["started", { fr: "Premier exercice", en: "First exercise" }],
  ["activeWeekly", { fr: "Actifs 3 semaines sur 4", en: "Active 3 weeks in 4" }],
  ["neverStarted", { fr: "Jamais commencé", en: "Never started" }],
];

export function bilanRows(bilan: Bilan, lang: Lang): BilanRow[] {
  const hidden = hiddenLabel(bilan.k);
  const value = (e: Estimate | null | undefined, pick: "value" | "ciLow" | "ciHigh"): Cell =>
    !e ? null : e.hidden ? hidden : e[pick];
  const rows: BilanRow[] = [];
  const targeted = new Map(bilan.targets.map((t) => [t.metric, t]));
  // Targets first, in the Admin's order, then the other measures.
  const order = [...bilan.targets.map((t) => t.metric), ...TARGET_METRICS.filter((m) => !targeted.has(m))];
  for (const metric of order) {
    const target = targeted.get(metric);
    const measure = bilan.current.measures[metric];
    const previous = bilan.previous?.measures[metric] ?? null;
    rows.push({
      format: METRIC_FORMATS[metric],
      cells: [
        MEASURE_LABELS[metric][lang],
        target ? target.target : null,
        value(measure, "value"),
        value(measure, "ciLow"),
        value(measure, "ciHigh"),
        measure?.hidden ? hidden : (measure?.n ?? null),
        value(previous, "value"),
        target ? VERDICT_LABELS[target.verdict][lang] : null,
        target ? target.text[lang] : MEASURE_DEFINITIONS[metric][lang],
      ],
    });
  }
  for (const [key, label] of FUNNEL) {
    const n = bilan.current.funnel[key];
    const before = bilan.previous?.funnel[key] ?? null;
    rows.push({
      format: "int",
      cells: [
        label[lang],
        null,
        bilan.current.hidden ? hidden : n,
        null,
        null,
        null,
        bilan.previous?.hidden ? hidden : before,
        null,
        null,
      ],
    });
  }
  const context: Array<[Localized, string]> = [
    [{ fr: "Étape", en: "Stage" }, bilan.stage.name],
    [{ fr: "Du", en: "From" }, bilan.stage.startsOn],
    [{ fr: "Au", en: "To" }, bilan.stage.endsOn],
    [{ fr: "Étape précédente", en: "Previous stage" }, bilan.previousStage?.name ?? "—"],
    [
      { fr: "Usages réels par semaine", en: "Real-work uses a week" },
      lang === "fr" ? "non mesurés pour l’instant" : "not measured yet",
    ],
  ];
  for (const [label, text] of context)
    rows.push({ format: "text", cells: [label[lang], null, null, null, null, null, null, null, text] });
  return rows;
}
