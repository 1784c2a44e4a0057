import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/I18nProvider";
import { useServices } from "../state/services";
import type { Me } from "../api/types";

const useStyles = makeStyles({
  screen: { display: "grid", gap: "12px" },
  charter: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px 12px",
    maxHeight: "45vh",
    overflowY: "auto",
  },
  section: { margin: "8px 0" },
  h: { margin: "4px 0", fontSize: tokens.fontSizeBase300 },
  p: { margin: "4px 0", whiteSpace: "pre-line" },
});

/** What Parcours is, and the tenant's AI charter, which must be accepted before the first exercise. */
export default function OnboardingScreen(props: { me: Me; onAccepted: (me: Me) => void }) {
  const { t, l } = useI18n();
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
      <div className={styles.charter} role="region" aria-labelledby="charter-title" tabIndex={0}>
        <h3 id="charter-title" className={styles.h}>
          {l(charter.title)}
        </h3>
        <Text size={200}>{t.onboarding.charterVersion(charter.version)}</Text>
        {charter.sections.map((section) => (
          <div key={section.title.en} className={styles.section}>
            <h4 className={styles.h}>{l(section.title)}</h4>
            <p className={styles.p}>{l(section.body)}</p>
          </div>
        ))}
      </div>
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
