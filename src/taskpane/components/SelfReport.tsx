import { Radio, RadioGroup, Text, makeStyles } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nProvider";

export interface SelfReportValue {
  minutesSaved?: number;
  usefulness?: number;
}

const MINUTES = [0, 5, 15, 30, 60];

const useStyles = makeStyles({
  box: { display: "grid", gap: "4px" },
  group: { flexWrap: "wrap" },
});

/** One tap each: how many minutes this would save and how useful it was; sent with the attempt. */
export function SelfReport(props: {
  value: SelfReportValue;
  onChange: (value: SelfReportValue) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <fieldset
      className={styles.box}
      style={{ border: "none", padding: 0, margin: 0 }}
      disabled={props.disabled}
    >
      <legend>
        <Text weight="semibold" size={300}>
          {t.feedback.selfReportTitle}
        </Text>
      </legend>
      <Text size={200} id="minutes-label">
        {t.feedback.minutesSaved}
      </Text>
      <RadioGroup
        layout="horizontal"
        aria-labelledby="minutes-label"
        className={styles.group}
        value={props.value.minutesSaved === undefined ? "" : String(props.value.minutesSaved)}
        onChange={(_e, data) => props.onChange({ ...props.value, minutesSaved: Number(data.value) })}
      >
        {MINUTES.map((m) => (
          <Radio key={m} value={String(m)} label={String(m)} />
        ))}
      </RadioGroup>
      <Text size={200} id="usefulness-label">
        {t.feedback.usefulness}
      </Text>
      <RadioGroup
        layout="horizontal"
        aria-labelledby="usefulness-label"
        className={styles.group}
        value={props.value.usefulness === undefined ? "" : String(props.value.usefulness)}
        onChange={(_e, data) => props.onChange({ ...props.value, usefulness: Number(data.value) })}
      >
        {t.feedback.usefulnessValues.map((label, i) => (
          <Radio key={label} value={String(usefulnessScore(i))} label={label} />
        ))}
      </RadioGroup>
    </fieldset>
  );
}

/** Four answers on the API's 1–5 scale: 1, 2, 4, 5 (no neutral middle, so every tap says something). */
function usefulnessScore(index: number): number {
  return [1, 2, 4, 5][index] ?? 3;
}
