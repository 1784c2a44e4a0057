import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { MAX_PROMPT_CHARS } from "../../core/api/llm";
import { useI18n } from "../i18n/I18nProvider";

/** The counter shows from this share of the limit on, so the limit never comes as a surprise. */
const SHOW_FROM = 0.8;

export interface PromptLengthState {
  chars: number;
  max: number;
  near: boolean;
  over: boolean;
}

/** Where the prompt stands against the gateway's and the API's limit (MAX_PROMPT_CHARS, 8,000). */
export function usePromptLength(prompt: string): PromptLengthState {
  return useMemo(() => {
    const chars = prompt.length;
    return {
      chars,
      max: MAX_PROMPT_CHARS,
      near: chars >= MAX_PROMPT_CHARS * SHOW_FROM,
      over: chars > MAX_PROMPT_CHARS,
    };
  }, [prompt]);
}

const useStyles = makeStyles({
  over: { color: tokens.colorPaletteRedForeground1 },
});

/** A counter as the limit nears; past it, what the limit is and what to do instead. */
export function PromptLength(props: { length: PromptLengthState }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { chars, max, near, over } = props.length;
  const number = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB");
  return (
    <div id="prompt-length" aria-live="polite" data-testid="prompt-length">
      {near ? (
        <Text size={200} block className={over ? styles.over : undefined} data-testid="prompt-counter">
          {t.exercise.promptCounter(number.format(chars), number.format(max))}
        </Text>
      ) : null}
      {over ? (
        <Text
          size={200}
          block
          weight="semibold"
          className={styles.over}
          role="alert"
          data-testid="prompt-too-long"
        >
          {t.exercise.promptTooLong(number.format(max))}
        </Text>
      ) : null}
    </div>
  );
}
