import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { useId } from "react";

// Fluent's Spinner look (ring, sizes, brand stroke colours) and roles (a progressbar named by its label),
// drawn with Fluent's tokens: the first screen needs no more, and Fluent's Spinner would add its script.
const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", justifyContent: "center", gap: "8px" },
  ring: {
    flexShrink: 0,
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    ...shorthands.borderStyle("solid"),
    ...shorthands.borderWidth(tokens.strokeWidthThick),
    ...shorthands.borderColor(tokens.colorBrandStroke2Contrast),
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "1.5s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media screen and (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
    "@media (forced-colors: active)": { ...shorthands.borderColor("Canvas"), borderTopColor: "Highlight" },
  },
  small: { width: "28px", height: "28px" },
  medium: { width: "32px", height: "32px", ...shorthands.borderWidth(tokens.strokeWidthThicker) },
  "extra-tiny": { width: "16px", height: "16px" },
  label: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
});

/** Something is on its way: a spinning ring and what it is waiting for. */
export function Busy(props: { label: string; size?: "extra-tiny" | "small" | "medium" }) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <div className={styles.root} role="progressbar" aria-labelledby={labelId}>
      <span className={mergeClasses(styles.ring, styles[props.size ?? "medium"])} aria-hidden="true" />
      <span id={labelId} className={styles.label}>
        {props.label}
      </span>
    </div>
  );
}
