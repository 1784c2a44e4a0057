import { Text } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nProvider";
import type { MaskingSummary } from "../privacy/protect";
import { countedTypes, PRIVACY_TEXTS } from "../privacy/texts";

/** Under the answer: what was masked before sending and put back here, in a short sentence. */
export function MaskedAnswerNote(props: { masking: MaskingSummary }) {
  const { lang } = useI18n();
  const words = PRIVACY_TEXTS[lang];
  const pseudonymised = countedTypes(props.masking.pseudonymised, lang);
  const redacted = countedTypes(props.masking.redacted, lang);
  if (!pseudonymised && !redacted) return null;
  return (
    <Text size={200} block data-testid="masked-note" role="status">
      {pseudonymised ? words.answerNote(pseudonymised) : ""}
      {pseudonymised && redacted ? " " : ""}
      {redacted ? words.answerRedacted(redacted) : ""}
    </Text>
  );
}
