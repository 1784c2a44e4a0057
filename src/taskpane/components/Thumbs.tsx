import { Button, Field, Input, Text, makeStyles } from "@fluentui/react-components";
import { ThumbDislikeRegular, ThumbLikeRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { FEEDBACK_COMMENT_MAX } from "../../core/api/feedback";
import { useI18n } from "../i18n/I18nProvider";
import { useServices } from "../state/services";
import { ProblemMessage } from "./ProblemMessage";

const useStyles = makeStyles({
  box: { display: "grid", gap: "6px", minWidth: 0 },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
});

/** Thumbs up or down, with a reason and an optional comment, on an exercise or on the model's answer. */
export function Thumbs(props: { exerciseId: string; target: "exercise" | "answer"; attemptId?: string }) {
  const { t } = useI18n();
  const { api } = useServices();
  const styles = useStyles();
  const [thumb, setThumb] = useState<"up" | "down" | null>(null);
  const [comment, setComment] = useState("");
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const question = props.target === "exercise" ? t.thumbs.exercise : t.thumbs.answer;
  const questionId = `thumbs-${props.target}`;

  const send = async (chosen: "up" | "down") => {
    setProblem(null);
    try {
      await api.feedback({
        exerciseId: props.exerciseId,
        target: props.target,
        thumb: chosen,
        ...(chosen === "down" ? { reason: props.target === "exercise" ? "not_my_job" : "wrong_answer" } : {}),
        ...(comment.trim() ? { comment } : {}),
        ...(props.attemptId ? { attemptId: props.attemptId } : {}),
      });
      setSent(true);
    } catch (err) {
      setProblem(err);
    }
  };

  if (sent)
    return (
      <Text size={200} role="status">
        {t.thumbs.thanks}
      </Text>
    );
  return (
    <div className={styles.box} role="group" aria-labelledby={questionId}>
      <Text id={questionId} size={200}>
        {question}
      </Text>
      <div className={styles.row}>
        <Button
          icon={<ThumbLikeRegular />}
          aria-pressed={thumb === "up"}
          appearance={thumb === "up" ? "primary" : "secondary"}
          onClick={() => setThumb("up")}
        >
          {t.thumbs.up}
        </Button>
        <Button
          icon={<ThumbDislikeRegular />}
          aria-pressed={thumb === "down"}
          appearance={thumb === "down" ? "primary" : "secondary"}
          onClick={() => setThumb("down")}
        >
          {thumb === "down"
            ? props.target === "exercise"
              ? t.thumbs.reasonNotMyJob
              : t.thumbs.reasonWrong
            : t.thumbs.down}
        </Button>
      </div>
      {thumb ? (
        <>
          <Field label={t.thumbs.comment}>
            <Input
              value={comment}
              maxLength={FEEDBACK_COMMENT_MAX}
              onChange={(_e, d) => setComment(d.value)}
            />
          </Field>
          <div>
            <Button appearance="primary" onClick={() => void send(thumb)}>
              {t.thumbs.send}
            </Button>
          </div>
        </>
      ) : null}
      {problem ? <ProblemMessage problem={problem} /> : null}
    </div>
  );
}
