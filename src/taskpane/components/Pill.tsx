import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

// Fluent's medium brand Badge (tint and outline), drawn with its tokens: the suggestion card shows three,
// and Fluent's Badge would add its script to the first screen.
const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    boxSizing: "border-box",
    minWidth: "20px",
    height: "20px",
    paddingLeft: `calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    paddingRight: `calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusCircular,
    ...shorthands.borderStyle("solid"),
    ...shorthands.borderWidth(tokens.strokeWidthThin),
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "nowrap",
  },
  tint: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    ...shorthands.borderColor(tokens.colorBrandStroke2),
  },
  outline: {
    backgroundColor: "transparent",
    color: tokens.colorBrandForeground1,
    ...shorthands.borderColor("currentColor"),
  },
});

/** A short label beside a title (skill, duration, level). */
export function Pill(props: { appearance: "tint" | "outline"; children: ReactNode }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.root, styles[props.appearance])}>{props.children}</span>;
}
