import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowUploadRegular, SparkleRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import type { Exercise } from "../../core/catalog/schema";
import { CRITERIA } from "../../core/types";
import type { AttemptResult } from "../api/types";
import { useImproveWithAi } from "../hooks/useImproveWithAi";
import { useI18n } from "../i18n/I18nProvider";
import { criterionLabel } from "../../core/rubric";
import { pick } from "../lib/text";
import { PromptWithSlots } from "./feedback/ExamplePrompt";
import { ProblemMessage } from "./ProblemMessage";

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
  focus: {
    display: "grid",
    gap: "4px",
    padding: "8px",
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingInlineStart: "18px" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
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
  details: { display: "grid", gap: "8px" },
});

/**
 * The official result of a submitted try. It leads with the score and the one thing to improve, then a
 * better version the learner can take into the prompt box (or improve with the tenant's model); the
 * per-criterion details, what worked and the example prompt fold away.
 */
export function FeedbackPanel(props: {
  result: AttemptResult;
  prompt: string;
  exercise: Exercise;
  modelConfigured: boolean;
  onUseVersion: (text: string) => void;
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { result } = props;
  const improvement = result.feedback.improvement;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ai = useImproveWithAi(props.exercise, lang);
  // The result appears below the fold: bring it into view and move focus there, for keyboard and
  // screen-reader users alike.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    headingRef.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [result.id]);
  const fix = result.feedback.fix;
  const nothingToChange = fix?.kind === "none";

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
      {result.copied ? (
        <Text size={200} block data-testid="copied-note">
          {t.feedback.copied}
        </Text>
      ) : null}

      {improvement ? (
        <div className={styles.focus}>
          <h4 className={styles.h}>{t.feedback.improvement}</h4>
          <Text as="p" block style={{ margin: 0 }} data-testid="improvement">
            {improvement.message[lang]}
          </Text>
        </div>
      ) : null}

      {fix ? (
        <div className={styles.details}>
          <h4 className={styles.h}>{t.feedback.fix}</h4>
          {nothingToChange ? (
            <Text as="p" block style={{ margin: 0 }} data-testid="fix-none">
              {t.feedback.nothingToChange}
            </Text>
          ) : (
            <>
              <PromptWithSlots text={fix.text} className={styles.prompt} testId="fix" />
              <div className={styles.actions}>
                <Button icon={<ArrowUploadRegular />} onClick={() => props.onUseVersion(fix.text)}>
                  {t.feedback.useVersion}
                </Button>
                {props.modelConfigured ? (
                  <Button
                    appearance="subtle"
                    icon={<SparkleRegular />}
                    disabled={ai.state.status === "streaming"}
                    onClick={() => void ai.improve(props.prompt)}
                  >
                    {t.feedback.improveWithAi}
                  </Button>
                ) : null}
              </div>
            </>
          )}
          {nothingToChange && props.modelConfigured ? (
            <div className={styles.actions}>
              <Button
                appearance="subtle"
                icon={<SparkleRegular />}
                disabled={ai.state.status === "streaming"}
                onClick={() => void ai.improve(props.prompt)}
              >
                {t.feedback.improveWithAi}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}

      {ai.state.status === "streaming" || ai.state.status === "done" ? (
        <div className={styles.details}>
          <h4 className={styles.h} id="ai-version-title">
            {t.feedback.aiVersion}
          </h4>
          <p
            className={styles.prompt}
            data-testid="ai-version"
            aria-labelledby="ai-version-title"
            aria-busy={ai.state.status === "streaming"}
          >
            {ai.state.text}
          </p>
          {ai.state.status === "streaming" ? (
            <Spinner size="tiny" label={t.feedback.improving} labelPosition="after" />
          ) : ai.state.text ? (
            <div className={styles.actions}>
              <Button
                icon={<ArrowUploadRegular />}
                onClick={() => props.onUseVersion(ai.state.status === "done" ? ai.state.text : "")}
              >
                {t.feedback.useAiVersion}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
      {ai.state.status === "failed" ? (
        <ProblemMessage problem={ai.state.problem} onDismiss={ai.reset} />
      ) : null}

      <Accordion collapsible multiple data-testid="feedback-details">
        <AccordionItem value="criteria">
          <AccordionHeader as="h4" size="small">
            {t.feedback.breakdown}
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list} data-testid="breakdown">
              {CRITERIA.filter((c) => result.criteria[c]).map((c) => {
                const criterion = result.criteria[c]!;
                const tip = criterion.score < 3 ? criterion.tip[lang] : "";
                return (
                  <li key={c}>
                    <Text weight="semibold">{criterionLabel(c, lang)}</Text> — {criterion.score}/3
                    {tip ? <Text size={200}> · {tip}</Text> : null}
                  </li>
                );
              })}
            </ul>
          </AccordionPanel>
        </AccordionItem>
        {result.feedback.strengths.length > 0 ? (
          <AccordionItem value="strengths">
            <AccordionHeader as="h4" size="small">
              {t.feedback.strengths}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} data-testid="strengths">
                {result.feedback.strengths.map((s, i) => (
                  <li key={i}>{pick(s, lang)}</li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ) : null}
        <AccordionItem value="example">
          <AccordionHeader as="h4" size="small">
            {t.feedback.compare}
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.details}>
              <h5 className={styles.h}>{t.feedback.yourPrompt}</h5>
              <p className={styles.prompt}>{props.prompt}</p>
              <h5 className={styles.h}>{t.feedback.examplePrompt}</h5>
              <PromptWithSlots
                text={props.exercise.example[lang]}
                className={styles.prompt}
                testId="example-prompt"
              />
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
