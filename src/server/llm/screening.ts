import type { ChatContext, ChatHistory, PersonalDataPosition } from "../../core/api/llm";
import {
  screenRequestTexts,
  type ConversationTurn,
  type FieldFinding,
  type PersonalDataType,
  type PrivacyPolicy,
  type RequestTexts,
} from "../../core/privacy";
import type { Lang } from "../../core/types";
import type { ScreenedContext } from "./messages";

/** What the privacy guard decided for one chat request, across every text that would reach the model. */
export interface ChatScreening {
  /** What stops the request: blocked types, health beside an exposed identifier, unmasked values. */
  blocked: PersonalDataPosition[];
  redacted: PersonalDataPosition[];
  warnings: PersonalDataPosition[];
  /** Texts to send, with redactions applied (meaningless when `blocked` is not empty). */
  prompt: string;
  context: ScreenedContext | undefined;
  /** Earlier turns of a follow-up, redactions applied. */
  history: ConversationTurn[];
}

const position = (f: FieldFinding): PersonalDataPosition => ({
  field: f.field,
  ...(f.turn !== undefined ? { turn: f.turn } : {}),
  type: f.type,
  start: f.start,
  end: f.end,
});

/**
 * Applies the tenant's privacy policy to every text of the request that reaches the model: the prompt,
 * the document's text, its title and its kind, and in a follow-up every earlier turn (the first
 * prompt and the model's answers, which must carry the same placeholders). The API never holds real values for placeholders, so
 * a value the policy says to pseudonymise must arrive masked (the task pane does it); one that does
 * not stops the request. Redactions are applied here too, whoever sent the request.
 */
export function screenChatRequest(
  input: { prompt: string; context?: ChatContext; history?: ChatHistory },
  policy: PrivacyPolicy,
  lang: Lang,
): ChatScreening {
  const texts: RequestTexts = { prompt: input.prompt };
  if (input.context) {
    texts.context = input.context.text;
    if (input.context.title !== undefined) texts.title = input.context.title;
    if (input.context.kind !== undefined) texts.kind = input.context.kind;
  }
  const screened = screenRequestTexts(texts, policy, {
    lang,
    pseudonymise: false,
    ...(input.history ? { history: input.history } : {}),
  });
  const context = input.context;
  return {
    blocked: screened.blocked.map((f) => ({ ...position(f), rule: f.rule })),
    redacted: screened.redacted.map(position),
    warnings: screened.warnings.map(position),
    prompt: screened.texts.prompt ?? input.prompt,
    context: context
      ? {
          text: screened.texts.context ?? context.text,
          ...(context.title !== undefined ? { title: screened.texts.title ?? context.title } : {}),
          ...(context.kind !== undefined ? { kind: context.kind } : {}),
          ...(context.host !== undefined ? { host: context.host } : {}),
        }
      : undefined,
    history: screened.history,
  };
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
