import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ContextFeatures, HostContext } from "../../core/types";
import { useI18n } from "../i18n/I18nProvider";
import { MaskedExcerpt } from "./ContextMasking";

const PREVIEW_CHARS = 280;

const useStyles = makeStyles({
  box: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: "8px",
    display: "grid",
    gap: "4px",
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, maxWidth: "100%" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", overflowWrap: "anywhere" },
});

/** The part of the open item the exercise will use: shown before anything is sent anywhere. */
export function ContextPreview(props: { context: HostContext; features: ContextFeatures | null }) {
  const { t, l } = useI18n();
  const styles = useStyles();
  const { context, features } = props;
  const table = context.tables[0];
  const empty = context.text.trim() === "" && !table;
  const excerpt =
    context.text.length > PREVIEW_CHARS ? `${context.text.slice(0, PREVIEW_CHARS)}…` : context.text;
  return (
    <div className={styles.box} data-testid="context-preview">
      {empty ? (
        <Text size={200}>{t.home.contextEmpty}</Text>
      ) : (
        <>
          <Text size={200} weight="semibold">
            {context.title || (context.isSelection ? t.home.contextSelection : t.home.contextWhole)}
          </Text>
          <Text size={200}>
            {context.isSelection ? t.home.contextSelection : t.home.contextWhole}
            {features ? ` · ${t.home.words(features.wordCount)}` : ""}
            {table?.address ? ` · ${table.address}` : ""}
          </Text>
          <MaskedExcerpt context={context} excerpt={excerpt} />
          {table && !excerpt.trim() ? (
            <table className={styles.table}>
              <tbody>
                {table.rows.slice(0, 4).map((row, r) => (
                  <tr key={r}>
                    {row.slice(0, 4).map((cell, c) =>
                      r === 0 && table.hasHeader ? (
                        <th key={c} scope="col" className={styles.cell}>
                          {cell}
                        </th>
                      ) : (
                        <td key={c} className={styles.cell}>
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {context.truncated ? <Text size={200}>{t.home.truncated}</Text> : null}
        </>
      )}
      {context.notice ? <Text size={200}>{l(context.notice)}</Text> : null}
    </div>
  );
}
