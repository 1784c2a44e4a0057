import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, type ReactNode } from "react";
import { screenRequestTexts } from "../../core/privacy";
import type { HostContext } from "../../core/types";
import { useI18n } from "../i18n/I18nProvider";
import { contextText } from "../privacy/protect";
import { PRIVACY_TEXTS, typeLabel, countedTypes } from "../privacy/texts";
import { usePrivacyPolicy } from "../privacy/usePrivacyPolicy";

const useStyles = makeStyles({
  excerpt: {
    margin: 0,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  mark: {
    backgroundColor: tokens.colorPaletteBlueBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: "2px",
  },
});

/** What the tenant's policy masks in the open item: spans in its text, and a count per type. */
function useContextMasking(context: HostContext) {
  const { lang } = useI18n();
  const { policy } = usePrivacyPolicy();
  return useMemo(() => {
    const screening = screenRequestTexts(
      { context: contextText(context), ...(context.title ? { title: context.title } : {}) },
      policy,
      {
        lang,
        pseudonymise: true,
        ...(context.meta.people?.length ? { knownNames: context.meta.people } : {}),
      },
    );
    const spans = [...screening.pseudonymised, ...screening.redacted].filter((f) => f.field === "context");
    const counts: Partial<Record<string, number>> = {};
    for (const f of [...screening.pseudonymised, ...screening.redacted])
      counts[f.type] = (counts[f.type] ?? 0) + 1;
    return { spans, counts, total: spans.length, blocked: screening.blocked.length > 0 };
  }, [context, policy, lang]);
}

/**
 * The home screen's excerpt of the open item, with what will be masked before any model sees it
 * marked, and one sentence saying so.
 */
export function MaskedExcerpt(props: { context: HostContext; excerpt: string }) {
  const { lang } = useI18n();
  const styles = useStyles();
  const masking = useContextMasking(props.context);
  const { excerpt } = props;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of masking.spans) {
    if (span.start < at || span.start >= excerpt.length) continue;
    const end = Math.min(span.end, excerpt.length);
    parts.push(excerpt.slice(at, span.start));
    parts.push(
      <mark key={span.start} className={styles.mark} data-mask={span.type} title={typeLabel(span.type, lang)}>
        {excerpt.slice(span.start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(excerpt.slice(at));
  const words = PRIVACY_TEXTS[lang];
  const types = countedTypes(masking.counts, lang);
  return (
    <>
      {excerpt.trim() ? <p className={styles.excerpt}>{parts}</p> : null}
      {types ? (
        <Text size={200} data-testid="context-masking">
          {words.contextMasked(types)}
        </Text>
      ) : null}
      {masking.blocked ? <Text size={200}>{words.contextBlocked}</Text> : null}
    </>
  );
}
