import { RUBRIC } from "../../core/rubric";
import type { CriterionId, Lang } from "../../core/types";

/** A criterion's name, from the rubric: the pane, the feedback and the results sheet say the same word. */
export function criterionLabel(criterion: CriterionId, lang: Lang): string {
  return RUBRIC[criterion].label[lang];
}
