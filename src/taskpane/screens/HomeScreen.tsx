import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Text } from "../components/Text";
import { lazy, Suspense, useEffect, useState } from "react";
import type { Exercise } from "../../core/catalog/schema";
import { weakestCriteria } from "../../core/learner/mastery";
import type { ContextFeatures, HostContext, Lang } from "../../core/types";
import { criterionLabel } from "../../core/rubric/labels";
import type { Messages } from "../i18n/messages";
import type { Me, Recommendation } from "../api/types";
import { useServices } from "../state/services";
import { Busy } from "../components/Busy";
import { ProblemMessage } from "../components/notices";
import { Pill } from "../components/Pill";
import { HOME_PART_CHUNKS } from "./chunks";
import { useI18n } from "../i18n/I18nProvider";
import type { AppState } from "../state/appState";

// The context preview masks personal data with the privacy guard (name lists, re2js): it comes right
// after the suggestion instead of delaying it.
const ContextPreview = lazy(() =>
  HOME_PART_CHUNKS.contextPreview().then((m) => ({ default: m.ContextPreview })),
);

// The confidence pulse, asked when due: loaded with the context preview, after the suggestion.
const PulseForm = lazy(() => HOME_PART_CHUNKS.pulseForm().then((m) => ({ default: m.PulseForm })));

const useStyles = makeStyles({
  screen: { display: "grid", gap: "12px" },
  stats: { display: "flex", gap: "8px", flexWrap: "wrap" },
  stat: {
    flex: "1 1 90px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "6px 8px",
    display: "grid",
  },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
  // A card drawn with Fluent's tokens: Fluent's Card brings focus management (tabster) the suggestion
  // does not use, and would delay it by some 25 KB of script.
  card: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
  },
  cardHeader: { display: "grid", gap: "4px" },
  h: { margin: 0, display: "block" },
});

export interface HomeScreenProps {
  me: Me;
  context: HostContext | null;
  features: ContextFeatures | null;
  recommendation: Recommendation | null;
  status: AppState["recommendationStatus"];
  problem: unknown;
  onStart: (exercise: Exercise) => void;
  onAnother: () => void;
  onRetry: () => void;
  onRefreshContext: () => void;
}

/**
 * The learner's next step: a first exercise (nothing is known before it), or the weakest criterion so
 * far — ranked by the same rule as the recommender's "why", so both name the same criterion.
 */
function nextStep(me: Me, t: Messages, lang: Lang): string {
  if (me.attemptCount === 0) return t.home.nextStepFirst;
  const weakest = weakestCriteria(me.mastery).filter((c) => c !== "safety")[0];
  if (!weakest) return t.home.nextStepFirst;
  return (me.mastery[weakest] ?? 0) >= STRONG_MASTERY
    ? t.home.nextStepAllGood
    : t.home.nextStepFocus(criterionLabel(weakest, lang));
}

/** Above this mastery on every criterion there is no weak one left to point at. */
const STRONG_MASTERY = 0.8;

/** The suggested exercise, why it was picked, the context it will use, streak, level and next step. */
export default function HomeScreen(props: HomeScreenProps) {
  const { t, l, lang } = useI18n();
  const styles = useStyles();
  const { me, recommendation } = props;
  const { api } = useServices();
  const exercise = recommendation?.exercise;
  // The context preview is asked for once the suggestion (or its absence) is on screen, a frame later.
  const settled = Boolean(exercise) || ["ready", "none", "failed"].includes(props.status);
  const [showContext, setShowContext] = useState(false);
  useEffect(() => {
    if (!settled || showContext) return;
    const frame = requestAnimationFrame(() => setShowContext(true));
    return () => cancelAnimationFrame(frame);
  }, [settled, showContext]);

  return (
    <section className={styles.screen} aria-labelledby="home-title">
      <div className={styles.stats}>
        <div className={styles.stat}>
          <Text size={200}>{t.home.streak}</Text>
          <Text weight="semibold" data-testid="streak">
            {t.home.streakDays(me.streak)}
          </Text>
        </div>
        <div className={styles.stat}>
          <Text size={200}>{t.home.level}</Text>
          <Text weight="semibold" data-testid="level">
            {t.levels[me.level]}
          </Text>
        </div>
      </div>

      <Text as="h2" id="home-title" size={400} weight="semibold" className={styles.h}>
        {t.home.title}
      </Text>

      {props.status === "loading" && !exercise ? <Busy size="small" label={t.loading} /> : null}
      {props.status === "failed" ? <ProblemMessage problem={props.problem} onRetry={props.onRetry} /> : null}
      {props.status === "none" ? <Text>{t.home.noSuggestion}</Text> : null}

      {exercise ? (
        <div className={styles.card} role="group" data-testid="suggestion" aria-labelledby="suggestion-title">
          <div className={styles.cardHeader}>
            <Text
              as="h3"
              id="suggestion-title"
              weight="semibold"
              className={styles.h}
              data-exercise-id={exercise.id}
            >
              {l(exercise.title)}
            </Text>
            <div className={styles.actions}>
              <Pill appearance="tint">{t.skills[exercise.skill]}</Pill>
              <Pill appearance="outline">{t.home.minutes(exercise.minutes)}</Pill>
              <Pill appearance="outline">{t.levels[exercise.level]}</Pill>
            </div>
          </div>
          <Text as="p" block style={{ margin: 0 }}>
            {l(exercise.brief)}
          </Text>
          <div>
            <Text as="h4" weight="semibold" size={300} className={styles.h}>
              {t.home.why}
            </Text>
            <Text as="p" block style={{ margin: 0 }} data-testid="why">
              {recommendation ? l(recommendation.why) : null}
            </Text>
          </div>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => props.onStart(exercise)}>
              {t.home.start}
            </Button>
            <Button onClick={props.onAnother} disabled={props.status === "loading"}>
              {t.home.another}
            </Button>
          </div>
        </div>
      ) : null}

      {/* The confidence pulse, when due: at onboarding and when one of my stages has ended. */}
      {showContext ? (
        <Suspense fallback={null}>
          <PulseForm user={me.user} api={api} />
        </Suspense>
      ) : null}

      <div>
        <Text as="h3" weight="semibold" size={300} className={styles.h}>
          {t.home.contextTitle}
        </Text>
        {props.context && showContext ? (
          <Suspense fallback={<Busy size="extra-tiny" label={t.loading} />}>
            <ContextPreview context={props.context} features={props.features} />
          </Suspense>
        ) : null}
        <Button appearance="subtle" size="small" onClick={props.onRefreshContext}>
          {t.home.refreshContext}
        </Button>
      </div>

      <div>
        <Text as="h3" weight="semibold" size={300} className={styles.h}>
          {t.home.nextStep}
        </Text>
        <Text as="p" block style={{ margin: 0 }} data-testid="next-step">
          {nextStep(me, t, lang)}
        </Text>
      </div>
    </section>
  );
}
