import { Button, Checkbox, Text, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { CharterText } from "../components/CharterText";
import { JobPicker } from "../components/JobPicker";
import { ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/I18nProvider";
import { useServices } from "../state/services";
import type { Me } from "../api/types";

const useStyles = makeStyles({
  screen: { display: "grid", gap: "12px" },
  lead: { display: "grid", gap: "4px", justifyItems: "start" },
});

/** What Parcours is, and the tenant's AI charter, which must be accepted before the first exercise. */
export default function OnboardingScreen(props: {
  me: Me;
  onAccepted: (me: Me) => void;
  /** Pilot leads and admins: straight to the results, without the learner's charter. */
  onResults?: () => void;
}) {
  const { t } = useI18n();
  const { api } = useServices();
  const styles = useStyles();
  const [accepted, setAccepted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const charter = props.me.charter;

  const accept = async () => {
    setBusy(true);
    setProblem(null);
    try {
      props.onAccepted(await api.acceptCharter(charter.version));
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.screen} aria-labelledby="onboarding-title">
      <Text as="h2" block id="onboarding-title" size={500} weight="semibold" style={{ margin: 0 }}>
        {t.onboarding.title}
      </Text>
      {props.onResults ? (
        <div className={styles.lead}>
          <Text size={200}>{t.onboardingLead.hint}</Text>
          <Button onClick={props.onResults}>{t.onboardingLead.results}</Button>
        </div>
      ) : null}
      <Text as="p" block style={{ margin: 0 }}>
        {t.onboarding.intro}
      </Text>
      <Text as="h3" block weight="semibold" style={{ margin: 0 }}>
        {t.onboarding.howTitle}
      </Text>
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {t.onboarding.how.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <CharterText charter={charter} />
      <JobPicker />
      <Checkbox
        checked={accepted}
        onChange={(_e, data) => setAccepted(data.checked === true)}
        label={t.onboarding.accept}
      />
      {problem ? <ProblemMessage problem={problem} onRetry={() => void accept()} /> : null}
      <div>
        <Button appearance="primary" disabled={!accepted || busy} onClick={() => void accept()}>
          {t.onboarding.start}
        </Button>
      </div>
      {!accepted ? (
        <Text size={200} aria-live="polite">
          {t.onboarding.mustAccept}
        </Text>
      ) : null}
    </section>
  );
}
