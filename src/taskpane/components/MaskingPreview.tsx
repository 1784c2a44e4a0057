import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ShieldCheckmarkRegular } from "@fluentui/react-icons";
import { useMemo, type CSSProperties, type ReactNode } from "react";
import type { PrivacyPolicy, RequestField } from "../../core/privacy";
import { examplePlaceholder } from "../../core/privacy/placeholders";
import type { Host } from "../../core/types";
import type { ChatRequest } from "../api/types";
import { useI18n } from "../i18n/I18nProvider";
import { maskedCount, protectRequest, summarizeMasking } from "../privacy/protect";
import { countedTypes, PRIVACY_TEXTS, typeLabel } from "../privacy/texts";
import { PrivacyBlockNotice } from "./PrivacyBlockNotice";

const useStyles = makeStyles({
  box: { display: "grid", gap: "6px", minWidth: 0 },
  h: { margin: 0, display: "flex", alignItems: "center", gap: "4px" },
  doc: {
    margin: 0,
    maxHeight: "14em",
    overflowY: "auto",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    padding: "6px 8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: "18px", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  value: { fontWeight: tokens.fontWeightSemibold },
  masked: {
    backgroundColor: tokens.colorPaletteBlueBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: "2px",
    textDecorationLine: "line-through",
  },
  blocked: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorNeutralForeground1,
    outline: `1px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: "2px",
  },
  tag: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: "2px",
    paddingInline: "2px",
    marginInlineStart: "2px",
  },
});

/** Values listed by name under the summary; the marked document shows the rest. */
const MAX_LISTED = 6;

interface Mark {
  start: number;
  end: number;
  kind: "pseudonymised" | "redacted" | "blocked";
  type: string;
  placeholder?: string;
}

/**
 * Before Run: the document as the model will receive it, each piece of personal data marked with
 * the placeholder that replaces it, and in plain words what will be masked and what is put back.
 * When the tenant's rules stop the Run, it says what, where, and how to go on.
 */
export function MaskingPreview(props: {
  request: ChatRequest;
  policy: PrivacyPolicy;
  fromTenant: boolean;
  host?: Host;
  /** People the open item names (Outlook sender and recipients). */
  knownNames?: readonly string[];
  /** A Run was just stopped for the same reasons and says so itself. */
  hideBlock?: boolean;
}) {
  const { lang } = useI18n();
  const words = PRIVACY_TEXTS[lang];
  const styles = useStyles();
  const { request, policy } = props;
  const { knownNames } = props;
  const { screening } = useMemo(
    () => protectRequest(request, policy, lang, knownNames),
    [request, policy, lang, knownNames],
  );
  const summary = summarizeMasking(screening);
  const count = maskedCount(summary);
  const example = screening.pseudonyms.entries()[0]?.placeholder ?? examplePlaceholder("PERSON_NAME", lang);

  const marksFor = (field: RequestField): Mark[] => [
    ...screening.pseudonymised
      .filter((f) => f.field === field)
      .map((f) => ({ ...f, kind: "pseudonymised" as const })),
    ...screening.redacted.filter((f) => f.field === field).map((f) => ({ ...f, kind: "redacted" as const })),
    ...screening.blocked.filter((f) => f.field === field).map((f) => ({ ...f, kind: "blocked" as const })),
  ];

  const render = (text: string, marks: Mark[]) => {
    const sorted = [...marks].sort((a, b) => a.start - b.start);
    const out: ReactNode[] = [];
    let at = 0;
    sorted.forEach((m, i) => {
      if (m.start < at) return;
      if (m.start > at) out.push(text.slice(at, m.start));
      const label = typeLabel(m.type, lang);
      const said =
        m.kind === "pseudonymised"
          ? words.replacedBy(m.placeholder ?? "")
          : m.kind === "redacted"
            ? words.removed
            : words.blockedMark;
      out.push(
        <span key={i}>
          <mark
            className={m.kind === "blocked" ? styles.blocked : styles.masked}
            data-mask={m.kind}
            data-type={m.type}
            title={`${label} — ${said}`}
          >
            {text.slice(m.start, m.end)}
          </mark>
          {m.kind === "pseudonymised" ? (
            <span className={styles.tag} data-placeholder={m.placeholder}>
              <span style={SR_ONLY}>{` (${label}, ${said})`}</span>
              <span aria-hidden="true">{m.placeholder}</span>
            </span>
          ) : (
            <span style={SR_ONLY}>{` (${label}, ${said})`}</span>
          )}
        </span>,
      );
      at = m.end;
    });
    if (at < text.length) out.push(text.slice(at));
    return out;
  };

  const context = request.context;
  const hasDocument = Boolean(context && (context.text.trim() || context.title?.trim()));
  const redactedTypes = countedTypes(summary.redacted, lang);
  const blocked = screening.blocked.length > 0;
  const exposed: Partial<Record<string, number>> = {};
  for (const w of screening.warnings)
    if (w.type !== "HEALTH_TERM") exposed[w.type] = (exposed[w.type] ?? 0) + 1;
  const exposedTypes = countedTypes(exposed, lang);
  const entries = screening.pseudonyms.entries();

  return (
    <section className={styles.box} aria-labelledby="masking-title" data-testid="masking-preview">
      <Text as="h3" id="masking-title" weight="semibold" size={300} className={styles.h}>
        <ShieldCheckmarkRegular aria-hidden="true" />
        {words.previewTitle}
      </Text>
      {blocked && !props.hideBlock ? (
        <PrivacyBlockNotice
          blocked={screening.blocked}
          texts={{
            prompt: request.prompt,
            context: context?.text,
            title: context?.title,
            kind: context?.kind,
          }}
          host={props.host}
          origin="preview"
        />
      ) : null}
      {!blocked ? (
        <Text size={200} block data-testid="masking-summary">
          {entries.length > 0
            ? words.willMask(entries.length, countedTypes(summary.pseudonymised, lang), example)
            : hasDocument && count === 0 && !exposedTypes
              ? words.nothing
              : ""}
          {redactedTypes ? ` ${words.willRedact(redactedTypes)}` : ""}
          {exposedTypes ? ` ${words.sentAsIs(exposedTypes)}` : ""}
          {summary.health > 0 ? ` ${count > 0 ? words.healthMasked : words.healthAlone}` : ""}
        </Text>
      ) : null}
      {!blocked && entries.length > 0 ? (
        <ul className={styles.list} aria-label={words.listLabel} data-testid="masking-list">
          {entries.slice(0, MAX_LISTED).map((e) => (
            <li key={e.placeholder}>
              <span className={styles.value}>{e.value}</span>
              {" → "}
              <span className={styles.tag}>{e.placeholder}</span>
            </li>
          ))}
          {entries.length > MAX_LISTED ? <li>{words.more(entries.length - MAX_LISTED)}</li> : null}
        </ul>
      ) : null}
      {hasDocument && context ? (
        <div
          className={styles.doc}
          role="region"
          aria-label={words.previewRegion}
          tabIndex={0}
          data-testid="masked-document"
        >
          {context.title ? (
            <div className={styles.title}>{render(context.title, marksFor("title"))}</div>
          ) : null}
          {render(context.text, marksFor("context"))}
        </div>
      ) : null}
      <Text size={100}>{props.fromTenant ? words.tenantPolicy : words.defaultPolicy}</Text>
    </section>
  );
}

const SR_ONLY: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
};
