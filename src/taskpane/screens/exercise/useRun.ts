import { useRef, useState } from "react";
import type { Exercise } from "../../../core/catalog/schema";
import type { ContextFeatures, HostContext } from "../../../core/types";
import { ApiProblem } from "../../api/problem";
import type { Highlight } from "../../components/HighlightedText";
import type { FollowUpBase } from "../../hooks/useFollowUp";
import { useI18n } from "../../i18n/I18nProvider";
import { newAttemptId } from "../../lib/text";
import { runRequest, type MaskingSummary } from "../../privacy/protect";
import { typeLabel } from "../../privacy/texts";
import { usePrivateRun } from "../../privacy/usePrivateRun";

export type RunState =
  | { status: "idle" }
  | { status: "streaming" }
  | { status: "done" }
  | { status: "stopped" }
  | { status: "failed"; problem: unknown };

/**
 * Running a prompt against the model: the streamed answer as shown (real values put back), the answer as
 * the model wrote it (placeholders, what an attempt carries), masking, stop, and the spans the server
 * refused when it blocked personal data.
 */
export function useRun(opts: { exercise: Exercise; context: HostContext; features: ContextFeatures }) {
  const { exercise, context, features } = opts;
  const { lang } = useI18n();
  const privateRun = usePrivateRun();

  const [answer, setAnswer] = useState("");
  const [run, setRun] = useState<RunState>({ status: "idle" });
  const [serverSpans, setServerSpans] = useState<Highlight[]>([]);
  const [masking, setMasking] = useState<MaskingSummary | null>(null);
  // The answer as the model wrote it (placeholders, not real values): what an attempt carries.
  const [modelAnswer, setModelAnswer] = useState("");
  // The finished Run that follow-ups refine (its pseudonyms stay in the pane).
  const [followUpBase, setFollowUpBase] = useState<FollowUpBase | null>(null);
  const abort = useRef<AbortController | null>(null);

  /** Streams the model's answer to `prompt`; the caller has checked that the prompt may be sent. */
  const start = async (prompt: string) => {
    const controller = new AbortController();
    abort.current = controller;
    setAnswer("");
    setServerSpans([]);
    setMasking(null);
    setModelAnswer("");
    setFollowUpBase(null);
    setRun({ status: "streaming" });
    try {
      // An iterate or verify exercise's given turn goes first: the prompt follows it up.
      const request = runRequest({
        exerciseId: exercise.id,
        lang,
        prompt,
        context,
        features,
        followUpOf: exercise.followUpOf,
      });
      const result = await privateRun(request, lang, {
        signal: controller.signal,
        knownNames: context.meta.people,
        onChunk: (text) => setAnswer((a) => a + text),
        onMasked: setMasking,
        // Kept as it streams, so a stopped answer is submitted as far as it went.
        onModelText: (text) => setModelAnswer((a) => a + text),
      });
      if (result.modelAnswer.trim()) setFollowUpBase({ id: newAttemptId(), request, ...result });
      setRun({ status: "done" });
    } catch (err) {
      if (controller.signal.aborted) {
        setRun({ status: "stopped" });
        return;
      }
      if (err instanceof ApiProblem && err.code === "personal_data_blocked") {
        setServerSpans(
          err.positions
            .filter((p) => (p.field ?? "prompt") === "prompt")
            .map((p) => ({
              start: p.start,
              end: p.end,
              label: typeLabel(p.type, lang),
              severity: "block" as const,
            })),
        );
      }
      setRun({ status: "failed", problem: err });
    } finally {
      abort.current = null;
    }
  };

  const stop = () => abort.current?.abort();

  /** Back to no run: a new try starts from an empty answer. */
  const reset = () => {
    setRun({ status: "idle" });
    setAnswer("");
    setModelAnswer("");
    setFollowUpBase(null);
    setMasking(null);
    setServerSpans([]);
  };

  return {
    run,
    answer,
    modelAnswer,
    followUpBase,
    masking,
    serverSpans,
    streaming: run.status === "streaming",
    start,
    stop,
    reset,
    dismissFailure: () => setRun({ status: "idle" }),
  };
}
