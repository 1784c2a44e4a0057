import { Text, makeStyles } from "@fluentui/react-components";
import type { Me } from "../api/types";
import { CharterText } from "../components/CharterText";
import { MyDataPanel } from "../components/MyDataPanel";
import { useI18n } from "../i18n/I18nProvider";

const useStyles = makeStyles({
  screen: { display: "grid", gap: "12px", minWidth: 0 },
  h: { margin: 0, display: "block" },
});

/** The charter the learner accepted, to read again, and the control over their data it promises. */
export default function CharterScreen(props: { me: Me }) {
  const { t } = useI18n();
  const styles = useStyles();
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
      <MyDataPanel />
    </section>
  );
}
