import { useEffect, useState } from "react";
import type { Exercise } from "../../../core/catalog/schema";
import { scorePrompt } from "../../../core/scorer";
import type { ContextFeatures, HostContext } from "../../../core/types";
import type { AttemptResult, AttemptSubmission } from "../../api/types";
import type { MeterScore } from "../../components/PromptMeter";
import type { SelfReportValue } from "../../components/SelfReport";
import { useI18n } from "../../i18n/I18nProvider";
import { saveDraft } from "../../lib/drafts";
import { newAttemptId } from "../../lib/text";
import { useServices } from "../../state/services";

export type SubmitState =
  | { status: "idle" }
  | { status: "submitting" }
  | { status: "recorded"; result: AttemptResult }
  | { status: "queued"; local: MeterScore }
  | { status: "failed"; problem: unknown };

export interface Try {
  id: string;
  prompt: string;
  score: number;
  queued: boolean;
}

/**
 * One attempt at an exercise and the tries before it: its identity and start time, the learner's
 * self-report, sending it (or queueing it offline with a local score), and the official score of a queued
 * try once it is delivered.
 */
export function useSubmission(opts: {
  exercise: Exercise;
  context: HostContext;
  features: ContextFeatures;
  onRecorded: () => void;
}) {
  const { exercise, context, features } = opts;
  const { lang } = useI18n();
  const { queue, host } = useServices();

  const [attemptId, setAttemptId] = useState(newAttemptId);
  const [startedAt, setStartedAt] = useState(() => new Date().toISOString());
  const [submit, setSubmit] = useState<SubmitState>({ status: "idle" });
  const [selfReport, setSelfReport] = useState<SelfReportValue>({});
  const [tries, setTries] = useState<Try[]>([]);

  // A queued try delivered later gets its official score (and its feedback, if it is still on screen).
  useEffect(
    () =>
      queue.onDelivered((delivered, recorded) => {
        setTries((list) =>
          list.map((tr) =>
            tr.id === delivered.id ? { ...tr, score: recorded.attempt.score, queued: false } : tr,
          ),
        );
        if (delivered.id === attemptId) {
          setSubmit((current) =>
            current.status === "queued" ? { status: "recorded", result: recorded.attempt } : current,
          );
        }
      }),
    [queue, attemptId],
  );

  /** Sends the attempt; the caller has checked that the prompt may be sent. */
  const send = async (prompt: string, modelAnswer: string) => {
    setSubmit({ status: "submitting" });
    const attempt: AttemptSubmission = {
      id: attemptId,
      exerciseId: exercise.id,
      host: host.host,
      mode: context.mode,
      lang,
      prompt,
      ...(modelAnswer ? { output: modelAnswer } : {}),
      startedAt,
      submittedAt: new Date().toISOString(),
      features,
      ...(selfReport.minutesSaved !== undefined || selfReport.usefulness !== undefined ? { selfReport } : {}),
    };
    try {
      const outcome = await queue.submit(attempt);
      if (outcome.status === "sent") {
        saveDraft(exercise.id, "");
        setSubmit({ status: "recorded", result: outcome.feedback.attempt });
        setTries((list) => [
          ...list,
          { id: attempt.id, prompt, score: outcome.feedback.attempt.score, queued: false },
        ]);
        opts.onRecorded();
      } else {
        const local = scorePrompt(prompt, { lang, exercise, context: features });
        setSubmit({ status: "queued", local });
        setTries((list) => [...list, { id: attempt.id, prompt, score: local.score, queued: true }]);
      }
    } catch (err) {
      setSubmit({ status: "failed", problem: err });
    }
  };

  /** A new attempt: new identity and start time, no self-report; the tries so far stay. */
  const reset = () => {
    setAttemptId(newAttemptId());
    setStartedAt(new Date().toISOString());
    setSubmit({ status: "idle" });
    setSelfReport({});
  };

  return {
    attemptId,
    submit,
    selfReport,
    setSelfReport,
    tries,
    /** The prompt can no longer be edited: the attempt is sent, queued or on its way. */
    locked: submit.status === "recorded" || submit.status === "queued" || submit.status === "submitting",
    send,
    reset,
  };
}
