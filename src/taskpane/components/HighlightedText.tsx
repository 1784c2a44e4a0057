import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface Highlight {
  start: number;
  end: number;
  label: string;
  severity: "block" | "warn";
}

const useStyles = makeStyles({
  text: {
    margin: 0,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    padding: "6px 8px",
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  block: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorNeutralForeground1,
    outline: `1px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: "2px",
  },
  warn: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: "2px",
  },
});

/** Splits `text` at non-overlapping spans; later spans that overlap an earlier one are dropped. */
export function segments(
  text: string,
  highlights: readonly Highlight[],
): Array<{ text: string; highlight?: Highlight }> {
  const sorted = [...highlights]
    .filter((h) => h.start < h.end && h.start >= 0 && h.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const out: Array<{ text: string; highlight?: Highlight }> = [];
  let at = 0;
  for (const h of sorted) {
    if (h.start < at) continue;
    if (h.start > at) out.push({ text: text.slice(at, h.start) });
    out.push({ text: text.slice(h.start, h.end), highlight: h });
    at = h.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** The prompt with personal data marked, so the user sees exactly what to remove. */
export function HighlightedText(props: { text: string; highlights: readonly Highlight[]; id?: string }) {
  const styles = useStyles();
  const parts: ReactNode[] = segments(props.text, props.highlights).map((part, i) =>
    part.highlight ? (
      <mark
        key={i}
        className={part.highlight.severity === "block" ? styles.block : styles.warn}
        data-pii={part.highlight.label}
        title={part.highlight.label}
      >
        {part.text}
        <span
          style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clipPath: "inset(50%)" }}
        >
          {` (${part.highlight.label})`}
        </span>
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
  return (
    <p className={styles.text} id={props.id} data-testid="pii-highlights">
      {parts}
    </p>
  );
}
