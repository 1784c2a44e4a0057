import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { HTMLAttributes } from "react";

// Fluent UI's Text, for the sizes and weights the first screen uses: the same tokens and rules (its base
// font, size 300, regular weight, inline unless `block`), without the code of every variant.
const useStyles = makeStyles({
  root: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "start",
    display: "inline",
    whiteSpace: "normal",
    overflow: "visible",
    textOverflow: "clip",
  },
  block: { display: "block" },
  size200: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  size400: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  size500: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  semibold: { fontWeight: tokens.fontWeightSemibold },
});

export interface TextProps extends HTMLAttributes<HTMLElement> {
  as?: "span" | "p" | "h1" | "h2" | "h3" | "h4";
  size?: 200 | 300 | 400 | 500;
  weight?: "regular" | "semibold";
  block?: boolean;
}

/** A run of text in the pane's type ramp (Fluent UI's `fui-Text` class, for the same global rules). */
export function Text({
  as: Tag = "span",
  size = 300,
  weight = "regular",
  block,
  className,
  ...rest
}: TextProps) {
  const styles = useStyles();
  return (
    <Tag
      {...rest}
      className={mergeClasses(
        "fui-Text",
        styles.root,
        block && styles.block,
        size === 200 && styles.size200,
        size === 400 && styles.size400,
        size === 500 && styles.size500,
        weight === "semibold" && styles.semibold,
        className,
      )}
    />
  );
}
