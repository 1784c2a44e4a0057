import type { Exercise } from "../catalog/schema";
import { exerciseSuitsJob, exerciseWrittenForJob, type Job } from "../jobs";
import { LEVEL_LABELS } from "../learner/level";
import { weakestCriteria, type Mastery } from "../learner/mastery";
import { LEVELS, type ContextFeatures, type CriterionId, type Level, type Localized } from "../types";
import { matchContext, modeFits, skillAffinity, type ContextMatch } from "./fit";
import { CRITERION_LABELS } from "../rubric";
import { HOST_NAMES, KIND_PHRASES, hostPhrase } from "./labels";

export * from "./fit";
export * from "./labels";

/**
 * Picks the exercise to suggest. Rules, in order:
 *  1. host fit is hard: only exercises for the open host;
 *  2. Outlook read/compose (`fits.modes`) is hard unless no exercise fits the mode;
 *  3. novelty: exercises done within `noRepeatDays` are left out unless nothing else remains;
 *  4. among the rest, the highest score wins: context fit + weakest criteria targeted + level match
 *     + skill suited to the open context (the kind of text; for iterate and verify, what it holds)
 *     + never done + written for the learner's job (exercises
 *     written only for other jobs lose points); ties go to the smallest id.
 */

export const REASON_CODES = [
  "host_fit",
  "context_fit",
  "job_fit",
  "weakest_criterion",
  "level_match",
  "level_stretch",
  "new",
  "not_recent",
  "repeat",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface RecommendationReason {
  code: ReasonCode;
  message: Localized;
}

export interface Recommendation {
  exercise: Exercise;
  reasons: RecommendationReason[];
  /** One sentence for the user: why this exercise, now. */
  why: Localized;
  /** The next best choices, best first. */
  alternatives: Exercise[];
}

export interface LearnerSnapshot {
  mastery: Mastery;
  level: Level;
}

export interface HistoryEntry {
  exerciseId: string;
  /** ISO 8601. */
  at: string;
}

export interface RecommendOptions {
  /** An exercise done less than this many days ago is not suggested again unless nothing else fits. */
  noRepeatDays?: number;
  /** How many alternatives to return (default 3). */
  alternatives?: number;
  /** The learner's job: exercises written for it are preferred, and the "why" says so. */
  job?: Job | null;
}

export const DEFAULT_NO_REPEAT_DAYS = 3;

/** Points given to an exercise that targets the weakest, second and third weakest criterion. */
const WEAKNESS_POINTS = [4, 2.5, 1.5] as const;
const LEVEL_POINTS = { same: 3, adjacent: -1, far: -4 } as const;
const NEVER_DONE_POINTS = 1;
/** Written for the learner's job; written only for other jobs. */
const JOB_POINTS = { mine: 5, others: -2 } as const;
const DAY_MS = 86_400_000;

interface Candidate {
  exercise: Exercise;
  score: number;
  context: ContextMatch;
  /** The weak criterion the exercise targets, with its rank among the weakest (0 = weakest). */
  weak: { criterion: CriterionId; rank: number } | null;
  levelGap: number;
  lastDone: number | null;
  /** Written for the learner's job in particular. */
  forJob: boolean;
}

export function recommendExercise(
  features: ContextFeatures,
  learner: LearnerSnapshot,
  catalog: readonly Exercise[],
  history: readonly HistoryEntry[],
  now: Date,
  options: RecommendOptions = {},
): Recommendation | null {
  const noRepeatDays = options.noRepeatDays ?? DEFAULT_NO_REPEAT_DAYS;
  // Benchmarks measure progress: practising them would inflate the measure.
  const forHost = catalog.filter((e) => e.hosts.includes(features.host) && !e.benchmark);
  if (forHost.length === 0) return null;
  const forMode = forHost.filter((e) => modeFits(e.fits, features));
  const pool = forMode.length > 0 ? forMode : forHost;

  const lastDone = lastDoneById(history);
  // The gate (safety) is never "practised": the weakest criteria are the seven scored ones, as Home shows.
  const weakest = weakestCriteria(learner.mastery)
    .filter((c) => c !== "safety")
    .slice(0, WEAKNESS_POINTS.length);
  const job = options.job ?? null;
  const candidates = pool.map((exercise) =>
    scoreCandidate(exercise, features, learner.level, weakest, lastDone, job),
  );

  const cutoff = now.getTime() - noRepeatDays * DAY_MS;
  const fresh = candidates.filter((c) => c.lastDone === null || c.lastDone < cutoff);
  const repeating = fresh.length === 0;
  const ranked = repeating
    ? // Everything fitting was done recently: revisit the one done longest ago.
      [...candidates].sort((a, b) => (a.lastDone ?? 0) - (b.lastDone ?? 0) || byScoreThenId(a, b))
    : [...fresh].sort(byScoreThenId);

  const first = ranked[0];
  if (!first) return null;
  // Before a first attempt nothing is known about the learner: no "weakest criterion" claim.
  const known = history.length > 0 || Object.values(learner.mastery).some((m) => m > 0);
  const best = known ? first : { ...first, weak: null };
  return {
    exercise: best.exercise,
    reasons: reasonsFor(best, features, learner.level, repeating, noRepeatDays, job),
    why: whyFor(best, features, repeating, job),
    alternatives: ranked.slice(1, 1 + (options.alternatives ?? 3)).map((c) => c.exercise),
  };
}

function lastDoneById(history: readonly HistoryEntry[]): Map<string, number> {
  const last = new Map<string, number>();
  for (const entry of history) {
    const at = Date.parse(entry.at);
    if (Number.isNaN(at)) continue;
    if (at > (last.get(entry.exerciseId) ?? -Infinity)) last.set(entry.exerciseId, at);
  }
  return last;
}

function scoreCandidate(
  exercise: Exercise,
  features: ContextFeatures,
  level: Level,
  weakest: CriterionId[],
  lastDone: Map<string, number>,
  job: Job | null,
): Candidate {
  const context = matchContext(exercise.fits, features);
  let weak: Candidate["weak"] = null;
  for (const [rank, criterion] of weakest.entries()) {
    if (exercise.targets.includes(criterion)) {
      weak = { criterion, rank };
      break;
    }
  }
  const levelGap = LEVELS.indexOf(exercise.level) - LEVELS.indexOf(level);
  const done = lastDone.get(exercise.id) ?? null;
  const forJob = job !== null && exerciseWrittenForJob(exercise.jobs, job.id);
  const jobPoints =
    job === null
      ? 0
      : forJob
        ? JOB_POINTS.mine
        : exerciseSuitsJob(exercise.jobs, job.id)
          ? 0
          : JOB_POINTS.others;
  const score =
    jobPoints +
    context.points +
    (weak === null ? 0 : (WEAKNESS_POINTS[weak.rank] ?? 0)) +
    (levelGap === 0
      ? LEVEL_POINTS.same
      : Math.abs(levelGap) === 1
        ? LEVEL_POINTS.adjacent
        : LEVEL_POINTS.far) +
    skillAffinity(features, exercise.skill) +
    (done === null ? NEVER_DONE_POINTS : 0);
  return { exercise, score, context, weak, levelGap, lastDone: done, forJob };
}

function byScoreThenId(a: Candidate, b: Candidate): number {
  return b.score - a.score || (a.exercise.id < b.exercise.id ? -1 : a.exercise.id > b.exercise.id ? 1 : 0);
}

function quoted(label: Localized): Localized {
  return { fr: `«\u00a0${label.fr}\u00a0»`, en: `“${label.en}”` };
}

function reasonsFor(
  c: Candidate,
  features: ContextFeatures,
  level: Level,
  repeating: boolean,
  noRepeatDays: number,
  job: Job | null,
): RecommendationReason[] {
  const reasons: RecommendationReason[] = [];
  const host = HOST_NAMES[features.host];
  reasons.push({
    code: "host_fit",
    message: { fr: `Conçu pour ${host}.`, en: `Designed for ${host}.` },
  });
  if (c.context.kindMatched) {
    const kind = KIND_PHRASES[features.kind];
    reasons.push({
      code: "context_fit",
      message: { fr: `Adapté à ${kind.fr}.`, en: `Suited to ${kind.en}.` },
    });
  } else if (c.context.points > 0) {
    const open = hostPhrase(features.host, features.mode);
    reasons.push({
      code: "context_fit",
      message: { fr: `Adapté à ${open.fr}.`, en: `Suited to ${open.en}.` },
    });
  }
  if (c.forJob && job) {
    const label = quoted(job.label);
    reasons.push({
      code: "job_fit",
      message: {
        fr: `Écrit pour votre métier, ${label.fr}.`,
        en: `Written for your job, ${label.en}.`,
      },
    });
  }
  if (c.weak) {
    const name = quoted(CRITERION_LABELS[c.weak.criterion]);
    reasons.push({
      code: "weakest_criterion",
      message:
        c.weak.rank === 0
          ? {
              fr: `Travaille ${name.fr}, votre critère le moins maîtrisé.`,
              en: `Practises ${name.en}, your weakest criterion.`,
            }
          : {
              fr: `Travaille ${name.fr}, l’un de vos critères à renforcer.`,
              en: `Practises ${name.en}, one of the criteria you are working on.`,
            },
    });
  }
  const label = LEVEL_LABELS[c.exercise.level];
  if (c.levelGap === 0) {
    reasons.push({
      code: "level_match",
      message: {
        fr: `Niveau ${label.fr}, comme le vôtre.`,
        en: `${capitalise(label.en)} level, like yours.`,
      },
    });
  } else if (c.levelGap > 0) {
    reasons.push({
      code: "level_stretch",
      message: {
        fr: `Niveau ${label.fr}\u00a0: un cran au-dessus du vôtre (${LEVEL_LABELS[level].fr}).`,
        en: `${capitalise(label.en)} level: a step above yours (${LEVEL_LABELS[level].en}).`,
      },
    });
  }
  if (repeating) {
    reasons.push({
      code: "repeat",
      message: {
        fr: `Vous avez fait tous les exercices adaptés ces ${noRepeatDays} derniers jours\u00a0: celui-ci est le plus ancien, à refaire pour progresser.`,
        en: `You have done every fitting exercise in the last ${noRepeatDays} days: this is the one you did longest ago, worth redoing.`,
      },
    });
  } else if (c.lastDone === null) {
    reasons.push({
      code: "new",
      message: { fr: "Vous ne l’avez pas encore fait.", en: "You have not done it yet." },
    });
  } else {
    reasons.push({
      code: "not_recent",
      message:
        noRepeatDays > 0
          ? {
              fr: `Pas refait depuis plus de ${noRepeatDays} jours.`,
              en: `Not done in the last ${noRepeatDays} days.`,
            }
          : { fr: "Déjà fait\u00a0: à refaire pour progresser.", en: "Done before: worth redoing." },
    });
  }
  return reasons;
}

/** One sentence: what it uses, what it practises, how long it takes. */
function whyFor(c: Candidate, features: ContextFeatures, repeating: boolean, job: Job | null): Localized {
  const open = c.context.kindMatched ? KIND_PHRASES[features.kind] : hostPhrase(features.host, features.mode);
  // Nothing open yet: the exercise still works on any text the learner picks.
  const source: Localized =
    features.lengthBucket === "empty"
      ? { fr: "à partir d’un texte de votre choix", en: "using a text of your choice" }
      : { fr: `à partir de ${open.fr}`, en: `using ${open.en}` };
  const criterion = c.weak?.criterion ?? c.exercise.targets[0]!;
  const name = quoted(CRITERION_LABELS[criterion]);
  const minutes = c.exercise.minutes;
  const weakness: Localized =
    c.weak === null
      ? { fr: "", en: "" }
      : c.weak.rank === 0
        ? { fr: ", votre critère le moins maîtrisé", en: ", your weakest criterion" }
        : { fr: ", l’un de vos critères à renforcer", en: ", one of the criteria you are working on" };
  const again: Localized = repeating ? { fr: " à nouveau", en: " again" } : { fr: "", en: "" };
  const forJob: Localized =
    c.forJob && job
      ? {
          fr: ` Il est écrit pour votre métier, ${quoted(job.label).fr}.`,
          en: ` It is written for your job, ${quoted(job.label).en}.`,
        }
      : { fr: "", en: "" };
  return {
    fr: `En ${minutes} minutes, ${source.fr}, cet exercice vous fait travailler${again.fr} ${name.fr}${weakness.fr}.${forJob.fr}`,
    en: `In ${minutes} minutes, ${source.en}, this exercise practises ${name.en}${again.en}${weakness.en}.${forJob.en}`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
