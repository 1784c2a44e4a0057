import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Host } from "../../core/types";
import { useI18n } from "../i18n/I18nProvider";
import { fieldName, PRIVACY_TEXTS, typeLabel } from "../privacy/texts";

const useStyles = makeStyles({
  list: { margin: "4px 0", paddingInlineStart: "18px" },
  mark: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: "2px",
  },
});

/** A blocked piece of personal data: which text, where in it, and why. */
export interface BlockedSpan {
  field: string;
  /** For "history": which earlier turn of a follow-up. */
  turn?: number;
  type: string;
  start: number;
  end: number;
  rule?: string;
}

const AROUND = 32;
const MAX_LISTED = 6;

/**
 * Says exactly what stops a Run, where, and how to go on: one line per blocked piece of personal
 * data with the passage around it (shown here only), then what to do for each reason.
 */
export function PrivacyBlockNotice(props: {
  blocked: readonly BlockedSpan[];
  texts: Partial<Record<string, string | undefined>>;
  host?: Host;
  /** Shown before Run (the preview) or after a Run was stopped. */
  origin: "preview" | "run";
}) {
  const { lang } = useI18n();
  const words = PRIVACY_TEXTS[lang];
  const styles = useStyles();
  const seen = new Set<string>();
  const items = props.blocked.filter((b) => {
    const key = `${b.field}:${b.turn ?? ""}:${b.start}:${b.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rules = new Set(
    items.map((b) =>
      b.field === "prompt" && b.rule !== "health_near_identifier" ? "prompt" : (b.rule ?? "type_policy"),
    ),
  );
  const hows: string[] = [];
  if (rules.has("prompt")) hows.push(words.howPrompt);
  if (rules.has("type_policy"))
    hows.push(items.some((b) => b.field === "kind") ? words.blockedKind : words.howDocument);
  if (rules.has("health_near_identifier")) hows.push(words.howHealth);
  if (rules.has("not_pseudonymised")) hows.push(words.howUnmasked);

  return (
    <MessageBar intent="error" layout="multiline" data-testid="privacy-blocked" data-origin={props.origin}>
      <MessageBarBody>
        <MessageBarTitle>{words.blockedTitle}</MessageBarTitle>
        <ul className={styles.list}>
          {items.slice(0, MAX_LISTED).map((b, i) => {
            const text = props.texts[b.turn !== undefined ? `${b.field}.${b.turn}` : b.field] ?? "";
            const from = Math.max(0, b.start - AROUND);
            const to = Math.min(text.length, b.end + AROUND);
            return (
              <li key={i} data-field={b.field} data-type={b.type}>
                {words.blockedItem(typeLabel(b.type, lang), fieldName(b.field, props.host, lang))}
                {text && b.end <= text.length ? (
                  <>
                    {lang === "fr" ? "\u00a0: «\u00a0" : ": “"}
                    {from > 0 ? "…" : ""}
                    {text.slice(from, b.start)}
                    <mark className={styles.mark}>{text.slice(b.start, b.end)}</mark>
                    {text.slice(b.end, to)}
                    {to < text.length ? "…" : ""}
                    {lang === "fr" ? "\u00a0»" : "”"}
                  </>
                ) : null}
              </li>
            );
          })}
          {items.length > MAX_LISTED ? <li>{words.more(items.length - MAX_LISTED)}</li> : null}
        </ul>
        {hows.map((how, i) => (
          <p key={i} style={{ margin: "4px 0 0" }}>
            {how}
          </p>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
