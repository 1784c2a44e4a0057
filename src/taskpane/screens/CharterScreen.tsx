import { Button, Spinner, Text, makeStyles } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import type { Me } from "../api/types";
import { CharterText } from "../components/CharterText";
import { ProblemMessage } from "../components/ProblemMessage";
import { useExportMyData } from "../hooks/useExportMyData";
import { useI18n } from "../i18n/I18nProvider";

const useStyles = makeStyles({
  screen: { display: "grid", gap: "12px", minWidth: 0 },
  h: { margin: 0, display: "block" },
});

/** The charter the learner accepted, to read again, and the data export it promises. */
export default function CharterScreen(props: { me: Me }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { state, exportData } = useExportMyData();
  return (
    <section className={styles.screen} aria-labelledby="charter-screen-title">
      <Text as="h2" id="charter-screen-title" size={500} weight="semibold" className={styles.h}>
        {t.charterScreen.title}
      </Text>
      <Text as="p" block style={{ margin: 0 }} data-testid="charter-status">
        {props.me.charterAccepted
          ? t.charterScreen.accepted(props.me.charter.version)
          : t.charterScreen.notAccepted}
      </Text>
      <CharterText charter={props.me.charter} />
      <div>
        <Text as="h3" weight="semibold" size={400} className={styles.h}>
          {t.charterScreen.dataTitle}
        </Text>
        <Text as="p" block style={{ margin: "4px 0 8px" }}>
          {t.charterScreen.dataIntro}
        </Text>
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() => void exportData()}
          disabled={state.status === "busy"}
        >
          {t.charterScreen.export}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {state.status === "busy" ? <Spinner size="small" label={t.charterScreen.exporting} /> : null}
        {state.status === "done" ? <Text data-testid="export-done">{t.charterScreen.exported}</Text> : null}
      </div>
      {state.status === "failed" ? <ProblemMessage problem={state.problem} /> : null}
    </section>
  );
}
