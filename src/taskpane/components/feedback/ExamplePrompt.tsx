import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";

const useStyles = makeStyles({
  slot: {
    display: "inline-block",
    padding: "0 4px",
    borderRadius: tokens.borderRadiusSmall,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontStyle: "italic",
  },
});

/** `"""[courriel ouvert]"""`, `[plage sélectionnée]`: a slot the learner's own material goes into. */
const SLOT = /(?:"""|«\s*)?\[([^\]\n]{1,120})\](?:"""|\s*»)?/g;

/** Splits a prompt into text and slots; slots are shown as labels rather than raw brackets and quotes. */
export function promptParts(text: string): Array<{ slot: boolean; text: string }> {
  const parts: Array<{ slot: boolean; text: string }> = [];
  let at = 0;
  for (const match of text.matchAll(SLOT)) {
    if (match.index > at) parts.push({ slot: false, text: text.slice(at, match.index) });
    parts.push({ slot: true, text: match[1]!.trim() });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ slot: false, text: text.slice(at) });
  return parts;
}

/** Where each placeholder sits in a prompt: the `[…]` itself (not its quotes), and its label. */
export function promptSlots(text: string): Array<{ start: number; end: number; label: string }> {
  const slots: Array<{ start: number; end: number; label: string }> = [];
  for (const match of text.matchAll(SLOT)) {
    const start = match.index + match[0].indexOf("[");
    slots.push({ start, end: start + match[1]!.length + 2, label: match[1]!.trim() });
  }
  return slots;
}

/** A prompt whose placeholders read as labelled slots (« courriel ouvert ») instead of `"""[…]"""`. */
export function PromptWithSlots(props: { text: string; className?: string; testId?: string }) {
  const styles = useStyles();
  return (
    <p className={props.className} data-testid={props.testId}>
      {promptParts(props.text).map((part, i) =>
        part.slot ? (
          <span key={i} className={styles.slot} data-slot="">
            {part.text}
          </span>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
