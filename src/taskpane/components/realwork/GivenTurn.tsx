import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Localized } from "../../../core/types";
import { useI18n } from "../../i18n/I18nProvider";
import { REALWORK_TEXTS } from "./texts";

const useStyles = makeStyles({
  box: { display: "grid", gap: "4px", minWidth: 0 },
  h: { margin: 0, display: "block" },
  label: { margin: 0 },
  text: {
    margin: 0,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: "6px 8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/**
 * The first turn an iterate or verify exercise gives: the request and the model's answer that the
 * learner's prompt follows up (sent to the model before the prompt).
 */
export function GivenTurn(props: { turn: { prompt: Localized; answer: Localized } }) {
  const { lang, l } = useI18n();
  const words = REALWORK_TEXTS[lang];
  const styles = useStyles();
  return (
    <section className={styles.box} aria-labelledby="given-turn-title" data-testid="given-turn">
      <Text as="h3" weight="semibold" size={300} className={styles.h} id="given-turn-title">
        {words.givenTitle}
      </Text>
      <Text as="h4" size={200} weight="semibold" className={styles.label}>
        {words.givenPrompt}
      </Text>
      <Text as="p" size={200} className={styles.text}>
        {l(props.turn.prompt)}
      </Text>
      <Text as="h4" size={200} weight="semibold" className={styles.label}>
        {words.givenAnswer}
      </Text>
      <Text as="p" size={200} className={styles.text} data-testid="given-answer">
        {l(props.turn.answer)}
      </Text>
      <Text size={200} block>
        {words.givenNote}
      </Text>
    </section>
  );
}
