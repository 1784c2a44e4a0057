import { can } from "../../core/auth/policy";
import type { Exercise } from "../../core/catalog/schema";
import type { ContextFeatures, HostContext } from "../../core/types";
import type { Me, Recommendation } from "../api/types";

export type Screen =
  "onboarding" | "home" | "exercise" | "progress" | "useCases" | "library" | "results" | "charter";

export interface AppState {
  me: Me | null;
  context: HostContext | null;
  features: ContextFeatures | null;
  recommendation: Recommendation | null;
  /** Loading, or the problem that stopped the recommendation. */
  recommendationStatus: "idle" | "loading" | "ready" | "none" | "failed";
  recommendationProblem: unknown;
  exercise: Exercise | null;
  /** Counts exercise starts: starting again (even the same exercise) begins with a clean slate. */
  exerciseRun: number;
  screen: Screen;
  pending: number;
  /** Bumped after each recorded attempt so Progress and Home refetch. */
  attemptsVersion: number;
  /** The passed exercise the "I used AI for this" form was opened from, if any. */
  proposeFrom: string | null;
  /** A library prompt for the open exercise's prompt box, until the exercise screen takes it. */
  promptToUse: string | null;
  /** The exercise a library prompt closed because the prompt belongs to another one (the pane says so). */
  switchedFrom: Exercise | null;
}

export type AppAction =
  | {
      type: "loaded";
      me: Me;
      context: HostContext;
      features: ContextFeatures;
      /** The exercise that was open before a reload: the pane comes back to it. */
      openExercise?: Exercise | null;
    }
  | { type: "me"; me: Me }
  | { type: "context"; context: HostContext; features: ContextFeatures }
  | { type: "recommending" }
  | { type: "recommended"; recommendation: Recommendation | null }
  | { type: "recommendFailed"; problem: unknown }
  | { type: "start"; exercise: Exercise }
  /** A library prompt: into the open exercise when it is `exercise`, else `exercise` starts with it. */
  | { type: "usePrompt"; exercise: Exercise; text: string }
  | { type: "promptTaken" }
  | { type: "navigate"; screen: Screen }
  | { type: "proposeUseCase"; exerciseId: string }
  | { type: "pending"; count: number }
  | { type: "attemptRecorded" };

export const initialAppState: AppState = {
  me: null,
  context: null,
  features: null,
  recommendation: null,
  recommendationStatus: "idle",
  recommendationProblem: null,
  exercise: null,
  exerciseRun: 0,
  screen: "home",
  pending: 0,
  attemptsVersion: 0,
  proposeFrom: null,
  promptToUse: null,
  switchedFrom: null,
};

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case "loaded": {
      const resume = action.me.charterAccepted && action.openExercise ? action.openExercise : null;
      return {
        ...state,
        me: action.me,
        context: action.context,
        features: action.features,
        ...(resume ? { exercise: resume, exerciseRun: state.exerciseRun + 1 } : {}),
        screen: !action.me.charterAccepted ? "onboarding" : resume ? "exercise" : "home",
      };
    }
    case "me":
      return {
        ...state,
        // A charter accepted in this session stays accepted, whatever an older answer says.
        me:
          state.me?.charterAccepted &&
          !action.me.charterAccepted &&
          state.me.charterVersionAccepted === action.me.charter.version
            ? { ...action.me, charterAccepted: true, charterVersionAccepted: state.me.charterVersionAccepted }
            : action.me,
        screen: state.screen === "onboarding" && action.me.charterAccepted ? "home" : state.screen,
      };
    case "context": {
      // Another host or item (preview switcher, Outlook's next email): the open exercise no longer applies.
      const moved =
        action.context.host !== state.context?.host || action.context.mode !== state.context?.mode;
      return {
        ...state,
        context: action.context,
        features: action.features,
        ...(moved ? { exercise: null, screen: state.screen === "exercise" ? "home" : state.screen } : {}),
      };
    }
    case "recommending":
      return { ...state, recommendationStatus: "loading", recommendationProblem: null };
    case "recommended":
      return {
        ...state,
        recommendation: action.recommendation,
        recommendationStatus: action.recommendation ? "ready" : "none",
      };
    case "recommendFailed":
      return { ...state, recommendationStatus: "failed", recommendationProblem: action.problem };
    case "start":
      return {
        ...state,
        exercise: action.exercise,
        exerciseRun: state.exerciseRun + 1,
        screen: "exercise",
        promptToUse: null,
        switchedFrom: null,
      };
    case "usePrompt":
      // The open exercise keeps its tries: only its prompt box changes.
      if (state.exercise?.id === action.exercise.id)
        return { ...state, screen: "exercise", promptToUse: action.text, switchedFrom: null };
      return {
        ...state,
        exercise: action.exercise,
        exerciseRun: state.exerciseRun + 1,
        screen: "exercise",
        promptToUse: action.text,
        switchedFrom: state.exercise,
      };
    case "promptTaken":
      return { ...state, promptToUse: null };
    case "navigate":
      // The charter gates the learner's screens; pilot leads and admins reach the results without it.
      if (
        state.me &&
        !state.me.charterAccepted &&
        !(action.screen === "results" && can(state.me, "results.read"))
      )
        return { ...state, screen: "onboarding" };
      return { ...state, screen: action.screen, proposeFrom: null, switchedFrom: null };
    case "proposeUseCase":
      return { ...state, screen: "useCases", proposeFrom: action.exerciseId };
    case "pending":
      return { ...state, pending: action.count };
    case "attemptRecorded":
      return { ...state, attemptsVersion: state.attemptsVersion + 1 };
  }
}
