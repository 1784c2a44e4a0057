import type { Charter } from "../api/me";
import type { DeliverableKind, Exercise } from "../catalog/schema";
import { detectPersonalData, PERSONAL_DATA_LABELS } from "../privacy";
import { levelFor, PASS_SCORE, PERSONAL_DATA_CAP, RUBRIC } from "../rubric";
import { criterionTip, EMPTY_PROMPT_TIP } from "../rubric/tips";
import { detectLanguage } from "../text/language";
import { foldAccents } from "../text/normalize";
import {
  CRITERIA,
  type ContextFeatures,
  type CriterionId,
  type CriterionScores,
  type Lang,
  type Level,
  type Localized,
} from "../types";
import { analyze, type Analysis, type Span } from "./analyze";
import {
  assessAudience,
  assessClarity,
  assessConstraints,
  assessContext,
  assessExpectations,
  assessGoal,
  assessSource,
  goalVerbs,
  isBloated,
  measureFiller,
  type Assessment,
} from "./criteria";
import {
  emphasisCount,
  emptyTalkShare,
  findContradictions,
  isIncoherent,
  syntaxBreaks,
  type Contradiction,
} from "./coherence";
import { improvementOf, requestQuotes, strengthsOf } from "./feedback";
import { buildFix, type PromptFix } from "./fix";
import { detectGraderAddress } from "./grader";
import { detectHarmfulUse, harmCoaching, type HarmFinding } from "./harm";
import { learnedHarm } from "./harm-model";
import { FUNCTION_WORDS } from "./lexicon";
import { findPastedLetter } from "./pasted";
import { clauseOf, mergeSpans, sentencesAround } from "./spans";
import { assessTaskFit, coverage, DELIVERABLE_LABELS, termChoices, termLabel, type TaskFit } from "./task";

export type CriterionScore = 0 | 1 | 2 | 3;

export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface CriterionResult {
  score: CriterionScore;
  /** Weight in the total: the rubric default times the exercise multiplier (0 for the safety gate). */
  weight: number;
  evidence: Evidence[];
  tip: Localized;
}

export interface PromptFlags {
  /** Personal identifiers or health terms in the prompt (identifiers also cap the score). */
  personalData: boolean;
  /** Padding, hedging or run-on sentences dominate the prompt. */
  bloated: boolean;
  /** The prompt speaks to the grader ("ignore the rubric", "note maximale"), possibly hidden. */
  addressesGrader: boolean;
  /** Rubric words listed instead of a request ("context format audience tone…"). */
  keywordStuffing: boolean;
  /** The prompt asks for another deliverable than the exercise's (a summary for a formula exercise). */
  offTask: boolean;
  /** Word salad: the syntax breaks where no writer would break it. */
  incoherent: boolean;
  /** Two lengths, two opposite tones, a length of zero, an audience of nobody. */
  contradictory: boolean;
  /**
   * Sensitive information (health, age, origin…) used to single out, rank or penalise people, or a
   * member's claim left to the model alone: safety fails, the score is capped.
   */
  harmfulUse: boolean;
}

/** How the prompt fits the exercise's task definition (null without an exercise or a definition). */
export interface TaskFitSummary {
  /** The exercise's deliverable is asked for. */
  deliverable: boolean;
  /** What the prompt asks for instead, when it is another deliverable. */
  otherDeliverable: Localized | null;
  /** null when the exercise names no audience. */
  audience: boolean | null;
  /** Share (0–1) of the elements the exercise expects that the prompt names. */
  coverage: number;
  missing: Localized[];
  /** What the exercise rules out, asked for. */
  violated: Localized[];
  /** The prompt works only on another kind of material than the exercise's. */
  otherMaterial: boolean;
  /** The fit allows a pass: the deliverable, at least half the elements, nothing ruled out. */
  passes: boolean;
}

export interface PromptScore {
  /** 0–100, integer. */
  score: number;
  level: Level;
  lang: Lang;
  criteria: Record<CriterionId, CriterionResult>;
  strengths: Localized[];
  improvement: { criterion: CriterionId; message: Localized } | null;
  fix: PromptFix;
  flags: PromptFlags;
  taskFit: TaskFitSummary | null;
  /** Contradictions found, each with the two places that disagree. */
  contradictions: { message: Localized; evidence: [Evidence, Evidence] }[];
  /**
   * No personal identifier nor harmful use, every required criterion (the exercise's `required`, and always `goal`)
   * at 2 or more, and a score of at least PASS_SCORE (60).
   */
  passed: boolean;
}

export interface ScoreOptions {
  lang?: Lang;
  exercise?: Exercise;
  context?: ContextFeatures;
  /** The tenant's charter: its own words are quoted when coaching responsible use. */
  charter?: Charter;
}

/** Points taken off the total when the prompt is bloated: padding must cost something. */
export const BLOAT_PENALTY = 10;
/** Ceiling for a prompt that asks for another deliverable than the exercise's. */
export const OFF_TASK_CAP = 40;
/** Ceiling for word salad, and points taken off below it. */
export const INCOHERENT_CAP = 35;
export const INCOHERENT_PENALTY = 15;
/** Ceiling for a self-contradicting prompt, and points taken off below it. */
export const CONTRADICTION_CAP = 45;
export const CONTRADICTION_PENALTY = 15;
/** Points taken off when none of the exercise's expected elements is named (in proportion otherwise). */
export const MISSING_ELEMENTS_PENALTY = 15;
/** Points taken off when the exercise names an audience and the prompt does not. */
export const MISSING_AUDIENCE_PENALTY = 5;
/** Points taken off, in proportion, as clauses that carry nothing grow past a fifth of the prompt. */
export const EMPTY_TALK_PENALTY = 40;
/** Points taken off, and a ceiling, when the prompt works only on another kind of material. */
export const OTHER_MATERIAL_PENALTY = 10;
export const OTHER_MATERIAL_CAP = 45;
/** Points per emphasis word or "!" past the second, up to a maximum. */
export const EMPHASIS_PENALTY = 3;
export const EMPHASIS_PENALTY_MAX = 15;
/** Points taken off for each thing the exercise rules out that the prompt asks for. */
export const RULED_OUT_PENALTY = 10;

/**
 * Scores a prompt against the rubric. Pure, deterministic and linear in the prompt's length, so the
 * task pane can run it on every keystroke.
 *
 * Total = Σ weightᵢ·scoreᵢ/3 ÷ Σ weightᵢ × 100 over the seven scored criteria, minus BLOAT_PENALTY
 * when bloated. Safety is a gate: any personal identifier (NIR, IBAN, card, phone, email, date of
 * birth) sets safety to 0 and caps the total at PERSONAL_DATA_CAP (40); so does harmful use of
 * sensitive information (people singled out, ranked or penalised by health, age, origin…, or a claim left
 * to the model alone: see harm.ts), coached with the tenant's charter; health terms alone set it to 2
 * without a cap. Keyword stuffing caps every criterion at 1.
 */
export function scorePrompt(prompt: string, options: ScoreOptions = {}): PromptScore {
  const lang = options.lang ?? detectLanguage(prompt, options.context?.lang ?? "fr").lang;
  const exercise = options.exercise;
  const weights = criterionWeights(exercise);
  const required = [...new Set<CriterionId>(["goal", ...(exercise?.required ?? [])])];

  const folded = foldAccents(prompt);
  const grader = detectGraderAddress(prompt, folded);
  // A sentence addressed to the grader earns nothing: it is blanked before scoring (same length, same offsets).
  const graderSentences = sentencesAround(prompt, grader);
  const first = grader.length > 0 ? analyze(blank(prompt, graderSentences)) : analyze(prompt, folded);
  // A pasted letter is material: its own requests are not the learner's goal.
  // "je vous écris", "I am writing": the sender's verbs, not instructions to the assistant.
  const instructions = goalVerbs(first).filter(
    (v) =>
      ![first.tokens[v.from - 1]?.text, first.tokens[v.from - 2]?.text].some(
        (w) => w !== undefined && SENDER.has(w),
      ),
  );
  const letter = findPastedLetter(prompt, (span) =>
    instructions.some((v) => v.start >= span.start && v.end <= span.end),
  );
  const a = letter ? analyze(blank(prompt, mergeSpans([...graderSentences, letter]))) : first;
  if (letter) a.blocks.push(letter);
  const empty = a.tokens.length === 0;

  const personal = detectPersonalData(prompt);
  const identifiers = personal.filter((p) => p.type !== "HEALTH_TERM");
  const healthTerms = personal.filter((p) => p.type === "HEALTH_TERM");

  const filler = measureFiller(a);
  const bloated = !empty && isBloated(a, filler);
  const keywordStuffing = !empty && isKeywordStuffed(a);

  const taskDefinition = exercise?.taskDefinition;
  const fit = taskDefinition && !empty ? assessTaskFit(a, taskDefinition) : null;
  const breaks = empty ? [] : syntaxBreaks(a);
  const incoherent = !empty && isIncoherent(a, breaks);
  const contradictions = empty ? [] : findContradictions(a);
  const offTask = fit !== null && fit.deliverable === null && fit.otherDeliverable !== null;

  const goal = assessGoal(a);
  // The goal is this exercise's deliverable: a clear request for something else is not a clear goal here,
  // and a wish, a question or indirect speech that names it ("dis-moi…", "I'd like a few lines…") is one.
  // A prompt that names most of what the task expects without the deliverable's word is on task too.
  if (fit && !onTask(fit)) goal.score = Math.min(goal.score, 1);
  else if (fit?.deliverable && goal.score < 2 && (a.hits.get("goal.request")?.length ?? 0) > 0) {
    goal.score = 2;
    goal.evidence.push(fit.deliverable);
  }
  // An email or a list that names neither this exercise's material nor most of what it is about (« une
  // invitation au webinaire » for a coverage refusal) is a generic request here: its goal is not this task's.
  if (fit && fit.material === null && fit.named.length + fit.missing.length >= 2 && coverage(fit) < 0.5)
    goal.score = Math.min(goal.score, 2);
  const assessed: Record<Exclude<CriterionId, "safety">, Assessment> = {
    goal,
    context: assessContext(a),
    source: assessSource(a, options.context),
    expectations: assessExpectations(a),
    audience: assessAudience(a),
    constraints: assessConstraints(a),
    clarity: assessClarity(a, goal, filler, bloated),
  };
  if (fit && onTask(fit)) creditTaskEvidence(assessed, fit);
  if (keywordStuffing) {
    for (const c of Object.values(assessed)) c.score = Math.min(c.score, 1);
    assessed.clarity.score = 0;
  }
  if (incoherent) assessed.clarity.score = 0;
  if (contradictions.length > 0) assessed.clarity.score = Math.min(assessed.clarity.score, 1);
  const ruled = detectHarmfulUse(prompt, folded);
  // What the rules do not name, the learned reading may still fail: its most harmful sentence is quoted.
  const learned = ruled.length === 0 && !empty ? learnedHarm(prompt) : null;
  const harm: HarmFinding[] = learned
    ? [{ ...learned, kind: "sensitive_targeting", evidence: [learned] }]
    : ruled;
  const harmTip = harm.length > 0 ? harmCoaching(harm, options.charter) : null;
  const safety: Assessment = {
    score: identifiers.length > 0 || harm.length > 0 ? 0 : healthTerms.length > 0 ? 2 : 3,
    // Health terms inside a harmful request are quoted with it (below), not located twice.
    evidence: identifiers.length > 0 ? identifiers : harm.length > 0 ? [] : healthTerms,
  };

  const criteria = {} as Record<CriterionId, CriterionResult>;
  for (const id of CRITERIA) {
    const assessment = id === "safety" ? safety : assessed[id];
    const score = (empty && id !== "safety" ? 0 : assessment.score) as CriterionScore;
    criteria[id] = {
      score,
      weight: weights[id],
      evidence:
        id === "safety"
          ? [
              // What makes the use harmful is quoted; personal data is only located.
              ...toEvidence(
                prompt,
                harm.flatMap((h) => h.evidence),
              ),
              ...maskedEvidence(personal.length > 0 ? assessment.evidence : []),
            ].sort((x, y) => x.start - y.start)
          : toEvidence(prompt, assessment.evidence),
      tip:
        empty && id === "goal"
          ? EMPTY_PROMPT_TIP
          : id === "safety" && harmTip
            ? harmTip
            : criterionTip(id, score),
    };
  }

  let score = weightedTotal(criterionScores({ criteria }), weights);
  if (bloated) score -= BLOAT_PENALTY;
  // Words that carry nothing cost in proportion (a few courtesies are free).
  const emptyShare = a.tokens.length >= 12 ? emptyTalkShare(a, fit?.evidence ?? []) : 0;
  score -= EMPTY_TALK_PENALTY * Math.max(0, emptyShare - 0.2);
  // Emphasis and apologies past a couple cost points too ("vraiment parfait, absolument parfait !").
  score -= Math.min(EMPHASIS_PENALTY_MAX, EMPHASIS_PENALTY * Math.max(0, emphasisCount(a) - 2));
  if (fit) {
    score -= MISSING_ELEMENTS_PENALTY * (1 - coverage(fit));
    if (fit.audience === null) score -= MISSING_AUDIENCE_PENALTY;
    score -= RULED_OUT_PENALTY * Math.min(2, fit.violated.length);
    if (fit.otherMaterial) score = Math.min(score - OTHER_MATERIAL_PENALTY, OTHER_MATERIAL_CAP);
    if (offTask) score = Math.min(score, OFF_TASK_CAP);
  }
  if (incoherent) score = Math.min(score - INCOHERENT_PENALTY, INCOHERENT_CAP);
  if (contradictions.length > 0) score = Math.min(score - CONTRADICTION_PENALTY, CONTRADICTION_CAP);
  if (identifiers.length > 0 || harm.length > 0) score = Math.min(score, PERSONAL_DATA_CAP);
  score = empty ? 0 : Math.max(0, Math.min(100, Math.round(score)));

  const scores = criterionScores({ criteria });
  const feedback = {
    scores,
    weights,
    required,
    targets: exercise?.targets ?? [],
    quotes: requestQuotes(prompt, criteria),
    empty,
    keywordStuffing,
    bloated,
  };

  const fix = buildFix({
    prompt,
    lang,
    scores,
    remove: [
      ...graderSentences,
      // A harmful request is not improved: its sentences are dropped from the better version.
      ...sentencesAround(prompt, harm),
      ...paddingToRemove(a, bloated ? [...filler.padding, ...filler.hedges] : filler.padding),
    ],
    replace: identifiers.map((p) => ({ start: p.start, end: p.end, with: placeholder(p.type, lang) })),
    template: empty || keywordStuffing,
    ...(offTask ? { offTask } : {}),
    ...(fit?.otherMaterial ? { otherMaterial: true } : {}),
    ...(fit?.deliverable ? { deliverableAsked: true } : {}),
    // The elements left out are listed when too few are named to pass.
    ...(fit && fit.missing.length > 0 && coverage(fit) <= 0.5 ? { missing: fit.missing } : {}),
    ...(exercise ? { exercise } : {}),
    ...(options.context ? { context: options.context } : {}),
  });

  return {
    score,
    level: levelFor(score),
    lang,
    criteria,
    // Nothing in a harmful prompt is praised; responsible use is the one thing to fix.
    strengths: empty || harmTip ? [] : strengthsOf(feedback),
    improvement: harmTip
      ? {
          criterion: "safety",
          message: {
            fr: `${RUBRIC.safety.label.fr} — ${harmTip.fr}`,
            en: `${RUBRIC.safety.label.en} — ${harmTip.en}`,
          },
        }
      : meaningImprovement(improvementOf(feedback), {
          lang,
          incoherent,
          contradictions,
          fit,
          deliverables: taskDefinition?.deliverable ?? [],
        }),
    fix,
    flags: {
      personalData: personal.length > 0,
      bloated,
      addressesGrader: grader.length > 0,
      keywordStuffing,
      offTask,
      incoherent,
      contradictory: contradictions.length > 0,
      harmfulUse: harm.length > 0,
    },
    taskFit: fit ? summariseFit(fit) : null,
    contradictions: contradictions.map((c) => ({
      message: c.message,
      evidence: [toEvidence(prompt, [c.spans[0]])[0]!, toEvidence(prompt, [c.spans[1]])[0]!],
    })),
    passed:
      identifiers.length === 0 &&
      harm.length === 0 &&
      score >= PASS_SCORE &&
      required.every((c) => scores[c] >= 2) &&
      !incoherent &&
      contradictions.length === 0 &&
      (fit === null || fitPasses(fit)),
  };
}

/**
 * What the exercise's own terms show, the generic lexicon may miss ("this member email", "the
 * ombudsman", "for call-centre advisers"): the task's material is a source, its audience a reader, and
 * most of its elements named make the request specific.
 */
function creditTaskEvidence(
  assessed: Record<Exclude<CriterionId, "safety">, Assessment>,
  fit: TaskFit,
): void {
  const lift = (criterion: Exclude<CriterionId, "safety">, to: number, span: Span | null | undefined) => {
    if (!span || assessed[criterion].score >= to) return;
    assessed[criterion].score = to;
    assessed[criterion].evidence.push(span);
  };
  lift("source", 1, fit.material);
  lift("audience", 2, fit.audience);
  if (fit.named.length >= 2 && coverage(fit) > 0.5) lift("goal", 3, fit.deliverable ?? fit.evidence[0]);
}

function onTask(fit: TaskFit): boolean {
  return fit.deliverable !== null || (fit.otherDeliverable === null && coverage(fit) > 0.5);
}

/** The task fit allows a pass: on task, more than half the elements named, nothing ruled out, own material. */
export function fitPasses(fit: TaskFit): boolean {
  return onTask(fit) && coverage(fit) > 0.5 && fit.violated.length === 0 && !fit.otherMaterial;
}

function both(term: { fr: string; en: string }): Localized {
  return { fr: termLabel(term, "fr"), en: termLabel(term, "en") };
}

function summariseFit(fit: TaskFit): TaskFitSummary {
  return {
    deliverable: onTask(fit),
    otherDeliverable: fit.otherDeliverable ? DELIVERABLE_LABELS[fit.otherDeliverable] : null,
    audience: fit.audience === undefined ? null : fit.audience !== null,
    coverage: coverage(fit),
    missing: fit.missing.map(both),
    violated: fit.violated.map(both),
    otherMaterial: fit.otherMaterial,
    passes: fitPasses(fit),
  };
}

const INCOHERENT_TIP: Localized = {
  fr: "Clarté — Ces mots ne forment pas une demande qui se lit : écrivez en phrases complètes ce que vous voulez obtenir, à partir de quoi et pour qui.",
  en: "Clarity — These words do not read as a request: write in full sentences what you want, from what material and for whom.",
};

/**
 * What the learner should fix first when the prompt does not read as a request or does not ask for
 * this exercise's task. Personal data (safety) keeps precedence.
 */
function meaningImprovement(
  base: PromptScore["improvement"],
  input: {
    lang: Lang;
    incoherent: boolean;
    contradictions: readonly Contradiction[];
    fit: TaskFit | null;
    deliverables: readonly DeliverableKind[];
  },
): PromptScore["improvement"] {
  if (base?.criterion === "safety") return base;
  if (input.incoherent) return { criterion: "clarity", message: INCOHERENT_TIP };
  const contradiction = input.contradictions[0];
  if (contradiction) {
    return {
      criterion: "clarity",
      message: { fr: `Clarté — ${contradiction.message.fr}`, en: `Clarity — ${contradiction.message.en}` },
    };
  }
  const fit = input.fit;
  if (!fit) return base;
  const wanted = input.deliverables[0];
  if (!onTask(fit) && wanted) {
    const label = DELIVERABLE_LABELS[wanted];
    const other = fit.otherDeliverable ? DELIVERABLE_LABELS[fit.otherDeliverable] : null;
    return {
      criterion: "goal",
      message: other
        ? {
            fr: `Objectif — Cet exercice demande ${label.fr} ; votre prompt demande ${other.fr}. Relisez la consigne et demandez ce qu’elle attend.`,
            en: `Goal — This exercise asks for ${label.en}; your prompt asks for ${other.en}. Reread the task and ask for what it expects.`,
          }
        : {
            fr: `Objectif — Dites ce que vous voulez obtenir : cet exercice demande ${label.fr}.`,
            en: `Goal — Say what you want to get: this exercise asks for ${label.en}.`,
          },
    };
  }
  const ruledOut = fit.violated[0];
  if (ruledOut) {
    return {
      criterion: "constraints",
      message: {
        fr: `Contraintes — La consigne exclut ceci : « ${termLabel(ruledOut, "fr")} ».`,
        en: `Constraints — The task rules this out: “${termLabel(ruledOut, "en")}”.`,
      },
    };
  }
  if (fit.otherMaterial) {
    return {
      criterion: "source",
      message: {
        fr: "Source — Votre prompt porte sur un autre support que celui de l’exercice : nommez le document, le courriel ou le tableau que l’exercice vous donne.",
        en: "Source — Your prompt works on other material than the exercise’s: name the document, email or table the exercise gives you.",
      },
    };
  }
  if (coverage(fit) <= 0.5) {
    return {
      criterion: "goal",
      message: {
        fr: `Objectif — Nommez aussi ce que l’exercice attend : ${fit.missing.map((t) => termChoices(t, "fr")).join(" ; ")}.`,
        en: `Goal — Also name what the exercise expects: ${fit.missing.map((t) => termChoices(t, "en")).join("; ")}.`,
      },
    };
  }
  return base;
}

/** The 0–3 score of each criterion. */
export function criterionScores(result: Pick<PromptScore, "criteria">): CriterionScores {
  return Object.fromEntries(CRITERIA.map((c) => [c, result.criteria[c].score])) as CriterionScores;
}

/**
 * Σ weightᵢ·scoreᵢ/3 ÷ Σ weightᵢ × 100 over the scored criteria (safety is a gate, never summed), unrounded.
 * Shared with the LLM judge so both totals follow one rule.
 */
export function weightedTotal(
  scores: Readonly<Record<CriterionId, number>>,
  weights: Readonly<Record<CriterionId, number>>,
): number {
  let total = 0;
  let weightSum = 0;
  for (const id of CRITERIA) {
    if (id === "safety") continue;
    total += (weights[id] * Math.max(0, Math.min(3, scores[id] ?? 0))) / 3;
    weightSum += weights[id];
  }
  return weightSum > 0 ? (total / weightSum) * 100 : 0;
}

/** Each criterion's weight: the rubric default times the exercise's multiplier. */
export function criterionWeights(exercise?: Pick<Exercise, "weights">): Record<CriterionId, number> {
  const weights = {} as Record<CriterionId, number>;
  for (const c of CRITERIA) weights[c] = RUBRIC[c].weight * (exercise?.weights?.[c] ?? 1);
  return weights;
}

const SENDER = new Set(["je", "j", "nous", "i", "we", "am"]);

/** Replaces sorted, disjoint spans with spaces (offsets stay valid). */
function blank(text: string, spans: readonly Span[]): string {
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + " ".repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * What the fix drops: a padding phrase's whole clause ("…, it is very important to me,") when the
 * clause carries nothing else the rubric counts; otherwise the phrase alone.
 */
function paddingToRemove(a: Analysis, filler: readonly Span[]): Span[] {
  const useful: Span[] = [];
  for (const [tag, hits] of a.hits) if (!tag.startsWith("clarity.")) useful.push(...hits);
  return filler.map((span) => {
    const clause = clauseOf(a.prompt, span);
    const carries = useful.some(
      (h) => h.start < clause.end && clause.start < h.end && (h.end <= span.start || h.start >= span.end),
    );
    return carries ? span : clause;
  });
}

function toEvidence(prompt: string, spans: readonly Span[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const s of spans) {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: prompt.slice(s.start, s.end), start: s.start, end: s.end });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Personal data is located, never copied: the evidence text names the type, the span marks the place. */
function maskedEvidence(findings: readonly (Span & { type?: string })[]): Evidence[] {
  return findings.map((f) => ({ text: `[${f.type ?? "PERSONAL_DATA"}]`, start: f.start, end: f.end }));
}

/** What stands in the better version where the learner wrote personal data: its kind, in words. */
function placeholder(type: string, lang: Lang): string {
  const label = (PERSONAL_DATA_LABELS as Partial<Record<string, Localized>>)[type];
  return `[${label?.[lang] ?? (lang === "fr" ? "donnée personnelle" : "personal data")}]`;
}

/**
 * Rubric words listed instead of sentences: mostly rubric terms, or almost no function words while
 * most words are cue words, or one word repeated over and over.
 */
function isKeywordStuffed(a: Analysis): boolean {
  const n = a.tokens.length;
  if (n < 4) return false;
  if (a.metaTerms >= 3 && a.metaTerms / n >= 0.3) return true;
  const covered = new Uint8Array(n);
  for (const hits of a.hits.values())
    for (const h of hits) for (let k = h.from; k < h.to; k++) covered[k] = 1;
  let cue = 0;
  for (let k = 0; k < n; k++) cue += covered[k] as number;
  if (n >= 6 && a.functionWords / n < 0.1 && (cue + a.metaTerms) / n >= 0.5) return true;
  // Prose is about 40% function words; only text short of them can be one word repeated.
  if (a.functionWords / n >= 0.3) return false;
  const counts = new Map<string, number>();
  let most = 0;
  for (const t of a.tokens) {
    if (FUNCTION_WORDS.has(t.text)) continue;
    const c = (counts.get(t.text) ?? 0) + 1;
    counts.set(t.text, c);
    if (c > most) most = c;
  }
  return most >= 5 && most / n >= 0.25;
}
