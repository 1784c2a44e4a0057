import { criterionLabel } from "../rubric";
import type { Lang, Localized } from "../types";
import { FORMATS, NOTIONS, SUMMARY_METRICS, type FormatKind } from "./metrics";
import { hiddenLabel } from "./masking";
import { learnerLabel } from "./pseudonym";
import type { Band } from "./bands";
import type { GroupResult, HostResult, LearnerResult, ResultsReport, Summary, WeekResult } from "./schema";

/**
 * The layout of the results workbook — sheet names, table names, headers, formats, widths and the
 * cells of each row — shared by the .xlsx export (exceljs, server) and the Excel task pane
 * (Office.js), so both workbooks show the same figures in the same places.
 */
export type Cell = string | number | null;

export { looksLikeFormula } from "./formula";

export interface ColumnSpec {
  header: Localized;
  format: FormatKind;
  /** Column width in characters. */
  width: number;
}

export const SHEET_IDS = [
  "summary",
  "learners",
  "criteria",
  "weekly",
  "hosts",
  "cohorts",
  "useCases",
  "feedback",
  "about",
] as const;
export type SheetId = (typeof SHEET_IDS)[number];

export interface SheetSpec {
  id: SheetId;
  /**
   * Worksheet name in each language. The Excel table names (`table`) stay the same in both, so
   * structured references keep working when the sheets are written again in the other language.
   */
  name: Localized;
  /** Excel table name, unique in the workbook. */
  table: string;
  columns: ColumnSpec[];
}

const col = (fr: string, en: string, format: FormatKind, width: number): ColumnSpec => ({
  header: { fr, en },
  format,
  width,
});

/** A sheet's name in the workbook's language. */
export function sheetName(id: SheetId, lang: Lang): string {
  return SHEETS[id].name[lang];
}

export const SHEETS: Record<SheetId, SheetSpec> = {
  summary: {
    id: "summary",
    name: { fr: "Synthèse", en: "Summary" },
    table: "ParcoursSummary",
    columns: [
      col("Indicateur", "Metric", "text", 44),
      col("Valeur", "Value", "decimal", 14),
      col("IC 95 % bas", "95% CI low", "change", 13),
      col("IC 95 % haut", "95% CI high", "change", 13),
    ],
  },
  learners: {
    id: "learners",
    name: { fr: "Apprenants", en: "Learners" },
    table: "ParcoursLearners",
    columns: [
      col("Apprenant", "Learner", "text", 26),
      col("Cohorte", "Cohort", "text", 18),
      col("Service", "Department", "text", 24),
      col("Exercices", "Attempts", "int", 11),
      col("Premier essai (1er exercice)", "First try (first exercise)", "score", 16),
      col("Premier essai (dernier exercice)", "First try (latest exercise)", "score", 16),
      col("Progression", "Change", "change", 12),
      col("Score moyen", "Mean score", "score", 12),
      col("Maîtrise moyenne", "Mean mastery", "percent", 15),
      col("Minutes gagnées", "Minutes saved", "int", 15),
      col("Premier exercice", "First attempt", "date", 15),
      col("Dernier exercice", "Last attempt", "date", 15),
      col("Engagement", "Engagement", "text", 14),
    ],
  },
  criteria: {
    id: "criteria",
    name: { fr: "Critères", en: "Criteria" },
    table: "ParcoursCriteria",
    columns: [
      col("Critère", "Criterion", "text", 20),
      col("Note moyenne (0–3)", "Mean score (0–3)", "decimal", 18),
      col("Maîtrise moyenne", "Mean mastery", "percent", 16),
      col("Part maîtrisant", "Share mastering", "percent", 16),
    ],
  },
  weekly: {
    id: "weekly",
    name: { fr: "Semaines", en: "Weekly" },
    table: "ParcoursWeekly",
    columns: [
      col("Semaine", "Week", "date", 13),
      col("Apprenants actifs", "Active learners", "int", 17),
      col("Exercices", "Attempts", "int", 11),
      col("Score moyen", "Mean score", "score", 12),
      col("Minutes gagnées", "Minutes saved", "int", 15),
    ],
  },
  hosts: {
    id: "hosts",
    name: { fr: "Applications", en: "Hosts" },
    table: "ParcoursHosts",
    columns: [
      col("Application", "Application", "text", 14),
      col("Apprenants", "Learners", "int", 12),
      col("Exercices", "Attempts", "int", 11),
      col("Score moyen", "Mean score", "score", 12),
      col("Minutes gagnées", "Minutes saved", "int", 15),
      col("Utilité (1–5)", "Usefulness (1–5)", "decimal", 15),
    ],
  },
  cohorts: {
    id: "cohorts",
    name: { fr: "Cohortes", en: "Cohorts" },
    table: "ParcoursCohorts",
    columns: [
      col("Regroupement", "Grouping", "text", 14),
      col("Groupe", "Group", "text", 26),
      col("Apprenants", "Learners", "int", 12),
      col("Exercices", "Attempts", "int", 11),
      col("Score moyen", "Mean score", "score", 12),
      col("Progression moyenne", "Mean change", "change", 19),
      col("Part en progrès", "Share improved", "percent", 15),
      col("Minutes gagnées", "Minutes saved", "int", 15),
      col("Champions", "Champions", "int", 11),
    ],
  },
  useCases: {
    id: "useCases",
    name: { fr: "Cas d’usage", en: "Use cases" },
    table: "ParcoursUseCases",
    columns: [
      col("Cas d’usage", "Use case", "text", 40),
      col("Métier", "Job", "text", 26),
      col("Application", "Application", "text", 12),
      col("Fréquence", "Frequency", "text", 12),
      col("Minutes gagnées par fois", "Minutes saved each time", "int", 14),
      col("Personnes concernées", "People who do it", "int", 14),
      col("Minutes gagnées par mois", "Minutes saved a month", "int", 16),
      col("A marché pour eux", "Worked for them", "int", 12),
      col("N’a pas marché", "Did not work", "int", 12),
      col("Données en jeu", "Data involved", "text", 14),
      col("Risques signalés", "Risks reported", "text", 30),
      col("Statut", "Status", "text", 14),
      col("Proposé le", "Proposed on", "date", 13),
    ],
  },
  feedback: {
    id: "feedback",
    name: { fr: "Retours", en: "Feedback" },
    table: "ParcoursFeedback",
    columns: [
      col("Exercice", "Exercise", "text", 36),
      col("Métier", "Job", "text", 26),
      col("Sur", "On", "text", 12),
      col("Personnes", "People", "int", 11),
      col("Pouce levé", "Thumbs up", "int", 11),
      col("Pouce baissé", "Thumbs down", "int", 12),
      col("« Pas mon métier »", "“Not my job”", "int", 14),
      col("« Réponse fausse »", "“Wrong answer”", "int", 14),
      col("Derniers commentaires", "Latest comments", "text", 60),
    ],
  },
  about: {
    id: "about",
    name: { fr: "À propos", en: "About" },
    table: "ParcoursAbout",
    columns: [
      col("Élément", "Item", "text", 22),
      col("Nom", "Name (French)", "text", 34),
      col("Name", "Name (English)", "text", 34),
      col("Définition", "Definition (French)", "text", 90),
      col("Definition", "Definition (English)", "text", 90),
    ],
  },
};

/** Header texts of a sheet in `lang`. */
export function headersOf(sheet: SheetId, lang: Lang): string[] {
  return SHEETS[sheet].columns.map((c) => c.header[lang]);
}

/** Excel number format of each column of a sheet. */
export function formatsOf(sheet: SheetId): string[] {
  return SHEETS[sheet].columns.map((c) => FORMATS[c.format]);
}

/** A Summary row: its own format for the Value cell (an integer, a share, a change…). */
export interface SummaryRow {
  id: string;
  cells: [string, Cell, Cell, Cell];
  format: FormatKind;
}

const BAND_LABELS: Record<Band, Localized> = {
  trying: { fr: "Découverte", en: "Trying" },
  established: { fr: "Régulier", en: "Established" },
  champion: { fr: "Champion", en: "Champion" },
};

const HOST_LABELS: Record<string, string> = { word: "Word", outlook: "Outlook", excel: "Excel" };

const NO_GROUP: Localized = { fr: "(non renseigné)", en: "(not set)" };

/** The Summary sheet: one row per metric, then the report's context (period, filter, k). */
export function summaryRows(report: ResultsReport, lang: Lang): SummaryRow[] {
  const s = report.summary;
  const hidden = hiddenLabel(report.k);
  const value = (id: (typeof SUMMARY_METRICS)[number]["id"]): Cell => {
    if (id === "enrolled") return s.enrolled;
    if (report.hidden) return hidden;
    const figures: Record<string, number | null> = {
      ...pickNumbers(s),
      scoreChange: s.scoreChange.mean,
      bandTrying: s.bands.trying,
      bandEstablished: s.bands.established,
      bandChampion: s.bands.champion,
    };
    return figures[id] ?? null;
  };
  const rows: SummaryRow[] = SUMMARY_METRICS.map((metric) => ({
    id: metric.id,
    format: metric.format,
    cells: [
      metric.label[lang],
      value(metric.id),
      metric.id === "scoreChange" && !report.hidden ? s.scoreChange.ciLow : null,
      metric.id === "scoreChange" && !report.hidden ? s.scoreChange.ciHigh : null,
    ],
  }));
  const f = report.filter;
  const all = lang === "fr" ? "tous" : "all";
  const context: Array<[string, Localized, Cell]> = [
    ["periodFrom", { fr: "Du", en: "From" }, f.from ?? (lang === "fr" ? "début" : "start")],
    ["periodTo", { fr: "Au", en: "To" }, f.to ?? report.asOf],
    ["cohort", { fr: "Cohorte", en: "Cohort" }, f.cohort ?? all],
    ["department", { fr: "Service", en: "Department" }, f.department ?? all],
    ["host", { fr: "Application", en: "Application" }, f.host ? (HOST_LABELS[f.host] ?? f.host) : all],
    ["k", { fr: "Seuil d'anonymat (k)", en: "Anonymity threshold (k)" }, report.k],
    [
      "generatedAt",
      { fr: "Généré le (UTC)", en: "Generated at (UTC)" },
      report.generatedAt.slice(0, 16).replace("T", " "),
    ],
  ];
  for (const [id, label, cell] of context) {
    rows.push({
      id,
      format: typeof cell === "number" ? "int" : "text",
      cells: [label[lang], cell, null, null],
    });
  }
  return rows;
}

function pickNumbers(s: Summary): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [key, v] of Object.entries(s)) if (typeof v === "number" || v === null) out[key] = v;
  return out;
}

export function learnerCells(l: LearnerResult, lang: Lang): Cell[] {
  return [
    learnerLabel(l, lang),
    l.cohort ?? NO_GROUP[lang],
    l.department ?? NO_GROUP[lang],
    l.attempts,
    l.firstScore,
    l.latestScore,
    l.change,
    l.meanScore,
    l.meanMastery,
    l.minutesSaved,
    l.firstAttemptAt.slice(0, 10),
    l.lastAttemptAt.slice(0, 10),
    BAND_LABELS[l.band][lang],
  ];
}

export function criteriaRows(report: ResultsReport, lang: Lang): Cell[][] {
  return report.criteria.map((c) => [
    criterionLabel(c.criterion, lang),
    c.meanScore,
    c.meanMastery,
    c.shareMastered,
  ]);
}

export function weeklyRows(report: ResultsReport): Cell[][] {
  return report.weekly.map((w: WeekResult) =>
    w.hidden
      ? [w.week, hiddenLabel(report.k), null, null, null]
      : [w.week, w.learners, w.attempts, w.meanScore, w.minutesSaved],
  );
}

export function hostRows(report: ResultsReport): Cell[][] {
  return report.hosts.map((h: HostResult) => {
    const name = HOST_LABELS[h.host] ?? h.host;
    return h.hidden
      ? [name, hiddenLabel(report.k), null, null, null, null]
      : [name, h.learners, h.attempts, h.meanScore, h.minutesSaved, h.meanUsefulness];
  });
}

const DIMENSION_LABELS: Record<GroupResult["dimension"], Localized> = {
  cohort: { fr: "Cohorte", en: "Cohort" },
  department: { fr: "Service", en: "Department" },
  job: { fr: "Métier", en: "Job" },
};

/** A job's label in `lang`, or its id when the tenant no longer lists it. */
function jobName(report: ResultsReport, job: string | null, lang: Lang): string {
  if (job === null) return NO_GROUP[lang];
  return report.jobs.find((j) => j.id === job)?.label[lang] ?? job;
}

/**
 * Text typed by people (use case titles, comments) that a spreadsheet would read as a formula
 * (=, +, -, @, tab, carriage return first) gets a leading apostrophe, so it stays text.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const FREQUENCY_LABELS: Record<string, Localized> = {
  daily: { fr: "Quotidien", en: "Daily" },
  weekly: { fr: "Hebdomadaire", en: "Weekly" },
  monthly: { fr: "Mensuel", en: "Monthly" },
};
const DATA_LABELS: Record<string, Localized> = {
  none: { fr: "Aucune", en: "None" },
  internal: { fr: "Internes", en: "Internal" },
  personal: { fr: "Personnelles", en: "Personal" },
  health: { fr: "Santé", en: "Health" },
};
const RISK_LABELS: Record<string, Localized> = {
  invented_facts: { fr: "Faits inventés", en: "Invented facts" },
  confidentiality: { fr: "Confidentialité", en: "Confidentiality" },
  bias: { fr: "Biais", en: "Bias" },
  quality: { fr: "Qualité", en: "Quality" },
  other: { fr: "Autre", en: "Other" },
};
const STATUS_LABELS: Record<string, Localized> = {
  proposed: { fr: "Proposé", en: "Proposed" },
  under_review: { fr: "À l’étude", en: "Under review" },
  promoted: { fr: "Promu en exercice", en: "Promoted to exercise" },
  set_aside: { fr: "Écarté", en: "Set aside" },
};
const TARGET_LABELS: Record<string, Localized> = {
  exercise: { fr: "Exercice", en: "Exercise" },
  answer: { fr: "Réponse", en: "Answer" },
};
const label = (labels: Record<string, Localized>, key: string, lang: Lang) => labels[key]?.[lang] ?? key;

/** The Use cases sheet: ranked as in the JSON, authors never shown. */
export function useCaseRows(report: ResultsReport, lang: Lang): Cell[][] {
  return report.useCases.map((u) => [
    safeText(u.title),
    jobName(report, u.job, lang),
    HOST_LABELS[u.host] ?? (lang === "fr" ? "Autre" : "Other"),
    label(FREQUENCY_LABELS, u.frequency, lang),
    u.minutesSaved,
    u.reach,
    u.rank,
    u.workedForThem,
    u.didNotWork,
    label(DATA_LABELS, u.dataInvolved, lang),
    u.riskTags.map((t) => label(RISK_LABELS, t, lang)).join(", "),
    label(STATUS_LABELS, u.status, lang),
    u.createdAt.slice(0, 10),
  ]);
}

/** The Feedback sheet: one row per exercise, job and target; rows under k show "< k". */
export function feedbackRows(report: ResultsReport, lang: Lang): Cell[][] {
  return report.feedback.map((f) => {
    const head: Cell[] = [f.exerciseId, jobName(report, f.job, lang), label(TARGET_LABELS, f.target, lang)];
    return f.hidden
      ? [...head, hiddenLabel(report.k), null, null, null, null, null]
      : [...head, f.people, f.up, f.down, f.notMyJob, f.wrongAnswer, safeText(f.comments.join(" ¶ "))];
  });
}

export function groupRows(report: ResultsReport, lang: Lang): Cell[][] {
  return report.groups.map((g) => {
    const name = g.dimension === "job" ? jobName(report, g.group, lang) : (g.group ?? NO_GROUP[lang]);
    const head: Cell[] = [DIMENSION_LABELS[g.dimension][lang], name];
    return g.hidden
      ? [...head, hiddenLabel(report.k), null, null, null, null, null, null]
      : [
          ...head,
          g.learners,
          g.attempts,
          g.meanScore,
          g.meanChange,
          g.shareImproved,
          g.minutesSaved,
          g.champions,
        ];
  });
}

/** The About sheet: every Summary metric and every notion, named and defined in French and English. */
export function aboutRows(): Cell[][] {
  return [...SUMMARY_METRICS, ...NOTIONS].map((d) => [
    d.id,
    d.label.fr,
    d.label.en,
    d.definition.fr,
    d.definition.en,
  ]);
}

/** Days since 1899-12-30: how Excel stores a date. `iso` starts with YYYY-MM-DD. */
export function excelDateSerial(iso: string): number {
  const day = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return day / 86_400_000 + 25_569;
}

/** Excel column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
