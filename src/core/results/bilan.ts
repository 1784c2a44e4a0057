import { z } from "zod";
import type { Lang, Localized } from "../types";
import { StageSchema, TARGET_METRICS, type TargetMetric } from "./stages";

/**
 * The bilan of a stage: each target beside its measure, interval and verdict, the adoption
 * funnel, the benchmark and confidence paired changes, per cohort, and the previous stage's
 * figures beside them. One schema for the JSON, the workbook's Bilan sheet and the HTML report.
 */

/** A measure with its 95% interval over `n` learners; figures are null when hidden or unmeasured. */
export const EstimateSchema = z.object({
  n: z.number().int().nonnegative().nullable(),
  value: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  /** Fewer than k learners: the figures are withheld. */
  hidden: z.boolean(),
});
export type Estimate = z.infer<typeof EstimateSchema>;

export const FunnelSchema = z.object({
  /** Learners of the stage's cohorts known by its end (imported or signed in). */
  invited: z.number().int().nullable(),
  charterAccepted: z.number().int().nullable(),
  /** Did at least one exercise by the stage's end. */
  started: z.number().int().nullable(),
  /** Active in at least 3 of the stage's last 4 weeks. */
  activeWeekly: z.number().int().nullable(),
  neverStarted: z.number().int().nullable(),
});
export type Funnel = z.infer<typeof FunnelSchema>;

export const MEASURES = TARGET_METRICS;
export const StageMeasuresSchema = z.object({
  /** The stage's learners are fewer than k: only `funnel.invited` is withheld too. */
  hidden: z.boolean(),
  funnel: FunnelSchema,
  measures: z.record(z.enum(TARGET_METRICS), EstimateSchema),
});
export type StageMeasures = z.infer<typeof StageMeasuresSchema>;

export const VERDICTS = ["met", "not_met", "uncertain", "no_data", "hidden"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const TargetResultSchema = z.object({
  metric: z.enum(TARGET_METRICS),
  target: z.number(),
  measure: EstimateSchema,
  previous: EstimateSchema.nullable(),
  verdict: z.enum(VERDICTS),
  /** The verdict in a plain sentence. */
  text: z.object({ fr: z.string(), en: z.string() }),
});
export type TargetResult = z.infer<typeof TargetResultSchema>;

/** Breakdowns by learner group; `job` joins `cohort` when learners carry one. */
export const BILAN_DIMENSIONS = ["cohort"] as const;

export const BilanGroupSchema = z.object({
  dimension: z.enum(BILAN_DIMENSIONS),
  group: z.string().nullable(),
  hidden: z.boolean(),
  funnel: FunnelSchema,
  weeklyActiveShare: EstimateSchema,
  benchmarkChange: EstimateSchema,
  confidenceChange: EstimateSchema,
  /** Real-work uses a week per active learner of the cohort (reported learners only). */
  realUsesPerWeek: EstimateSchema,
  /** Use cases the cohort's learners proposed during the stage; null when hidden. */
  useCases: z.number().int().nullable(),
});
export type BilanGroup = z.infer<typeof BilanGroupSchema>;

export const BilanWeekSchema = z.object({
  week: z.string(),
  hidden: z.boolean(),
  active: z.number().int().nullable(),
  /** Active that week ÷ invited. */
  share: z.number().nullable(),
  /** Answers put into real work that week by the stage's reported learners. */
  realUses: z.number().int().nullable(),
});
export type BilanWeek = z.infer<typeof BilanWeekSchema>;

/**
 * Real use during the stage: answers put into real work (inserted into a document, a reply, a
 * sheet, or copied — `real_work_uses`) and use cases proposed, by the stage's learners whose
 * cohort–department cell has at least k learners (the report's rule). Null figures when hidden.
 */
export const RealUseSchema = z.object({
  hidden: z.boolean(),
  /** Real-work uses in the weeks the stage overlaps. */
  uses: z.number().int().nullable(),
  /** Learners with at least one real-work use. */
  users: z.number().int().nullable(),
  /** Use cases proposed during the stage. */
  useCases: z.number().int().nullable(),
  /** Uses by kind of insertion (insert, replace, reply, table, values, formula, copy). */
  byKind: z.record(z.string(), z.number().int()),
});
export type RealUse = z.infer<typeof RealUseSchema>;

export const BilanSchema = z.object({
  tenant: z.string(),
  generatedAt: z.string(),
  /** Last day counted: the stage's end, or today while it runs. */
  asOf: z.string(),
  k: z.number().int(),
  stage: StageSchema,
  previousStage: StageSchema.nullable(),
  current: StageMeasuresSchema,
  previous: StageMeasuresSchema.nullable(),
  targets: z.array(TargetResultSchema),
  groups: z.array(BilanGroupSchema),
  weekly: z.array(BilanWeekSchema),
  realUse: RealUseSchema,
});
export type Bilan = z.infer<typeof BilanSchema>;

export const BilanQuerySchema = z
  .object({
    stage: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,63}$/)
      .optional(),
    lang: z.enum(["fr", "en"]).optional(),
  })
  .strict();

/** Labels and units of the measures, FR/EN. */
export const MEASURE_LABELS: Record<TargetMetric, Localized> = {
  weeklyActiveShare: {
    fr: "Actifs chaque semaine (3 des 4 dernières)",
    en: "Active weekly (3 of the last 4 weeks)",
  },
  startedShare: { fr: "Invités ayant commencé", en: "Invited learners who started" },
  benchmarkChange: { fr: "Progrès à l’exercice de bilan", en: "Benchmark progress" },
  scoreChange: { fr: "Progression (premiers essais)", en: "Score change (first attempts)" },
  minutesSavedPerWeek: { fr: "Minutes gagnées par semaine", en: "Minutes saved a week" },
  confidenceChange: { fr: "Confiance (1–5), évolution", en: "Confidence (1–5), change" },
  realUsesPerWeek: {
    fr: "Usages réels par semaine et apprenant actif",
    en: "Real-work uses a week per active learner",
  },
};

export const MEASURE_DEFINITIONS: Record<TargetMetric, Localized> = {
  weeklyActiveShare: {
    fr: "Part des invités de l’étape actifs (au moins un exercice) pendant au moins 3 de ses 4 dernières semaines ; intervalle de Wilson à 95 %.",
    en: "Share of the stage’s invited learners active (at least one attempt) in at least 3 of its last 4 weeks; 95% Wilson interval.",
  },
  startedShare: {
    fr: "Part des invités ayant fait au moins un exercice avant la fin de l’étape ; intervalle de Wilson à 95 %.",
    en: "Share of invited learners who did at least one attempt by the stage’s end; 95% Wilson interval.",
  },
  benchmarkChange: {
    fr: "Pour chaque apprenant, score à l’exercice de bilan de fin d’étape moins son score de début (inscription ou fin de l’étape précédente), moyenne des applications passées ; moyenne sur les apprenants appariés, intervalle de Student à 95 %.",
    en: "Per learner, benchmark score at the stage’s end minus their score at its start (onboarding or the previous stage’s end), averaged over the hosts taken; mean over paired learners, 95% Student interval.",
  },
  scoreChange: {
    fr: "Dans l’étape, score du premier essai au dernier exercice nouveau moins celui au premier exercice (ni nouvel essai ni copie) ; intervalle de Student à 95 %.",
    en: "Within the stage, first-attempt score at the latest new exercise minus that at the first exercise (no retries, no copies); 95% Student interval.",
  },
  minutesSavedPerWeek: {
    fr: "Minutes gagnées déclarées pendant l’étape par chaque apprenant actif, divisées par le nombre de semaines de l’étape ; moyenne, intervalle de Student à 95 %.",
    en: "Self-reported minutes saved during the stage by each active learner, divided by the stage’s weeks; mean, 95% Student interval.",
  },
  confidenceChange: {
    fr: "Réponse à « Quelle confiance avez-vous pour utiliser l’IA dans votre travail ? » (1–5) en fin d’étape moins celle du début ; apprenants appariés, intervalle de Student à 95 %.",
    en: "Answer to “How confident are you using AI for your work?” (1–5) at the stage’s end minus at its start; paired learners, 95% Student interval.",
  },
  realUsesPerWeek: {
    fr: "Réponses mises dans un vrai document, une vraie réponse ou une vraie feuille (insérées, remplacées, copiées) pendant les semaines de l’étape, divisées par leur nombre, pour chaque apprenant actif (un exercice ou un usage) ; seuls comptent les apprenants dont le couple cohorte–service compte au moins k personnes ; moyenne, intervalle de Student à 95 %.",
    en: "Answers put into a real document, reply or sheet (inserted, replaced, copied) in the weeks the stage overlaps, divided by those weeks, for each active learner (an attempt or a use); only learners whose cohort–department pair has at least k people count; mean, 95% Student interval.",
  },
};

/** How a measure reads: shares as percentages, points and minutes with their unit. */
export function formatMeasure(metric: TargetMetric, value: number | null, lang: Lang): string {
  if (value === null) return "—";
  const locale = lang === "fr" ? "fr-FR" : "en-GB";
  const n = (v: number, digits: number) =>
    v.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const signed = (v: number, digits: number) => `${v > 0 ? "+" : v < 0 ? "−" : ""}${n(Math.abs(v), digits)}`;
  switch (metric) {
    case "weeklyActiveShare":
    case "startedShare":
      return lang === "fr" ? `${n(value * 100, 0)}\u00a0%` : `${n(value * 100, 0)}%`;
    case "benchmarkChange":
    case "scoreChange":
      return `${signed(value, 1)} ${lang === "fr" ? "points" : "points"}`;
    case "minutesSavedPerWeek":
      return `${n(value, 0)} min`;
    case "confidenceChange":
      return signed(value, 2);
    case "realUsesPerWeek":
      return lang === "fr" ? `${n(value, 1)} par semaine` : `${n(value, 1)} a week`;
  }
}

/**
 * The verdict: met when the whole 95% interval reaches the target, not met when the whole interval
 * stays below it, uncertain otherwise (the data cannot tell yet).
 */
export function verdictOf(target: number, measure: Estimate): Verdict {
  if (measure.hidden) return "hidden";
  if (measure.value === null || !measure.n) return "no_data";
  if (measure.ciLow === null || measure.ciHigh === null) return "uncertain";
  if (measure.ciLow >= target) return "met";
  if (measure.ciHigh < target) return "not_met";
  return "uncertain";
}

export function verdictText(
  metric: TargetMetric,
  target: number,
  measure: Estimate,
  verdict: Verdict,
): Localized {
  const text = (lang: Lang) => {
    const label = MEASURE_LABELS[metric][lang];
    const goal = formatMeasure(metric, target, lang);
    const value = formatMeasure(metric, measure.value, lang);
    const interval =
      measure.ciLow !== null && measure.ciHigh !== null
        ? lang === "fr"
          ? ` (IC 95\u00a0% ${formatMeasure(metric, measure.ciLow, lang)} à ${formatMeasure(metric, measure.ciHigh, lang)}, ${measure.n} apprenants)`
          : ` (95% CI ${formatMeasure(metric, measure.ciLow, lang)} to ${formatMeasure(metric, measure.ciHigh, lang)}, ${measure.n} learners)`
        : "";
    if (lang === "fr") {
      switch (verdict) {
        case "met":
          return `Objectif atteint\u00a0: ${label} ${value}${interval}, pour un objectif de ${goal}.`;
        case "not_met":
          return `Objectif non atteint\u00a0: ${label} ${value}${interval}, pour un objectif de ${goal}.`;
        case "uncertain":
          return `Pas encore tranché\u00a0: ${label} ${value}${interval}\u00a0; l’intervalle contient l’objectif de ${goal}.`;
        case "no_data":
          return `Pas de mesure\u00a0: aucune donnée pour «\u00a0${label}\u00a0» sur cette étape (objectif ${goal}).`;
        case "hidden":
          return `Masqué\u00a0: trop peu d’apprenants pour «\u00a0${label}\u00a0» sans risquer de les reconnaître (objectif ${goal}).`;
      }
    }
    switch (verdict) {
      case "met":
        return `Target met: ${label} ${value}${interval}, against a target of ${goal}.`;
      case "not_met":
        return `Target not met: ${label} ${value}${interval}, against a target of ${goal}.`;
      case "uncertain":
        return `Not settled yet: ${label} ${value}${interval}; the interval contains the target of ${goal}.`;
      case "no_data":
        return `No measure: no data for “${label}” in this stage (target ${goal}).`;
      case "hidden":
        return `Hidden: too few learners for “${label}” to show it without risk of recognising them (target ${goal}).`;
    }
  };
  return { fr: text("fr"), en: text("en") };
}

export const VERDICT_LABELS: Record<Verdict, Localized> = {
  met: { fr: "Atteint", en: "Met" },
  not_met: { fr: "Non atteint", en: "Not met" },
  uncertain: { fr: "Pas encore tranché", en: "Not settled" },
  no_data: { fr: "Pas de mesure", en: "No measure" },
  hidden: { fr: "Masqué (< k)", en: "Hidden (< k)" },
};
