import {
  Button,
  Field,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
  MessageBar,
  MessageBarBody,
} from "@fluentui/react-components";
// Named icon imports only: each icon is its own small module, so the bundle carries just these.
import { ArrowCounterclockwiseRegular, PlayRegular, SendRegular, StopRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import { MAX_PROMPT_CHARS } from "../../core/api/llm";
import type { Charter } from "../../core/api/me";
import type { Exercise } from "../../core/catalog/schema";
import { applyPrivacyPolicy, PERSONAL_DATA_LABELS } from "../../core/privacy";
import { scorePrompt } from "../../core/scorer";
import type { ContextFeatures, HostContext } from "../../core/types";
import { ApiProblem } from "../api/problem";
import type { AttemptResult, AttemptSubmission } from "../api/types";
import { FeedbackPanel } from "../components/FeedbackPanel";
import { Thumbs } from "../components/Thumbs";
import { HighlightedText, type Highlight } from "../components/HighlightedText";
import { MaskedAnswerNote } from "../components/MaskedAnswerNote";
import { MaskingPreview } from "../components/MaskingPreview";
import { PrivacyBlockNotice } from "../components/PrivacyBlockNotice";
import { ProblemMessage } from "../components/ProblemMessage";
import { PromptMeter, type MeterScore } from "../components/PromptMeter";
import { PromptLength, usePromptLength } from "../components/PromptLength";
import { PromptSlots } from "../components/library/PromptSlots";
import { SavePrompt } from "../components/library/SavePrompt";
import { SelfReport, type SelfReportValue } from "../components/SelfReport";
import { useDebouncedValue } from "../hooks/useDebouncedValue";
import { useI18n } from "../i18n/I18nProvider";
import { loadDraft, saveDraft } from "../lib/drafts";
import { newAttemptId } from "../lib/text";
import { runRequest, type MaskingSummary } from "../privacy/protect";
import { usePrivacyPolicy } from "../privacy/usePrivacyPolicy";
import { PrivacyBlocked, usePrivateRun } from "../privacy/usePrivateRun";
import { useServices } from "../state/services";

const useStyles = makeStyles({
  screen: { display: "grid", gap: "12px", minWidth: 0 },
  h: { margin: 0, display: "block" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
  answer: {
    margin: 0,
    minHeight: "3em",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: "8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tries: { margin: 0, paddingInlineStart: "18px" },
  placeholder: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

type RunState =
  | { status: "idle" }
  | { status: "streaming" }
  | { status: "done" }
  | { status: "stopped" }
  | { status: "failed"; problem: unknown };

type SubmitState =
  | { status: "idle" }
  | { status: "submitting" }
  | { status: "recorded"; result: AttemptResult }
  | { status: "queued"; local: MeterScore }
  | { status: "failed"; problem: unknown };

interface Try {
  id: string;
  prompt: string;
  score: number;
  queued: boolean;
}

/** Brief, task, prompt editor with live meter and privacy guard, streamed run, submit and feedback. */
export default function ExerciseScreen(props: {
  exercise: Exercise;
  context: HostContext;
  features: ContextFeatures;
  /** The tenant's charter, quoted by the meter when a prompt misuses sensitive information. */
  charter?: Charter;
  onRecorded: () => void;
  onHome: () => void;
  modelConfigured: boolean;
  /** Opens "I used AI for this" after a passed exercise. */
  onProposeUseCase?: (exerciseId: string) => void;
}) {
  const { exercise, context, features, charter } = props;
  const { t, l, lang } = useI18n();
  const { queue, host } = useServices();
  const tenantPrivacy = usePrivacyPolicy();
  const privateRun = usePrivateRun();
  const styles = useStyles();

  const [prompt, setPrompt] = useState(() => loadDraft(exercise.id));
  const [attemptId, setAttemptId] = useState(newAttemptId);
  const [startedAt, setStartedAt] = useState(() => new Date().toISOString());
  const [answer, setAnswer] = useState("");
  const [run, setRun] = useState<RunState>({ status: "idle" });
  const [submit, setSubmit] = useState<SubmitState>({ status: "idle" });
  const [serverSpans, setServerSpans] = useState<Highlight[]>([]);
  const [selfReport, setSelfReport] = useState<SelfReportValue>({});
  const [tries, setTries] = useState<Try[]>([]);
  const [masking, setMasking] = useState<MaskingSummary | null>(null);
  // The answer as the model wrote it (placeholders, not real values): what an attempt carries.
  const [modelAnswer, setModelAnswer] = useState("");
  const abort = useRef<AbortController | null>(null);
  const promptBox = useRef<HTMLTextAreaElement>(null);
  const length = usePromptLength(prompt);

  // The scorer and the privacy guard run locally, ~150 ms after the last keystroke.
  const settledPrompt = useDebouncedValue(prompt, 150);
  useEffect(() => saveDraft(exercise.id, settledPrompt), [exercise.id, settledPrompt]);
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

  const locked = submit.status === "recorded" || submit.status === "queued" || submit.status === "submitting";
  const streaming = run.status === "streaming";

  const onRun = async () => {
    if (blocked || !prompt.trim() || length.over) return;
    const controller = new AbortController();
    abort.current = controller;
    setAnswer("");
    setServerSpans([]);
    setMasking(null);
    setModelAnswer("");
    setRun({ status: "streaming" });
    try {
      await privateRun(runRequest({ exerciseId: exercise.id, lang, prompt, context, features }), lang, {
        signal: controller.signal,
        knownNames: context.meta.people,
        onChunk: (text) => setAnswer((a) => a + text),
        onMasked: setMasking,
        // Kept as it streams, so a stopped answer is submitted as far as it went.
        onModelText: (text) => setModelAnswer((a) => a + text),
      });
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
              label: labelFor(p.type, lang),
              severity: "block" as const,
            })),
        );
      }
      setRun({ status: "failed", problem: err });
    } finally {
      abort.current = null;
    }
  };

  const onStop = () => abort.current?.abort();

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

  const onSubmit = async () => {
    if (!prompt.trim() || blocked || length.over) return;
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
        props.onRecorded();
      } else {
        const local = scorePrompt(prompt, { lang, exercise, context: features });
        setSubmit({ status: "queued", local });
        setTries((list) => [...list, { id: attempt.id, prompt, score: local.score, queued: true }]);
      }
    } catch (err) {
      setSubmit({ status: "failed", problem: err });
    }
  };

  const onTryAgain = () => {
    setAttemptId(newAttemptId());
    setStartedAt(new Date().toISOString());
    setSubmit({ status: "idle" });
    setRun({ status: "idle" });
    setAnswer("");
    setModelAnswer("");
    setMasking(null);
    setSelfReport({});
    setServerSpans([]);
  };

  return (
    <section className={styles.screen} aria-labelledby="exercise-title">
      <Text as="h2" id="exercise-title" size={500} weight="semibold" className={styles.h}>
        {l(exercise.title)}
      </Text>
      <div>
        <Text as="h3" weight="semibold" size={300} className={styles.h}>
          {t.exercise.brief}
        </Text>
        <Text as="p" block style={{ margin: 0 }}>
          {l(exercise.brief)}
        </Text>
      </div>
      <div>
        <Text as="h3" weight="semibold" size={300} className={styles.h}>
          {t.exercise.task}
        </Text>
        <Text as="p" block style={{ margin: 0 }} data-testid="task">
          {l(exercise.task)}
        </Text>
      </div>

      <Field
        label={t.exercise.prompt}
        hint={t.exercise.promptHint}
        validationState={blocked ? "error" : privacy.findings.length > 0 ? "warning" : "none"}
        validationMessage={
          privacy.findings.length > 0
            ? `${blocked ? t.exercise.personalData(privacy.blocked.length) : t.exercise.personalDataWarn} ${t.exercise.personalDataTypes(
                [...new Set(privacy.findings.map((f) => PERSONAL_DATA_LABELS[f.type][lang]))].join(", "),
              )}`
            : undefined
        }
      >
        <Textarea
          value={prompt}
          onChange={(_e, data) => setPrompt(data.value)}
          onKeyDown={(e) => {
            // Ctrl+Enter (⌘+Enter on a Mac) runs the prompt without leaving the editor.
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              if (!streaming) void onRun();
            }
          }}
          resize="vertical"
          rows={6}
          disabled={locked}
          ref={promptBox}
          aria-describedby="prompt-length"
        />
      </Field>
      <PromptLength length={length} />
      {!locked ? <PromptSlots prompt={prompt} promptBox={promptBox} /> : null}
      {highlights.length > 0 ? <HighlightedText text={prompt} highlights={highlights} /> : null}

      {!locked ? (
        <MaskingPreview
          request={previewRequest}
          policy={tenantPrivacy.policy}
          fromTenant={tenantPrivacy.fromTenant}
          host={context.host}
          knownNames={context.meta.people}
          hideBlock={run.status === "failed" && run.problem instanceof PrivacyBlocked}
        />
      ) : null}

      {exercise.benchmark && submit.status !== "recorded" ? (
        <Text size={200} block data-testid="benchmark-note">
          {t.exercise.benchmarkNote}
        </Text>
      ) : (
        <PromptMeter result={live} exerciseTargets={exercise.targets} />
      )}

      <div className={styles.actions}>
        {streaming ? (
          <Button appearance="secondary" icon={<StopRegular />} onClick={onStop}>
            {t.exercise.stop}
          </Button>
        ) : (
          <Button
            appearance="secondary"
            icon={<PlayRegular />}
            onClick={() => void onRun()}
            disabledFocusable={blocked || !prompt.trim() || locked || length.over}
            aria-describedby={blocked ? "run-refused" : undefined}
          >
            {t.exercise.run}
          </Button>
        )}
        {submit.status === "recorded" || submit.status === "queued" ? (
          <Button appearance="primary" icon={<ArrowCounterclockwiseRegular />} onClick={onTryAgain}>
            {t.exercise.tryAgain}
          </Button>
        ) : (
          <Button
            appearance="primary"
            icon={<SendRegular />}
            onClick={() => void onSubmit()}
            disabledFocusable={
              blocked || !prompt.trim() || streaming || submit.status === "submitting" || length.over
            }
          >
            {t.exercise.submit}
          </Button>
        )}
      </div>
      {blocked ? (
        <Text size={200} id="run-refused" role="status">
          {t.exercise.runRefused}
        </Text>
      ) : null}

      {run.status === "failed" && run.problem instanceof PrivacyBlocked ? (
        <PrivacyBlockNotice
          blocked={run.problem.blocked}
          texts={run.problem.texts}
          host={context.host}
          origin="run"
        />
      ) : run.status === "failed" ? (
        <ProblemMessage problem={run.problem} onDismiss={() => setRun({ status: "idle" })} />
      ) : null}

      <div>
        <Text as="h3" weight="semibold" size={300} className={styles.h} id="answer-title">
          {t.exercise.answer}
        </Text>
        <div
          className={styles.answer}
          aria-labelledby="answer-title"
          aria-busy={streaming}
          role="region"
          data-testid="answer"
        >
          {answer || (streaming ? "" : <span className={styles.placeholder}>{t.exercise.answerEmpty}</span>)}
        </div>
        {streaming ? <Spinner size="tiny" label={t.exercise.answerStreaming} labelPosition="after" /> : null}
        {run.status === "stopped" ? <Text size={200}>{t.exercise.answerStopped}</Text> : null}
        {masking ? <MaskedAnswerNote masking={masking} /> : null}
      </div>

      {!locked ? <SelfReport value={selfReport} onChange={setSelfReport} /> : null}

      {submit.status === "submitting" ? <Spinner size="small" label={t.exercise.submitting} /> : null}
      {submit.status === "failed" ? (
        <ProblemMessage problem={submit.problem} onRetry={() => void onSubmit()} />
      ) : null}
      {submit.status === "queued" ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody role="status">
            {t.feedback.queued} {t.feedback.scoreLabel} ≈ {Math.round(submit.local.score)}/100
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {submit.status === "recorded" ? (
        <>
          <FeedbackPanel
            result={submit.result}
            prompt={prompt}
            exercise={exercise}
            modelConfigured={props.modelConfigured}
            onUseVersion={(text) => {
              onTryAgain();
              setPrompt(text);
              promptBox.current?.focus();
            }}
          />
          {answer ? <Thumbs key={`answer-${attemptId}`} exerciseId={exercise.id} target="answer" /> : null}
          <Thumbs key={`exercise-${attemptId}`} exerciseId={exercise.id} target="exercise" />
          {submit.result.passed && props.onProposeUseCase ? (
            <div>
              <Text as="p" block style={{ margin: "0 0 4px" }}>
                {t.useCases.proposeAfterPass}
              </Text>
              <Button onClick={() => props.onProposeUseCase?.(exercise.id)}>{t.useCases.propose}</Button>
            </div>
          ) : null}
        </>
      ) : null}

      {run.status === "done" || submit.status === "recorded" || submit.status === "queued" ? (
        <SavePrompt
          key={`save-${attemptId}`}
          exercise={exercise}
          host={host.host}
          prompt={prompt}
          {...(submit.status === "recorded" && submit.result.feedback.fix?.kind !== "none"
            ? { betterVersion: submit.result.feedback.fix?.text }
            : {})}
        />
      ) : null}

      {tries.length > 0 ? (
        <div>
          <Text as="h3" weight="semibold" size={300} className={styles.h}>
            {t.exercise.tries}
          </Text>
          <ol className={styles.tries} data-testid="tries">
            {tries.map((tr, i) => (
              <li key={i} title={tr.prompt}>
                {t.exercise.tryN(i + 1, Math.round(tr.score))}
                {tr.queued ? ` · ${t.queue.sending}` : ""}
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      <div>
        <Button appearance="subtle" onClick={props.onHome}>
          {t.exercise.back}
        </Button>
      </div>
    </section>
  );
}

function labelFor(type: string, lang: "fr" | "en"): string {
  const labels = PERSONAL_DATA_LABELS as Record<string, { fr: string; en: string } | undefined>;
  return labels[type]?.[lang] ?? type;
}
