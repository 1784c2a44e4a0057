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
import { useEffect, useRef, useState } from "react";
import type { Charter } from "../../core/api/me";
import type { Exercise } from "../../core/catalog/schema";
import type { ContextFeatures, HostContext } from "../../core/types";
import { FeedbackPanel } from "../components/FeedbackPanel";
import { Thumbs } from "../components/Thumbs";
import { HighlightedText } from "../components/HighlightedText";
import { MaskedAnswerNote } from "../components/MaskedAnswerNote";
import { InsertActions } from "../components/realwork/InsertActions";
import { MaskingPreview } from "../components/MaskingPreview";
import { PrivacyBlockNotice } from "../components/PrivacyBlockNotice";
import { ProblemMessage } from "../components/ProblemMessage";
import { PromptMeter } from "../components/PromptMeter";
import { PromptLength } from "../components/PromptLength";
import { PromptSlots } from "../components/library/PromptSlots";
import { SavePrompt } from "../components/library/SavePrompt";
import { AnswerChecks } from "../components/realwork/AnswerChecks";
import { FollowUp } from "../components/realwork/FollowUp";
import { GivenTurn } from "../components/realwork/GivenTurn";
import { SelfReport } from "../components/SelfReport";
import { useI18n } from "../i18n/I18nProvider";
import { loadDraft, saveDraft } from "../lib/drafts";
import { PrivacyBlocked } from "../privacy/usePrivateRun";
import { usePromptChecks } from "./exercise/usePromptChecks";
import { useRun } from "./exercise/useRun";
import { useSubmission } from "./exercise/useSubmission";

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
  /** A prompt from the library for the prompt box; `onPromptTaken` says it is in. */
  promptToUse?: string | null;
  onPromptTaken?: () => void;
}) {
  const { exercise, context, features, charter } = props;
  const { t, l } = useI18n();
  const styles = useStyles();

  const [prompt, setPrompt] = useState(() => loadDraft(exercise.id));
  const promptBox = useRef<HTMLTextAreaElement>(null);
  const runner = useRun({ exercise, context, features });
  const checks = usePromptChecks(prompt, {
    exercise,
    context,
    features,
    charter,
    serverSpans: runner.serverSpans,
  });
  const submission = useSubmission({ exercise, context, features, onRecorded: props.onRecorded });
  const { length, live, privacy, blocked, previewRequest, highlights, tenantPrivacy } = checks;
  const { run, answer, masking, streaming } = runner;
  const { submit, locked, tries, selfReport, attemptId } = submission;

  useEffect(() => saveDraft(exercise.id, checks.settledPrompt), [exercise.id, checks.settledPrompt]);

  const onRun = async () => {
    if (!checks.sendable) return;
    await runner.start(prompt);
  };

  const onStop = () => runner.stop();

  const onSubmit = async () => {
    if (!checks.sendable) return;
    await submission.send(prompt, runner.modelAnswer);
  };

  const onTryAgain = () => {
    submission.reset();
    runner.reset();
  };

  // A library prompt fills the box; the tries stay. After a submit the box is locked: a new try opens it.
  const { promptToUse, onPromptTaken } = props;
  useEffect(() => {
    if (promptToUse === undefined || promptToUse === null) return;
    if (locked) onTryAgain();
    setPrompt(promptToUse);
    promptBox.current?.focus();
    onPromptTaken?.();
    // Only a new prompt to use matters; `locked` is read as it is then.
  }, [promptToUse]);

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
      {exercise.followUpOf ? <GivenTurn turn={exercise.followUpOf} /> : null}

      <Field
        label={t.exercise.prompt}
        hint={t.exercise.promptHint}
        validationState={blocked ? "error" : privacy.findings.length > 0 ? "warning" : "none"}
        validationMessage={
          privacy.findings.length > 0
            ? `${blocked ? t.exercise.personalData(privacy.blocked.length) : t.exercise.personalDataWarn} ${t.exercise.personalDataTypes(checks.findingTypes.join(", "))}`
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
        <ProblemMessage problem={run.problem} onDismiss={runner.dismissFailure} />
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
        {run.status === "done" ? <AnswerChecks exercise={exercise} answer={answer} id="run" /> : null}
      </div>
      {/* The restored answer (real names back) goes into the document, never modelAnswer's placeholders. */}
      <InsertActions answer={answer} streaming={streaming} exerciseId={exercise.id} />
      {run.status === "done" && runner.followUpBase ? (
        <FollowUp base={runner.followUpBase} exercise={exercise} knownNames={context.meta.people} />
      ) : null}

      {!locked ? <SelfReport value={selfReport} onChange={submission.setSelfReport} /> : null}

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
          host={context.host}
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
