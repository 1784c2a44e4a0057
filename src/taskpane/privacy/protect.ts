import {
  detectionOptions,
  detectPersonalData,
  peopleAmong,
  screenRequestTexts,
  type PersonalDataFinding,
  type PersonalDataType,
  type PrivacyPolicy,
  type PseudonymTable,
  type RequestScreening,
} from "../../core/privacy";
import type { ContextFeatures, HostContext, Lang, Localized } from "../../core/types";
import type { ChatRequest } from "../api/types";

/** The text of the open item the model may use: its text, or its first table as tab-separated rows. */
export function contextText(context: HostContext): string {
  if (context.text.trim()) return context.text;
  return context.tables[0]?.rows.map((row) => row.join("\t")).join("\n") ?? "";
}

/**
 * The request a Run would send, before the privacy guard: the prompt and the open item, and for an
 * exercise that gives a first turn (iterate, verify) that turn, so the prompt follows it up.
 */
export function runRequest(input: {
  exerciseId: string;
  lang: Lang;
  prompt: string;
  context: HostContext;
  features: ContextFeatures;
  followUpOf?: { prompt: Localized; answer: Localized };
}): ChatRequest {
  const { context, followUpOf } = input;
  return {
    ...(followUpOf
      ? {
          history: [
            { role: "user" as const, content: followUpOf.prompt[input.lang] },
            { role: "assistant" as const, content: followUpOf.answer[input.lang] },
          ],
        }
      : {}),
    exerciseId: input.exerciseId,
    lang: input.lang,
    prompt: input.prompt,
    context: {
      host: context.host,
      mode: context.mode,
      ...(context.title ? { title: context.title.slice(0, 500) } : {}),
      text: contextText(context),
      kind: input.features.kind,
    },
  };
}

export interface ProtectedRequest {
  /** What may be sent: every text masked as the policy says (meaningless when blocked). */
  request: ChatRequest;
  screening: RequestScreening;
}

/**
 * Applies the tenant's policy to a Run in the pane: what must be pseudonymised is replaced by
 * placeholders recorded in `screening.pseudonyms`, which stays here to restore the answer. A
 * follow-up passes the table of its first Run, so each person keeps the placeholder the model
 * already knows; its earlier turns (the model's answers, placeholders and all) are screened too.
 */
export function protectRequest(
  request: ChatRequest,
  policy: PrivacyPolicy,
  lang: Lang,
  knownNames?: readonly string[],
  pseudonyms?: PseudonymTable,
): ProtectedRequest {
  const screening = screenRequestTexts(
    {
      prompt: request.prompt,
      ...(request.context
        ? {
            context: request.context.text,
            ...(request.context.title !== undefined ? { title: request.context.title } : {}),
            ...(request.context.kind !== undefined ? { kind: request.context.kind } : {}),
          }
        : {}),
    },
    policy,
    {
      lang,
      pseudonymise: true,
      detect: cachedDetection(policy, knownNames),
      ...(pseudonyms ? { pseudonyms } : {}),
      ...(request.history ? { history: request.history } : {}),
    },
  );
  const { texts } = screening;
  return {
    screening,
    request: {
      ...request,
      prompt: texts.prompt ?? request.prompt,
      ...(request.context
        ? {
            context: {
              ...request.context,
              text: texts.context ?? request.context.text,
              ...(request.context.title !== undefined ? { title: texts.title ?? request.context.title } : {}),
            },
          }
        : {}),
      ...(request.history ? { history: screening.history } : {}),
    },
  };
}

// The preview screens the request again at each pause in typing; the document rarely changes, so
// its findings are kept for the last policy and people seen (a handful of texts, nothing stored).
let cache: { policy: PrivacyPolicy; names: string; findings: Map<string, PersonalDataFinding[]> } | null =
  null;
const CACHED_TEXTS = 8;

function cachedDetection(policy: PrivacyPolicy, knownNames?: readonly string[]) {
  const names = (knownNames ?? []).join("\u0000");
  if (!cache || cache.policy !== policy || cache.names !== names) {
    cache = { policy, names, findings: new Map() };
  }
  const current = cache;
  const options = detectionOptions(policy, peopleAmong(knownNames ?? []));
  return (text: string): PersonalDataFinding[] => {
    const known = current.findings.get(text);
    if (known) return known;
    const found = detectPersonalData(text, options);
    if (current.findings.size >= CACHED_TEXTS) current.findings.clear();
    current.findings.set(text, found);
    return found;
  };
}

/** What a Run masked, per type: the note under the answer and the preview say it in words. */
export interface MaskingSummary {
  pseudonymised: Partial<Record<PersonalDataType, number>>;
  redacted: Partial<Record<PersonalDataType, number>>;
  /** Health information sent as it is (its people masked). */
  health: number;
}

export function summarizeMasking(screening: RequestScreening): MaskingSummary {
  const count = (list: ReadonlyArray<{ type: PersonalDataType }>) => {
    const out: Partial<Record<PersonalDataType, number>> = {};
    for (const f of list) out[f.type] = (out[f.type] ?? 0) + 1;
    return out;
  };
  return {
    // A value named twice is one placeholder: count placeholders, not occurrences.
    pseudonymised: count(screening.pseudonyms.entries()),
    redacted: count(screening.redacted),
    health: screening.warnings.filter((w) => w.type === "HEALTH_TERM").length,
  };
}

export function maskedCount(summary: MaskingSummary): number {
  const sum = (r: Partial<Record<string, number>>) =>
    Object.values(r).reduce<number>((n, v) => n + (v ?? 0), 0);
  return sum(summary.pseudonymised) + sum(summary.redacted);
}
