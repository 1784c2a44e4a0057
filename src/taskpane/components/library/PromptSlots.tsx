import { Button, MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import type { RefObject } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { promptSlots } from "../feedback/ExamplePrompt";

const useStyles = makeStyles({
  slots: { display: "flex", flexWrap: "wrap", gap: "4px", marginTop: "4px" },
  slot: { fontStyle: "italic" },
});

/**
 * The placeholders still in the prompt ([destinataire], [date]…), shown as slots to complete. Each
 * slot selects its placeholder in the prompt box, so typing replaces it.
 */
export function PromptSlots(props: { prompt: string; promptBox: RefObject<HTMLTextAreaElement | null> }) {
  const { t } = useI18n();
  const styles = useStyles();
  const slots = promptSlots(props.prompt);
  if (slots.length === 0) return null;
  const select = (start: number, end: number) => {
    const box = props.promptBox.current;
    if (!box) return;
    box.focus();
    box.setSelectionRange(start, end);
  };
  return (
    <MessageBar intent="info" layout="multiline" data-testid="prompt-slots">
      <MessageBarBody>
        {t.library.slots(slots.length)}
        <span className={styles.slots}>
          {slots.map((slot, i) => (
            <Button
              key={`${i}:${slot.start}`}
              size="small"
              className={styles.slot}
              aria-label={t.library.slotLabel(slot.label)}
              onClick={() => select(slot.start, slot.end)}
              data-slot=""
            >
              {slot.label}
            </Button>
          ))}
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}
