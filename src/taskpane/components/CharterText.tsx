import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Charter } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";

const useStyles = makeStyles({
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

/** The tenant's AI charter, scrollable; shown at onboarding and whenever the learner reopens it. */
export function CharterText(props: { charter: Charter }) {
  const { t, l } = useI18n();
  const styles = useStyles();
  const { charter } = props;
  return (
    <div
      className={styles.charter}
      role="region"
      aria-labelledby="charter-title"
      tabIndex={0}
      data-testid="charter"
    >
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
  );
}
