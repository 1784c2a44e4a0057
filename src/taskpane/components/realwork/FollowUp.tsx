import { Button, Field, Spinner, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { SendRegular, StopRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { MAX_FOLLOW_UPS, MAX_PROMPT_CHARS } from "../../../core/api/llm";
import type { Exercise } from "../../../core/catalog/schema";
import { applyPrivacyPolicy, PERSONAL_DATA_LABELS } from "../../../core/privacy";
import { useFollowUp, type FollowUpBase } from "../../hooks/useFollowUp";
import { useI18n } from "../../i18n/I18nProvider";
import { usePrivacyPolicy } from "../../privacy/usePrivacyPolicy";
import { PrivacyBlocked } from "../../privacy/usePrivateRun";
import { PrivacyBlockNotice } from "../PrivacyBlockNotice";
import { ProblemMessage } from "../ProblemMessage";
import { AnswerChecks } from "./AnswerChecks";
import { QUICK_FOLLOW_UPS, REALWORK_TEXTS } from "./texts";

const useStyles = makeStyles({
  box: { display: "grid", gap: "8px", minWidth: 0 },
  h: { margin: 0, display: "block" },
  chips: { display: "flex", gap: "6px", flexWrap: "wrap" },
  thread: { margin: 0, padding: 0, listStyleType: "none", display: "grid", gap: "8px" },
  turn: { display: "grid", gap: "4px" },
  you: {
    margin: 0,
    justifySelf: "end",
    maxWidth: "90%",
    padding: "4px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  answer: {
    margin: 0,
    minHeight: "2em",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: "8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
});

/**
 * Follow-up turns on the answer of a Run, shown as a thread under it: quick chips (shorter, more
 * formal, simpler) and the learner's own instruction, at most `MAX_FOLLOW_UPS` per Run. Each turn
 * streams through the same guarded gateway, can be stopped, and shows the exercise's checks.
 */
export function FollowUp(props: {
  base: FollowUpBase;
  exercise: Exercise;
  knownNames?: readonly string[];
  /** Something else is streaming (a new Run): no follow-up meanwhile. */
  disabled?: boolean;
}) {
  const { lang } = useI18n();
  const words = REALWORK_TEXTS[lang];
  const styles = useStyles();
  const tenantPrivacy = usePrivacyPolicy();
  const { turns, ask, stop, streaming, remaining } = useFollowUp(props.base, lang, props.knownNames);
  const [own, setOwn] = useState("");
  // Identifiers typed in a follow-up are refused as in the prompt, before anything is sent.
  const privacy = useMemo(
    () => applyPrivacyPolicy(own, tenantPrivacy.policy, { lang, field: "prompt" }),
    [own, lang, tenantPrivacy.policy],
  );
  const blocked = privacy.action === "block";
  const tooLong = own.length > MAX_PROMPT_CHARS;
  const closed = remaining === 0 || props.disabled === true;
  const canSendOwn = !closed && !streaming && own.trim() !== "" && !blocked && !tooLong;

  const sendOwn = () => {
    if (!canSendOwn) return;
    void ask(own);
    setOwn("");
  };

  return (
    <section className={styles.box} aria-labelledby="follow-up-title" data-testid="follow-up">
      <Text as="h3" weight="semibold" size={300} className={styles.h} id="follow-up-title">
        {words.followUpTitle}
      </Text>
      <Text size={200} block>
        {words.followUpIntro(MAX_FOLLOW_UPS)}
      </Text>

      {turns.length > 0 ? (
        <ol className={styles.thread} aria-label={words.threadLabel} data-testid="follow-up-thread">
          {turns.map((turn, i) => (
            <li key={i} className={styles.turn} data-status={turn.status}>
              <Text as="p" size={200} className={styles.you}>
                <Text weight="semibold" size={200}>
                  {words.you}
                  {lang === "fr" ? "\u00a0: " : ": "}
                </Text>
                {turn.instruction}
              </Text>
              {turn.status === "failed" && turn.problem instanceof PrivacyBlocked ? (
                <PrivacyBlockNotice blocked={turn.problem.blocked} texts={turn.problem.texts} origin="run" />
              ) : turn.status === "failed" ? (
                <ProblemMessage problem={turn.problem} />
              ) : (
                <div
                  className={styles.answer}
                  role="region"
                  aria-label={`${words.model} ${i + 1}`}
                  aria-busy={turn.status === "streaming"}
                  data-testid="follow-up-answer"
                >
                  {turn.answer}
                </div>
              )}
              {turn.status === "streaming" ? (
                <Spinner size="tiny" label={words.streaming} labelPosition="after" />
              ) : null}
              {turn.status === "stopped" ? <Text size={200}>{words.stopped}</Text> : null}
              {turn.status === "done" ? (
                <AnswerChecks exercise={props.exercise} answer={turn.answer} id={`turn-${i}`} />
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}

      <div className={styles.chips} role="group" aria-label={words.quickGroup}>
        {QUICK_FOLLOW_UPS.map((key) => (
          <Button
            key={key}
            size="small"
            shape="circular"
            disabledFocusable={closed || streaming}
            onClick={() => void ask(words.quick[key].instruction)}
            data-quick={key}
          >
            {words.quick[key].label}
          </Button>
        ))}
      </div>
      <Field
        label={words.ownLabel}
        hint={words.ownHint}
        validationState={blocked ? "error" : "none"}
        validationMessage={
          blocked
            ? `${words.personalData} ${[
                ...new Set(privacy.blocked.map((f) => PERSONAL_DATA_LABELS[f.type][lang])),
              ].join(", ")}`
            : undefined
        }
      >
        <Textarea
          value={own}
          onChange={(_e, data) => setOwn(data.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              sendOwn();
            }
          }}
          rows={2}
          resize="vertical"
          disabled={closed}
        />
      </Field>
      <div className={styles.actions}>
        {streaming ? (
          <Button appearance="secondary" icon={<StopRegular />} onClick={stop}>
            {words.stop}
          </Button>
        ) : (
          <Button
            appearance="secondary"
            icon={<SendRegular />}
            onClick={sendOwn}
            disabledFocusable={!canSendOwn}
          >
            {words.send}
          </Button>
        )}
        <Text size={200} role="status" data-testid="follow-up-remaining">
          {words.remaining(remaining, MAX_FOLLOW_UPS)}
        </Text>
      </div>
    </section>
  );
}
