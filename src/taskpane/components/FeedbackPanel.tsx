import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { CRITERIA } from "../../core/types";
import type { Localized } from "../../core/types";
import type { AttemptResult } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import { pick } from "../lib/text";

const useStyles = makeStyles({
  panel: {
    display: "grid",
    gap: "10px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "10px",
  },
  score: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  big: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, paddingInlineStart: "18px" },
  sideBySide: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))", gap: "8px" },
  prompt: {
    margin: 0,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    padding: "6px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  h: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

/** The official result of a submitted try: score, per-criterion breakdown, coaching, side-by-side prompts. */
export function FeedbackPanel(props: { result: AttemptResult; prompt: string; example: Localized }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { result } = props;
  const improvement = result.feedback.improvement;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The result appears below the fold: bring it into view and move focus there, for keyboard and
  // screen-reader users alike.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    headingRef.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [result.id]);
  const fix = result.feedback.fix;
  return (
    <section className={styles.panel} aria-labelledby="feedback-title" data-testid="feedback">
      <h3 id="feedback-title" className={styles.h} tabIndex={-1} ref={headingRef}>
        {t.feedback.title}
      </h3>
      <div className={styles.score}>
        <span
          className={styles.big}
          data-testid="official-score"
          aria-label={`${t.feedback.scoreLabel} ${t.feedback.score(Math.round(result.score))}`}
        >
          {t.feedback.score(Math.round(result.score))}
        </span>
        <Badge appearance="filled" color={result.passed ? "success" : "warning"}>
          {result.passed ? t.feedback.passed : t.feedback.notPassed}
        </Badge>
      </div>

      <div>
        <h4 className={styles.h}>{t.feedback.breakdown}</h4>
        <ul className={styles.list} data-testid="breakdown">
          {CRITERIA.filter((c) => result.criteria[c]).map((c) => {
            const criterion = result.criteria[c]!;
            const tip = criterion.score < 3 ? criterion.tip[lang] : "";
            return (
              <li key={c}>
                <Text weight="semibold">{t.criteria[c]}</Text> — {criterion.score}/3
                {tip ? <Text size={200}> · {tip}</Text> : null}
              </li>
            );
          })}
        </ul>
      </div>

      {result.feedback.strengths.length > 0 ? (
        <div>
          <h4 className={styles.h}>{t.feedback.strengths}</h4>
          <ul className={styles.list} data-testid="strengths">
            {result.feedback.strengths.map((s, i) => (
              <li key={i}>{pick(s, lang)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {improvement ? (
        <div>
          <h4 className={styles.h}>{t.feedback.improvement}</h4>
          <Text as="p" block style={{ margin: 0 }} data-testid="improvement">
            {improvement.message[lang]}
          </Text>
        </div>
      ) : null}

      {fix ? (
        <div>
          <h4 className={styles.h}>{t.feedback.fix}</h4>
          <p className={styles.prompt} data-testid="fix" data-fix-kind={fix.kind}>
            {fix.text}
          </p>
        </div>
      ) : null}

      <div className={styles.sideBySide}>
        <div>
          <h4 className={styles.h}>{t.feedback.yourPrompt}</h4>
          <p className={styles.prompt}>{props.prompt}</p>
        </div>
        <div>
          <h4 className={styles.h}>{t.feedback.examplePrompt}</h4>
          <p className={styles.prompt} data-testid="example-prompt">
            {props.example[lang]}
          </p>
        </div>
      </div>
    </section>
  );
}
