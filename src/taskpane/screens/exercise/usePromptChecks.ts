import { useMemo } from "react";
import { MAX_PROMPT_CHARS } from "../../../core/api/llm";
import type { Charter } from "../../../core/api/me";
import type { Exercise } from "../../../core/catalog/schema";
import { applyPrivacyPolicy, PERSONAL_DATA_LABELS } from "../../../core/privacy";
import { scorePrompt } from "../../../core/scorer";
import type { ContextFeatures, HostContext } from "../../../core/types";
import type { Highlight } from "../../components/HighlightedText";
import type { MeterScore } from "../../components/PromptMeter";
import { usePromptLength } from "../../components/PromptLength";
import { useDebouncedValue } from "../../hooks/useDebouncedValue";
import { useI18n } from "../../i18n/I18nProvider";
import { runRequest } from "../../privacy/protect";
import { usePrivacyPolicy } from "../../privacy/usePrivacyPolicy";

/**
 * What the pane knows about a prompt before anything leaves it: its length, the live score, the tenant's
 * privacy verdict and the spans to highlight (local findings plus any the server refused on the last run).
 */
export function usePromptChecks(
  prompt: string,
  opts: {
    exercise: Exercise;
    context: HostContext;
    features: ContextFeatures;
    charter?: Charter | undefined;
    /** Spans the server refused on the last run, shown beside the local findings. */
    serverSpans: readonly Highlight[];
  },
) {
  const { exercise, context, features, charter, serverSpans } = opts;
  const { lang } = useI18n();
  const tenantPrivacy = usePrivacyPolicy();
  const length = usePromptLength(prompt);

  // The scorer and the privacy guard run locally, ~150 ms after the last keystroke.
  const settledPrompt = useDebouncedValue(prompt, 150);
  const live = useMemo<MeterScore | null>(
    // Past the limit the prompt cannot be run or submitted: no live score that the API would never give.
    () =>
      settledPrompt.trim() && settledPrompt.length <= MAX_PROMPT_CHARS
        ? scorePrompt(settledPrompt, { lang, exercise, context: features, ...(charter ? { charter } : {}) })
        : null,
    [settledPrompt, lang, exercise, features, charter],
  );
  // Privacy is checked on the current text, not the debounced one: Run must never see stale findings.
  const privacy = useMemo(
    () => applyPrivacyPolicy(prompt, tenantPrivacy.policy, { lang, field: "prompt" }),
    [prompt, lang, tenantPrivacy.policy],
  );
  // What a Run would send, before masking: the preview shows how the tenant's policy masks it.
  const previewRequest = useMemo(
    () => runRequest({ exerciseId: exercise.id, lang, prompt: settledPrompt, context, features }),
    [exercise.id, lang, settledPrompt, context, features],
  );
  const blocked = privacy.action === "block";
  const highlights: Highlight[] = useMemo(() => {
    const blockedKeys = new Set(privacy.blocked.map((f) => `${f.start}:${f.end}`));
    const local = privacy.findings.map((f) => ({
      start: f.start,
      end: f.end,
      label: PERSONAL_DATA_LABELS[f.type][lang],
      severity: blockedKeys.has(`${f.start}:${f.end}`) ? ("block" as const) : ("warn" as const),
    }));
    return [...local, ...serverSpans.filter((s) => s.end <= prompt.length)];
  }, [privacy, serverSpans, prompt.length, lang]);
  /** Names of the kinds of personal data found, once each, in the pane's language. */
  const findingTypes = [...new Set(privacy.findings.map((f) => PERSONAL_DATA_LABELS[f.type][lang]))];

  return {
    length,
    settledPrompt,
    live,
    privacy,
    blocked,
    previewRequest,
    highlights,
    findingTypes,
    tenantPrivacy,
    /** Run and Submit accept the prompt: not empty, not over the limit, nothing blocked. */
    sendable: !blocked && prompt.trim() !== "" && !length.over,
  };
}
