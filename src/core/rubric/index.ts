// The rubric's criteria and labels (criteria.ts, light enough for the pane's first screen) and its coaching.
export * from "./criteria";
export { TIPS, STRENGTHS, EMPTY_PROMPT_TIP, criterionTip } from "./tips";
