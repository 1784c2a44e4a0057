import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { CRITERIA, type CriterionId } from "../../core/types";
import { criterionLabel } from "../../core/rubric";
import { useI18n } from "../i18n/I18nProvider";
import { asLocalizedOrText, pick } from "../lib/text";

/** The part of a score the meter shows (the local scorer's result and the API's both fit). */
export interface MeterScore {
  score: number;
  criteria: Partial<Record<CriterionId, { score: number; tip?: unknown }>>;
}

const useStyles = makeStyles({
  meter: { display: "grid", gap: "4px" },
  row: { display: "grid", gridTemplateColumns: "minmax(90px, 40%) 1fr", alignItems: "center", gap: "6px" },
  track: {
    height: "8px",
    backgroundColor: tokens.colorNeutralBackground5,
    borderRadius: "4px",
    overflow: "hidden",
    // In forced colors, backgrounds vanish: a border keeps the track visible.
    border: `1px solid ${tokens.colorTransparentStroke}`,
  },
  fill: { height: "100%", backgroundColor: tokens.colorBrandBackground, transitionDuration: "150ms" },
  low: { backgroundColor: tokens.colorPaletteRedBackground3 },
  mid: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  high: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  total: { display: "flex", justifyContent: "space-between", alignItems: "baseline" },
  tip: { color: tokens.colorNeutralForeground2 },
});

/** The live per-criterion meter under the prompt editor. */
export function PromptMeter(props: { result: MeterScore | null; exerciseTargets?: readonly CriterionId[] }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const score = props.result?.score ?? 0;
  // A failed safety gate (personal data, harmful use of sensitive information) is the tip to read first.
  const gate = props.result?.criteria.safety;
  const weakest = props.result
    ? gate?.score === 0
      ? { id: "safety" as const, score: 0, tip: gate.tip }
      : CRITERIA.filter((c) => c !== "safety")
          .map((c) => ({
            id: c,
            score: props.result?.criteria[c]?.score ?? 0,
            tip: props.result?.criteria[c]?.tip,
          }))
          .sort(
            (a, b) =>
              a.score - b.score ||
              targetRank(a.id, props.exerciseTargets) - targetRank(b.id, props.exerciseTargets),
          )[0]
    : undefined;
  const tip = weakest ? pick(asLocalizedOrText(weakest.tip), lang) : "";

  return (
    <div className={styles.meter} aria-labelledby="meter-title">
      <div className={styles.total}>
        <Text id="meter-title" weight="semibold" size={300}>
          {t.exercise.meter}
        </Text>
        <Text size={300} aria-hidden="true">
          {Math.round(score)}/100
        </Text>
      </div>
      <div
        role="meter"
        aria-label={t.exercise.meterScore(Math.round(score))}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(score)}
        data-testid="live-score"
        className={styles.track}
      >
        <div className={`${styles.fill} ${band(styles, score / 100)}`} style={{ width: `${score}%` }} />
      </div>
      {CRITERIA.map((id) => {
        const value = props.result?.criteria[id]?.score ?? 0;
        return (
          <div key={id} className={styles.row}>
            <Text size={200} id={`crit-${id}`}>
              {criterionLabel(id, lang)}
            </Text>
            <div
              role="meter"
              aria-label={t.exercise.criterionScore(criterionLabel(id, lang), value)}
              aria-valuemin={0}
              aria-valuemax={3}
              aria-valuenow={value}
              data-criterion={id}
              className={styles.track}
            >
              <div
                className={`${styles.fill} ${band(styles, value / 3)}`}
                style={{ width: `${(value / 3) * 100}%` }}
              />
            </div>
          </div>
        );
      })}
      {tip ? (
        <Text size={200} className={styles.tip} aria-live="polite">
          {tip}
        </Text>
      ) : null}
    </div>
  );
}

function targetRank(id: CriterionId, targets: readonly CriterionId[] | undefined): number {
  const i = targets?.indexOf(id) ?? -1;
  return i === -1 ? 99 : i;
}

function band(styles: ReturnType<typeof useStyles>, ratio: number): string {
  if (ratio < 0.34) return styles.low;
  if (ratio < 0.67) return styles.mid;
  return styles.high;
}
