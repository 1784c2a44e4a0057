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
  realUsesPerWeek: "decimal",
};

const FUNNEL: Array<[keyof Bilan["current"]["funnel"], Localized]> = [
  ["invited", { fr: "Invités", en: "Invited" }],
  ["charterAccepted", { fr: "Charte acceptée", en: "Charter accepted" }],
  ["started", { fr: "Premier exercice", en: "First exercise" }],
  ["activeWeekly", { fr: "Actifs 3 semaines sur 4", en: "Active 3 weeks in 4" }],
  ["neverStarted", { fr: "Jamais commencé", en: "Never started" }],
];

const REAL_USE: Array<["uses" | "users" | "useCases", Localized]> = [
  [
    "uses",
    { fr: "Usages réels (réponses mises dans le travail)", en: "Real-work uses (answers put into work)" },
  ],
  ["users", { fr: "Apprenants ayant un usage réel", en: "Learners with a real-work use" }],
  ["useCases", { fr: "Cas d’usage proposés", en: "Use cases proposed" }],
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
  const real = bilan.realUse;
  for (const [key, label] of REAL_USE) {
    rows.push({
      format: "int",
      cells: [label[lang], null, real.hidden ? hidden : real[key], null, null, null, null, null, null],
    });
  }
  const context: Array<[Localized, string]> = [
    [{ fr: "Étape", en: "Stage" }, bilan.stage.name],
    [{ fr: "Du", en: "From" }, bilan.stage.startsOn],
    [{ fr: "Au", en: "To" }, bilan.stage.endsOn],
    [{ fr: "Étape précédente", en: "Previous stage" }, bilan.previousStage?.name ?? "—"],
  ];
  for (const [label, text] of context)
    rows.push({ format: "text", cells: [label[lang], null, null, null, null, null, null, null, text] });
  return rows;
}

/**
 * The figures the Bilan sheet's charts draw on, below its table: one block per cohort and one per
 * week, each a title row, a header row and its rows. Plain ranges (not tables), written the same by
 * both writers; `bilanLayout` says on which row each starts.
 */
export interface BilanBlock {
  id: "cohorts" | "weeks";
  title: string;
  columns: ColumnSpec[];
  headers: string[];
  rows: Cell[][];
}

const COHORT_COLUMNS: ColumnSpec[] = [
  col("Cohorte", "Cohort", "text", 0),
  col("Invités", "Invited", "int", 0),
  col("Premier exercice", "First exercise", "int", 0),
  col("Actifs 3 semaines sur 4", "Active 3 weeks in 4", "int", 0),
  col("Part active chaque semaine", "Share active weekly", "percent", 0),
  col("Progrès à l’exercice de bilan", "Benchmark progress", "change", 0),
  col("IC 95 % bas", "95% CI low", "change", 0),
  col("IC 95 % haut", "95% CI high", "change", 0),
  col("Confiance, évolution", "Confidence, change", "decimal", 0),
  col("Usages réels par semaine", "Real-work uses a week", "decimal", 0),
  col("Cas d’usage proposés", "Use cases proposed", "int", 0),
];

const WEEK_COLUMNS: ColumnSpec[] = [
  col("Semaine", "Week", "date", 0),
  col("Apprenants actifs", "Active learners", "int", 0),
  col("Part des invités", "Share of invited", "percent", 0),
  col("Usages réels", "Real-work uses", "int", 0),
];

const NO_COHORT: Localized = { fr: "(sans cohorte)", en: "(no cohort)" };

export function bilanBlocks(bilan: Bilan, lang: Lang): BilanBlock[] {
  const hidden = hiddenLabel(bilan.k);
  const figure = (e: Estimate, pick: "value" | "ciLow" | "ciHigh" = "value"): Cell =>
    e.hidden ? hidden : e[pick];
  const blocks: BilanBlock[] = [];
  if (bilan.groups.length > 0) {
    blocks.push({
      id: "cohorts",
      title: lang === "fr" ? "Par cohorte" : "By cohort",
      columns: COHORT_COLUMNS,
      headers: COHORT_COLUMNS.map((c) => c.header[lang]),
      rows: bilan.groups.map((g) => {
        const name = g.group ?? NO_COHORT[lang];
        if (g.hidden) return [name, hidden, ...Array<Cell>(COHORT_COLUMNS.length - 2).fill(null)];
        return [
          name,
          g.funnel.invited,
          g.funnel.started,
          g.funnel.activeWeekly,
          figure(g.weeklyActiveShare),
          figure(g.benchmarkChange),
          figure(g.benchmarkChange, "ciLow"),
          figure(g.benchmarkChange, "ciHigh"),
          figure(g.confidenceChange),
          figure(g.realUsesPerWeek),
          g.useCases,
        ];
      }),
    });
  }
  if (bilan.weekly.length > 0) {
    blocks.push({
      id: "weeks",
      title: lang === "fr" ? "Par semaine" : "By week",
      columns: WEEK_COLUMNS,
      headers: WEEK_COLUMNS.map((c) => c.header[lang]),
      rows: bilan.weekly.map((w) =>
        w.hidden ? [w.week, hidden, null, null] : [w.week, w.active, w.share, w.realUses],
      ),
    });
  }
  return blocks;
}

/** Where each block goes: its title on `titleRow` (1-based), headers below, rows below them. */
export interface PlacedBlock extends BilanBlock {
  titleRow: number;
  headerRow: number;
  /** Last row of the block (the header row when it has no rows). */
  lastRow: number;
}

export function bilanLayout(bilan: Bilan, lang: Lang): { rows: BilanRow[]; blocks: PlacedBlock[] } {
  const rows = bilanRows(bilan, lang);
  let next = rows.length + 3; // the table (header + rows), then one blank row
  const blocks = bilanBlocks(bilan, lang).map((block) => {
    const placed = {
      ...block,
      titleRow: next,
      headerRow: next + 1,
      lastRow: next + 1 + block.rows.length,
    };
    next = placed.lastRow + 2;
    return placed;
  });
  return { rows, blocks };
}
