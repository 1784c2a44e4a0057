import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular, DismissCircleRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { Exercise } from "../../../core/catalog/schema";
import { checkOutput } from "../../../core/output";
import { useI18n } from "../../i18n/I18nProvider";
import { REALWORK_TEXTS } from "./texts";

const useStyles = makeStyles({
  box: { display: "grid", gap: "2px" },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "grid", gap: "2px" },
  item: { display: "flex", gap: "6px", alignItems: "flex-start" },
  ok: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, marginTop: "2px" },
  ko: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: "2px" },
  detail: { color: tokens.colorNeutralForeground3 },
});

/**
 * The exercise's checks on an answer (« 3 puces au plus ✓ », « mentionne le délai ✗ »), each with what
 * was measured. Nothing when the exercise has no checks or the answer is empty.
 */
export function AnswerChecks(props: {
  exercise: Pick<Exercise, "checks">;
  answer: string;
  /** Tells one answer's checks from another's in the thread. */
  id: string;
}) {
  const { lang } = useI18n();
  const words = REALWORK_TEXTS[lang];
  const styles = useStyles();
  const report = useMemo(() => checkOutput(props.answer, props.exercise), [props.answer, props.exercise]);
  if (!props.answer.trim() || report.checks.length === 0) return null;
  const passed = report.checks.filter((c) => c.passed).length;
  const titleId = `answer-checks-${props.id}`;
  return (
    <div className={styles.box} data-testid="answer-checks" data-passed={report.passed}>
      <Text size={200} weight="semibold" id={titleId}>
        {words.checksTitle} · {words.checksSummary(passed, report.checks.length)}
      </Text>
      <ul className={styles.list} aria-labelledby={titleId}>
        {report.checks.map((c, i) => (
          <li key={i} className={styles.item} data-check={c.check.type} data-passed={c.passed}>
            {c.passed ? (
              <CheckmarkCircleRegular className={styles.ok} aria-hidden />
            ) : (
              <DismissCircleRegular className={styles.ko} aria-hidden />
            )}
            <Text size={200}>
              {c.label[lang]}{" "}
              <span role="img" aria-label={c.passed ? words.checkPassed : words.checkFailed}>
                {c.passed ? "✓" : "✗"}
              </span>
              <span className={styles.detail}> — {c.detail[lang]}</span>
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
