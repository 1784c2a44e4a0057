import {
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { useEffect, useId, useState, type FormEvent } from "react";
import type { AiUse, PulseAnswer, PulseRecorded, PulseStatus } from "../../core/api/pulse";
import { useI18n } from "../i18n/I18nProvider";

const useStyles = makeStyles({
  form: { display: "grid", gap: "8px" },
  fieldset: { border: "none", padding: 0, margin: 0, display: "grid", gap: "2px", minWidth: 0 },
  group: { flexWrap: "wrap" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
  h: { margin: 0, display: "block" },
});

/** What the form needs from the API (GET and POST /me/pulse). */
export interface PulseApi {
  pulse(): Promise<PulseStatus>;
  answerPulse(answer: PulseAnswer): Promise<PulseRecorded>;
}

/** After "Later", the pulse waits this long before asking again on this device. */
export const PULSE_LATER_MS = 24 * 3_600_000;

const laterKey = (user: string) => `parcours.pulse.later.${user}`;

/** Whether the learner chose "Later" less than a day ago (storage unavailable: never). */
export function pulsePostponed(user: string, now = Date.now(), storage: Storage | null = safeStorage()) {
  const until = Number(storage?.getItem(laterKey(user)) ?? 0);
  return Number.isFinite(until) && until > now;
}

export function postponePulse(user: string, now = Date.now(), storage: Storage | null = safeStorage()) {
  try {
    storage?.setItem(laterKey(user), String(now + PULSE_LATER_MS));
  } catch {
    // Private mode or full storage: the pulse may simply ask again next time.
  }
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

type Phase = "checking" | "due" | "sending" | "failed" | "sent" | "hidden";

/**
 * The confidence pulse: two questions (confidence using AI for work, 1–5; how often AI is used for
 * real work), asked at onboarding and when a stage the learner belongs to has ended — the API says
 * when (`due`). Skippable ("Later", for a day); when the API cannot be reached it shows nothing, or,
 * if sending fails, says so and keeps the answers: it never stands in the learner's way.
 */
export function PulseForm(props: { user: string; api: PulseApi }) {
  const { t } = useI18n();
  const styles = useStyles();
  const id = useId();
  const [phase, setPhase] = useState<Phase>("checking");
  const [confidence, setConfidence] = useState("");
  const [aiUse, setAiUse] = useState<AiUse | "">("");
  const [missing, setMissing] = useState(false);
  const { user, api } = props;

  useEffect(() => {
    if (pulsePostponed(user)) {
      setPhase("hidden");
      return;
    }
    let live = true;
    api.pulse().then(
      (status) => live && setPhase(status.due ? "due" : "hidden"),
      // Offline or refused: no question now; the next visit asks again.
      () => live && setPhase("hidden"),
    );
    return () => {
      live = false;
    };
  }, [api, user]);

  if (phase === "checking" || phase === "hidden") return null;
  if (phase === "sent") {
    return (
      <div role="status">
        <MessageBar intent="success">
          <MessageBarBody>{t.pulse.thanks}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confidence || !aiUse) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setPhase("sending");
    try {
      await api.answerPulse({ confidence: Number(confidence), aiUse });
      setPhase("sent");
    } catch {
      setPhase("failed");
    }
  };
  const later = () => {
    postponePulse(user);
    setPhase("hidden");
  };

  return (
    <Card data-testid="pulse" aria-labelledby={`${id}-title`}>
      <Text as="h3" id={`${id}-title`} weight="semibold" className={styles.h}>
        {t.pulse.title}
      </Text>
      <Text as="p" size={200} style={{ margin: 0 }}>
        {t.pulse.intro}
      </Text>
      <form className={styles.form} onSubmit={(e) => void submit(e)} aria-busy={phase === "sending"}>
        <fieldset className={styles.fieldset} disabled={phase === "sending"}>
          <legend id={`${id}-confidence`}>
            <Text weight="semibold" size={300}>
              {t.pulse.confidence}
            </Text>
          </legend>
          <RadioGroup
            aria-labelledby={`${id}-confidence`}
            className={styles.group}
            value={confidence}
            onChange={(_e, data) => setConfidence(data.value)}
          >
            {t.pulse.confidenceValues.map((label, i) => (
              <Radio key={label} value={String(i + 1)} label={label} />
            ))}
          </RadioGroup>
        </fieldset>
        <fieldset className={styles.fieldset} disabled={phase === "sending"}>
          <legend id={`${id}-use`}>
            <Text weight="semibold" size={300}>
              {t.pulse.aiUse}
            </Text>
          </legend>
          <RadioGroup
            aria-labelledby={`${id}-use`}
            className={styles.group}
            value={aiUse}
            onChange={(_e, data) => setAiUse(data.value as AiUse)}
          >
            {(Object.entries(t.pulse.aiUseValues) as Array<[AiUse, string]>).map(([value, label]) => (
              <Radio key={value} value={value} label={label} />
            ))}
          </RadioGroup>
        </fieldset>
        <div role="status" aria-live="polite">
          {missing ? <Text>{t.pulse.missing}</Text> : null}
          {phase === "sending" ? <Text>{t.pulse.sending}</Text> : null}
        </div>
        {phase === "failed" ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t.pulse.failed}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={phase === "sending"}>
            {t.pulse.send}
          </Button>
          <Button onClick={later}>{t.pulse.later}</Button>
        </div>
      </form>
    </Card>
  );
}
