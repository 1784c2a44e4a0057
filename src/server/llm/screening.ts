import type { ChatContext, PersonalDataPosition } from "../../core/api/llm";
import {
  applyPrivacyPolicy,
  type PersonalDataFinding,
  type PersonalDataType,
  type PrivacyPolicy,
} from "../../core/privacy";
import type { ScreenedContext } from "./messages";

type Field = PersonalDataPosition["field"];

/** What the privacy guard decided for one chat request, across the prompt and the document. */
export interface ChatScreening {
  blocked: PersonalDataPosition[];
  redacted: PersonalDataPosition[];
  warnings: PersonalDataPosition[];
  /** Texts to send, with redactions applied (meaningless when `blocked` is not empty). */
  prompt: string;
  context: ScreenedContext | undefined;
}

const at =
  (field: Field) =>
  (f: PersonalDataFinding): PersonalDataPosition => ({
    field,
    type: f.type,
    start: f.start,
    end: f.end,
  });

/** Applies the tenant's privacy policy to every text of the request that would reach the model. */
export function screenChatRequest(
  input: { prompt: string; context?: ChatContext },
  policy: PrivacyPolicy,
): ChatScreening {
  const screening: ChatScreening = {
    blocked: [],
    redacted: [],
    warnings: [],
    prompt: input.prompt,
    context: undefined,
  };
  const screen = (field: Field, text: string): string => {
    const decision = applyPrivacyPolicy(text, policy);
    screening.blocked.push(...decision.blocked.map(at(field)));
    screening.redacted.push(...decision.redactions.map(at(field)));
    screening.warnings.push(...decision.warnings.map(at(field)));
    return decision.redactedText;
  };
  screening.prompt = screen("prompt", input.prompt);
  if (input.context) {
    const { text, title, kind, host } = input.context;
    screening.context = {
      text: screen("context", text),
      ...(title !== undefined ? { title: screen("title", title) } : {}),
      ...(kind !== undefined ? { kind } : {}),
      ...(host !== undefined ? { host } : {}),
    };
  }
  return screening;
}

/** Types in first-seen order and counts per type: what the audit log and the 422 may say. */
export function summarizePositions(positions: readonly PersonalDataPosition[]): {
  types: PersonalDataType[];
  counts: Partial<Record<PersonalDataType, number>>;
} {
  const counts: Partial<Record<PersonalDataType, number>> = {};
  for (const p of positions) counts[p.type] = (counts[p.type] ?? 0) + 1;
  return { types: Object.keys(counts) as PersonalDataType[], counts };
}
